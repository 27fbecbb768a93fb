"""Seeding the outbox at the first connection: one insert change per live record, in chunks.

A database that has never been connected to an office server records no changes
(db/capture.py): the server needs only the records as they are. The first connection
turns change capture on for good and then adds one ``insert`` change per row of every
synced table, in the stored form the insert trigger writes, parents before children
(``SEED_ORDER``), so the server can file each child under its customer.

It runs as a short transaction to start, then one write transaction per chunk of rows,
so the app stays usable and memory stays bounded on a big database. ``local_meta``'s
``outbox_seed`` holds where it got to: a crash or a lost connection resumes from there
(``seed_outbox`` is called again by the next connect or sync round), and nothing is
uploaded until the seed is complete.

Changes made while the seed runs are captured by the triggers as usual. The seeded rows
take outbox counters reserved below them when capture was turned on, so every seeded
record reaches the server before any change made to it meanwhile; an edit captured
before its record's chunk is already in the seeded values and is dropped, as are
changes to records deleted before their chunk was seeded (the server never knew them).

Upload batches hold whole local transactions: the seed groups at most ``TX_ROWS`` rows a
transaction, so one batch stays within what the server takes from a mix of them, and at
most ``BULK_DELETE_THRESHOLD`` deleted customer records (the trash), which the server
would otherwise refuse as a bulk delete by a role that may not.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.exc import OperationalError

from crmdesk.db.capture import (
    HLC_HIGH,
    NO_DEVICE,
    capture_flag_set,
    captured_columns,
    set_capture_flag,
)
from crmdesk.db.engine import Database
from crmdesk.errors import CrmError
from crmdesk.rights import BULK_DELETE_THRESHOLD

#: Synced tables in the order the server needs them: a row after every row it refers to
#: (foreign keys, and the customer a child record is filed under: sync/children.py).
SEED_ORDER: tuple[str, ...] = (
    "pipeline_stages",
    "tags",
    "custom_fields",
    "saved_lookups",
    "companies",
    "contacts",
    "emails",
    "phones",
    "addresses",
    "contact_urls",
    "opportunities",
    "activities",
    "notes",
    "record_tags",
    "custom_values",
)
#: Customer records: more than ``BULK_DELETE_THRESHOLD`` deleted ones in one local
#: transaction is a bulk delete for the server.
_CUSTOMERS = frozenset({"contacts", "companies", "opportunities"})
#: ``local_meta`` key of the seed's progress while it runs.
STATE_KEY = "outbox_seed"
#: Rows a local transaction of seeded changes holds (a batch may add one to a started one:
#: the server takes at most four batches' worth of changes from several transactions).
TX_ROWS = 1000
#: Rows seeded in one database write transaction.
CHUNK_ROWS = 5000

Progress = Callable[[int, int], None]


@dataclass
class SeedState:
    """Where a seed got to, kept in ``local_meta`` between chunks."""

    #: The last outbox counter reserved for seeded rows; captured changes come after it.
    end: int
    #: The counter the next seeded row takes.
    next: int
    #: Index in ``SEED_ORDER`` of the table being seeded.
    table: int
    #: The last id seeded in that table ('' before its first chunk).
    after: str
    done: int
    total: int


def _load(conn: Connection) -> SeedState | None:
    text = conn.exec_driver_sql("SELECT value FROM local_meta WHERE key = ?", (STATE_KEY,)).scalar()
    return None if text is None else SeedState(**json.loads(str(text)))


def _store(conn: Connection, state: SeedState | None, high_water: int) -> None:
    if state is None:
        conn.exec_driver_sql("DELETE FROM local_meta WHERE key = ?", (STATE_KEY,))
    else:
        conn.exec_driver_sql(
            "INSERT INTO local_meta(key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (STATE_KEY, json.dumps(asdict(state))),
        )
    # The seeded rows' timestamps are not in counter order with the captured ones.
    conn.exec_driver_sql(
        "INSERT INTO local_meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET "
        "value = CAST(max(CAST(value AS INTEGER), CAST(excluded.value AS INTEGER)) AS TEXT)",
        (HLC_HIGH, str(high_water)),
    )


class SeedInterrupted(CrmError):
    """The seed stopped on a database error (busy, disk full); the next try goes on."""


def seed_outbox(db: Database, progress: Progress | None = None) -> int:
    """Turn capture on for good and seed the outbox; return how many changes were added.

    A no-op (0) when the database already captures and no seed is unfinished. Resumes an
    interrupted seed. ``progress(done, total)`` is called after each chunk.
    """
    try:
        return _seed(db, progress)
    except OperationalError as exc:
        reason = str(exc.orig).splitlines()[0] if exc.orig else type(exc).__name__
        raise SeedInterrupted(
            f"Preparing this database's records for the office server stopped ({reason}). "
            "Nothing is lost: the next sync goes on from where it stopped."
        ) from exc


def _seed(db: Database, progress: Progress | None) -> int:
    added = 0
    while True:
        with _write(db) as conn:
            state = _start(conn)
            if state is None:
                return added
            if state.table >= len(SEED_ORDER):
                _finish(conn, state)
                _store(conn, None, db.clock.last)
                return added
            seeded = _seed_chunk(conn, state)
            _store(conn, state, db.clock.last)
        added += seeded
        if progress is not None:
            progress(state.done, state.total)


@contextmanager
def _write(db: Database) -> Iterator[Connection]:
    """A write transaction (BEGIN IMMEDIATE) on a pooled connection."""
    with db.engine.connect() as conn:
        conn.execution_options(crm_begin="IMMEDIATE")
        with conn.begin():
            yield conn


def _start(conn: Connection) -> SeedState | None:
    """The seed to continue; a new one (capture turned on) when capture was off."""
    state = _load(conn)
    if state is not None or capture_flag_set(conn):
        return state
    # Never connected: anything in the outbox is history the records already hold.
    conn.exec_driver_sql("DELETE FROM outbox")
    total = sum(
        int(conn.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar() or 0)
        for table in SEED_ORDER
    )
    base = int(
        conn.exec_driver_sql(
            "SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'outbox'), 0), "
            "coalesce((SELECT max(counter) FROM outbox), 0))"
        ).scalar()
        or 0
    )
    end = base + total
    # Reserve the counters: the triggers number captured changes after the seeded ones.
    if conn.exec_driver_sql("SELECT 1 FROM sqlite_sequence WHERE name = 'outbox'").first():
        conn.exec_driver_sql("UPDATE sqlite_sequence SET seq = ? WHERE name = 'outbox'", (end,))
    else:
        conn.exec_driver_sql("INSERT INTO sqlite_sequence(name, seq) VALUES ('outbox', ?)", (end,))
    set_capture_flag(conn)
    return SeedState(end=end, next=base + 1, table=0, after="", done=0, total=total)


def _seed_chunk(conn: Connection, state: SeedState) -> int:
    """Seed the next chunk of the current table and advance ``state``; the rows added."""
    table = SEED_ORDER[state.table]
    upper = conn.exec_driver_sql(
        f"SELECT id FROM {table} WHERE id > ? ORDER BY id LIMIT 1 OFFSET ?",
        (state.after, CHUNK_ROWS - 1),
    ).scalar()
    columns = captured_columns(conn, table)
    in_range = "t.id > :after" + ("" if upper is None else " AND t.id <= :upper")
    if table in _CUSTOMERS:
        groups = [(f"{in_range} AND t.deleted_at IS NULL", TX_ROWS)]
        groups.append((f"{in_range} AND t.deleted_at IS NOT NULL", BULK_DELETE_THRESHOLD))
    else:
        groups = [(in_range, TX_ROWS)]
    first = state.next
    for where, per_tx in groups:
        state.next += _insert_changes(conn, table, columns, where, per_tx, state, upper)
    added = state.next - first
    if added:
        _drop_folded_edits(conn, table, state.end, first, state.next - 1)
    if upper is None:
        state.table, state.after = state.table + 1, ""
    else:
        state.after = str(upper)
    state.done += added
    return added


def _insert_changes(
    conn: Connection,
    table: str,
    columns: list[str],
    where: str,
    per_tx: int,
    state: SeedState,
    upper: Any,
) -> int:
    # The insert trigger's stored form (db/capture.py): every non-NULL column but the id.
    values = ", ".join(f"'{c}', t.{c}" for c in columns if c != "id")
    number = "(row_number() OVER (ORDER BY t.id) - 1)"
    sql = (
        "INSERT INTO outbox(counter, change_id, tx_id, entity, row_id, op, fields, hlc, "
        "device_id) "
        f"SELECT :first + {number}, crm_new_id(), "
        f":tx || printf('%08x', {number} / :per_tx), :entity, t.id, 'insert', "
        f"json_patch('{{}}', json_object({values})), crm_hlc(), :device "
        f"FROM {table} t WHERE {where} AND NOT EXISTS (SELECT 1 FROM outbox o "
        "WHERE o.entity = :entity AND o.row_id = t.id AND o.op = 'insert' AND o.counter > :end)"
    )
    params = {
        "first": state.next,
        "tx": uuid.uuid4().hex[:24],
        "per_tx": per_tx,
        "entity": table,
        "device": NO_DEVICE,
        "after": state.after,
        "upper": upper,
        "end": state.end,
    }
    return int(conn.exec_driver_sql(sql, params).rowcount)


def _drop_folded_edits(conn: Connection, table: str, end: int, first: int, last: int) -> None:
    """Edits captured before their record's chunk: the seeded values already hold them."""
    if conn.exec_driver_sql("SELECT 1 FROM outbox WHERE counter > ? LIMIT 1", (end,)).first():
        conn.exec_driver_sql(
            "DELETE FROM outbox WHERE counter > ? AND entity = ? AND op = 'update' "
            "AND row_id IN (SELECT row_id FROM outbox WHERE counter BETWEEN ? AND ?)",
            (end, table, first, last),
        )


def _finish(conn: Connection, state: SeedState) -> None:
    """Drop captured changes that come before their record's insert: records deleted
    before their chunk was seeded, which the server never knew."""
    conn.exec_driver_sql(
        "DELETE FROM outbox WHERE counter > ? AND op != 'insert' AND NOT EXISTS ("
        "SELECT 1 FROM outbox i WHERE i.entity = outbox.entity AND i.row_id = outbox.row_id "
        "AND i.op = 'insert' AND i.counter < outbox.counter)",
        (state.end,),
    )
