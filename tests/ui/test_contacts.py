"""Contacts: the edit dialog; finding a contact in the lookup bar."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from tests.ui.typing import type_text

from crmdesk import contacts
from crmdesk.ui.contact_dialog import ContactDialog
from crmdesk.ui.contact_view import ContactView
from crmdesk.ui.main_window import MainWindow


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
