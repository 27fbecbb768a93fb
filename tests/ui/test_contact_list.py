"""The contact list: the whole count at once, a bounded window of pages, selection by id."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from pytestqt.qtbot import QtBot

from crmdesk import contacts, local_settings, lookups
from crmdesk.contacts import ContactFilter
from crmdesk.lookups import Condition, LookupDefinition
from crmdesk.records import ContactDraft, LabeledValue
from crmdesk.ui.contacts.model import PAGE_SIZE
from crmdesk.ui.contacts.table import ContactsPage
from crmdesk.ui.ops import AppContext
from crmdesk.ui.paged_model import PLACEHOLDER

WAIT = 10_000
THAI_AND_CHINESE = ("เกศินี ศรีสุข", "สมชาย ใจดี", "陈伟", "王伟")


def _many(ctx: AppContext, n: int, *, extra: tuple[str, ...] = ()) -> None:
    drafts = [
        ContactDraft(
            display_name=f"Person {i:05d}",
            emails=(LabeledValue(f"p{i}@example.com"),),
            tags=("vip",) if i % 10 == 0 else ("hot",) if i % 97 == 5 else (),
        )
        for i in range(n)
    ] + [ContactDraft(display_name=name) for name in extra]
    with ctx.db.write() as session:
        contacts.add_contacts(session, drafts)


def _page(ctx: AppContext, qtbot: QtBot) -> ContactsPage:
    page = ContactsPage(ctx)
    qtbot.addWidget(page)
    ctx.changed.connect(page.apply_changes)  # as the main window does
    page.resize(900, 400)
    page.show()
    qtbot.waitUntil(lambda: not page.model.loading and page.model.total > 0, timeout=WAIT)
    return page


def _on_screen(page: ContactsPage) -> tuple[int, int]:
    table = page.table
    last = table.rowAt(table.viewport().height() - 1)
    return max(0, table.rowAt(0)), page.model.rowCount() - 1 if last < 0 else last


def _wait_shown(page: ContactsPage, qtbot: QtBot) -> list[str]:
    """Wait until every row on screen is loaded; their names."""
    qtbot.waitUntil(lambda: page.model.is_loaded(*_on_screen(page)), timeout=WAIT)
    first, last = _on_screen(page)
    return [page.model.index(r, 0).data() for r in range(first, last + 1)]


def _select(page: ContactsPage, first: int, last: int) -> None:
    """Add rows ``first``..``last`` to the selection, as a shift-click would."""
    model = page.model
    rows = QItemSelection(model.index(first, 0), model.index(last, model.columnCount() - 1))
    page.table.selectionModel().select(rows, QItemSelectionModel.SelectionFlag.Select)


def _ids_of(page: ContactsPage, qtbot: QtBot) -> list[str]:
    found: list[list[str]] = []
    page.with_selected_ids(found.append)
    qtbot.waitUntil(lambda: bool(found), timeout=WAIT)
    return found[0]


def _names(ctx: AppContext, ids: list[str]) -> list[str]:
    rows = ctx.run_now(
        lambda s: contacts.list_contacts(s, limit=100_000, flt=ContactFilter(ids=tuple(ids)))
    )
    return sorted(r.display_name for r in rows)


def test_the_count_is_known_at_once_and_only_pages_near_the_view_load(
    ctx: AppContext, settings: object, qtbot: QtBot
) -> None:
    _many(ctx, 2 * PAGE_SIZE + 50)
    page = _page(ctx, qtbot)
    model = page.model
    assert model.rowCount() == 2 * PAGE_SIZE + 50  # the scroll bar is true from the start
    assert "450" in page.count_label.text()
    qtbot.waitUntil(lambda: not model.loading, timeout=WAIT)
    assert model.pages_held() <= 2  # the first page and the one after it, not every row
    assert model.row(2 * PAGE_SIZE + 49) is None
    assert model.index(2 * PAGE_SIZE + 49, 0).data() == PLACEHOLDER

    page.table.scrollToBottom()
    assert _wait_shown(page, qtbot)[-1] == "Person 00449"
    assert model.index(PAGE_SIZE, 0).data() in ("Person 00200", PLACEHOLDER)


def test_pages_beyond_the_window_are_evicted_and_come_back_right(
    ctx: AppContext, settings: object, qtbot: QtBot
) -> None:
    _many(ctx, 10 * PAGE_SIZE)
    page = _page(ctx, qtbot)
    model = page.model
    model.max_pages = 4  # two pages on screen at most, and one either side
    top = _wait_shown(page, qtbot)
    assert top[:3] == ["Person 00000", "Person 00001", "Person 00002"]

    for row in range(0, 10 * PAGE_SIZE, PAGE_SIZE // 2):  # down the list, half a page a step
        page.table.scrollTo(model.index(row, 0))
        shown = _wait_shown(page, qtbot)
        first, _last = _on_screen(page)
        assert shown == [f"Person {r:05d}" for r in range(first, first + len(shown))]
        assert model.pages_held() <= 4
    assert model.row(0) is None  # the first page was let go

    page.table.scrollToTop()
    assert _wait_shown(page, qtbot) == top
    row = model.row(1)
    assert row is not None and row.email == "p1@example.com"


def test_sorted_either_way_the_bottom_row_is_right_thai_and_chinese_included(
    ctx: AppContext, settings: object, qtbot: QtBot
) -> None:
    _many(ctx, 3 * PAGE_SIZE, extra=THAI_AND_CHINESE)
    page = _page(ctx, qtbot)
    model = page.model
    model.max_pages = 2
    page.table.scrollToBottom()
    # Latin, then Thai by consonant (เกศินี under ก), then Chinese by code point.
    assert _wait_shown(page, qtbot)[-4:] == ["เกศินี ศรีสุข", "สมชาย ใจดี", "王伟", "陈伟"]

    page._sort_by(0)  # the name header clicked again: descending, from the top
    assert _wait_shown(page, qtbot)[:2] == ["陈伟", "王伟"]
    page.table.scrollToBottom()
    assert _wait_shown(page, qtbot)[-2:] == ["Person 00001", "Person 00000"]
    page.table.scrollToTop()
    assert _wait_shown(page, qtbot)[:3] == ["陈伟", "王伟", "สมชาย ใจดี"]


def test_selection_across_evicted_pages_tags_and_deletes_the_right_contacts(
    ctx: AppContext, settings: object, qtbot: QtBot
) -> None:
    _many(ctx, 6 * PAGE_SIZE)
    page = _page(ctx, qtbot)
    model = page.model
    model.max_pages = 2
    _wait_shown(page, qtbot)
    _select(page, 0, 2)
    page.table.scrollToBottom()
    _wait_shown(page, qtbot)
    last = model.rowCount() - 1
    _select(page, last, last)
    qtbot.waitUntil(lambda: model.row(0) is None, timeout=WAIT)  # evicted, still selected
    assert page.tag_action.isEnabled() and not page.open_action.isEnabled()

    ids = _ids_of(page, qtbot)
    assert _names(ctx, ids) == ["Person 00000", "Person 00001", "Person 00002", "Person 01199"]
    page.tag(ids, ["picked"])
    ctx.wait()
    tagged = ctx.run_now(
        lambda s: contacts.list_contacts(s, flt=ContactFilter(tag="picked"), limit=100)
    )
    assert sorted(r.id for r in tagged) == sorted(ids)

    page.table.clearSelection()
    _select(page, 10, 1009)  # five pages, most of them never loaded
    ids = _ids_of(page, qtbot)
    assert len(ids) == len(set(ids)) == 1000
    page.delete(ids)
    qtbot.waitUntil(lambda: model.total == 200, timeout=WAIT)
    left = ctx.run_now(lambda s: contacts.list_contacts(s, limit=1000))
    assert [r.display_name for r in left] == [
        f"Person {i:05d}" for i in [*range(10), *range(1010, 1200)]
    ]


def test_a_filter_change_mid_load_never_shows_the_old_filters_rows(
    ctx: AppContext, settings: object, qtbot: QtBot
) -> None:
    _many(ctx, 4 * PAGE_SIZE)
    page = _page(ctx, qtbot)
    model = page.model
    hot = ctx.run_now(lambda s: contacts.count_contacts(s, ContactFilter(tag="hot")))
    seen: list[list[str]] = []

    def look() -> None:
        seen.append([model.index(r, 0).data() for r in range(model.rowCount()) if model.row(r)])

    page.table.scrollToBottom()  # a deep page is on its way...
    page.set_filter(tag="vip")  # ...when the filter changes, and changes again
    assert model.index(0, 0).data() == PLACEHOLDER  # never the old rows meanwhile
    page.set_filter(tag="hot")
    model.loaded.connect(look)
    model.dataChanged.connect(look)
    model.modelReset.connect(look)
    qtbot.waitUntil(lambda: model.total == hot and not model.loading, timeout=WAIT)
    ctx.wait()
    qtbot.wait(50)
    hot_names = {f"Person {i:05d}" for i in range(4 * PAGE_SIZE) if i % 10 and i % 97 == 5}
    assert seen and all(set(names) <= hot_names for names in seen)
    assert set(_wait_shown(page, qtbot)) == hot_names


def test_sorting_filtering_and_column_choice_are_remembered(
    ctx: AppContext, settings: object, qtbot: QtBot
) -> None:
    _many(ctx, 30)
    page = _page(ctx, qtbot)
    header = page.table.horizontalHeader()
    page._sort_by(0)  # the name header clicked again: descending
    qtbot.waitUntil(lambda: page.model.index(0, 0).data() == "Person 00029", timeout=WAIT)

    qtbot.waitUntil(lambda: page.tag_box.findData("vip") >= 0, timeout=WAIT)
    page.tag_box.setCurrentIndex(page.tag_box.findData("vip"))
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=WAIT)
    page.set_owners([ctx.run_now(local_settings.local_user_id)])  # mine: all of them here
    qtbot.waitUntil(lambda: not page.model.loading, timeout=WAIT)
    assert page.model.rowCount() == 3
    assert page.model.state.owner_ids and len(page.model.state.owner_ids) == 1

    page.show_column("email", False)
    assert page.table.isColumnHidden(3)
    again = ContactsPage(ctx)
    qtbot.addWidget(again)
    assert again.table.isColumnHidden(3)
    assert again.model.state.descending
    assert header.isSortIndicatorShown()


def test_double_click_opens_the_record_of_that_row(
    ctx: AppContext, settings: object, qtbot: QtBot
) -> None:
    _many(ctx, 5)
    page = _page(ctx, qtbot)
    _wait_shown(page, qtbot)
    rect = page.table.visualRect(page.model.index(3, 0))
    viewport = page.table.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.open_action.isEnabled()
    with qtbot.waitSignal(page.open_record, timeout=WAIT) as opened:
        qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args[0] == "contact"
    assert _names(ctx, [opened.args[1]]) == ["Person 00003"]


def test_a_saved_lookup_pages_its_contacts_and_selects_them_by_id(
    ctx: AppContext, settings: object, qtbot: QtBot
) -> None:
    _many(ctx, 2 * PAGE_SIZE + 50)
    with ctx.db.write() as session:
        lookups.save_lookup(session, "VIPs", LookupDefinition((Condition("tag", "=", "vip"),)))
    page = _page(ctx, qtbot)
    page.model.max_pages = 1
    qtbot.waitUntil(lambda: page.lookup_box.findData("VIPs") >= 0, timeout=WAIT)
    page.lookup_box.setCurrentIndex(page.lookup_box.findData("VIPs"))
    qtbot.waitUntil(lambda: page.model.total == 45 and not page.model.loading, timeout=WAIT)
    assert _wait_shown(page, qtbot)[:2] == ["Person 00000", "Person 00010"]
    _select(page, 0, 44)
    ids = _ids_of(page, qtbot)
    assert _names(ctx, ids) == [f"Person {i:05d}" for i in range(0, 450, 10)]


def test_a_change_elsewhere_refreshes_in_place_keeping_scroll_and_selection(
    ctx: AppContext, settings: object, qtbot: QtBot
) -> None:
    _many(ctx, 3 * PAGE_SIZE)
    page = _page(ctx, qtbot)
    model = page.model
    page.table.scrollTo(model.index(450, 0), page.table.ScrollHint.PositionAtTop)
    _wait_shown(page, qtbot)
    first, _last = _on_screen(page)
    _select(page, first + 1, first + 2)
    ids = _ids_of(page, qtbot)
    refreshed: list[tuple[int, int]] = []
    resets: list[bool] = []
    model.dataChanged.connect(lambda top, bottom, *_: refreshed.append((top.row(), bottom.row())))
    model.modelReset.connect(lambda: resets.append(True))
    page.tag(ids, ["called"])  # the change is announced; the list reloads in place
    qtbot.waitUntil(lambda: (0, 3 * PAGE_SIZE - 1) in refreshed, timeout=WAIT)
    qtbot.waitUntil(lambda: not model.loading, timeout=WAIT)
    assert not resets
    assert _on_screen(page)[0] == first  # still where the user was
    assert page.table.selected_count() == 2
    assert sorted(_ids_of(page, qtbot)) == sorted(ids)
