"""Search-dirty marks on insert can be paused on a connection (``crm_search_marks()``).

An import writes each new contact's search document itself, with its rows; the marks the
insert triggers of contacts, their emails, phones, addresses, notes and tags made were
deleted again at once (a mark, a probe a row and a delete: about 4 us a contact). The
insert triggers now run only when ``crm_search_marks()`` is true, which it is unless the
import pauses it on its connection (``CrmConnection.search_marks``). Bodies are frozen
copies of what 0002, 0005 and 0013 left.

Revision ID: 0014
Revises: 0013
Create Date: 2026-11-24 08:00:00
"""

from __future__ import annotations

from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def _guarded(entity: str, id_sql: str) -> str:
    return (
        f"INSERT OR IGNORE INTO search_dirty(entity, entity_id) SELECT '{entity}', {id_sql} "
        f"WHERE NOT EXISTS (SELECT 1 FROM search_dirty WHERE entity = '{entity}' "
        f"AND entity_id = {id_sql});"
    )


_PARTY = (
    "INSERT OR IGNORE INTO search_dirty(entity, entity_id) "
    "SELECT 'contact', NEW.contact_id WHERE NEW.contact_id IS NOT NULL; "
    "INSERT OR IGNORE INTO search_dirty(entity, entity_id) "
    "SELECT 'company', NEW.company_id WHERE NEW.company_id IS NOT NULL;"
)
_ENTITY = "INSERT OR IGNORE INTO search_dirty(entity, entity_id) SELECT NEW.entity, NEW.entity_id;"
_BODIES = {
    "contacts": _guarded("contact", "NEW.id"),
    "companies": _guarded("company", "NEW.id")
    + " INSERT OR IGNORE INTO search_dirty(entity, entity_id) "
    "SELECT 'contact', id FROM contacts WHERE company_id = NEW.id;",
    "emails": _PARTY,
    "phones": _PARTY,
    "addresses": _PARTY,
    "notes": _ENTITY,
    "record_tags": _ENTITY,
}


def _recreate(when: str) -> None:
    bind = op.get_bind()
    for table, body in _BODIES.items():
        name = f"trg_{table}_search_ins"
        bind.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
        bind.exec_driver_sql(
            f"CREATE TRIGGER {name} AFTER INSERT ON {table}{when} BEGIN {body} END"
        )


def upgrade() -> None:
    _recreate(" WHEN crm_search_marks()")


def downgrade() -> None:
    _recreate("")
