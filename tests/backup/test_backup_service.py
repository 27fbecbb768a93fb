"""The app's BackupService on APScheduler's Qt scheduler: jobs, Back up now, backup on exit."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from apscheduler.schedulers.qt import QtScheduler
from pytestqt.qtbot import QtBot

from crmdesk import contacts
from crmdesk.backup.archive import BackupFileError, read_header
from crmdesk.backup.catalog import list_backups
from crmdesk.backup.runner import back_up
from crmdesk.backup.schedule import JOB_DAILY, JOB_START, JOB_WATCH
from crmdesk.backup.settings import BackupSettings
from crmdesk.changes import Changes
from crmdesk.db.engine import Database
from crmdesk.db.in_use import DatabaseInUse, exclusive_use
from crmdesk.local_settings import set_value
from crmdesk.records import ContactDraft
from crmdesk.ui.backup_service import BackupService
from crmdesk.ui.ops import AppContext
from crmdesk.vault import Vault

from .conftest import at


@pytest.fixture
def service(qtbot: QtBot, vault: Vault, db: Database) -> Iterator[BackupService]:
    svc = BackupService(vault, db)
    yield svc
    svc.stop(wait=True)


def test_start_uses_the_qt_scheduler_with_the_daily_time(
    qtbot: QtBot, service: BackupService, db: Database
) -> None:
    ctx = AppContext(db)
    service.start(ctx)
    scheduler = service._runner._scheduler
    assert isinstance(scheduler, QtScheduler)
    assert {job.id for job in scheduler.get_jobs()} == {JOB_DAILY, JOB_START, JOB_WATCH}
    daily = scheduler.get_job(JOB_DAILY).next_run_time
    assert (daily.hour, daily.minute) == (12, 30)

    with qtbot.waitSignal(ctx.changed):
        ctx.change(lambda s: set_value(s, "backup_time", "06:15"), Changes(settings=True))
    qtbot.waitUntil(lambda: scheduler.get_job(JOB_DAILY).next_run_time.hour == 6)
    assert scheduler.get_job(JOB_DAILY).next_run_time.minute == 15


def test_back_up_now_runs_on_the_scheduler_and_reports(
    qtbot: QtBot, service: BackupService, vault: Vault
) -> None:
    service.start()
    with qtbot.waitSignal(service.succeeded, timeout=30000) as signal:
        service.backup_now()
    outcome = signal.args[0]
    assert outcome.result.path.parent == vault.backup_dir
    assert service.last_success() is not None


def test_backup_on_exit_only_when_chosen(
    qtbot: QtBot, service: BackupService, vault: Vault, db: Database
) -> None:
    assert service.backup_on_exit() is None
    assert list_backups(vault.backup_dir) == []
    with db.write() as session:
        set_value(session, "backup_on_exit", "1")
    outcome = service.backup_on_exit()
    assert outcome is not None
    assert [e.path for e in list_backups(vault.backup_dir)] == [outcome.result.path]


def test_restoring_a_damaged_backup_leaves_the_app_working(
    service: BackupService, vault: Vault, db: Database, raw_key: bytes
) -> None:
    path = back_up(vault, raw_key, BackupSettings(), at(22)).result.path
    data = bytearray(path.read_bytes())
    data[read_header(path).body_size // 2] ^= 0x01
    path.write_bytes(bytes(data))
    with pytest.raises(BackupFileError, match="damaged"):
        service.restore(path)
    # The database was never closed: it still takes writes and still counts as open.
    with db.write() as session:
        contacts.add_contact(session, ContactDraft("After a refused restore"))
    with pytest.raises(DatabaseInUse), exclusive_use(vault.db_path):
        pass
    assert not list(vault.data_dir.glob(".restore-*"))
