"""The contact record's tabs: notes, tags and custom fields are edited where they are shown."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from tests.ui.typing import type_text

from crmdesk import contacts, custom_fields
from crmdesk.records import ContactDraft, LabeledValue
from crmdesk.ui.contact_view import ContactView
from crmdesk.ui.main_window import MainWindow


def _open(window: MainWindow, qtbot: QtBot) -> ContactView:
    with window.ctx.db.write() as s:
        custom_fields.define_field(s, "contact", "line_id", "text", label="LINE ID")
        person = contacts.add_contact(
            s,
            ContactDraft(
                display_name="李志明",
                phones=(LabeledValue("+886 2 2345 6789", "work"),),
            ),
        )
    window.open_record("contact", person.id)
    view = window.record
    assert isinstance(view, ContactView)
    qtbot.waitUntil(lambda: view.bundle is not None, timeout=5000)
    return view


def test_a_note_added_on_the_notes_tab_is_listed_first(window: MainWindow, qtbot: QtBot) -> None:
    view = _open(window, qtbot)
    view.tabs.setCurrentWidget(view.notes)
    type_text(qtbot, view.notes.editor, "客戶要求下週報價")
    qtbot.mouseClick(view.notes.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.notes.list.count() == 1, timeout=5000)
    item = view.notes.list.item(0)
    assert item is not None and "客戶要求下週報價" in item.text()
    assert view.notes.editor.toPlainText() == ""


def test_tags_and_custom_fields_are_saved_from_their_tabs(window: MainWindow, qtbot: QtBot) -> None:
    view = _open(window, qtbot)
    view.tabs.setCurrentWidget(view.tags_page)
    qtbot.keyClicks(view.tag_edit, "vip")
    qtbot.keyClick(view.tag_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.tag_list.count() == 1, timeout=5000)
    assert view.tag_list.item(0).text() == "vip"  # type: ignore[union-attr]

    edit = view.field_edits["line_id"]
    qtbot.keyClicks(edit, "zhiming.lee")
    save = next(b for b in view.fields_page.findChildren(type(view.edit_button)) if b.text())
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    window.ctx.wait()
    qtbot.waitUntil(
        lambda: (
            view.bundle is not None and view.bundle.record.custom.get("line_id") == "zhiming.lee"
        ),
        timeout=5000,
    )


def test_clicking_a_phone_number_copies_it(window: MainWindow, qtbot: QtBot) -> None:
    view = _open(window, qtbot)
    assert "tel:+886223456789" in view.phones_label.text()
    view.phones_label.linkActivated.emit("copy:+886 2 2345 6789")
    assert QApplication.clipboard().text() == "+886 2 2345 6789"
