"""Run the Alembic migrations on an open connection, with change capture switched off."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config() -> Config:
    """The Alembic configuration pointing at crmdesk's migration scripts."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    """The newest schema revision this version of crmdesk knows."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(conn: Any) -> str | None:
    """The schema revision of the open database (None when empty)."""
    return MigrationContext.configure(conn).get_current_revision()


def upgrade_to_head(conn: Any, target: str = "head") -> None:
    """Upgrade the schema (an SQLAlchemy Connection) to ``target``; a no-op when current."""
    if target == "head" and current_revision(conn) == head_revision():
        return
    raw = conn.connection.dbapi_connection
    raw.capture = False
    try:
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, target)
        conn.commit()
    finally:
        raw.capture = True


def downgrade(conn: Any, target: str) -> None:
    """Downgrade the schema to ``target`` (used by tests of the upgrade path)."""
    raw = conn.connection.dbapi_connection
    raw.capture = False
    try:
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, target)
        conn.commit()
    finally:
        raw.capture = True
