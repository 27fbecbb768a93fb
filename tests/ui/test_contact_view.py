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


def test_name_title_and_phones_are_edited_in_place(window: MainWindow, qtbot: QtBot) -> None:
    view = _open(window, qtbot)
    qtbot.mouseClick(view.edit_here_button, Qt.MouseButton.LeftButton)
    editor = view.header_editor
    assert editor.isVisible() and not view.header.isVisible()
    assert editor.name_edit.text() == "李志明"
    assert editor.phone_edits[0].text() == "+886 2 2345 6789"
    editor.name_edit.clear()
    type_text(qtbot, editor.name_edit, "李志明 Jimmy")
    qtbot.keyClicks(editor.title_edit, "Purchasing manager")
    qtbot.keyClicks(editor.phone_edits[1], "+886 912 345 678")
    qtbot.keyClick(editor.title_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(view.header.isVisible, timeout=5000)
    qtbot.waitUntil(lambda: view.name_label.text() == "李志明 Jimmy", timeout=5000)
    assert not editor.isVisible()
    assert "Purchasing manager" in view.company_label.text()
    record = view.bundle.record  # type: ignore[union-attr]
    assert [(p.number, p.label) for p in record.phones] == [
        ("+886 2 2345 6789", "work"),
        ("+886 912 345 678", "mobile"),
    ]


def test_a_bad_email_in_place_is_shown_under_the_field_and_nothing_is_saved(
    window: MainWindow, qtbot: QtBot
) -> None:
    view = _open(window, qtbot)
    qtbot.mouseClick(view.edit_here_button, Qt.MouseButton.LeftButton)
    editor = view.header_editor
    qtbot.keyClicks(editor.email_edits[0], "zhiming.lee(at)example")
    editor.name_edit.clear()
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.errors["emails[0]"].isVisible()
    assert "email address" in editor.errors["emails[0]"].text()
    assert editor.errors["display_name"].isVisible()
    assert editor.isVisible()

    qtbot.keyClick(editor.name_edit, Qt.Key.Key_Escape)
    assert view.header.isVisible() and not editor.isVisible()
    window.ctx.wait()
    with window.ctx.db.read() as s:
        stored = contacts.get_contact(s, view.contact_id)
    assert stored.display_name == "李志明" and stored.emails == ()
