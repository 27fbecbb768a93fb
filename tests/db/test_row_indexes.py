"""Migration 0011: fewer index entries a row, and every query still finds its index."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event

from crmdesk import companies, contacts, duplicates
from crmdesk.db import migrate
from crmdesk.db.engine import Database
from crmdesk.records import CompanyDraft, ContactDraft, LabeledValue
from crmdesk.vault import Vault

from .conftest import PASSPHRASE

_PARTY_TABLES = ("emails", "phones", "addresses")


def _indexes(db: Database) -> dict[str, str]:
    with db.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
        )
        return {name: sql for name, sql in rows}


def _plan(db: Database, sql: str, params: Any = ()) -> str:
    with db.engine.connect() as conn:
        rows = conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}", params).all()
    return "\n".join(str(r[-1]) for r in rows)


@contextmanager
def _statements(db: Database) -> Iterator[list[tuple[str, Any]]]:
    """The SELECTs run on ``db`` inside the block, with their parameters."""
    seen: list[tuple[str, Any]] = []

    def record(conn: Any, cursor: Any, statement: str, params: Any, *_: Any) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            seen.append((statement, params))

    event.listen(db.engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(db.engine, "before_cursor_execute", record)


def _owner(db: Database) -> str:
    with db.engine.connect() as conn:
        return str(conn.exec_driver_sql("SELECT id FROM users LIMIT 1").scalar_one())


def _filled(vault: Vault) -> tuple[Database, str, str]:
    """A database with a company and a contact, each with an email, phone and address."""
    db = vault.unlock(PASSPHRASE)
    with db.write() as s:
        company = companies.add_company(
            s,
            CompanyDraft(
                "Siam Widgets",
                emails=(LabeledValue("office@siam.example"),),
                phones=(LabeledValue("+66 2 123 4567"),),
            ),
        ).id
        contact = contacts.add_contact(
            s,
            ContactDraft(
                "สมชาย ใจดี",
                company_id=company,
                emails=(LabeledValue("somchai@siam.example"),),
                phones=(LabeledValue("+66 81 234 5678"),),
            ),
        ).id
    return db, company, contact


def test_no_plain_company_sort_key_index_and_party_indexes_skip_nulls(vault: Vault) -> None:
    db = vault.unlock(PASSPHRASE)
    try:
        indexes = _indexes(db)
    finally:
        db.close()
    assert "ix_companies_sort_key" not in indexes
    assert "ix_contacts_sort_key" in indexes  # the duplicate check needs it (see below)
    for table in _PARTY_TABLES:
        for column in ("contact_id", "company_id"):
            assert indexes[f"ix_{table}_{column}"].endswith(f"WHERE {column} IS NOT NULL")


def test_contact_list_and_export_pages_by_name_use_the_live_sort_index(vault: Vault) -> None:
    db, _company, _contact = _filled(vault)
    try:
        with _statements(db) as seen, db.read() as s:
            contacts.list_contact_ids(s, sort="name")
            contacts.list_contact_ids(s, sort="name", descending=True)
            companies.list_companies(s)
            companies.find_or_create(s, "Siam Widgets", owner_id=_owner(db))
        plans = [_plan(db, sql, params) for sql, params in seen if "sort_key" in sql]
    finally:
        db.close()
    assert len(plans) >= 4
    for plan in plans:
        assert "ix_contacts_live_sort" in plan or "ix_companies_live_sort" in plan, plan
        assert "SCAN contacts\n" not in plan + "\n" and "SCAN companies\n" not in plan + "\n"


def test_the_duplicate_check_of_a_thai_name_reads_indexes_only(vault: Vault) -> None:
    # It ORs the name's forms with a range of names (Thai and Chinese are written with or
    # without spaces) and keeps deleted_at IS NULL outside the OR: SQLite can only serve
    # that OR with the full sort-key index. Without it every live contact was read.
    db, _company, contact = _filled(vault)
    try:
        with _statements(db) as seen, db.read() as s:
            hits = duplicates.matches_for(s, "สมชาย ใจดี")
        plans = [_plan(db, sql, params) for sql, params in seen if "sort_key" in sql]
    finally:
        db.close()
    assert [h.contact_id for h in hits] == [contact]
    assert plans
    for plan in plans:
        assert "SCAN contacts" not in plan, plan


def test_children_are_found_by_their_party_through_the_partial_indexes(vault: Vault) -> None:
    db, company, contact = _filled(vault)
    try:
        for table in _PARTY_TABLES:
            for column, party in (("contact_id", contact), ("company_id", company)):
                plan = _plan(db, f"SELECT * FROM {table} WHERE {column} = ?", (party,))
                assert f"ix_{table}_{column}" in plan, plan
                plan = _plan(db, f"SELECT * FROM {table} WHERE {column} IN (?, ?)", (party, "x"))
                assert f"ix_{table}_{column}" in plan, plan
        with db.read() as s:
            record = contacts.get_contact(s, contact)
            firm = companies.get_company(s, company)
        assert [e.value for e in record.emails] == ["somchai@siam.example"]
        assert [e.value for e in firm.emails] == ["office@siam.example"]
    finally:
        db.close()


def test_deleting_a_party_finds_its_children_through_the_partial_indexes(vault: Vault) -> None:
    db, company, contact = _filled(vault)
    try:
        # The foreign keys' ON DELETE lookups: a scan here would read every child row.
        plan = _plan(db, "DELETE FROM companies WHERE id = ?", (company,))
        for table in _PARTY_TABLES:
            assert f"USING COVERING INDEX ix_{table}_company_id" in plan, plan
        plan = _plan(db, "DELETE FROM contacts WHERE id = ?", (contact,))
        for table in _PARTY_TABLES:
            assert f"USING COVERING INDEX ix_{table}_contact_id" in plan, plan
        with db.engine.begin() as conn:
            conn.exec_driver_sql("DELETE FROM contacts WHERE id = ?", (contact,))
            conn.exec_driver_sql("DELETE FROM companies WHERE id = ?", (company,))
            left = {
                table: conn.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar_one()
                for table in _PARTY_TABLES
            }
        assert left == dict.fromkeys(_PARTY_TABLES, 0)
    finally:
        db.close()


def test_downgrade_and_upgrade_keep_every_child_row(vault: Vault) -> None:
    db, company, contact = _filled(vault)
    count = "SELECT count(*) FROM emails WHERE contact_id = ? OR company_id = ?"
    try:
        with db.engine.connect() as conn:
            before = conn.exec_driver_sql(count, (contact, company)).scalar_one()
            migrate.downgrade(conn, "0010")
            old = {
                name: sql
                for name, sql in conn.exec_driver_sql(
                    "SELECT name, sql FROM sqlite_master WHERE type = 'index'"
                )
            }
            migrate.upgrade_to_head(conn)
            after = conn.exec_driver_sql(count, (contact, company)).scalar_one()
        assert "ix_contacts_sort_key" in old and "ix_companies_sort_key" in old
        assert "WHERE" not in old["ix_emails_company_id"]
        assert before == after == 2
        assert "ix_companies_sort_key" not in _indexes(db)
    finally:
        db.close()
