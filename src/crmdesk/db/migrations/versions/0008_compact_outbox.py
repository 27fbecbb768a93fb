"""Compact outbox rows: an insert keeps only its non-NULL values, rows no longer repeat the device.

An insert's ``fields`` was ``{column: [null, value]}`` for every column; it becomes
``{column: value}`` without NULL columns and without ``id`` (``row_id`` holds it).
``capture.WireFields`` turns rows back into the upload form. New rows store an
empty ``device_id`` (the device is ``local_meta``'s). The new capture triggers are
installed by env.py after the migration. The file keeps its size until SQLite
reuses the freed pages (or a VACUUM).

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-23 23:00:00
"""

from __future__ import annotations

from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

# A member that is still a [old, new] pair is converted; anything else is already compact.
_NEW = "CASE WHEN type = 'array' THEN json_extract(value, '$[1]') ELSE value END"


def upgrade() -> None:
    op.execute(
        "UPDATE outbox SET fields = ("
        f"SELECT json_group_object(key, {_NEW}) FROM json_each(outbox.fields) "
        f"WHERE key != 'id' AND {_NEW} IS NOT NULL"
        ") WHERE op = 'insert'"
    )


def downgrade() -> None:
    op.execute(
        "UPDATE outbox SET fields = json_set(("
        "SELECT json_group_object(key, CASE WHEN type = 'array' THEN json(value) "
        "ELSE json_array(NULL, value) END) FROM json_each(outbox.fields)"
        "), '$.id', json_array(NULL, row_id)) WHERE op = 'insert'"
    )
    op.execute(
        "UPDATE outbox SET device_id = (SELECT value FROM local_meta WHERE key = 'device_id') "
        "WHERE device_id = ''"
    )
