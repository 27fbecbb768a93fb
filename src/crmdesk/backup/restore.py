"""Restoring a backup into a data folder: check, save the current database aside, swap.

The database file is swapped with one ``os.replace``: at every instant
``crmdesk.db`` is either the old database or the restored one. The old one (and
its key file) is first kept in ``before-restore-<time>/`` in the data folder.
Refused (DatabaseInUse) while any Database has the file open (``db/in_use.py``).
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from crmdesk.backup.archive import BackupFileError, BackupHeader, check_archive, read_header
from crmdesk.backup.snapshot import fsync_dir
from crmdesk.backup.verify import check_key_id, extract_checked, key_for
from crmdesk.db.in_use import exclusive_use
from crmdesk.db.keys import KeyFileError, WrappedKey, read_key_file, write_key_file
from crmdesk.errors import CrmError
from crmdesk.vault import Vault

SIDECARS = ("-wal", "-shm")


class NeedBackupPassphrase(CrmError):
    """The backup's key is not known here and no passphrase was given."""


@dataclass(frozen=True)
class RestoreResult:
    """What a restore did."""

    header: BackupHeader
    saved_aside: Path | None


def _known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    from crmdesk.db.migrate import alembic_config

    return {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


@dataclass(frozen=True)
class PreparedRestore:
    """A backup's database, checked and waiting in the data folder to be swapped in."""

    header: BackupHeader
    wrapped_key: str
    incoming: Path

    def discard(self) -> None:
        """Remove the waiting copy (given up, or already swapped in)."""
        for path in (
            self.incoming,
            *(self.incoming.with_name(self.incoming.name + s) for s in SIDECARS),
        ):
            path.unlink(missing_ok=True)


def prepare_restore(archive: Path, vault: Vault, raw_key: bytes) -> PreparedRestore:
    """Check ``archive`` completely and copy its database into the data folder, aside.

    The current database stays open and untouched (the app keeps working meanwhile);
    raises BackupFileError, leaving nothing behind, when the file is not sound.
    """
    header = read_header(archive)
    check_key_id(header, raw_key, archive.name)
    revision = header.schema_revision
    if revision is not None and revision not in _known_revisions():
        raise BackupFileError(
            f"{archive.name} was made by a newer version of crmdesk; update crmdesk to restore it."
        )
    if not header.wrapped_key:
        raise BackupFileError(f"{archive.name} does not carry its key and cannot be restored.")
    vault.data_dir.mkdir(parents=True, exist_ok=True)
    incoming = vault.data_dir / f".restore-{secrets.token_hex(4)}.db"
    prepared = PreparedRestore(header, header.wrapped_key, incoming)
    try:
        extract_checked(archive, raw_key, prepared.incoming)
    except BaseException:
        prepared.discard()
        raise
    return prepared


def finish_restore(prepared: PreparedRestore, vault: Vault, now: datetime) -> RestoreResult:
    """Swap a prepared database in; refused (DatabaseInUse) while anyone has the database open."""
    try:
        with exclusive_use(vault.db_path):
            return _swap(prepared, vault, now)
    finally:
        prepared.discard()


def restore_backup(archive: Path, vault: Vault, raw_key: bytes, now: datetime) -> RestoreResult:
    """Replace the database in ``vault`` by the one in ``archive``; nothing changes on error."""
    vault.data_dir.mkdir(parents=True, exist_ok=True)
    with exclusive_use(vault.db_path):  # refused at once while the app or a command has it open
        prepared = prepare_restore(archive, vault, raw_key)
        try:
            return _swap(prepared, vault, now)
        finally:
            prepared.discard()


def _swap(prepared: PreparedRestore, vault: Vault, now: datetime) -> RestoreResult:
    aside = _save_aside(vault, now)
    _install_key(vault, prepared.wrapped_key)
    os.replace(prepared.incoming, vault.db_path)
    fsync_dir(vault.data_dir)
    return RestoreResult(prepared.header, aside)


def _save_aside(vault: Vault, now: datetime) -> Path | None:
    """Keep the current database, its WAL and key file in a dated folder."""
    db = vault.db_path
    sidecars = [db.with_name(db.name + s) for s in SIDECARS]
    if not db.exists():
        for path in sidecars:
            path.unlink(missing_ok=True)
        return None
    aside = vault.data_dir / f"before-restore-{now.strftime('%Y%m%d-%H%M%S')}"
    while aside.exists():
        aside = aside.with_name(f"{aside.name}-{secrets.token_hex(2)}")
    aside.mkdir()
    try:
        os.link(db, aside / db.name)
    except OSError:
        shutil.copy2(db, aside / db.name)
    if vault.key_path.exists():
        shutil.copy2(vault.key_path, aside / vault.key_path.name)
    # A WAL belongs to the old database and must never meet the restored one.
    for path in sidecars:
        if path.exists():
            os.replace(path, aside / path.name)
    fsync_dir(aside)
    return aside


def _install_key(vault: Vault, wrapped_json: str) -> None:
    """Keep the current key file when it holds the same key (its passphrase stays valid)."""
    wrapped = WrappedKey.from_json(wrapped_json)
    try:
        current = read_key_file(vault.key_path)
    except KeyFileError:
        current = None
    if current is not None and current.key_id == wrapped.key_id:
        return
    write_key_file(vault.key_path, wrapped)


def key_of_backup(archive: Path, vault: Vault, passphrase: str | None) -> bytes:
    """The key that opens ``archive``: this computer's (keyring or key file) or the passphrase.

    Raises a CrmError saying what is missing when neither works.
    """
    info = check_archive(archive)
    known = []
    if vault.exists():
        with contextlib.suppress(CrmError):
            known.append(vault.raw_key(passphrase))
    key = key_for(info, known, passphrase)
    if key is None:
        raise NeedBackupPassphrase(
            f"{archive.name} needs the passphrase that was in use when it was made."
        )
    return key
