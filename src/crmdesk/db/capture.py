"""Change capture: SQLite triggers that record every change in the outbox.

Triggers see every write path (ORM, bulk UPDATE/DELETE statements, raw SQL), so
no code can change a synced table without leaving an outbox row in the same
transaction. They call ``crm_capture()``, which is false while migrations run and
while sync applies server changes, so those write nothing to the outbox.

A database that has never been connected to an office server keeps no outbox: its
``local_meta`` ``capture`` flag is unset, so ``crm_capture()`` is false on every
connection (db/connection.py). The first connection turns the flag on for good and
seeds the outbox with one insert per live row (sync/seed.py).

Each outbox row holds ``fields``, a JSON object. On update it maps every changed
column to ``[old, new]``; on delete every column to ``[old, null]``. On insert it
maps each column to its new value and leaves out the ``id`` (it is ``row_id``) and
every NULL column, which keeps the outbox (most of it is inserts) small;
``WireFields`` turns any stored row back into the ``{column: [old, new]}`` form
that sync uploads. Triggers are rebuilt from the live schema after every migration.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from crmdesk.db.connection import CAPTURE_FLAG

if TYPE_CHECKING:
    from crmdesk.db.engine import Database

#: Tables whose changes are synced, by table name.
CAPTURED_TABLES: tuple[str, ...] = (
    "companies",
    "contacts",
    "emails",
    "phones",
    "addresses",
    "pipeline_stages",
    "opportunities",
    "activities",
    "notes",
    "tags",
    "record_tags",
    "saved_lookups",
    "custom_fields",
    "custom_values",
    "contact_urls",
)

#: Device-local tables, on purpose: import batches and merge journals (undo is per
#: device), saved mappings, contact photos (BLOBs cannot go into the JSON outbox
#: yet) and external ids (their natural key would collide between laptops).

#: ``local_meta`` key: the largest outbox timestamp no longer in the outbox (db/engine.py).
HLC_HIGH = "hlc_high"

#: ``outbox.device_id`` of new rows: the device is ``local_meta``'s ``device_id`` (the
#: same for every row of a database), so rows no longer repeat it (migration 0008).
NO_DEVICE = ""


def capture_flag_set(conn: Any) -> bool:
    """Whether the database (a SQLAlchemy Connection) records its changes in the outbox."""
    value = conn.exec_driver_sql(
        "SELECT value FROM local_meta WHERE key = ?", (CAPTURE_FLAG,)
    ).scalar()
    return bool(value == "1")


def set_capture_flag(conn: Any) -> None:
    """Record changes from now on, for good, in the transaction of ``conn`` (SQLAlchemy).

    The connection captures at once; every other one (and other processes) at its next
    transaction. Rows already in the tables get no outbox rows: sync/seed.py adds those.
    """
    conn.exec_driver_sql(
        "INSERT INTO local_meta(key, value) VALUES (?, '1') "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (CAPTURE_FLAG,),
    )
    conn.connection.dbapi_connection.capturing_from_now()


def enable_capture(db: Database) -> None:
    """Turn change capture on for good in ``db`` (benchmarks and tests of capture itself).

    Existing rows are not put in the outbox; connecting to an office server does that
    (``crmdesk.sync.seed.seed_outbox``), so sync never needs this.
    """
    with db.engine.connect() as conn:
        conn.execution_options(crm_begin="IMMEDIATE")
        with conn.begin():
            set_capture_flag(conn)


def captured_columns(conn: Any, table: str) -> list[str]:
    """The columns of ``table`` that change capture records (generated ones are derived)."""
    # table_xinfo's "hidden" is 2 or 3 for generated columns: derived, never synced.
    rows = conn.exec_driver_sql(f"PRAGMA table_xinfo({table})").fetchall()
    return [row[1] for row in rows if row[6] == 0]


def _outbox_insert(table: str, op: str, fields_sql: str) -> str:
    row = "OLD.id" if op == "delete" else "NEW.id"
    return (
        "INSERT INTO outbox(change_id, tx_id, entity, row_id, op, fields, hlc, device_id) "
        f"VALUES (crm_new_id(), crm_tx(), '{table}', {row}, '{op}', {fields_sql}, "
        f"crm_hlc(), '{NO_DEVICE}');"
    )


def trigger_ddl(table: str, columns: Sequence[str]) -> list[str]:
    """CREATE TRIGGER statements that capture inserts, updates and deletes of ``table``."""
    # json_patch drops the members whose value is null (RFC 7396): NULL columns.
    new_obj = ", ".join(f"'{c}', NEW.{c}" for c in columns if c != "id")
    old_obj = ", ".join(f"'{c}', json_array(OLD.{c}, NULL)" for c in columns)
    changed = " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in columns)
    diff_rows = " UNION ALL ".join(
        f"SELECT '{c}' AS k, json_array(OLD.{c}, NEW.{c}) AS v WHERE OLD.{c} IS NOT NEW.{c}"
        for c in columns
    )
    diff = f"(SELECT json_group_object(k, json(v)) FROM ({diff_rows}))"
    return [
        f"CREATE TRIGGER trg_{table}_out_ins AFTER INSERT ON {table} WHEN crm_capture() BEGIN "
        + _outbox_insert(table, "insert", f"json_patch('{{}}', json_object({new_obj}))")
        + " END",
        f"CREATE TRIGGER trg_{table}_out_upd AFTER UPDATE ON {table} "
        f"WHEN crm_capture() AND ({changed}) BEGIN "
        + _outbox_insert(table, "update", diff)
        + " END",
        f"CREATE TRIGGER trg_{table}_out_del AFTER DELETE ON {table} WHEN crm_capture() BEGIN "
        + _outbox_insert(table, "delete", f"json_object({old_obj})")
        + " END",
    ]


def reinstall_triggers(conn: Any) -> None:
    """Drop and recreate the capture triggers to match the current columns.

    ``conn`` is a SQLAlchemy Connection inside the migration transaction.
    """
    existing = {
        row[0]
        for row in conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'trg_%_out_%'"
        )
    }
    for name in existing:
        conn.exec_driver_sql(f"DROP TRIGGER {name}")
    tables = {
        row[0] for row in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")
    }
    for table in CAPTURED_TABLES:
        if table not in tables:
            continue
        for ddl in trigger_ddl(table, captured_columns(conn, table)):
            conn.exec_driver_sql(ddl)


class WireFields:
    """Stored outbox ``fields`` in the form sync uploads: ``{column: [old, new]}``.

    An insert comes back with every captured column, ``[null, value]``, NULL for the
    columns it left out and the ``id`` from ``row_id``. One instance per transaction
    (it caches the column lists).
    """

    def __init__(self, conn: Any) -> None:
        self._conn = conn
        self._columns: dict[str, list[str]] = {}

    def __call__(self, entity: str, row_id: str, op: str, stored: str) -> dict[str, list[Any]]:
        fields: dict[str, Any] = json.loads(stored)
        if op != "insert":
            return fields
        if entity not in self._columns:
            self._columns[entity] = captured_columns(self._conn, entity)
        wire: dict[str, list[Any]] = {c: [None, None] for c in self._columns[entity]}
        wire.update({column: [None, value] for column, value in fields.items()})
        wire["id"] = [None, row_id]
        return wire
