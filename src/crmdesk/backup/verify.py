"""Checking a backup file: its checksum always, and with the key its MAC, structure and counts."""

from __future__ import annotations

import os
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from crmdesk.backup.archive import (
    ArchiveInfo,
    BackupFileError,
    BackupHeader,
    check_archive,
    read_header,
)
from crmdesk.backup.snapshot import DatabaseCheck, SnapshotFacts, SnapshotFailed, check_copy
from crmdesk.db.keys import WrappedKey, key_id

#: What verify and restore run on the database in a backup: every page in use is
#: decrypted and authenticated and every b-tree checked; with the checksum over every
#: byte that proves the file is sound (docs/BACKUP.md says why not ``FULL``).
DEEP_CHECK = DatabaseCheck.QUICK


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


def check_key_id(header: BackupHeader, raw_key: bytes, name: str) -> None:
    """Refuse a key that is not the backup's (cheap: the header names its key)."""
    if key_id(raw_key) != header.key_id:
        raise BackupFileError(f"{name} belongs to a different crmdesk database key.")


def check_key(info: ArchiveInfo, raw_key: bytes) -> None:
    """Refuse a key that is not the backup's, or a file whose MAC does not match it."""
    check_key_id(info.header, raw_key, info.path.name)
    if not info.mac_matches(raw_key):
        raise BackupFileError(f"{info.path.name} has been altered: its signature does not match.")


def _expected(header: BackupHeader) -> SnapshotFacts:
    return SnapshotFacts(header.counts, header.schema_revision)


def extract_checked(archive: Path, raw_key: bytes, target: Path) -> ArchiveInfo:
    """Write the database of ``archive`` to the new file ``target``, fully checked.

    One read of the backup computes the checksum and writes the body; then the MAC,
    the database check and the record counts. Raises BackupFileError.
    """
    check_key_id(read_header(archive), raw_key, archive.name)
    with open(target, "xb") as out:
        info = check_archive(archive, body_to=out)
        out.flush()
        os.fsync(out.fileno())
    check_key(info, raw_key)
    try:
        check_copy(target, raw_key, _expected(info.header), DEEP_CHECK)
    except SnapshotFailed as exc:
        raise BackupFileError(f"{archive.name} is damaged: {exc}") from exc
    return info


def verify_backup(path: Path, raw_key: bytes | None = None) -> Verification:
    """Raise BackupFileError unless ``path`` is a sound backup.

    Without a key only the checksum is checked (enough to find damage); with the
    key, the signature, the database check and the record counts too. The
    database is checked in place (read-only, still encrypted) while another
    thread computes the checksum, so a file is read once, by two readers at once.
    """
    if raw_key is None:
        return Verification(check_archive(path), deep=False)
    header = read_header(path)
    check_key_id(header, raw_key, path.name)
    problem: SnapshotFailed | None = None
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="crmdesk-checksum") as pool:
        summing = pool.submit(check_archive, path)
        try:
            check_copy(path, raw_key, _expected(header), DEEP_CHECK, read_only=True)
        except SnapshotFailed as exc:
            problem = exc
        info = summing.result()
    check_key(info, raw_key)
    if problem is not None:
        raise BackupFileError(f"{path.name} is damaged: {problem}") from problem
    return Verification(info, deep=True)
