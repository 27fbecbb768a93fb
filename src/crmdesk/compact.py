"""Compacting the database: how much of the file is free pages, and VACUUM to give them back.

Deleting records (a big delete, an undone import, a migration that empties the outbox)
leaves free pages inside the SQLCipher file; SQLite reuses them but never shrinks the
file, and every backup copies them. ``space_of`` reports them; ``compact_database`` (the
app, on its open database) and ``compact_file`` (the command line, with the database
to itself) rebuild the file with ``VACUUM`` on a keyed connection, so nothing is ever
written unencrypted. The rebuilt pages pass through the WAL (temporary data stays in
memory, ``temp_store=MEMORY``), so the disk needs room for about the records the file
holds; that is checked first. Afterwards a quick check reads every page and a TRUNCATE
checkpoint moves the WAL back into the file, which is what makes it smaller.
"""

from __future__ import annotations

import contextlib
import shutil
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from crmdesk.db import connection as rawconn
from crmdesk.db.connection import CrmConnection, DatabaseError
from crmdesk.db.engine import Database
from crmdesk.db.in_use import DatabaseInUse, OpenMark, exclusive_use
from crmdesk.errors import CrmError
from crmdesk.hlc import HybridLogicalClock
from crmdesk.memory import give_back_freed_memory

#: The Backup & Restore page suggests compacting when more of the file than this is free.
HINT_SHARE = 0.20
#: Room kept free on the disk beyond the rebuilt pages (the WAL's own headers, other files).
MARGIN = 32 * 1024 * 1024
#: How long the last checkpoint waits for a reader (a backup copying the file) to finish.
CHECKPOINT_WAIT_MS = 120_000

FreeDisk = Callable[[Path], int]


@dataclass(frozen=True)
class SpaceReport:
    """The database file's size and how much of it is free pages."""

    file_bytes: int
    page_size: int
    pages: int
    free_pages: int

    @property
    def free_bytes(self) -> int:
        return self.free_pages * self.page_size

    @property
    def used_bytes(self) -> int:
        return (self.pages - self.free_pages) * self.page_size

    @property
    def free_share(self) -> float:
        """Free pages as a share of all pages (0.0 to 1.0)."""
        return self.free_pages / self.pages if self.pages else 0.0

    @property
    def worth_compacting(self) -> bool:
        return self.free_share > HINT_SHARE


@dataclass(frozen=True)
class CompactResult:
    """The file before and after compacting."""

    before: SpaceReport
    after: SpaceReport

    @property
    def freed_bytes(self) -> int:
        return max(self.before.file_bytes - self.after.file_bytes, 0)


class NotEnoughDiskSpace(CrmError):
    """The disk has too little free space to rebuild the database; nothing was changed."""

    def __init__(self, needed: int, available: int) -> None:
        self.needed = needed
        self.available = available
        super().__init__(
            f"Not enough free disk space to compact the database: it needs {mb(needed)}, "
            f"the disk has {mb(available)}. Free some space; nothing was changed."
        )


class CompactionRunning(CrmError):
    """Another compaction of a database is running in this program."""


class CompactionFailed(CrmError):
    """VACUUM failed (nothing changed), or the database did not pass its check after it."""


def mb(size: int) -> str:
    """A size in megabytes for messages (one decimal below 10 MB)."""
    megabytes = size / 1_000_000
    return f"{megabytes:.1f} MB" if megabytes < 10 else f"{megabytes:.0f} MB"


def disk_free(folder: Path) -> int:
    """Free bytes on the disk holding ``folder``."""
    return int(shutil.disk_usage(folder).free)


def needed_space(report: SpaceReport) -> int:
    """Free disk space a compaction needs: the pages in use pass through the WAL once."""
    return report.used_bytes + MARGIN


def space_check(report: SpaceReport, available: int) -> None:
    """Raise NotEnoughDiskSpace when ``available`` bytes cannot hold the rebuilt pages."""
    needed = needed_space(report)
    if available < needed:
        raise NotEnoughDiskSpace(needed, available)


def measure(conn: CrmConnection, path: Path) -> SpaceReport:
    """The space report of the database at ``path``, read through ``conn``."""
    page_size = int(conn.execute("PRAGMA page_size").fetchone()[0])
    pages = int(conn.execute("PRAGMA page_count").fetchone()[0])
    free_pages = int(conn.execute("PRAGMA freelist_count").fetchone()[0])
    return SpaceReport(_file_bytes(path), page_size, pages, free_pages)


def _file_bytes(path: Path) -> int:
    """The database file and its WAL as they are on disk."""
    total = path.stat().st_size
    wal = path.with_name(path.name + "-wal")
    if wal.exists():
        total += wal.stat().st_size
    return total


def space_of(db: Database) -> SpaceReport:
    """How big the open database's file is and how much of it is free (fast: three PRAGMAs)."""
    conn = db.raw_connection()
    try:
        return measure(conn, db.path)
    finally:
        conn.close()


_running = threading.Lock()


def compact_database(db: Database, *, free_disk: FreeDisk = disk_free) -> CompactResult:
    """Compact the open database in place; others may keep reading meanwhile (slow).

    The rebuilt copy is held in memory while VACUUM runs (about the size of the records:
    ~630 MB for the 100k-contact demo database); that memory is given back afterwards.

    Holds its own open-mark, so a restore stays refused until it is done even if the
    ``Database`` is closed meanwhile (the app locking itself).
    """
    mark = OpenMark(db.path)
    try:
        conn = db.raw_connection()
        try:
            return _compact(conn, db.path, free_disk)
        finally:
            conn.close()
    finally:
        mark.release()
        give_back_freed_memory()


def compact_file(path: Path, raw_key: bytes, *, free_disk: FreeDisk = disk_free) -> CompactResult:
    """Compact the database at ``path`` while nobody else has it open.

    Raises DatabaseInUse while the app or another command has it open, or a restore runs;
    nobody can open it meanwhile.
    """
    with contextlib.ExitStack() as held:
        try:
            held.enter_context(exclusive_use(path))
        except DatabaseInUse as exc:
            raise DatabaseInUse(
                f"{path.name} is open in crmdesk (the app or another command). "
                "Close it, then compact again; nothing was changed."
            ) from exc
        conn = rawconn.connect(path, raw_key, HybridLogicalClock())
        try:
            return _compact(conn, path, free_disk)
        finally:
            conn.close()


def _compact(conn: CrmConnection, path: Path, free_disk: FreeDisk) -> CompactResult:
    if not _running.acquire(blocking=False):
        raise CompactionRunning("The database is already being compacted; wait until it is done.")
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        before = measure(conn, path)
        if before.free_pages == 0:  # rewriting the whole file would give nothing back
            return CompactResult(before, before)
        space_check(before, free_disk(path.parent))
        try:
            conn.execute("VACUUM")
        except DatabaseError as exc:  # rolled back: the file is as it was
            raise CompactionFailed(
                f"The database could not be compacted ({exc}); nothing was changed."
            ) from exc
        answer = [str(row[0]) for row in conn.execute("PRAGMA quick_check").fetchall()]
        if answer != ["ok"]:
            raise CompactionFailed(
                "The database did not pass its check after compacting "
                f"({answer[0] if answer else 'no answer'}). Restore the newest backup."
            )
        # A backup copying the file holds a reader that keeps the WAL from being written
        # back; wait for it rather than leave the rebuilt pages in the WAL.
        conn.execute(f"PRAGMA busy_timeout = {CHECKPOINT_WAIT_MS}")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        return CompactResult(before, measure(conn, path))
    finally:
        _running.release()
