"""Capture changes to contact web addresses (contact_urls) for sync.

No schema change: the capture triggers are rebuilt from ``CAPTURED_TABLES`` after
every migration (see ``migrations/env.py``), so this revision exists to install
the new table's triggers on databases already at 0005.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23 21:40:00
"""

from __future__ import annotations

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Nothing to change in the tables; env.py reinstalls the triggers."""


def downgrade() -> None:
    """Nothing to undo (the extra triggers are harmless on 0005)."""
