"""Backing up a data folder by its settings: write today's file, then apply retention."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from crmdesk.backup.catalog import list_backups
from crmdesk.backup.create import BackupResult, write_backup
from crmdesk.backup.retention import to_delete
from crmdesk.backup.settings import BackupSettings, settings_from_values
from crmdesk.backup.snapshot import open_keyed
from crmdesk.db.engine import Database
from crmdesk.memory import give_back_freed_memory
from crmdesk.vault import Vault

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BackupOutcome:
    """A backup that succeeded, and the old files retention removed after it."""

    result: BackupResult
    deleted: tuple[Path, ...]


def back_up(vault: Vault, raw_key: bytes, settings: BackupSettings, now: datetime) -> BackupOutcome:
    """Write today's backup of ``vault`` (replacing today's older one), then prune.

    The default folder is created when missing; a chosen folder (an external or
    network drive) is not, since creating it would write to the wrong disk.
    """
    folder = settings.folder(vault.data_dir)
    try:
        result = write_backup(
            vault.db_path,
            raw_key,
            folder,
            now,
            wrapped_key=vault.key_path.read_text(encoding="utf-8"),
            create_folder=settings.destination is None,
        )
    finally:
        # Copying and checking a 1 GB database frees ~100 MB the app would otherwise
        # keep resident for the rest of the day (docs/PERFORMANCE.md, ui memory rows).
        give_back_freed_memory()
    deleted = []
    for path in to_delete(list_backups(folder, full=False), settings.policy):
        try:
            path.unlink()
            deleted.append(path)
        except OSError as exc:  # retention retries at the next backup
            log.warning("could not delete old backup %s: %s", path, exc)
    return BackupOutcome(result, tuple(deleted))


def database_key(db: Database) -> bytes:
    """The raw key of an unlocked database (the engine keeps it to open new connections)."""
    # The engine has no public accessor for its key yet (asked of the foundation).
    key: bytes = db.raw_key
    return key


def load_settings(vault: Vault, raw_key: bytes) -> BackupSettings:
    """Read the backup settings from the database without migrating or keeping it open."""
    conn = open_keyed(vault.db_path, raw_key)
    try:
        rows = conn.execute(
            "SELECT key, value FROM local_meta WHERE key LIKE 'backup\\_%' ESCAPE '\\'"
        ).fetchall()
    except Exception:  # an older or damaged database: fall back to the defaults
        rows = []
    finally:
        conn.close()
    return settings_from_values({str(k): str(v) for k, v in rows})
