"""The app's backup service: the daily schedule on Qt's event loop, back up now/on exit, restore.

It lives in ui/ because it is Qt-aware (QtCore signals
that reach the UI thread); everything it calls is plain Python that the sync
server can reuse. The shell creates it after unlocking, calls ``start()``, calls
``backup_on_exit()`` then ``stop()`` before closing the database, and reopens
the database when ``restored`` fires.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from crmdesk.backup.catalog import BackupEntry, list_backups, newest_good
from crmdesk.backup.restore import RestoreResult, finish_restore, key_of_backup, prepare_restore
from crmdesk.backup.runner import BackupOutcome, back_up, database_key
from crmdesk.backup.schedule import BackupScheduler
from crmdesk.backup.settings import BackupSettings, load
from crmdesk.backup.verify import Verification, verify_backup
from crmdesk.changes import Changes
from crmdesk.clock import Clock, SystemClock
from crmdesk.db.engine import Database
from crmdesk.errors import CrmError
from crmdesk.vault import Vault

log = logging.getLogger(__name__)

#: The Backup page warns when the newest good backup is older than this.
STALE_AFTER = timedelta(days=2)


@dataclass(frozen=True)
class BackupStatus:
    """What the Backup & Restore page shows."""

    folder: Path
    backups: list[BackupEntry]
    last_success: datetime | None
    stale: bool
    settings: BackupSettings


def created_at(entry: BackupEntry | None) -> datetime | None:
    if entry is None or entry.created is None:
        return None
    try:
        return datetime.fromisoformat(entry.created)
    except ValueError:
        return None


class BackupService(QObject):
    """Scheduled and manual backups of one unlocked database."""

    #: A backup began (any thread; delivered on the UI thread).
    started = Signal()
    #: A backup succeeded: a ``BackupOutcome``.
    succeeded = Signal(object)
    #: A backup failed: the message to show (the previous backups are untouched).
    failed = Signal(str)
    #: A restore replaced the database (a ``RestoreResult``): the shell must reopen it.
    restored = Signal(object)

    def __init__(
        self,
        vault: Vault,
        db: Database,
        clock: Clock | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.db = db
        self.clock: Clock = clock or SystemClock()
        self._key = database_key(db)
        self._runner = BackupScheduler(
            self.clock, self.settings().daily_at, self.last_success, self._backup_once
        )

    def settings(self) -> BackupSettings:
        with self.db.read() as session:
            return load(session)

    def folder(self) -> Path:
        return self.settings().folder(self.vault.data_dir)

    def last_success(self) -> datetime | None:
        """When the newest good backup in the destination was made."""
        return created_at(newest_good(self.folder()))

    def status(self) -> BackupStatus:
        """Every backup in the destination (headers and sizes; call off the UI thread).

        A file only gets its final name after it was verified, so a sound header
        and size mean a verified backup; ``verify`` rereads one completely.
        """
        settings = self.settings()
        folder = settings.folder(self.vault.data_dir)
        backups = list_backups(folder, full=False)
        last = created_at(next((b for b in backups if b.good), None))
        stale = last is None or self.clock.now() - last > STALE_AFTER
        return BackupStatus(folder, backups, last, stale, settings)

    def verify(self, path: Path) -> Verification:
        """Check one backup completely (checksum, MAC, integrity, counts); slow for big files."""
        return verify_backup(path, self._key)

    def start(self, ctx: Any = None, scheduler: Any = None) -> None:
        """Start the schedule (``QtScheduler`` unless another APScheduler is given).

        With the app's ``AppContext`` the daily time follows changed settings.
        """
        if scheduler is None:
            from apscheduler.schedulers.qt import QtScheduler

            scheduler = QtScheduler()
        self._runner.start(scheduler)
        if ctx is not None:
            ctx.changed.connect(self._on_changed)

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches("settings"):
            self._runner.reschedule(self.settings().daily_at)

    def stop(self, wait: bool = True) -> None:
        """Stop the schedule; with ``wait`` a running backup is finished first."""
        self._runner.stop(wait=wait)

    def backup_now(self) -> None:
        """Back up in the background now; ``succeeded`` or ``failed`` tells the result."""
        self._runner.run_soon(self._run_now_quietly)

    def _run_now_quietly(self) -> None:
        try:
            self._runner.run_now()
        except Exception:  # already reported through ``failed``
            log.debug("backup now failed", exc_info=True)

    def backup_on_exit(self) -> BackupOutcome | None:
        """If the user asked for it, back up before the app closes (blocks; call before stop)."""
        if not self.settings().on_exit:
            return None
        self._runner.stop(wait=True)
        try:
            return self._backup_once()
        except Exception:
            return None

    def _backup_once(self) -> BackupOutcome:
        self.started.emit()
        try:
            outcome = back_up(self.vault, self._key, self.settings(), self.clock.now())
        except CrmError as exc:
            self.failed.emit(str(exc))
            raise
        except Exception as exc:
            log.exception("backup failed")
            self.failed.emit(self.tr("The backup failed: {0}").format(exc))
            raise
        self.succeeded.emit(outcome)
        return outcome

    def restore(self, archive: Path, passphrase: str | None = None) -> RestoreResult:
        """Replace the database by ``archive`` and close it; nothing changes on error.

        The caller must have stopped every other use of the database; afterwards
        it reopens the database (``restored`` is emitted) and reloads its views.
        The file is checked before the database closes, so a bad file changes
        nothing; on error the schedule goes on and the old database is still in place.
        """
        key = (
            self._key
            if _same_key(archive, self._key)
            else key_of_backup(archive, self.vault, passphrase)
        )
        with self._runner.paused():
            # Checked while the database is still open: a bad file leaves the app as it was.
            prepared = prepare_restore(archive, self.vault, key)
            self.db.close()
            result = finish_restore(prepared, self.vault, self.clock.now())
        # This service belongs to the replaced database; the shell makes a new one.
        self._runner.stop(wait=False)
        self.restored.emit(result)
        return result


def _same_key(archive: Path, raw_key: bytes) -> bool:
    from crmdesk.backup.archive import read_header
    from crmdesk.db.keys import key_id

    return read_header(archive).key_id == key_id(raw_key)
