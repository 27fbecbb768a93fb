"""Schema migrations: an old database is upgraded on open, and migrations write no outbox rows."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from crmdesk import contacts, search
from crmdesk.db import migrate
from crmdesk.db.engine import Database
from crmdesk.records import ContactDraft, LabeledValue
from crmdesk.vault import Vault

from .conftest import PASSPHRASE

_TRIGGERS = "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'trg_%_out_%'"


def _outbox_count(db: Database) -> int:
    with db.engine.connect() as conn:
        return int(conn.exec_driver_sql("SELECT count(*) FROM outbox").scalar_one())


def _downgrade_to_first(vault: Vault) -> None:
    """Turn the vault's database into one created by the first release (schema 0001)."""
    db = vault.unlock(PASSPHRASE)
    with db.write() as s:
        contacts.add_contact(s, ContactDraft("Ursula Upgrade"))
    with db.engine.connect() as conn:
        migrate.downgrade(conn, "0001")
    with db.engine.connect() as conn:
        assert migrate.current_revision(conn) == "0001"
        tables = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master")}
    assert "search_docs" not in tables
    # A record written by the old version, while its capture triggers were in place.
    raw = db.raw_connection()
    raw.execute("BEGIN")
    raw.execute(
        "INSERT INTO contacts(id, owner_id, created_at, updated_at, display_name) "
        "SELECT 'oldversioncontact00000000000001', owner_id, created_at, updated_at, '李老版' "
        "FROM contacts LIMIT 1"
    )
    raw.commit()
    raw.close()
    db.close()


def test_old_database_is_upgraded_when_opened(vault: Vault) -> None:
    _downgrade_to_first(vault)
    db = vault.unlock(PASSPHRASE)
    try:
        with db.engine.connect() as conn:
            assert migrate.current_revision(conn) == migrate.head_revision()
        with db.read() as s:
            # The search index built by the upgrade covers records the old version wrote.
            assert [h.title for h in search.search(s, "老版")] == ["李老版"]
            assert [h.title for h in search.search(s, "ursula")] == ["Ursula Upgrade"]
    finally:
        db.close()


def test_migrations_write_nothing_to_the_outbox(vault: Vault) -> None:
    _downgrade_to_first(vault)
    raw_key = vault.raw_key(PASSPHRASE)
    db = Database(vault.db_path, raw_key, migrate=False)
    with db.engine.begin() as conn:  # a database that captures (connected to a server)
        conn.exec_driver_sql("INSERT INTO local_meta(key, value) VALUES ('capture', '1')")
    before = _outbox_count(db)
    db.close()
    db = Database(vault.db_path, raw_key)  # upgrades 0001 -> head, rebuilding the search index
    try:
        with db.engine.connect() as conn:
            assert migrate.current_revision(conn) == migrate.head_revision()
        assert _outbox_count(db) == before
        # Capture is back on for ordinary work after the migration.
        with db.write() as s:
            contacts.add_contact(s, ContactDraft("After Upgrade"))
        assert _outbox_count(db) > before
    finally:
        db.close()


def test_downgrade_and_upgrade_round_trip_keeps_capture_triggers(vault: Vault) -> None:
    db = vault.unlock(PASSPHRASE)
    try:
        with db.engine.connect() as conn:
            triggers_before = {r[0] for r in conn.exec_driver_sql(_TRIGGERS)}
            migrate.downgrade(conn, "0001")
            migrate.upgrade_to_head(conn)
            triggers_after = {r[0] for r in conn.exec_driver_sql(_TRIGGERS)}
        assert triggers_before and triggers_after == triggers_before
    finally:
        db.close()


DATA_MIGRATION = '''"""A test migration that rewrites data in captured tables."""

from alembic import op

revision = "9999"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("UPDATE contacts SET source = 'migrated' WHERE source IS NULL")
    op.execute("DELETE FROM emails")


def downgrade() -> None:
    pass
'''


def test_a_migration_that_rewrites_records_writes_no_outbox_rows(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = vault.unlock(PASSPHRASE)
    with db.write() as s:
        contacts.add_contact(
            s, ContactDraft("Mia Migrate", emails=(LabeledValue("mia@example.com"),))
        )
    before = _outbox_count(db)
    head = migrate.head_revision()
    db.close()
    scripts = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS, scripts)
    (scripts / "versions" / "9999_touch_data.py").write_text(
        DATA_MIGRATION.format(head=head), encoding="utf-8"
    )
    monkeypatch.setattr(migrate, "MIGRATIONS", scripts)
    db = vault.unlock(PASSPHRASE)
    try:
        with db.engine.connect() as conn:
            assert migrate.current_revision(conn) == "9999"
            assert conn.exec_driver_sql("SELECT count(*) FROM emails").scalar_one() == 0
            sources = {r[0] for r in conn.exec_driver_sql("SELECT source FROM contacts")}
        assert sources == {"migrated"}
        assert _outbox_count(db) == before
    finally:
        db.close()
