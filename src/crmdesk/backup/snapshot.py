"""Consistent encrypted snapshots of a live SQLCipher database, and checking a copy.

The snapshot is the encrypted database file copied byte for byte while SQLite
guarantees nobody changes it, or else SQLite's online backup API between two
connections keyed with the same key; either way plaintext never reaches the
disk. Works on any crmdesk-style SQLCipher file given its path and raw key (the
desktop database today, the sync server's database later).
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher

from crmdesk.backup.filecopy import SourceTooShort, copy_prefix
from crmdesk.db.connection import register_functions
from crmdesk.errors import CrmError
from crmdesk.hlc import HybridLogicalClock

#: The record tables whose row counts a crmdesk backup records and checks.
CRM_TABLES: tuple[str, ...] = (
    "contacts",
    "companies",
    "activities",
    "opportunities",
    "notes",
    "emails",
    "phones",
    "addresses",
    "tags",
    "record_tags",
    "users",
)


class DatabaseCheck(StrEnum):
    """How a copy of the database is checked, cheapest first (the PRAGMA that does it).

    ``PAGE_MACS``: SQLCipher checks the authentication code of every page, so any
    byte that differs from what SQLCipher wrote is found (no decryption).
    ``QUICK``: every page in use is read, so decrypted and authenticated, and
    every b-tree, record and free-list page is checked for structure.
    ``FULL``: also cross-checks every index against its table (several times slower).
    """

    PAGE_MACS = "cipher_integrity_check"
    QUICK = "quick_check"
    FULL = "integrity_check"


class SnapshotFailed(CrmError):
    """The copy of the database did not pass its checks."""


@dataclass(frozen=True)
class SnapshotFacts:
    """What the source held at the instant of the snapshot, and how it was copied."""

    counts: Mapping[str, int]
    schema_revision: str | None
    method: str = ""
    #: SHA-256 state over the copied bytes, when the copy computed it on the way (none does now).
    body_digest: Any = field(default=None, compare=False)


def open_keyed(path: Path, raw_key: bytes, *, read_only: bool = False) -> sqlcipher.Connection:
    """A bare connection to a SQLCipher file (no WAL switch, temp data kept in memory).

    ``read_only`` opens the file as immutable: nothing is ever written next to it or
    into it, and it may carry other bytes after its last page (a backup file's
    header), which SQLite does not read.
    """
    if read_only:
        uri = path.resolve().as_uri() + "?mode=ro&immutable=1"
        conn = sqlcipher.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    else:
        conn = sqlcipher.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{raw_key.hex()}'\"")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher.DatabaseError as exc:
        conn.close()
        raise SnapshotFailed(
            f"{path.name} cannot be opened: it is damaged or does not belong to this key."
        ) from exc
    # Generated columns and triggers may call crmdesk's SQL functions.
    register_functions(conn, HybridLogicalClock())
    return conn


def facts(conn: sqlcipher.Connection, tables: Sequence[str] = CRM_TABLES) -> SnapshotFacts:
    """Row counts of the record tables that exist, and the Alembic schema revision."""
    present = {
        row[0]
        for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    }
    counts = {
        table: int(conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0])
        for table in tables
        if table in present
    }
    revision = None
    if "alembic_version" in present:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        revision = None if row is None else str(row[0])
    return SnapshotFacts(counts, revision)


def take_snapshot(
    source: Path, raw_key: bytes, target: Path, tables: Sequence[str] = CRM_TABLES
) -> SnapshotFacts:
    """Copy ``source`` into the new file ``target`` (same key) while others keep working.

    The counts are taken inside the same read transaction the copy uses, so they
    describe exactly the snapshot. The fast way copies the encrypted file as it
    is (see ``_copy_frozen_file``); when other connections keep the WAL busy it
    falls back to SQLite's online backup API, which decrypts and re-encrypts
    every page and is several times slower.
    """
    src = open_keyed(source, raw_key)
    try:
        src.execute("PRAGMA busy_timeout = 1000")
        for _ in range(2):
            seen = _copy_frozen_file(src, source, target, tables)
            if seen is not None:
                return seen
        return _copy_with_backup_api(src, raw_key, target, tables)
    except sqlcipher.OperationalError:
        raise
    except sqlcipher.DatabaseError as exc:  # a damaged page read while counting
        raise SnapshotFailed(f"{source.name} is damaged: {exc}.") from exc
    finally:
        src.close()


def _copy_frozen_file(
    src: sqlcipher.Connection, source: Path, target: Path, tables: Sequence[str]
) -> SnapshotFacts | None:
    """Copy the database file byte for byte while no checkpoint can change it.

    After a TRUNCATE checkpoint the WAL is empty. A read transaction that begins
    while it is still empty reads only the database file, and SQLite lets no
    checkpoint write into that file until the transaction ends (the checkpointer
    needs the exclusive WAL_READ_LOCK(0) that such a reader holds shared);
    writers keep appending to the WAL meanwhile. So the file is exactly the
    snapshot. The kernel copies it (``filecopy.copy_prefix``); the checksum is
    computed later, over the copy, while the copy is checked. Returns None when
    the WAL was not empty at the snapshot.
    """
    busy = src.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
    if busy:
        return None
    wal = source.with_name(source.name + "-wal")
    src.execute("BEGIN")
    try:
        seen = facts(src, tables)  # the first read fixes the snapshot
        if wal.exists() and wal.stat().st_size > 0:
            return None
        pages = int(src.execute("PRAGMA page_count").fetchone()[0])
        page_size = int(src.execute("PRAGMA page_size").fetchone()[0])
        try:
            copy_prefix(source, target, pages * page_size)
        except SourceTooShort as exc:
            raise SnapshotFailed(f"{source.name} is shorter than its page count.") from exc
    finally:
        src.execute("COMMIT")
    return SnapshotFacts(seen.counts, seen.schema_revision, "file copy")


def _copy_with_backup_api(
    src: sqlcipher.Connection, raw_key: bytes, target: Path, tables: Sequence[str]
) -> SnapshotFacts:
    target.unlink(missing_ok=True)
    dst = sqlcipher.connect(str(target), isolation_level=None, check_same_thread=False)
    try:
        dst.execute("PRAGMA cipher_log_level = NONE")
        dst.execute(f"PRAGMA key = \"x'{raw_key.hex()}'\"")
        dst.execute("PRAGMA temp_store = MEMORY")
        src.execute("BEGIN")
        try:
            seen = facts(src, tables)
            src.backup(dst)
        finally:
            src.execute("COMMIT")
    finally:
        dst.close()
    return SnapshotFacts(seen.counts, seen.schema_revision, "online backup", None)


def raise_deferred_error(conn: sqlcipher.Connection) -> None:
    """Make SQLCipher report a page that failed its MAC during the last statement.

    SQLCipher hands SQLite a zeroed page when a page fails authentication and
    raises the error only at its next decryption; when that page was the
    statement's last read (a free-list page, say) and zeros looked plausible, an
    integrity check itself says "ok". Emptying the cache and reading page 1
    again decrypts a page, so the error comes out (as a DatabaseError).
    """
    conn.execute("PRAGMA shrink_memory")
    conn.execute("PRAGMA schema_version").fetchone()


def check_copy(
    path: Path,
    raw_key: bytes,
    expected: SnapshotFacts,
    check: DatabaseCheck,
    *,
    read_only: bool = False,
) -> None:
    """Run ``check`` and count the records of a copy; raises SnapshotFailed when they differ.

    ``read_only``: the database is the start of a larger file (a backup), opened in place.
    """
    conn = open_keyed(path, raw_key, read_only=read_only)
    try:
        try:
            rows = conn.execute(f"PRAGMA {check.value}").fetchall()
            raise_deferred_error(conn)
            found = facts(conn, list(expected.counts))
        except sqlcipher.DatabaseError as exc:
            raise SnapshotFailed(f"{path.name} is damaged: {exc}.") from exc
    finally:
        conn.close()
    # cipher_integrity_check answers nothing when every page is sound; the others "ok".
    answer = [str(r[0]) for r in rows]
    if answer != ([] if check is DatabaseCheck.PAGE_MACS else ["ok"]):
        problem = answer[0] if answer else "no answer"
        raise SnapshotFailed(f"{path.name} failed the integrity check: {problem}")
    if dict(found.counts) != dict(expected.counts):
        raise SnapshotFailed(f"{path.name} does not hold the expected number of records.")
    if found.schema_revision != expected.schema_revision:
        raise SnapshotFailed(f"{path.name} has an unexpected schema revision.")


def fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable (not possible on every platform)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
