"""Manual entry warns about look-alikes: open the existing contact, merge with it, or add anyway."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from tests.ui.typing import type_text

from crmdesk import contacts
from crmdesk.records import ContactDraft, LabeledValue
from crmdesk.ui import i18n
from crmdesk.ui.contact_dialog import ContactDialog
from crmdesk.ui.contact_view import ContactView
from crmdesk.ui.duplicate_warning import DuplicateWarning
from crmdesk.ui.main_window import MainWindow
from crmdesk.ui.merge_dialog import DuplicatesDialog


def _existing(window: MainWindow, draft: ContactDraft) -> str:
    with window.ctx.db.write() as s:
        return contacts.add_contact(s, draft).id


def _count(window: MainWindow) -> int:
    with window.ctx.db.read() as s:
        return contacts.count_contacts(s)


def _new_contact(window: MainWindow, qtbot: QtBot, **fields: str) -> ContactDialog:
    window.actions_.new_contact.trigger()
    dialog = window.dialog
    assert isinstance(dialog, ContactDialog)
    for edit, key in (
        (dialog.name_edit, "name"),
        (dialog.email_edits[0], "email"),
        (dialog.phone_edits[0], "phone"),
        (dialog.company_edit, "company"),
    ):
        type_text(qtbot, edit, fields.get(key, ""))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    return dialog


def _warning(dialog: ContactDialog, qtbot: QtBot) -> DuplicateWarning:
    qtbot.waitUntil(lambda: dialog.duplicate_warning is not None, timeout=5000)
    warning = dialog.duplicate_warning
    assert warning is not None and warning.isVisible()
    return warning


def test_same_email_warns_and_opens_the_existing_contact(window: MainWindow, qtbot: QtBot) -> None:
    somchai = _existing(
        window,
        ContactDraft("สมชาย ใจดี", emails=(LabeledValue("somchai@example.co.th"),)),
    )
    dialog = _new_contact(window, qtbot, name="Somchai J.", email="Somchai@Example.co.th")
    warning = _warning(dialog, qtbot)
    shown = warning.list.item(0).text()
    assert "สมชาย ใจดี" in shown and "same email" in shown
    assert warning.list.count() == 1

    qtbot.mouseClick(warning.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(window.record, ContactView), timeout=5000)
    assert window.record.contact_id == somchai  # type: ignore[union-attr]
    assert not dialog.isVisible()
    assert _count(window) == 1  # nothing added


def test_same_phone_in_another_format_warns_and_can_add_anyway(
    window: MainWindow, qtbot: QtBot
) -> None:
    _existing(window, ContactDraft("Lin Mei", phones=(LabeledValue("+66 81 234 5678"),)))
    dialog = _new_contact(window, qtbot, name="Khun Lin", phone="081-234-5678")
    warning = _warning(dialog, qtbot)
    assert "same phone number" in warning.list.item(0).text()
    qtbot.mouseClick(warning.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _count(window) == 2, timeout=5000)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)


def test_same_name_and_company_can_be_merged_with_the_existing_one(
    window: MainWindow, qtbot: QtBot
) -> None:
    wang = _existing(window, ContactDraft("王偉", company_name="Dragon Trading"))
    dialog = _new_contact(window, qtbot, name="王偉", company="Dragon Trading", email="w@dt.tw")
    warning = _warning(dialog, qtbot)
    assert "same name" in warning.list.item(0).text()
    qtbot.mouseClick(warning.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(dialog.merge_dialog, DuplicatesDialog), timeout=5000)
    merge = dialog.merge_dialog
    assert isinstance(merge, DuplicatesDialog)
    qtbot.waitUntil(lambda: merge.pair is not None, timeout=5000)
    keep, other = merge.pair  # type: ignore[misc]
    assert keep.id == wang and other.id != wang
    assert [e.value for e in other.emails] == ["w@dt.tw"]
    assert merge.merge_button.isEnabled()
    merge.close()


def test_back_to_editing_saves_nothing(window: MainWindow, qtbot: QtBot) -> None:
    _existing(window, ContactDraft("Jane Smith", emails=(LabeledValue("jane@example.com"),)))
    dialog = _new_contact(window, qtbot, name="Jane S.", email="jane@example.com")
    warning = _warning(dialog, qtbot)
    qtbot.mouseClick(warning.back_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.save_button.isEnabled()
    window.ctx.wait()
    assert _count(window) == 1


def test_a_contact_like_no_other_is_saved_without_asking(window: MainWindow, qtbot: QtBot) -> None:
    _existing(window, ContactDraft("Jane Smith", emails=(LabeledValue("jane@example.com"),)))
    dialog = _new_contact(window, qtbot, name="Peter Chan", email="peter@example.hk")
    qtbot.waitUntil(lambda: _count(window) == 2, timeout=5000)
    assert dialog.duplicate_warning is None


def test_the_merge_screen_gives_its_reasons_in_the_users_language(
    window: MainWindow, qtbot: QtBot
) -> None:
    for _ in range(2):
        _existing(window, ContactDraft("อนันต์ สุขใจ", emails=(LabeledValue("anan@example.co.th"),)))
    assert i18n.install("th")
    dialog = DuplicatesDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    dialog.search()
    qtbot.waitUntil(lambda: dialog.groups.count() == 1, timeout=5000)
    text = dialog.groups.item(0).text()
    assert "อีเมลเดียวกัน" in text and "ชื่อเดียวกัน" in text and "same" not in text


def test_cancelling_while_the_check_runs_saves_nothing(window: MainWindow, qtbot: QtBot) -> None:
    dialog = _new_contact(window, qtbot, name="Peter Chan", email="peter@example.hk")
    dialog.reject()  # before the look-alike check has answered
    window.ctx.wait()
    qtbot.wait(100)
    window.ctx.wait()
    assert _count(window) == 0
