"""Set-based change capture for bulk inserts: the insert triggers' outbox rows, a table at a time.

The capture triggers (``db/capture.py``) run four Python SQL functions and one outbox
insert for every row: for an import (five captured rows a contact) that was most of
its cost. Inside ``InsertCapture.window()`` the raw connection's ``capture`` is off, so
the triggers stay quiet; when the window closes, each captured table that grew gets
its outbox rows with one ``INSERT ... SELECT`` over the new rows (rowid above the mark
taken at the start), in rowid order, with the same ``fields`` JSON the insert trigger
builds. Rows are written only when capture was on when the window opened, so a
database that records no outbox still records none.

Only inserts may happen inside a window: updates and deletes would go unrecorded.
Ids follow the triggers' rules: a fresh UUIDv7 change id a row, hybrid-clock
timestamps strictly increasing in counter order (a block reserved from the clock),
and the connection's current ``tx_id``.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Collection, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from crmdesk.db.capture import CAPTURED_TABLES, NO_DEVICE, captured_columns
from crmdesk.db.connection import CrmConnection
from crmdesk.hlc import HybridLogicalClock, wall_ms

# A UUIDv7 in 32 hex digits, as ``crmdesk.ids.new_id`` makes it, computed in SQL with
# RFC 9562's monotonic random method (section 6.2, method 2), as the import's row ids
# (``chunk_rows.IdSource``): ``:prefix`` is the window's 48 bits of milliseconds, the
# version digit 7 and 12 random bits; ``:variant`` the variant bits 10 and ``:rand`` 62
# random bits, both drawn once a window and counted up by rowid. 74 random bits a window,
# as new_id has a row. Ids in counting order go to the end of the outbox's change id
# index: a random id a row landed anywhere in the window's part of it (page splits on
# half-full pages) and two random() a row cost more still (4.1 -> 2.6 us a change in a
# plain SQLCipher test).
_CHANGE_ID = "printf('%s%016x', :prefix, :variant | ((:rand + t.rowid) & :mask))"
_RAND_MASK = (1 << 62) - 1
#: The variant bits ``10`` at the top of the last 64 bits, as SQLite's signed integer.
_VARIANT = -(1 << 63)
_MS_MASK = (1 << 48) - 1


def fields_sql(columns: Sequence[str], nullable: Collection[str], alias: str = "t") -> str:
    """The insert trigger's ``fields`` of a row of ``alias``: the same text, cheaper.

    The trigger writes ``json_patch('{}', json_object(...every column but the id...))``:
    json_patch drops the NULL members, but parses and writes the object once more.
    Here each member is written as ``"name":`` and its ``json_quote`` (the very text
    json_object writes for a value), a nullable column's member only when it is not
    NULL, and ``concat_ws`` joins those that are there (it skips NULLs): 1.4-1.6 us a
    contact row against 2.2-2.3 for json_patch in a plain SQLCipher test.
    """
    members = []
    for column in columns:
        if column == "id":
            continue
        member = f"""'"{column}":' || json_quote({alias}.{column})"""
        if column in nullable:
            member = f"iif({alias}.{column} IS NULL, NULL, {member})"
        members.append(member)
    if not members:
        return "'{}'"
    return f"'{{' || concat_ws(',', {', '.join(members)}) || '}}'"


def raw_connection(conn: Any) -> CrmConnection:
    """The SQLCipher connection under a SQLAlchemy Connection."""
    raw: CrmConnection = conn.connection.dbapi_connection
    return raw


def new_transaction(conn: Any) -> None:
    """Start a new outbox transaction group: later changes get a fresh ``tx_id``.

    Sync uploads a local transaction whole (at most ``MAX_TRANSACTION`` changes); an
    import of 100k contacts writes over half a million changes, so it groups them by
    chunk. Each chunk holds whole contacts (the contact and its rows together).
    """
    raw_connection(conn).tx_id = uuid.uuid4().hex


class InsertCapture:
    """Writes the outbox rows of the inserts made inside ``window()``, set-based.

    ``conn`` is a SQLAlchemy Connection in the writing transaction; ``clock`` the
    database's hybrid logical clock (the one ``crm_hlc()`` reads).
    """

    def __init__(self, conn: Any, clock: HybridLogicalClock) -> None:
        self._conn = conn
        self._clock = clock
        self._sql: dict[str, str] = {}
        self._kept: set[str] = set()

    def _keep(self, sql: str, params: dict[str, Any] | None = None) -> None:
        """Run ``sql`` (just run) once more, the first time: then it stays compiled.

        sqlcipher3's statement cache (128 statements), when full, drops the newest of
        those used only once. An import runs about ten statements once a window each,
        so each dropped the one before and every one was compiled again at each use
        (0.4 ms for the marks, ~3 ms for an outbox statement). A second use
        puts a statement ahead of all those used once. ``params`` must change nothing.
        """
        if sql in self._kept:
            return
        self._kept.add(sql)
        result = self._conn.exec_driver_sql(sql, params or ())
        if result.returns_rows:
            result.all()

    def _statement(self, table: str) -> str:
        sql = self._sql.get(table)
        if sql is None:
            nullable = {
                row[1]
                for row in self._conn.exec_driver_sql(f"PRAGMA table_info({table})")
                if not row[3]
            }
            fields = fields_sql(captured_columns(self._conn, table), nullable)
            # Timestamps by rowid (``:base`` is the table's first one less the mark, less
            # one): new rows have the rowids above the mark, so they get distinct ones, in
            # rowid order, inside the block; a row_number() window cost a sort a change.
            sql = self._sql[table] = (
                "INSERT INTO outbox(change_id, tx_id, entity, row_id, op, fields, hlc, device_id) "
                f"SELECT {_CHANGE_ID}, :tx, '{table}', t.id, 'insert', {fields}, "
                f":base + t.rowid, '{NO_DEVICE}' "
                f"FROM {table} t WHERE t.rowid > :mark ORDER BY t.rowid"
            )
        return sql

    def _marks(self, tables: Sequence[str]) -> dict[str, int]:
        """The highest rowid of each table (0 when empty), in one statement."""
        picks = ", ".join(f"(SELECT coalesce(max(rowid), 0) FROM {t})" for t in tables)
        sql = f"SELECT {picks}"
        row = self._conn.exec_driver_sql(sql).one()
        self._keep(sql)
        return {t: int(v) for t, v in zip(tables, row, strict=True)}

    @contextmanager
    def window(self, order: Sequence[str] = CAPTURED_TABLES) -> Iterator[None]:
        """Insert inside; the outbox rows follow, table by table in ``order``.

        Every captured table is watched: one missing from ``order`` is written after
        those in it (in ``CAPTURED_TABLES`` order), so no insert goes unrecorded.
        """
        raw = raw_connection(self._conn)
        if not raw.capture:
            yield
            return
        tables = [*order, *(t for t in CAPTURED_TABLES if t not in order)]
        marks = self._marks(tables)
        raw.capture = False
        try:
            yield
        finally:
            raw.capture = True
        grown = [
            (t, mark, top) for t, top in self._marks(tables).items() if top > (mark := marks[t])
        ]
        total = sum(top - mark for _, mark, top in grown)
        if not total:
            return
        # A block of timestamps, as ``total`` calls of crm_hlc() would have given.
        first = self._clock.now()
        self._clock.observe(first + total - 1)
        tx = self._conn.exec_driver_sql("SELECT crm_tx()").scalar()
        self._keep("SELECT crm_tx()")
        random = int.from_bytes(os.urandom(10), "big")
        hlc, prefix = first, f"{wall_ms() & _MS_MASK:012x}7{random >> 68 & 0xFFF:03x}"
        counted = random & _RAND_MASK
        for table, mark, top in grown:
            sql = self._statement(table)
            params = {
                "tx": tx,
                "base": hlc - mark - 1,
                "mark": mark,
                "prefix": prefix,
                "variant": _VARIANT,
                # The next ids of the count: t.rowid - mark - 1 from here.
                "rand": counted - mark - 1,
                "mask": _RAND_MASK,
            }
            raw.execute(sql, params)  # the connection itself: thousands in an import
            self._keep(sql, {**params, "mark": top})  # no rows above the top
            hlc += top - mark
            counted += top - mark
