"""Hard deletes (sync removing records a user may no longer see) keep the search index right.

Deleting a company row sets its contacts' ``company_id`` to NULL (ON DELETE SET NULL).
The search-dirty triggers of that foreign-key update used to fail with "UNIQUE
constraint failed: search_dirty": SQLite runs a foreign key action under the outer
statement's conflict rule, which overrides the triggers' ``INSERT OR IGNORE``.
"""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from crmdesk import companies, contacts, search
from crmdesk.db import migrate
from crmdesk.db.models import Tag
from crmdesk.records import AddressValue, CompanyDraft, ContactDraft, LabeledValue
from crmdesk.vault import Vault

from .conftest import PASSPHRASE


def test_hard_deleting_a_company_keeps_its_contacts_and_their_search_documents(
    vault: Vault,
) -> None:
    db = vault.unlock(PASSPHRASE)
    try:
        with db.write() as s:
            acme = companies.add_company(s, CompanyDraft(name="Acme Trading"))
            somchai = contacts.add_contact(
                s, ContactDraft(display_name="สมชาย ใจดี", company_id=acme.id)
            )
            mei = contacts.add_contact(s, ContactDraft(display_name="陳美玲", company_id=acme.id))
        with db.write() as s:
            s.connection().exec_driver_sql("DELETE FROM companies WHERE id = ?", (acme.id,))
        with db.read() as s:
            for cid in (somchai.id, mei.id):
                assert contacts.get_contact(s, cid).company_id is None
            assert search.search(s, "acme") == []
            assert [h.id for h in search.search(s, "สมชาย")] == [somchai.id]
            assert [h.id for h in search.search(s, "美玲")] == [mei.id]
    finally:
        db.close()


def test_hard_deleting_a_contact_with_details_and_a_tag_keeps_the_index_right(vault: Vault) -> None:
    db = vault.unlock(PASSPHRASE)
    try:
        with db.write() as s:
            anan = contacts.add_contact(
                s,
                ContactDraft(
                    display_name="Anan Wongsa",
                    emails=(LabeledValue("anan@example.com"), LabeledValue("a@example.org")),
                    phones=(LabeledValue("081 234 5678"), LabeledValue("02 123 4567")),
                    addresses=(AddressValue(city="เชียงใหม่"), AddressValue(city="台北市")),
                    tags=("VIP", "Bangkok"),
                ),
            )
            priya = contacts.add_contact(s, ContactDraft(display_name="Priya", tags=("VIP",)))
            vip = s.scalars(select(Tag.id).where(Tag.name == "VIP")).one()
        with db.write() as s:
            conn = s.connection()
            conn.exec_driver_sql("DELETE FROM contacts WHERE id = ?", (anan.id,))
            conn.exec_driver_sql("DELETE FROM tags WHERE id = ?", (vip,))
        with db.read() as s:
            assert search.search(s, "anan") == []
            assert search.search(s, "เชียงใหม่") == []
            assert search.search(s, "0812345678") == []
            assert search.search(s, "vip") == []
            assert [h.id for h in search.search(s, "priya")] == [priya.id]
    finally:
        db.close()


def _triggers(conn: Any) -> dict[str, str]:
    return dict(
        conn.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%search%'"
        ).all()
    )


def test_migration_0013_gives_an_old_database_the_fresh_database_triggers(vault: Vault) -> None:
    db = vault.unlock(PASSPHRASE)
    try:
        with db.write() as s:
            acme = companies.add_company(s, CompanyDraft(name="Acme Trading"))
            contacts.add_contact(s, ContactDraft(display_name="Somchai", company_id=acme.id))
        with db.engine.connect() as conn:
            fresh = _triggers(conn)
            migrate.downgrade(conn, "0012")
            old = _triggers(conn)
        with db.write() as s, pytest.raises(IntegrityError):
            s.connection().exec_driver_sql("DELETE FROM companies WHERE id = ?", (acme.id,))
        with db.engine.connect() as conn:
            migrate.upgrade_to_head(conn)
            upgraded = _triggers(conn)
        assert "NOT EXISTS" not in old["trg_contacts_search_upd"]
        assert upgraded == fresh
        assert "NOT EXISTS" in upgraded["trg_contacts_search_upd_old"]
        with db.write() as s:
            s.connection().exec_driver_sql("DELETE FROM companies WHERE id = ?", (acme.id,))
        with db.read() as s:
            assert search.search(s, "acme") == []
            assert [h.title for h in search.search(s, "somchai")] == ["Somchai"]
    finally:
        db.close()
