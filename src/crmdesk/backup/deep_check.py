"""The deep check of a database copy, spread over the cores: quick_check one table at a time.

``PRAGMA quick_check`` over a whole file runs on one core. ``PRAGMA quick_check(T)``
checks table T and each of its indexes: every page of those b-trees is read, so
decrypted and authenticated by SQLCipher, and its structure, records and NOT NULL
constraints are checked; for a virtual table it runs the module's own check (FTS5:
its index against its content). ``PRAGMA quick_check(sqlite_schema)`` checks the
schema b-tree and the free list (SQLite does the free-list check in a single-table
check only when the table is the schema's, root page 1). This module runs that
for every table listed in ``sqlite_schema`` and for ``sqlite_schema`` itself, on
several read-only connections in threads (SQLite releases the GIL while a
statement runs), biggest tables first, plus the record counts and schema revision.

What the union leaves out of a whole-file quick_check: only the accounting that
every page of the file belongs to some b-tree or the free list ("Page N: never
used"), which needs every b-tree in one pass. Such a page holds no data, and
every page that is read is authenticated, so damage cannot make a page lose its
place unnoticed: the page that pointed to it would fail its MAC. A backup file's
checksum covers those pages' bytes too (docs/BACKUP.md).
"""

from __future__ import annotations

import os
import threading
from collections import Counter
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

from crmdesk.backup.snapshot import (
    SnapshotFacts,
    SnapshotFailed,
    facts,
    open_keyed,
    raise_deferred_error,
)

#: The schema table; checking it also checks the free list.
SCHEMA = "sqlite_schema"
#: Connections at most (SQLite reads the copy from the page cache: one per core helps).
MAX_WORKERS = 4
_COUNTS = ""  # the task that counts the records (not a table name: sqlite_schema has no "")


@dataclass(frozen=True)
class CheckTask:
    """One ``PRAGMA quick_check(table)`` of the plan; ``weight`` is a rough cost for ordering."""

    table: str
    weight: int


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _last_rowid(conn: sqlcipher.Connection, table: str) -> int:
    """The largest rowid (a cheap row-count estimate: one descent of the b-tree), else 0."""
    try:
        row = conn.execute(
            f"SELECT rowid FROM {_quoted(table)} ORDER BY rowid DESC LIMIT 1"
        ).fetchone()
    except sqlcipher.DatabaseError:
        return 0  # WITHOUT ROWID, or a table that cannot be read (its check will say why)
    if row is None or not isinstance(row[0], int):
        return 0
    return max(0, min(int(row[0]), 1 << 40))


def check_plan(conn: sqlcipher.Connection) -> list[CheckTask]:
    """Every table in ``sqlite_schema`` (virtual ones too) and the schema itself, biggest first.

    Indexes are checked with their table, so they need no task of their own. The
    weights are estimates from each table's last rowid and number of indexes;
    they only decide which checks start first.
    """
    rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_schema").fetchall()
    indexes = Counter(str(tbl) for kind, _, tbl, _ in rows if kind == "index")
    tables = [(str(name), str(sql or "")) for kind, name, _, sql in rows if kind == "table"]
    virtual = [name for name, sql in tables if sql.upper().startswith("CREATE VIRTUAL")]
    # Reading a virtual table may scan it (fts5vocab does): estimate an FTS5 table
    # from its shadow table with one row per document instead.
    last = {name: _last_rowid(conn, name) for name, _ in tables if name not in virtual}
    documents = {v: last.get(f"{v}_docsize", 0) for v in virtual}
    plan = [CheckTask(SCHEMA, len(rows))]
    for name, _ in tables:
        owner = next((v for v in virtual if name.startswith(v + "_")), None)
        if name in virtual:
            weight = 10 * documents[name]  # the module checks its whole index
        elif owner is not None:
            weight = documents[owner]  # a shadow table: its rowids are no row count
        else:
            weight = (2 + indexes[name]) * last[name]
        plan.append(CheckTask(name, weight + 1))
    return sorted(plan, key=lambda task: task.weight, reverse=True)


def default_workers() -> int:
    """One connection per core, at most MAX_WORKERS."""
    return max(1, min(os.cpu_count() or 1, MAX_WORKERS))


class _Run:
    """The shared state of one deep check: tasks left, open connections, first problem."""

    def __init__(self, path: Path, raw_key: bytes, expected: SnapshotFacts, name: str) -> None:
        self.path = path
        self.name = name
        self.raw_key = raw_key
        self.expected = expected
        self.lock = threading.Lock()
        self.tasks: list[str] = []
        self.conns: list[sqlcipher.Connection] = []
        self.problem: SnapshotFailed | None = None

    def next_task(self) -> str | None:
        with self.lock:
            if self.problem is not None or not self.tasks:
                return None
            return self.tasks.pop(0)

    def fail(self, problem: SnapshotFailed) -> None:
        """Keep the first problem and stop the other connections' statements."""
        with self.lock:
            if self.problem is not None:
                return
            self.problem = problem
            conns = list(self.conns)
        for conn in conns:
            conn.interrupt()

    def work(self, conn: sqlcipher.Connection | None) -> None:
        try:
            if conn is None:
                conn = open_keyed(self.path, self.raw_key, read_only=True)
                with self.lock:
                    self.conns.append(conn)
            while (task := self.next_task()) is not None:
                if task == _COUNTS:
                    self._counts(conn)
                else:
                    self._check(conn, task)
                raise_deferred_error(conn)
        except SnapshotFailed as exc:
            self.fail(exc)
        except sqlcipher.DatabaseError as exc:
            self.fail(SnapshotFailed(f"{self.name} is damaged: {exc}."))

    def _check(self, conn: sqlcipher.Connection, table: str) -> None:
        rows = conn.execute(f"PRAGMA quick_check({_quoted(table)})").fetchall()
        answer = [str(r[0]) for r in rows]
        if answer != ["ok"]:
            problem = answer[0] if answer else "no answer"
            raise SnapshotFailed(f"{self.name} failed the integrity check: {problem}")

    def _counts(self, conn: sqlcipher.Connection) -> None:
        found = facts(conn, list(self.expected.counts))
        if dict(found.counts) != dict(self.expected.counts):
            raise SnapshotFailed(f"{self.name} does not hold the expected number of records.")
        if found.schema_revision != self.expected.schema_revision:
            raise SnapshotFailed(f"{self.name} has an unexpected schema revision.")


def deep_check(
    path: Path,
    raw_key: bytes,
    expected: SnapshotFacts,
    *,
    workers: int | None = None,
    name: str | None = None,
) -> list[CheckTask]:
    """Check every table, index, the schema and free list of ``path``, and its record counts.

    ``path`` is opened read-only in place (it may be a backup file: bytes after the
    database are never read). Raises SnapshotFailed at the first problem (the
    other connections are interrupted); its message calls the file ``name``
    (default: the file's name). Returns the plan that was checked.
    """
    run = _Run(path, raw_key, expected, name or path.name)
    try:
        first = open_keyed(path, raw_key, read_only=True)
    except SnapshotFailed as exc:
        raise SnapshotFailed(
            f"{run.name} cannot be opened: it is damaged or does not belong to this key."
        ) from exc
    run.conns.append(first)
    try:
        try:
            plan = check_plan(first)
        except sqlcipher.DatabaseError as exc:
            raise SnapshotFailed(f"{run.name} is damaged: {exc}.") from exc
        count_weight = sum(expected.counts.values())
        ordered = sorted(
            [*plan, CheckTask(_COUNTS, count_weight)], key=lambda t: t.weight, reverse=True
        )
        run.tasks = [task.table for task in ordered]
        n = max(1, min(workers or default_workers(), len(run.tasks)))
        starts: Sequence[sqlcipher.Connection | None] = [first, *([None] * (n - 1))]
        if n == 1:
            run.work(first)
        else:
            with ThreadPoolExecutor(n, thread_name_prefix="crmdesk-check") as pool:
                list(pool.map(run.work, starts))
    finally:
        for conn in run.conns:
            conn.close()
    if run.problem is not None:
        raise run.problem
    return plan
