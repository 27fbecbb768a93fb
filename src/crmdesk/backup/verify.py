"""Checking a backup file: its checksum always, and with the key its MAC, database and counts."""

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
from crmdesk.backup.deep_check import deep_check
from crmdesk.backup.filecopy import copy_prefix
from crmdesk.backup.snapshot import SnapshotFacts, SnapshotFailed
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

    The kernel copies the body into ``target``; then, at the same time, one thread
    computes the checksum over ``target``'s bytes and the archive's header (a match
    proves the file sound and the copy exact) while the deep check
    (``deep_check.py``) runs on ``target``; then the MAC. Raises BackupFileError.
    """
    header = read_header(archive)
    check_key_id(header, raw_key, archive.name)
    copy_prefix(archive, target, header.body_size)
    with open(target, "rb") as fh:
        os.fsync(fh.fileno())
    return _checked_together(archive, raw_key, header, target)


def _checked_together(
    archive: Path, raw_key: bytes, header: BackupHeader, database: Path
) -> ArchiveInfo:
    """The checksum of ``archive`` (its body read from ``database``) beside the deep check.

    A damaged checksum is reported before a damaged database, a wrong key before both.
    """
    problem: SnapshotFailed | None = None
    body_from = None if database == archive else database
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="crmdesk-checksum") as pool:
        summing = pool.submit(check_archive, archive, body_from=body_from)
        try:
            deep_check(database, raw_key, _expected(header))
        except SnapshotFailed as exc:
            problem = exc
        info = summing.result()
    check_key(info, raw_key)
    if problem is not None:
        raise BackupFileError(f"{archive.name} is damaged: {problem}") from problem
    return info


def verify_backup(path: Path, raw_key: bytes | None = None) -> Verification:
    """Raise BackupFileError unless ``path`` is a sound backup.

    Without a key only the checksum is checked (enough to find damage); with the
    key, the signature, the deep check and the record counts too. The database
    is checked in place (read-only, still encrypted) while another thread
    computes the checksum, so the file is read once, by several readers at once.
    """
    if raw_key is None:
        return Verification(check_archive(path), deep=False)
    header = read_header(path)
    check_key_id(header, raw_key, path.name)
    return Verification(_checked_together(path, raw_key, header, path), deep=True)
