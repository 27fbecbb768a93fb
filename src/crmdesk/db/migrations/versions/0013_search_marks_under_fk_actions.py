"""Search-dirty marks that survive foreign key actions.

Deleting a company row (sync removes records a user may no longer see) sets its contacts'
and deals' ``company_id`` to NULL. SQLite runs that update under the outer statement's
conflict rule, which overrides the triggers' ``INSERT OR IGNORE``: the two update
triggers of a contact both marked it, and the delete failed on ``search_dirty``'s key.
The marks of contacts, companies and deals now also check ``NOT EXISTS``.

Revision ID: 0013
Revises: 0012
Create Date: 2026-11-24 05:15:00
"""

from __future__ import annotations

from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

_EVENTS = (
    ("ins", "INSERT", "NEW"),
    ("upd", "UPDATE", "NEW"),
    ("upd_old", "UPDATE", "OLD"),
    ("del", "DELETE", "OLD"),
)


def _mark(entity: str, id_sql: str, *, guarded: bool) -> str:
    guard = (
        f" WHERE NOT EXISTS (SELECT 1 FROM search_dirty WHERE entity = '{entity}' "
        f"AND entity_id = {id_sql})"
        if guarded
        else ""
    )
    return (
        f"INSERT OR IGNORE INTO search_dirty(entity, entity_id) SELECT '{entity}', {id_sql}{guard};"
    )


def _body(table: str, ref: str, *, guarded: bool) -> str:
    if table == "contacts":
        return _mark("contact", f"{ref}.id", guarded=guarded)
    if table == "opportunities":
        return _mark("opportunity", f"{ref}.id", guarded=guarded)
    return (
        _mark("company", f"{ref}.id", guarded=guarded)
        + " INSERT OR IGNORE INTO search_dirty(entity, entity_id) "
        f"SELECT 'contact', id FROM contacts WHERE company_id = {ref}.id;"
    )


def _recreate(*, guarded: bool) -> None:
    bind = op.get_bind()
    for table in ("contacts", "companies", "opportunities"):
        for suffix, event, ref in _EVENTS:
            name = f"trg_{table}_search_{suffix}"
            bind.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
            bind.exec_driver_sql(
                f"CREATE TRIGGER {name} AFTER {event} ON {table} "
                f"BEGIN {_body(table, ref, guarded=guarded)} END"
            )


def upgrade() -> None:
    _recreate(guarded=True)


def downgrade() -> None:
    _recreate(guarded=False)
