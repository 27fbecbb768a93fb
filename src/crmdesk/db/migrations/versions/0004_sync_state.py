"""Client sync state: server settings, cursors per bucket, row versions, parked changes, conflicts.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23 20:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_ID = sa.String(length=32)
_TS = sa.String(length=32)


def upgrade() -> None:
    op.create_table(
        "sync_state",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "sync_cursors",
        sa.Column("bucket", sa.String(length=64), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("bucket"),
    )
    op.create_table(
        "sync_rows",
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("row_id", _ID, nullable=False),
        sa.Column("server_seq", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("entity", "row_id"),
    )
    op.create_table(
        "sync_parked",
        sa.Column("change_id", _ID, nullable=False),
        sa.Column("counter", sa.Integer(), nullable=False),
        sa.Column("tx_id", _ID, nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("row_id", _ID, nullable=False),
        sa.Column("op", sa.String(length=6), nullable=False),
        sa.Column("fields", sa.Text(), nullable=False),
        sa.Column("hlc", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("parked_at", _TS, nullable=False),
        sa.PrimaryKeyConstraint("change_id"),
    )
    op.create_table(
        "sync_conflicts",
        sa.Column("id", _ID, nullable=False),
        sa.Column("change_id", _ID, nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("row_id", _ID, nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("field", sa.String(length=100), nullable=True),
        sa.Column("mine", sa.Text(), nullable=True),
        sa.Column("theirs", sa.Text(), nullable=True),
        sa.Column("winner", sa.String(length=6), nullable=False),
        sa.Column("copy_id", _ID, nullable=True),
        sa.Column("created_at", _TS, nullable=False),
        sa.Column("resolved_at", _TS, nullable=True),
        sa.Column("resolution", sa.String(length=10), nullable=True),
        sa.CheckConstraint("kind IN ('field', 'delete', 'note')", name="sync_conflict_kind"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("change_id", "kind", "field", name="uq_sync_conflict"),
    )
    op.create_index("ix_sync_conflicts_row", "sync_conflicts", ["entity", "row_id"])
    op.create_table(
        "sync_seen",
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("row_id", _ID, nullable=False),
        sa.PrimaryKeyConstraint("entity", "row_id"),
    )
    op.create_index("ix_outbox_row", "outbox", ["entity", "row_id"])


def downgrade() -> None:
    op.drop_index("ix_outbox_row", table_name="outbox")
    op.drop_table("sync_seen")
    op.drop_index("ix_sync_conflicts_row", table_name="sync_conflicts")
    op.drop_table("sync_conflicts")
    op.drop_table("sync_parked")
    op.drop_table("sync_rows")
    op.drop_table("sync_cursors")
    op.drop_table("sync_state")
