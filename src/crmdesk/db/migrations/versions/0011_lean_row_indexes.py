"""Fewer index entries a row: no plain companies sort-key index, party children index their party.

Every query that orders or filters companies by ``sort_key`` reads live rows
(``deleted_at IS NULL``) and so uses the partial (sort key, id) index of migration 0009;
the plain ``sort_key`` index beside it was written on every insert and read by nothing.
(Contacts keep theirs: the contact form's duplicate check ORs an ``IN`` with a range and
puts ``deleted_at IS NULL`` outside the OR, and SQLite's OR optimisation can only use a
partial index for an arm that itself implies the index's condition: without the plain
index that check scans every live contact.)

An email, phone or address belongs to a contact or to a company, never both, so half of
its ``contact_id``/``company_id`` index entries were NULLs no query looks for: the indexes
now hold only the non-NULL ones. ``x = ?``, ``x IN (...)`` and the foreign keys' ON DELETE
lookups all imply ``x IS NOT NULL``, so SQLite still uses them there.

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-24 04:25:00
"""

from __future__ import annotations

from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

_SORT_KEY_INDEXES = (("ix_companies_sort_key", "companies"),)
_PARTY_COLUMNS = tuple(
    (table, column)
    for table in ("emails", "phones", "addresses")
    for column in ("contact_id", "company_id")
)


def upgrade() -> None:
    bind = op.get_bind()
    for name, _table in _SORT_KEY_INDEXES:
        bind.exec_driver_sql(f"DROP INDEX IF EXISTS {name}")
    for table, column in _PARTY_COLUMNS:
        bind.exec_driver_sql(f"DROP INDEX IF EXISTS ix_{table}_{column}")
        bind.exec_driver_sql(
            f"CREATE INDEX ix_{table}_{column} ON {table} ({column}) WHERE {column} IS NOT NULL"
        )


def downgrade() -> None:
    bind = op.get_bind()
    for table, column in _PARTY_COLUMNS:
        bind.exec_driver_sql(f"DROP INDEX IF EXISTS ix_{table}_{column}")
        bind.exec_driver_sql(f"CREATE INDEX ix_{table}_{column} ON {table} ({column})")
    for name, table in _SORT_KEY_INDEXES:
        bind.exec_driver_sql(f"CREATE INDEX IF NOT EXISTS {name} ON {table} (sort_key)")
