"""Short-query index: a trigram table over the padded search keys, and its term list.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23 21:00:00
"""

from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

# The short-query table as this revision made it (0012 replaced it): frozen here.
SHORT_DDL = (
    "CREATE VIRTUAL TABLE search_short USING fts5("
    "keys, content='', contentless_delete=1, tokenize='trigram')",
    "CREATE VIRTUAL TABLE search_short_terms USING fts5vocab(search_short, row)",
)
SHORT_SYNC_TRIGGERS = (
    "CREATE TRIGGER search_docs_short_ai AFTER INSERT ON search_docs BEGIN "
    "INSERT INTO search_short(rowid, keys) VALUES (new.docid, new.keys || '  '); END",
    "CREATE TRIGGER search_docs_short_ad AFTER DELETE ON search_docs BEGIN "
    "DELETE FROM search_short WHERE rowid = old.docid; END",
    "CREATE TRIGGER search_docs_short_au AFTER UPDATE OF keys ON search_docs "
    "WHEN old.keys IS NOT new.keys BEGIN "
    "DELETE FROM search_short WHERE rowid = old.docid; "
    "INSERT INTO search_short(rowid, keys) VALUES (new.docid, new.keys || '  '); END",
)
SHORT_FILL = "INSERT INTO search_short(rowid, keys) SELECT docid, keys || '  ' FROM search_docs"


def upgrade() -> None:
    bind = op.get_bind()
    for ddl in (*SHORT_DDL, *SHORT_SYNC_TRIGGERS):
        bind.exec_driver_sql(ddl)
    bind.exec_driver_sql(SHORT_FILL)


def downgrade() -> None:
    bind = op.get_bind()
    for name in ("search_docs_short_ai", "search_docs_short_ad", "search_docs_short_au"):
        bind.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
    bind.exec_driver_sql("DROP TABLE IF EXISTS search_short_terms")
    bind.exec_driver_sql("DROP TABLE IF EXISTS search_short")
