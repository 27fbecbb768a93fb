"""Short-query index: a trigram table over the padded search keys, and its term list.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23 21:00:00
"""

from __future__ import annotations

from alembic import op

from crmdesk.db.search_index import SHORT_DDL, SHORT_FILL, SHORT_SYNC_TRIGGERS

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


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
