"""Consistent encrypted snapshots of a live SQLCipher database, and checking a copy.

The snapshot uses SQLite's online backup API between two connections keyed with
the same key, so pages are re-encrypted on the way and plaintext never reaches
the disk. Works on any crmdesk-style SQLCipher file given its path and raw key
(the desktop database today, the sync server's database later).
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

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


class SnapshotFailed(CrmError):
    """The copy of the database did not pass its checks."""


@dataclass(frozen=True)
class SnapshotFacts:
    """What the source held at the instant of the snapshot."""

    counts: Mapping[str, int]
    schema_revision: str | None


def open_keyed(path: Path, raw_key: bytes) -> sqlcipher.Connection:
    """A bare connection to a SQLCipher file (no WAL switch, temp data kept in memory)."""
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
    describe exactly the snapshot.
    """
    src = open_keyed(source, raw_key)
    try:
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
            # A single self-contained file: no -wal beside the copy or a restored database.
            dst.execute("PRAGMA journal_mode = DELETE").fetchone()
        finally:
            dst.close()
    finally:
        src.close()
    return seen


def check_copy(
    path: Path, raw_key: bytes, expected: SnapshotFacts, *, thorough: bool = True
) -> None:
    """Integrity check and record counts on a copy; raises SnapshotFailed when they differ.

    ``thorough`` runs SQLite's full ``integrity_check`` (every page decrypted and
    every b-tree and index cross-checked). Otherwise SQLCipher's
    ``cipher_integrity_check`` verifies the authentication code of every page,
    which finds any byte that differs from what SQLCipher wrote; that is enough
    for a fresh page-by-page copy of a live database and much faster.
    """
    conn = open_keyed(path, raw_key)
    try:
        try:
            if thorough:
                problems = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
            else:
                rows = conn.execute("PRAGMA cipher_integrity_check").fetchall()
                problems = [str(r[0]) for r in rows] or ["ok"]
            found = facts(conn, list(expected.counts))
        except sqlcipher.DatabaseError as exc:
            raise SnapshotFailed(f"{path.name} is damaged: {exc}.") from exc
    finally:
        conn.close()
    if problems != ["ok"]:
        raise SnapshotFailed(f"{path.name} failed the integrity check: {problems[0]}")
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
