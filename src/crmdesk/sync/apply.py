"""Applying downloaded pages to the local database: one transaction per page, capture off."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection

from crmdesk.changes import Changes
from crmdesk.db import search_index
from crmdesk.db.capture import CAPTURED_TABLES, WireFields
from crmdesk.db.engine import Database
from crmdesk.sync import natural_keys
from crmdesk.sync.protocol import Row

#: Which kind of view each synced table feeds (for the UI's refresh signal).
_KIND = {
    "contacts": "contacts",
    "emails": "contacts",
    "phones": "contacts",
    "addresses": "contacts",
    "companies": "companies",
    "activities": "activities",
    "opportunities": "opportunities",
    "notes": "notes",
    "custom_values": "contacts",
    "record_tags": "contacts",
}
_CHUNK = 400
#: Tables with a unique natural key besides the id.
NATURAL_KEYS = frozenset({"tags", "record_tags", "saved_lookups", "custom_fields", "custom_values"})


@contextmanager
def applying(db: Database, *, refresh_search: bool = True) -> Iterator[Connection]:
    """A write transaction whose changes are not captured, with foreign keys deferred off.

    Pages arrive bucket by bucket, so a row may refer to one that comes later: foreign keys
    are not checked while server state is applied (the server's state is the reference).
    Without ``refresh_search`` the dirty search documents wait in ``search_dirty`` (the next
    page, search or commit rebuilds them), so a record touched by many pages is rebuilt once.
    """
    with db.engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys = OFF")
        raw.capture = False
        try:
            conn.execution_options(crm_begin="IMMEDIATE")
            with conn.begin():
                yield conn
                if refresh_search:
                    search_index.refresh(conn)
        finally:
            raw.capture = True
            raw.execute("PRAGMA foreign_keys = ON")


def table_columns(conn: Connection, table: str) -> list[str]:
    """The synced (non-generated) columns of a local table."""
    rows = conn.exec_driver_sql(f"PRAGMA table_xinfo({table})").fetchall()
    return [row[1] for row in rows if row[6] == 0]


@dataclass
class PageResult:
    """What applying one page did."""

    applied: int = 0
    kept_local: int = 0
    kinds: set[str] = field(default_factory=set)

    def changes(self) -> Changes:
        if "settings" in self.kinds:
            return Changes(everything=True)
        return Changes(**{k: True for k in self.kinds})


def pending_fields(
    conn: Connection, keys: Iterable[tuple[str, str]]
) -> dict[tuple[str, str], set[str] | None]:
    """Fields of each row still waiting in the outbox; None when a hard delete is pending."""
    out: dict[tuple[str, str], set[str] | None] = {}
    if conn.exec_driver_sql("SELECT 1 FROM outbox LIMIT 1").first() is None:
        return out
    by_entity: dict[str, list[str]] = defaultdict(list)
    for entity, row_id in keys:
        by_entity[entity].append(row_id)
    for entity, ids in by_entity.items():
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start : start + _CHUNK]
            _merge_pending(conn, entity, chunk, out)
    return out


def _merge_pending(
    conn: Connection, entity: str, chunk: list[str], out: dict[tuple[str, str], set[str] | None]
) -> None:
    marks = ",".join("?" * len(chunk))
    wire = WireFields(conn)  # an insert waiting to be uploaded holds every column
    for row_id, op, fields in conn.exec_driver_sql(
        f"SELECT row_id, op, fields FROM outbox WHERE entity = ? AND row_id IN ({marks}) "
        "ORDER BY counter",
        (entity, *chunk),
    ):
        key = (entity, row_id)
        if op == "delete":
            out[key] = None
        elif key not in out or out[key] is not None:
            out[key] = (out.get(key) or set()) | set(wire(entity, row_id, op, fields))


class PageApplier:
    """Applies download pages to one local database."""

    def __init__(self) -> None:
        self._columns: dict[str, list[str]] = {}

    def columns(self, conn: Connection, table: str) -> list[str]:
        if table not in self._columns:
            self._columns[table] = table_columns(conn, table)
        return self._columns[table]

    def apply(
        self,
        conn: Connection,
        rows: list[Row],
        cursors: dict[str, int],
        resync: bool,
        *,
        removals: Iterable[dict[str, Any]] = (),
        dropped: Iterable[str] = (),
    ) -> PageResult:
        """Apply one page and store its cursors, inside the caller's transaction.

        ``removals`` (records that left the user's view) are deleted like hard deletes, and
        every row of a ``dropped`` bucket goes; neither is written to the outbox.
        """
        result = PageResult()
        gone = [
            Row(e=str(x["e"]), id=str(x["id"]), b=str(x.get("b") or ""), s=0, d=None)
            for x in removals
        ]
        sent = [r for r in rows if r["e"] in CAPTURED_TABLES]
        rows = [r for r in gone if r["e"] in CAPTURED_TABLES] + sent
        for bucket in dropped:
            self.drop_bucket(conn, str(bucket), result)
        pending = pending_fields(conn, ((r["e"], r["id"]) for r in rows))
        by_table: dict[str, list[Row]] = defaultdict(list)
        for row in rows:
            by_table[row["e"]].append(row)
        for table, table_rows in by_table.items():
            self._apply_table(conn, table, table_rows, pending, result)
            result.kinds.add(_KIND.get(table, "settings"))
        if "pipeline_stages" in by_table:
            natural_keys.settle_stages(conn)  # one stage per name, as on every laptop
        seen = [(r["e"], r["id"]) for r in sent]
        if resync and seen:  # a removal is not a row the server sent
            conn.exec_driver_sql(
                "INSERT OR IGNORE INTO sync_seen(entity, row_id) VALUES (?, ?)", seen
            )
        if cursors:
            conn.exec_driver_sql(
                "INSERT INTO sync_cursors(bucket, seq) VALUES (?, ?) "
                "ON CONFLICT(bucket) DO UPDATE SET seq = excluded.seq",
                list(cursors.items()),
            )
        return result

    def drop_bucket(
        self, conn: Connection, bucket: str, result: PageResult, *, synced_only: bool = False
    ) -> None:
        """Delete every row of a bucket the user may no longer see (rows with pending local
        changes stay until their upload is refused and undone). With ``synced_only``, only
        rows the server knows (in ``sync_rows``) go."""
        for table in CAPTURED_TABLES:
            if "owner_id" not in self.columns(conn, table):
                continue
            doomed = (
                f"SELECT id FROM {table} WHERE owner_id = ? AND id NOT IN "
                "(SELECT row_id FROM outbox WHERE entity = ?)"
            )
            if synced_only:
                doomed += f" AND id IN (SELECT row_id FROM sync_rows WHERE entity = '{table}')"
            conn.exec_driver_sql(
                f"DELETE FROM sync_rows WHERE entity = ? AND row_id IN ({doomed})",
                (table, bucket, table),
            )
            count = conn.exec_driver_sql(
                f"DELETE FROM {table} WHERE id IN ({doomed})", (bucket, table)
            ).rowcount
            if count:
                result.applied += count
                result.kinds.add(_KIND.get(table, "settings"))
        conn.exec_driver_sql("DELETE FROM sync_cursors WHERE bucket = ?", (bucket,))

    def _apply_table(
        self,
        conn: Connection,
        table: str,
        rows: list[Row],
        pending: dict[tuple[str, str], set[str] | None],
        result: PageResult,
    ) -> None:
        cols = self.columns(conn, table)
        upserts: list[tuple[Any, ...]] = []
        versions: list[tuple[str, str, int]] = []
        deletes: list[tuple[str, str]] = []
        # A record can come twice in one page (its owner's bucket and a share, or a move
        # and a later edit): only its newest version is written, or it would be inserted
        # twice. Removals stay as they were: applied first, so a version in the same page
        # (the record still visible another way) puts it back.
        newest: dict[str, Row] = {}
        for row in rows:
            if row["d"] is None:
                continue
            seen = newest.get(row["id"])
            if seen is None or row["s"] >= seen["s"]:
                newest[row["id"]] = row
        for row in rows:
            if row["d"] is not None and newest[row["id"]] is not row:
                continue
            key = (table, row["id"])
            data = row["d"]
            if key in pending:
                result.kept_local += 1
                waiting = pending[key]
                if waiting is not None and data is not None:
                    self._update_except(conn, table, cols, row["id"], data, waiting)
                continue
            result.applied += 1
            if data is None:
                deletes.append(key)
                continue
            upserts.append(tuple(map(data.get, cols)))
            versions.append((table, row["id"], row["s"]))
        if deletes:  # hard deletes and removals: one executemany, not two statements a row
            conn.exec_driver_sql(f"DELETE FROM {table} WHERE id = ?", [(k[1],) for k in deletes])
            conn.exec_driver_sql("DELETE FROM sync_rows WHERE entity = ? AND row_id = ?", deletes)
        if upserts:
            self._upsert(conn, table, cols, upserts)
            conn.exec_driver_sql(
                "INSERT INTO sync_rows(entity, row_id, server_seq) VALUES (?, ?, ?) "
                "ON CONFLICT(entity, row_id) DO UPDATE SET server_seq = excluded.server_seq",
                versions,
            )

    @staticmethod
    def _upsert(
        conn: Connection, table: str, cols: list[str], values: list[tuple[Any, ...]]
    ) -> None:
        names = ", ".join(cols)
        marks = ", ".join("?" * len(cols))
        if table in NATURAL_KEYS:
            # Another local row may hold the same natural key (a tag name...): one wins the
            # same way on every laptop (sync/natural_keys.py).
            natural_keys.upsert(conn, table, cols, values)
            return
        # Plain INSERT and UPDATE, not an upsert: an upsert's conflict clause would override
        # the INSERT OR IGNORE inside the search-index triggers.
        at = cols.index("id")
        ids = [v[at] for v in values]
        existing: set[str] = set()
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start : start + _CHUNK]
            existing.update(
                r[0]
                for r in conn.exec_driver_sql(
                    f"SELECT id FROM {table} WHERE id IN ({','.join('?' * len(chunk))})",
                    tuple(chunk),
                )
            )
        new = [v for v in values if v[at] not in existing]
        old = [v for v in values if v[at] in existing]
        if new:
            conn.exec_driver_sql(f"INSERT INTO {table} ({names}) VALUES ({marks})", new)
        if old:
            others = [i for i, c in enumerate(cols) if c != "id"]
            sets = ", ".join(f"{cols[i]} = ?" for i in others)
            conn.exec_driver_sql(
                f"UPDATE {table} SET {sets} WHERE id = ?",
                [(*(v[i] for i in others), v[at]) for v in old],
            )

    @staticmethod
    def _update_except(
        conn: Connection,
        table: str,
        cols: list[str],
        row_id: str,
        data: dict[str, Any],
        waiting: set[str],
    ) -> None:
        take = [c for c in cols if c not in waiting and c != "id" and c in data]
        if not take:
            return
        sets = ", ".join(f"{c} = ?" for c in take)
        conn.exec_driver_sql(
            f"UPDATE {table} SET {sets} WHERE id = ?", (*(data[c] for c in take), row_id)
        )


def finish_resync(conn: Connection) -> int:
    """Delete local synced rows the server did not send in a full resync; return how many."""
    removed = 0
    for table in CAPTURED_TABLES:
        removed += conn.exec_driver_sql(
            f"DELETE FROM {table} WHERE id NOT IN "
            f"(SELECT row_id FROM sync_seen WHERE entity = '{table}') "
            f"AND id NOT IN (SELECT row_id FROM outbox WHERE entity = '{table}')"
        ).rowcount
    conn.exec_driver_sql("DELETE FROM sync_seen")
    return removed
