"""Device-local copy of the office directory and this user's function rights (issue 7).

Filled by sync from the server's handshake; never captured (not in CAPTURED_TABLES),
so nothing here is uploaded. Empty in single-user mode.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-23 22:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

_ID = sa.String(length=32)


def upgrade() -> None:
    op.create_table(
        "team_people",
        sa.Column("id", _ID, nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("manager_id", _ID, nullable=True),
        sa.Column("is_admin", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "team_rights",
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.PrimaryKeyConstraint("name"),
    )


def downgrade() -> None:
    op.drop_table("team_rights")
    op.drop_table("team_people")
