"""Search index: folded documents, the FTS5 trigram table, and the triggers that mark documents dirty.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 19:45:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from crmdesk.db.search_index import dirty_trigger_ddl, rebuild_all

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# The index as this revision made it (0012 replaced it): frozen here, not imported.
FTS_DDL = (
    "CREATE VIRTUAL TABLE search_fts USING fts5("
    "name_key, body, content='search_docs', content_rowid='docid', tokenize='trigram')"
)
FTS_SYNC_TRIGGERS = (
    "CREATE TRIGGER search_docs_ai AFTER INSERT ON search_docs BEGIN "
    "INSERT INTO search_fts(rowid, name_key, body) VALUES (new.docid, new.name_key, new.body); END",
    "CREATE TRIGGER search_docs_ad AFTER DELETE ON search_docs BEGIN "
    "INSERT INTO search_fts(search_fts, rowid, name_key, body) "
    "VALUES ('delete', old.docid, old.name_key, old.body); END",
    "CREATE TRIGGER search_docs_au AFTER UPDATE ON search_docs BEGIN "
    "INSERT INTO search_fts(search_fts, rowid, name_key, body) "
    "VALUES ('delete', old.docid, old.name_key, old.body); "
    "INSERT INTO search_fts(rowid, name_key, body) VALUES (new.docid, new.name_key, new.body); END",
)


def upgrade() -> None:
    op.create_table(
        "search_dirty",
        sa.Column("entity", sa.String(length=20), nullable=False),
        sa.Column("entity_id", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("entity", "entity_id"),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "search_docs",
        sa.Column("docid", sa.Integer(), nullable=False),
        sa.Column("entity", sa.String(length=20), nullable=False),
        sa.Column("entity_id", sa.String(length=32), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("subtitle", sa.Text(), nullable=True),
        sa.Column("name_key", sa.Text(), nullable=False),
        sa.Column("keys", sa.Text(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("docid"),
        sa.UniqueConstraint("entity", "entity_id", name="uq_search_doc"),
    )
    op.create_index("ix_search_docs_name_key", "search_docs", ["name_key"], unique=False)
    bind = op.get_bind()
    bind.exec_driver_sql(FTS_DDL)
    for ddl in (*FTS_SYNC_TRIGGERS, *dirty_trigger_ddl()):
        bind.exec_driver_sql(ddl)
    rebuild_all(bind)


def downgrade() -> None:
    bind = op.get_bind()
    for (name,) in bind.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' "
        "AND (name LIKE 'trg_%_search_%' OR name LIKE 'search_docs_%')"
    ).fetchall():
        bind.exec_driver_sql(f"DROP TRIGGER {name}")
    bind.exec_driver_sql("DROP TABLE search_fts")
    op.drop_index("ix_search_docs_name_key", table_name="search_docs")
    op.drop_table("search_docs")
    op.drop_table("search_dirty")
