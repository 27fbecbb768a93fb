"""Checking a backup file: its checksum always, and with the key its MAC, integrity and counts."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from crmdesk.backup.archive import ArchiveInfo, BackupFileError, check_archive, copy_body
from crmdesk.backup.snapshot import SnapshotFacts, SnapshotFailed, check_copy
from crmdesk.db.keys import WrappedKey, key_id


@dataclass(frozen=True)
class Verification:
    """A backup file that passed; ``deep`` when its database was opened and checked too."""

    info: ArchiveInfo
    deep: bool


def key_for(info: ArchiveInfo, known: Iterable[bytes], passphrase: str | None) -> bytes | None:
    """The database key of a backup: a known key with the right id, else the passphrase.

    Raises WrongPassphrase when the passphrase does not unwrap the key carried by the file.
    """
    for raw in known:
        if key_id(raw) == info.header.key_id:
            return raw
    if passphrase is None or not info.header.wrapped_key:
        return None
    return WrappedKey.from_json(info.header.wrapped_key).unwrap(passphrase)


def check_key(info: ArchiveInfo, raw_key: bytes) -> None:
    """Refuse a key that is not the backup's, or a file whose MAC does not match it."""
    name = info.path.name
    if key_id(raw_key) != info.header.key_id:
        raise BackupFileError(f"{name} belongs to a different crmdesk database key.")
    if not info.mac_matches(raw_key):
        raise BackupFileError(f"{name} has been altered: its signature does not match.")


def check_database_in(info: ArchiveInfo, raw_key: bytes, target: Path) -> None:
    """Copy the body to ``target`` (a new file), then run the integrity check and count."""
    with open(target, "xb") as out:
        copy_body(info, out)
        out.flush()
        os.fsync(out.fileno())
    expected = SnapshotFacts(info.header.counts, info.header.schema_revision)
    try:
        check_copy(target, raw_key, expected)
    except SnapshotFailed as exc:
        raise BackupFileError(f"{info.path.name} is damaged: {exc}") from exc


def verify_backup(path: Path, raw_key: bytes | None = None) -> Verification:
    """Raise BackupFileError unless ``path`` is a sound backup.

    Without a key only the checksum is checked (enough to find damage); with the
    key, the signature, SQLite's integrity check and the record counts too.
    """
    info = check_archive(path)
    if raw_key is None:
        return Verification(info, deep=False)
    check_key(info, raw_key)
    # The body stays encrypted: a temporary copy reveals nothing.
    with tempfile.TemporaryDirectory(prefix="crmdesk-verify-") as tmp:
        check_database_in(info, raw_key, Path(tmp) / "check.db")
    return Verification(info, deep=True)
