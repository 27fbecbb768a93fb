"""The search index's insert marks can be paused on a connection, and only there.

An import writes its new contacts' documents itself and pauses the marks
(``CrmConnection.search_marks``, migration 0014); every other write still marks.
"""

from __future__ import annotations

from typing import Any

from crmdesk import contacts, search
from crmdesk.db import migrate
from crmdesk.db.set_capture import raw_connection
from crmdesk.records import ContactDraft, LabeledValue
from crmdesk.vault import Vault

from .conftest import PASSPHRASE
from .test_hard_delete_search import _triggers


def _marks(conn: Any) -> list[tuple[str, str]]:
    return list(conn.exec_driver_sql("SELECT entity, entity_id FROM search_dirty").all())


def test_paused_marks_leave_none_and_come_back_at_commit(vault: Vault) -> None:
    db = vault.unlock(PASSPHRASE)
    try:
        with db.write() as s:
            conn = s.connection()
            raw = raw_connection(conn)
            raw.search_marks = False
            conn.exec_driver_sql(
                "INSERT INTO contacts(id, display_name, owner_id, created_at, updated_at) "
                "VALUES ('c1', 'Paused', 'o', '2026-01-01', '2026-01-01')"
            )
            conn.exec_driver_sql(
                "INSERT INTO emails(id, contact_id, owner_id, address, position) "
                "VALUES ('e1', 'c1', 'o', 'p@example.th', 0)"
            )
            assert _marks(conn) == []
            s.rollback()
        with db.write() as s:
            assert raw_connection(s.connection()).search_marks is True
            added = contacts.add_contact(
                s, ContactDraft(display_name="Marked", emails=(LabeledValue("m@example.th"),))
            )
        with db.read() as s:
            assert [h.id for h in search.search(s, "m@example")] == [added.id]
    finally:
        db.close()


def test_migration_0014_pauses_only_the_insert_marks(vault: Vault) -> None:
    db = vault.unlock(PASSPHRASE)
    try:
        with db.engine.connect() as conn:
            fresh = _triggers(conn)
            migrate.downgrade(conn, "0013")
            old = _triggers(conn)
            migrate.upgrade_to_head(conn)
        paused = {n for n, sql in fresh.items() if "WHEN crm_search_marks()" in sql}
        assert paused == {
            f"trg_{t}_search_ins"
            for t in ("contacts", "companies", "emails", "phones", "addresses", "notes")
        } | {"trg_record_tags_search_ins"}
        for name, sql in fresh.items():
            # The same bodies: only the WHEN clause is new.
            assert sql.replace(" WHEN crm_search_marks()", "") == old[name]
    finally:
        db.close()
