"""Contacts: the edit dialog, the lookup bar, the lazily paged list and its filters."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from tests.ui.typing import type_text

from crmdesk import contacts
from crmdesk.records import ContactDraft, LabeledValue
from crmdesk.ui.contact_dialog import ContactDialog
from crmdesk.ui.contact_view import ContactView
from crmdesk.ui.contacts.model import PAGE_SIZE
from crmdesk.ui.contacts.table import ContactsPage
from crmdesk.ui.main_window import MainWindow
from crmdesk.ui.ops import AppContext


def _new_contact_dialog(window: MainWindow) -> ContactDialog:
    window.actions_.new_contact.trigger()
    dialog = window.dialog
    assert isinstance(dialog, ContactDialog)
    return dialog


def test_thai_contact_made_in_the_dialog_is_found_by_two_characters(
    window: MainWindow, qtbot: QtBot
) -> None:
    dialog = _new_contact_dialog(window)
    type_text(qtbot, dialog.name_edit, "สมชาย ใจดี")
    type_text(qtbot, dialog.given_edit, "สมชาย")
    type_text(qtbot, dialog.family_edit, "ใจดี")
    type_text(qtbot, dialog.company_edit, "บริษัท ตัวอย่าง จำกัด")
    qtbot.keyClicks(dialog.phone_edits[0], "081 234 5678")
    qtbot.keyClicks(dialog.email_edits[0], "somchai@example.co.th")
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.lookup, timeout=3000)
    with qtbot.waitSignal(window.lookup.results_shown, timeout=5000):
        type_text(qtbot, window.lookup, "สม")
    hits = window.lookup.hits()
    assert hits and hits[0][0] == "contact"
    assert "สมชาย ใจดี" in hits[0][2]
    assert window.lookup.popup.isVisible()

    qtbot.keyClick(window.lookup, Qt.Key.Key_Return)
    view = window.record
    assert isinstance(view, ContactView)
    qtbot.waitUntil(lambda: view.bundle is not None, timeout=5000)
    assert view.name_label.text() == "สมชาย ใจดี"
    assert "บริษัท ตัวอย่าง จำกัด" in view.company_label.text()
    assert "mailto:somchai@example.co.th" in view.emails_label.text()
    assert "tel:+66812345678" in view.phones_label.text()


def test_dialog_shows_errors_next_to_the_fields_and_saves_nothing(
    window: MainWindow, qtbot: QtBot
) -> None:
    dialog = _new_contact_dialog(window)
    qtbot.keyClicks(dialog.email_edits[0], "not-an-email")
    qtbot.keyClicks(dialog.phone_edits[1], "12")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.errors["display_name"].isVisible()
    assert "required" in dialog.errors["display_name"].text()
    assert dialog.errors["emails[0]"].isVisible()
    assert dialog.errors["phones[1]"].isVisible()
    assert not dialog.errors["phones[0]"].isVisible()
    window.ctx.wait()
    assert window.ctx.run_now(contacts.count_contacts) == 0


def _many(ctx: AppContext, n: int) -> None:
    drafts = [
        ContactDraft(
            display_name=f"Person {i:05d}",
            emails=(LabeledValue(f"p{i}@example.com"),),
            tags=("vip",) if i % 10 == 0 else (),
        )
        for i in range(n)
    ]
    with ctx.db.write() as session:
        contacts.add_contacts(session, drafts)


def test_contact_list_loads_page_by_page(ctx: AppContext, settings: object, qtbot: QtBot) -> None:
    _many(ctx, 2 * PAGE_SIZE + 50)
    page = ContactsPage(ctx)
    qtbot.addWidget(page)
    page.resize(900, 400)
    page.show()
    model = page.model
    qtbot.waitUntil(lambda: model.total == 2 * PAGE_SIZE + 50, timeout=5000)
    assert model.rowCount() == PAGE_SIZE  # not every row
    assert model.canFetchMore()
    model.fetchMore()
    qtbot.waitUntil(lambda: model.rowCount() == 2 * PAGE_SIZE, timeout=5000)
    assert model.index(PAGE_SIZE, 0).data() == f"Person {PAGE_SIZE:05d}"
    assert "450" in page.count_label.text()


def test_sorting_filtering_and_column_choice(
    ctx: AppContext, settings: object, qtbot: QtBot
) -> None:
    _many(ctx, 30)
    page = ContactsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 30, timeout=5000)
    header = page.table.horizontalHeader()
    page._sort_by(0)  # the name header clicked again: descending
    qtbot.waitUntil(lambda: page.model.index(0, 0).data() == "Person 00029", timeout=5000)

    qtbot.waitUntil(lambda: page.tag_box.findData("vip") >= 0, timeout=5000)
    page.tag_box.setCurrentIndex(page.tag_box.findData("vip"))
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=5000)

    page.show_column("email", False)
    assert page.table.isColumnHidden(3)
    again = ContactsPage(ctx)
    qtbot.addWidget(again)
    assert again.table.isColumnHidden(3)
    assert again.model.state.descending
    assert header.isSortIndicatorShown()


def test_selected_contacts_can_be_tagged_and_deleted(
    ctx: AppContext, settings: object, qtbot: QtBot
) -> None:
    _many(ctx, 5)
    page = ContactsPage(ctx)
    qtbot.addWidget(page)
    ctx.changed.connect(page.apply_changes)  # as the main window does
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 5, timeout=5000)
    assert not page.delete_action.isEnabled()
    page.table.selectRow(0)
    page.table.selectionModel().select(
        page.model.index(1, 0),
        page.table.selectionModel().SelectionFlag.Select
        | page.table.selectionModel().SelectionFlag.Rows,
    )
    assert page.delete_action.isEnabled()
    ids = page.selected_ids()
    assert len(ids) == 2
    page.tag(ids, ["hot"])
    ctx.wait()
    qtbot.waitUntil(lambda: page.tag_box.findData("hot") >= 0, timeout=5000)
    page.delete(ids)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=5000)
    assert ctx.run_now(contacts.count_contacts) == 3
