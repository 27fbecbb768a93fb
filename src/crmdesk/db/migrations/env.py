"""Alembic environment: migrate the connection crmdesk hands over, then rebuild capture triggers."""

from __future__ import annotations

from alembic import context

from crmdesk.db.capture import reinstall_triggers
from crmdesk.db.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("crmdesk migrations run only through crmdesk.db.migrate")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    transaction_per_migration=False,
)
with context.begin_transaction():
    context.run_migrations()
    reinstall_triggers(connection)
