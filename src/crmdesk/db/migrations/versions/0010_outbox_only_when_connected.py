"""No outbox before the first connection: a ``capture`` flag, and the clock's high-water mark.

A database that was ever connected to an office server (it has a server address, cursors
or row versions) gets ``local_meta``'s ``capture`` flag, so it goes on recording its changes
and keeps its pending outbox. One that never was has its outbox emptied: it held the whole
history of the database (most of a big file) and nothing the records themselves do not;
connecting seeds it again from the records (sync/seed.py). The file does not shrink here
(a VACUUM of a big file takes minutes); compacting the database does that.

The hybrid clock starts from the newest outbox row when the database opens; once sync has
emptied the outbox that row is gone, so deleting the newest row now keeps its timestamp in
``local_meta`` (``hlc_high``) and the clock never goes backwards.

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-24 01:30:00
"""

from __future__ import annotations

from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

_KEEP_HLC = (
    "CREATE TRIGGER outbox_keeps_hlc_high AFTER DELETE ON outbox "
    "WHEN NOT EXISTS (SELECT 1 FROM outbox WHERE counter > OLD.counter) BEGIN "
    "INSERT INTO local_meta(key, value) VALUES ('hlc_high', CAST(OLD.hlc AS TEXT)) "
    "ON CONFLICT(key) DO UPDATE SET value = CAST(max(CAST(value AS INTEGER), "
    "CAST(excluded.value AS INTEGER)) AS TEXT); END"
)


def upgrade() -> None:
    bind = op.get_bind()
    connected = bind.exec_driver_sql(
        "SELECT EXISTS (SELECT 1 FROM sync_state WHERE key = 'server_url') "
        "OR EXISTS (SELECT 1 FROM sync_cursors) OR EXISTS (SELECT 1 FROM sync_rows)"
    ).scalar()
    newest = bind.exec_driver_sql("SELECT hlc FROM outbox ORDER BY counter DESC LIMIT 1").scalar()
    if newest is not None:
        bind.exec_driver_sql(
            "INSERT INTO local_meta(key, value) VALUES ('hlc_high', ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (str(int(newest)),),
        )
    if connected:
        bind.exec_driver_sql(
            "INSERT INTO local_meta(key, value) VALUES ('capture', '1') "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value"
        )
    else:
        # Before the trigger exists, so SQLite empties the table at once, not row by row.
        bind.exec_driver_sql("DELETE FROM outbox")
    bind.exec_driver_sql(_KEEP_HLC)


def downgrade() -> None:
    bind = op.get_bind()
    bind.exec_driver_sql("DROP TRIGGER IF EXISTS outbox_keeps_hlc_high")
    bind.exec_driver_sql("DELETE FROM local_meta WHERE key IN ('capture', 'hlc_high')")
