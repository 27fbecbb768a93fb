"""The lookup bar: results as you type, keyboard navigation, stale answers dropped."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from crmdesk import companies, contacts, search
from crmdesk.records import CompanyDraft, ContactDraft
from crmdesk.ui.companies.view import CompanyView
from crmdesk.ui.main_window import MainWindow


def _people(window: MainWindow) -> None:
    with window.ctx.db.write() as s:
        contacts.add_contact(s, ContactDraft(display_name="Somchai Jaidee"))
        contacts.add_contact(s, ContactDraft(display_name="Somsak Rakthai"))
        companies.add_company(s, CompanyDraft(name="Somboon Trading"))


def test_down_and_enter_open_the_chosen_hit(window: MainWindow, qtbot: QtBot) -> None:
    _people(window)
    bar = window.lookup
    bar.setFocus()
    with qtbot.waitSignal(bar.results_shown, timeout=5000):
        qtbot.keyClicks(bar, "som")
    titles = [text for _e, _i, text in bar.hits()]
    assert len(titles) == 3
    company_row = next(i for i, (e, _i, _t) in enumerate(bar.hits()) if e == "company")
    for _ in range(company_row):
        qtbot.keyClick(bar, Qt.Key.Key_Down)
    assert bar.popup.currentRow() == company_row
    qtbot.keyClick(bar, Qt.Key.Key_Return)
    assert isinstance(window.record, CompanyView)
    assert not bar.popup.isVisible()


def test_escape_closes_the_list_then_clears_the_text(window: MainWindow, qtbot: QtBot) -> None:
    _people(window)
    bar = window.lookup
    bar.setFocus()
    with qtbot.waitSignal(bar.results_shown, timeout=5000):
        qtbot.keyClicks(bar, "soms")
    assert [t for _e, _i, t in bar.hits()] == ["Somsak Rakthai   [Contact]"]
    qtbot.keyClick(bar, Qt.Key.Key_Escape)
    assert not bar.popup.isVisible() and bar.text() == "soms"
    qtbot.keyClick(bar, Qt.Key.Key_Escape)
    assert bar.text() == ""


def test_an_answer_to_an_older_query_is_dropped(window: MainWindow, qtbot: QtBot) -> None:
    _people(window)
    bar = window.lookup
    stale = window.ctx.run_now(lambda s: search.search(s, "som"))
    bar.setText("somc")
    bar._search()  # generation 1 is in flight
    window.ctx.wait()
    qtbot.waitUntil(lambda: len(bar.hits()) == 1, timeout=5000)
    bar._show(bar._generation - 1, stale)  # a late answer for an earlier text
    assert [t for _e, _i, t in bar.hits()] == ["Somchai Jaidee   [Contact]"]


def test_enter_typed_before_the_results_arrive_opens_the_first_hit(
    window: MainWindow, qtbot: QtBot
) -> None:
    _people(window)
    bar = window.lookup
    bar.setFocus()
    qtbot.keyClicks(bar, "somc")
    qtbot.keyClick(bar, Qt.Key.Key_Return)  # within the debounce time
    qtbot.waitUntil(lambda: window.record is not None, timeout=5000)
    assert getattr(window.record, "contact_id", None) is not None
