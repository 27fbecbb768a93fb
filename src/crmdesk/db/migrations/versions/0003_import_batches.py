"""Import batches with undo, merge journal, saved mappings, contact photos, URLs and external ids.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 19:55:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_ID = sa.String(length=32)
_TS = sa.String(length=32)


def upgrade() -> None:
    op.create_table(
        "import_batches",
        sa.Column("id", _ID, nullable=False),
        sa.Column("source_name", sa.String(length=500), nullable=False),
        sa.Column("file_format", sa.String(length=20), nullable=False),
        sa.Column("created_at", _TS, nullable=False),
        sa.Column("created_count", sa.Integer(), nullable=False),
        sa.Column("updated_count", sa.Integer(), nullable=False),
        sa.Column("skipped_count", sa.Integer(), nullable=False),
        sa.Column("error_count", sa.Integer(), nullable=False),
        sa.Column("undone_at", _TS, nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "import_batch_items",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("batch_id", _ID, nullable=False),
        sa.Column("entity", sa.String(length=20), nullable=False),
        sa.Column("entity_id", _ID, nullable=False),
        sa.Column("action", sa.String(length=10), nullable=False),
        sa.Column("before", sa.Text(), nullable=True),
        sa.CheckConstraint("action IN ('created', 'updated')", name="import_item_action"),
        sa.ForeignKeyConstraint(["batch_id"], ["import_batches.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("seq"),
    )
    op.create_index("ix_import_batch_items_batch_id", "import_batch_items", ["batch_id"])
    op.create_table(
        "merge_journal",
        sa.Column("id", _ID, nullable=False),
        sa.Column("entity", sa.String(length=20), nullable=False),
        sa.Column("survivor_id", _ID, nullable=False),
        sa.Column("merged_id", _ID, nullable=False),
        sa.Column("created_at", _TS, nullable=False),
        sa.Column("undo", sa.Text(), nullable=False),
        sa.Column("undone_at", _TS, nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_merge_journal_survivor_id", "merge_journal", ["survivor_id"])
    op.create_index("ix_merge_journal_merged_id", "merge_journal", ["merged_id"])
    op.create_table(
        "saved_mappings",
        sa.Column("id", _ID, nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("definition", sa.Text(), nullable=False),
        sa.Column("updated_at", _TS, nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name"),
    )
    op.create_table(
        "contact_photos",
        sa.Column("id", _ID, nullable=False),
        sa.Column("contact_id", _ID, nullable=False),
        sa.Column("owner_id", _ID, nullable=False),
        sa.Column("mime", sa.String(length=100), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(["contact_id"], ["contacts.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("contact_id"),
    )
    op.create_table(
        "contact_urls",
        sa.Column("id", _ID, nullable=False),
        sa.Column("contact_id", _ID, nullable=False),
        sa.Column("owner_id", _ID, nullable=False),
        sa.Column("url", sa.String(length=1000), nullable=False),
        sa.Column("label", sa.String(length=100), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["contact_id"], ["contacts.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_contact_urls_contact_id", "contact_urls", ["contact_id"])
    op.create_table(
        "external_ids",
        sa.Column("id", _ID, nullable=False),
        sa.Column("source", sa.String(length=50), nullable=False),
        sa.Column("external_id", sa.String(length=500), nullable=False),
        sa.Column("contact_id", _ID, nullable=False),
        sa.Column("owner_id", _ID, nullable=False),
        sa.ForeignKeyConstraint(["contact_id"], ["contacts.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("source", "external_id", name="uq_external_id"),
    )
    op.create_index("ix_external_ids_contact_id", "external_ids", ["contact_id"])


def downgrade() -> None:
    op.drop_index("ix_external_ids_contact_id", table_name="external_ids")
    op.drop_table("external_ids")
    op.drop_index("ix_contact_urls_contact_id", table_name="contact_urls")
    op.drop_table("contact_urls")
    op.drop_table("contact_photos")
    op.drop_table("saved_mappings")
    op.drop_index("ix_merge_journal_merged_id", table_name="merge_journal")
    op.drop_index("ix_merge_journal_survivor_id", table_name="merge_journal")
    op.drop_table("merge_journal")
    op.drop_index("ix_import_batch_items_batch_id", table_name="import_batch_items")
    op.drop_table("import_batch_items")
    op.drop_table("import_batches")
