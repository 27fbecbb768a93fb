"""Per-bucket checksums: a laptop compares what it holds with the server and refetches a bucket.

A bucket's checksum is the number of its live records and the sum of their seqs (the server's
row versions); a missed row or a missed update changes one of them. The server computes it on
request (``POST /v1/checksums``) from the ``(bucket, seq)`` index; the laptop from its rows and
``sync_rows``. The check runs at most once per ``CHECK_EVERY_SECONDS``, after a round's download
and only with an empty outbox (a pending change holds a row's version back). A write committed
between the download and the check may flag a bucket that was fine: refetching it costs one
bucket's download and is harmless.

The server reads the entitled buckets and their sums from one snapshot (``snapshot``): a
record moving between two buckets while they are summed is counted in one of them, never in
both or neither, so a concurrent upload cannot make a healthy laptop refetch a bucket.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, func, select

from crmdesk.db.capture import CAPTURED_TABLES
from crmdesk.sync import local_state
from crmdesk.sync import store as st
from crmdesk.sync.apply import PageApplier, PageResult, applying, table_columns
from crmdesk.sync.protocol import SHARED_BUCKET

if TYPE_CHECKING:
    from crmdesk.sync.client import SyncClient

CHECK_EVERY_SECONDS = 3600
_CHECKED = "checksums_checked_at"

Sums = dict[str, tuple[int, int]]


@contextmanager
def snapshot(store: st.SyncStore) -> Iterator[Connection]:
    """A server read transaction whose statements all see one state of the database.

    PostgreSQL's default READ COMMITTED gives each statement its own snapshot, so it runs
    REPEATABLE READ; a SQLite read transaction already keeps the snapshot of its first read
    (WAL) until it ends.
    """
    if store.is_sqlite:
        with store.read() as conn:
            yield conn
        return
    with (
        store.engine.connect().execution_options(isolation_level="REPEATABLE READ") as conn,
        conn.begin(),
    ):
        yield conn


def server_sums(conn: Connection, buckets: list[str], chunk: int = 500) -> dict[str, list[int]]:
    """Count and seq sum of the live records of each of ``buckets`` ([0, 0] when empty)."""
    r = st.records.c
    out: dict[str, list[int]] = {}
    for start in range(0, len(buckets), chunk):
        for bucket, count, total in conn.execute(
            select(r.bucket, func.count(), func.coalesce(func.sum(r.seq), 0))
            .where(r.bucket.in_(buckets[start : start + chunk]), r.gone.is_(False))
            .group_by(r.bucket)
        ):
            out[str(bucket)] = [int(count), int(total)]
    return {b: out.get(b, [0, 0]) for b in buckets}


def due(conn: Connection, now: float | None = None) -> bool:
    """Whether a check should run now: none for an hour, and nothing waiting to upload."""
    if conn.exec_driver_sql("SELECT 1 FROM outbox LIMIT 1").first() is not None:
        return False
    last = local_state.get(conn, _CHECKED)
    now = time.time() if now is None else now
    return last is None or now - float(last) >= CHECK_EVERY_SECONDS


def local_sums(conn: Connection) -> Sums:
    """Count and seq sum of this laptop's synced rows (those the server knows), per bucket."""
    out: dict[str, list[int]] = {}
    for table in CAPTURED_TABLES:
        owner = "t.owner_id" if "owner_id" in table_columns(conn, table) else "NULL"
        for bucket, count, total in conn.exec_driver_sql(
            f"SELECT coalesce({owner}, '{SHARED_BUCKET}'), count(*), "
            f"coalesce(sum(r.server_seq), 0) FROM {table} t "
            f"JOIN sync_rows r ON r.entity = '{table}' AND r.row_id = t.id GROUP BY 1"
        ):
            acc = out.setdefault(str(bucket), [0, 0])
            acc[0] += int(count)
            acc[1] += int(total)
    return {b: (c, s) for b, (c, s) in out.items()}


def drifted(mine: Sums, theirs: dict[str, Any]) -> list[str]:
    """Buckets the server names whose checksum differs from this laptop's."""
    return sorted(
        b
        for b, value in theirs.items()
        if isinstance(value, list) and tuple(value) != mine.get(b, (0, 0))
    )


def repair(conn: Connection, buckets: list[str]) -> PageResult:
    """Forget what this laptop holds of drifted buckets, so the next download sends them whole."""
    applier, result = PageApplier(), PageResult()
    for bucket in buckets:
        applier.drop_bucket(conn, bucket, result, synced_only=True)
    return result


def check(client: SyncClient, session: str, *, force: bool = False) -> list[str]:
    """Compare checksums with the server (when due); return the buckets that were reset."""
    with client.db.engine.connect() as conn:
        if not (force or due(conn)):
            return []
    from crmdesk.sync.client import ServerRefused

    try:
        answer = client.call("/v1/checksums", {"session_id": session})
    except ServerRefused:
        return []  # an older server without checksums
    with applying(client.db) as conn:
        if conn.exec_driver_sql("SELECT 1 FROM outbox LIMIT 1").first() is not None:
            return []
        bad = drifted(local_sums(conn), answer.get("checksums") or {})
        repair(conn, bad)
        local_state.put(conn, _CHECKED, str(time.time()))
    return bad
