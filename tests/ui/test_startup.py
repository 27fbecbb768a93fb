"""Start-up: the first-run wizard, unlocking, and locking again."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from pytestqt.qtbot import QtBot
from tests.conftest import PASSPHRASE

from crmdesk import contacts, local_settings
from crmdesk.db.keys import WrongPassphrase
from crmdesk.records import ContactDraft, LabeledValue
from crmdesk.ui.main_window import MainWindow
from crmdesk.ui.merge_dialog import DuplicatesDialog
from crmdesk.ui.startup.change_passphrase import ChangePassphraseDialog
from crmdesk.ui.startup.shell import Shell
from crmdesk.ui.startup.unlock import UnlockDialog
from crmdesk.ui.startup.wizard import FirstRunWizard
from crmdesk.vault import Vault


@pytest.fixture
def shell(vault: Vault, settings: QSettings, qtbot: QtBot):  # type: ignore[no-untyped-def]
    s = Shell(vault, settings)
    yield s
    if s.window is not None:
        s.window.close()
    if s.ctx is not None:
        s.ctx.wait()
        s.ctx.db.close()


def test_first_run_wizard_creates_an_encrypted_database(
    vault: Vault, settings: QSettings, qtbot: QtBot
) -> None:
    wizard = FirstRunWizard(vault, settings)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.keyClicks(wizard.passphrase_edit, PASSPHRASE)
    assert "Strong" in wizard.strength_label.text() or "Fair" in wizard.strength_label.text()
    qtbot.keyClicks(wizard.confirm_edit, PASSPHRASE)
    wizard.backup_time.setTime(wizard.backup_time.time().fromString("07:45", "HH:mm"))
    wizard.language_box.setCurrentIndex(wizard.language_box.findData("zh_TW"))
    qtbot.mouseClick(wizard.create_button, Qt.MouseButton.LeftButton)
    assert wizard.work.running and not wizard.create_button.isEnabled()
    assert wizard.working.isVisible()
    qtbot.waitUntil(lambda: wizard.database is not None, timeout=10000)

    assert wizard.result() == FirstRunWizard.DialogCode.Accepted
    assert not wizard.work.running
    assert wizard.database is not None
    with wizard.database.read() as session:
        assert local_settings.get_value(session, "backup_time") == "07:45"
        assert local_settings.get_value(session, "autolock_minutes") == "15"
    wizard.database.close()
    assert vault.db_path.read_bytes()[:16] != b"SQLite format 3\x00"  # encrypted on disk
    assert settings.value("language") == "zh_TW"
    assert not vault.is_remembered()


def test_wizard_shows_mismatched_confirmation_next_to_the_field(
    vault: Vault, settings: QSettings, qtbot: QtBot
) -> None:
    wizard = FirstRunWizard(vault, settings)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.keyClicks(wizard.passphrase_edit, PASSPHRASE)
    qtbot.keyClicks(wizard.confirm_edit, PASSPHRASE + "x")
    qtbot.mouseClick(wizard.create_button, Qt.MouseButton.LeftButton)
    assert wizard.confirm_error.isVisible()
    assert "differ" in wizard.confirm_error.text()
    assert not vault.exists()


def test_wrong_passphrase_lets_the_user_retry_then_unlocks(
    vault: Vault, settings: QSettings, qtbot: QtBot
) -> None:
    vault.init(PASSPHRASE).close()
    dialog = UnlockDialog(vault)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.passphrase_edit, "not my passphrase")
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    assert not dialog.unlock_button.isEnabled() and not dialog.passphrase_edit.isEnabled()
    assert dialog.working.isVisible()
    qtbot.waitUntil(dialog.error_label.isVisible, timeout=10000)
    assert dialog.isVisible()
    assert dialog.unlock_button.isEnabled() and dialog.passphrase_edit.isEnabled()
    assert not dialog.working.isVisible()
    assert "not right" in dialog.error_label.text()
    assert dialog.database is None

    dialog.passphrase_edit.clear()
    qtbot.keyClicks(dialog.passphrase_edit, PASSPHRASE)
    qtbot.keyClick(dialog.passphrase_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.database is not None, timeout=10000)
    assert not dialog.isVisible()
    dialog.database.close()


def test_shell_shows_wizard_on_first_run_then_the_main_window(
    shell: Shell, vault: Vault, qtbot: QtBot
) -> None:
    shell.start()
    wizard = shell.dialog
    assert isinstance(wizard, FirstRunWizard)
    qtbot.keyClicks(wizard.passphrase_edit, PASSPHRASE)
    qtbot.keyClicks(wizard.confirm_edit, PASSPHRASE)
    qtbot.mouseClick(wizard.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shell.window is not None, timeout=10000)
    assert shell.window is not None and shell.window.isVisible()
    assert vault.exists()


def test_unlock_is_skipped_when_the_key_is_remembered(
    shell: Shell, vault: Vault, qtbot: QtBot
) -> None:
    vault.init(PASSPHRASE, remember=True).close()
    shell.start()
    assert shell.dialog is None
    assert shell.window is not None and shell.window.isVisible()


def test_lock_now_closes_the_database_and_asks_for_the_passphrase(
    shell: Shell, vault: Vault, qtbot: QtBot
) -> None:
    vault.init(PASSPHRASE, remember=True).close()
    shell.start()
    window = shell.window
    assert window is not None
    window.actions_.lock.trigger()
    assert shell.window is None and shell.ctx is None
    assert not window.isVisible()
    dialog = shell.dialog
    assert isinstance(dialog, UnlockDialog) and dialog.isVisible()
    assert "locked" in dialog.message_label.text()
    qtbot.keyClicks(dialog.passphrase_edit, PASSPHRASE)
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shell.window is not None, timeout=10000)
    assert shell.window is not None and shell.window.isVisible()


def test_idle_time_locks_the_app(shell: Shell, vault: Vault, qtbot: QtBot) -> None:
    vault.init(PASSPHRASE, remember=True).close()
    shell.start()
    shell.idle.set_minutes(0.002)  # about 120 ms
    qtbot.waitUntil(lambda: isinstance(shell.dialog, UnlockDialog), timeout=3000)
    assert shell.window is None


def test_window_geometry_is_remembered(shell: Shell, vault: Vault, qtbot: QtBot) -> None:
    vault.init(PASSPHRASE, remember=True).close()
    shell.start()
    assert shell.window is not None
    shell.window.resize(720, 520)
    shell.window.show_page("companies")
    shell.window.save_geometry()
    shell.lock()
    dialog = shell.dialog
    assert isinstance(dialog, UnlockDialog)
    qtbot.keyClicks(dialog.passphrase_edit, PASSPHRASE)
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shell.window is not None, timeout=10000)
    assert shell.window is not None
    assert (shell.window.width(), shell.window.height()) == (720, 520)
    assert shell.window.current_page_key() == "companies"


def test_demo_data_chosen_in_the_wizard_fills_the_contact_list(
    shell: Shell, vault: Vault, qtbot: QtBot
) -> None:
    shell.start()
    wizard = shell.dialog
    assert isinstance(wizard, FirstRunWizard)
    qtbot.keyClicks(wizard.passphrase_edit, PASSPHRASE)
    qtbot.keyClicks(wizard.confirm_edit, PASSPHRASE)
    qtbot.mouseClick(wizard.demo_check, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(wizard.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shell.window is not None, timeout=10000)
    window = shell.window
    assert window is not None
    window.show_page("contacts")
    page = window.pages["contacts"]
    qtbot.waitUntil(lambda: page.model.total == 500, timeout=60000)  # type: ignore[attr-defined]
    assert page.model.rowCount() == 500  # type: ignore[attr-defined]
    assert page.model.pages_held() <= 2  # type: ignore[attr-defined]  # not every row


def test_a_wrong_passphrase_in_the_environment_falls_back_to_asking(
    shell: Shell, vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault.init(PASSPHRASE).close()
    monkeypatch.setenv("CRMDESK_PASSPHRASE", "stale")
    shell.start()
    assert isinstance(shell.dialog, UnlockDialog)
    assert shell.window is None


def test_choosing_thai_in_the_wizard_translates_it_at_once(
    vault: Vault, settings: QSettings, qtbot: QtBot
) -> None:
    wizard = FirstRunWizard(vault, settings)
    qtbot.addWidget(wizard)
    assert wizard.language_box.currentData() == ""  # follows the system until chosen
    assert wizard.create_button.text() == "C&reate database"
    wizard.language_box.setCurrentIndex(wizard.language_box.findData("th"))
    assert wizard.create_button.text() == "สร้างฐานข้อมูล(&R)"
    assert wizard.windowTitle() == "ยินดีต้อนรับสู่ crmdesk"
    assert wizard.row_labels[0].text() == "รหัสผ่าน(&P):"


def test_the_passphrase_is_checked_while_the_ui_keeps_running(
    vault: Vault, settings: QSettings, qtbot: QtBot
) -> None:
    vault.init(PASSPHRASE).close()
    dialog = UnlockDialog(vault)
    qtbot.addWidget(dialog)
    dialog.show()
    ticks: list[int] = []
    timer = QTimer(dialog)
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(1) if dialog.work.running else None)
    timer.start()
    qtbot.keyClicks(dialog.passphrase_edit, "still not my passphrase")
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    dialog.reject()  # Esc while checking: the dialog stays until the answer is in
    assert dialog.isVisible()
    qtbot.waitUntil(dialog.error_label.isVisible, timeout=10000)
    assert len(ticks) >= 5  # the event loop ran during Argon2id (about 200 ms)
    assert dialog.attempts == 1 and dialog.database is None
    dialog.reject()
    assert not dialog.isVisible()


def test_changing_the_passphrase_runs_off_the_ui_thread_and_checks_the_old_one(
    window: MainWindow, vault: Vault, qtbot: QtBot
) -> None:
    window.actions_.change_passphrase.trigger()
    dialog = window.dialog
    assert isinstance(dialog, ChangePassphraseDialog)
    new = "a new and longer passphrase"
    qtbot.keyClicks(dialog.old_edit, "not the old one")
    qtbot.keyClicks(dialog.new_edit, new)
    qtbot.keyClicks(dialog.confirm_edit, new)
    qtbot.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)
    assert dialog.work.running and not dialog.change_button.isEnabled()
    qtbot.waitUntil(dialog.old_error.isVisible, timeout=10000)
    assert "not right" in dialog.old_error.text() and dialog.change_button.isEnabled()

    dialog.old_edit.clear()
    qtbot.keyClicks(dialog.old_edit, PASSPHRASE)
    qtbot.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.changed, timeout=10000)
    assert not dialog.isVisible()
    with pytest.raises(WrongPassphrase):
        vault.wrapped_key().unwrap(PASSPHRASE)
    assert vault.wrapped_key().unwrap(new)


def test_find_duplicates_in_the_tools_menu_opens_the_merge_screen_searching(
    window: MainWindow, qtbot: QtBot
) -> None:
    with window.ctx.db.write() as s:
        for _ in range(2):
            contacts.add_contact(
                s, ContactDraft("Anan Sukjai", emails=(LabeledValue("anan@example.co.th"),))
            )
    window.actions_.duplicates.trigger()
    dialog = window.dialog
    assert isinstance(dialog, DuplicatesDialog)
    qtbot.waitUntil(lambda: dialog.groups.count() == 1, timeout=5000)
    assert "Anan Sukjai" in dialog.groups.item(0).text()
    dialog.close()


def test_a_too_short_passphrase_is_refused_in_the_users_language(
    vault: Vault, settings: QSettings, qtbot: QtBot
) -> None:
    wizard = FirstRunWizard(vault, settings)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.language_box.setCurrentIndex(wizard.language_box.findData("zh_TW"))
    qtbot.keyClicks(wizard.passphrase_edit, "short")
    qtbot.keyClicks(wizard.confirm_edit, "short")
    qtbot.mouseClick(wizard.create_button, Qt.MouseButton.LeftButton)
    assert wizard.passphrase_error.isVisible()
    assert wizard.passphrase_error.text() == "密語至少需要 8 個字元。"
    assert not wizard.work.running and not vault.exists()
