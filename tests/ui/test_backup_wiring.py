"""The app runs the daily backup service, shares it with the Backup page, and backs up on exit."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot
from tests.conftest import PASSPHRASE

from crmdesk import local_settings
from crmdesk.backup.catalog import list_backups
from crmdesk.ui.startup.shell import Shell
from crmdesk.vault import Vault


def test_unlocked_app_runs_the_schedule_and_the_backup_page_shares_it(
    vault: Vault, settings: QSettings, qtbot: QtBot
) -> None:
    vault.init(PASSPHRASE, remember=True).close()
    shell = Shell(vault, settings)
    shell.start()
    window = shell.window
    assert window is not None and shell.backup is not None
    page = window.page("backup")
    assert getattr(page, "service", None) is shell.backup
    window.actions_.lock.trigger()
    assert shell.backup is None  # locking stops the schedule with the database
    assert shell.dialog is not None
    shell.dialog.close()


def test_closing_the_window_backs_up_when_the_user_asked_for_it(
    vault: Vault, settings: QSettings, qtbot: QtBot
) -> None:
    db = vault.init(PASSPHRASE, remember=True)
    with db.write() as session:
        local_settings.set_value(session, "backup_on_exit", "1")
    db.close()
    assert list_backups(vault.backup_dir, full=False) == []
    shell = Shell(vault, settings)
    shell.start()
    assert shell.window is not None
    with qtbot.waitSignal(shell.finished, timeout=60000):
        shell.window.close()
    backups = list_backups(vault.backup_dir, full=False)
    assert len(backups) == 1 and backups[0].good


def test_closing_the_window_makes_no_backup_by_default(
    vault: Vault, settings: QSettings, qtbot: QtBot
) -> None:
    vault.init(PASSPHRASE, remember=True).close()
    shell = Shell(vault, settings)
    shell.start()
    assert shell.window is not None
    with qtbot.waitSignal(shell.finished, timeout=60000):
        shell.window.close()
    assert list_backups(vault.backup_dir, full=False) == []
