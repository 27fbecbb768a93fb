"""The outbox: every write path records its changes, old and new values, in the same transaction.

These tests exercise the triggers, so their databases capture (``enable_capture``) as a
connected one does; tests/db/test_capture_flag.py covers a database that never connected.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from sqlalchemy import delete, select, update

from crmdesk import contacts
from crmdesk.db.capture import WireFields, captured_columns, enable_capture
from crmdesk.db.engine import Database
from crmdesk.db.models import Contact, Email, Outbox
from crmdesk.records import ContactDraft, LabeledValue
from crmdesk.vault import Vault

from .conftest import PASSPHRASE


@dataclass(frozen=True)
class Change:
    counter: int
    tx_id: str
    entity: str
    row_id: str
    op: str
    fields: dict[str, list[Any]]  # as sync uploads it: {column: [old, new]}
    hlc: int
    device_id: str
    stored: dict[str, Any]  # as the outbox keeps it


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    vault = Vault(tmp_path_factory.mktemp("capture") / "data")
    database = vault.init(PASSPHRASE, user_name="tester", region="TH")
    enable_capture(database)
    yield database
    database.close()


def _last_counter(db: Database) -> int:
    with db.read() as s:
        return int(s.scalar(select(Outbox.counter).order_by(Outbox.counter.desc()).limit(1)) or 0)


def _changes_since(db: Database, counter: int) -> list[Change]:
    with db.read() as s:
        wire = WireFields(s.connection())
        rows = s.scalars(select(Outbox).where(Outbox.counter > counter).order_by(Outbox.counter))
        return [
            Change(
                r.counter,
                r.tx_id,
                r.entity,
                r.row_id,
                r.op,
                wire(r.entity, r.row_id, r.op, r.fields),
                r.hlc,
                r.device_id,
                json.loads(r.fields),
            )
            for r in rows
        ]


def captured_columns_of(db: Database, table: str) -> list[str]:
    with db.engine.connect() as conn:
        return captured_columns(conn, table)


def _owner(db: Database) -> str:
    from crmdesk import local_settings

    with db.read() as s:
        return local_settings.local_user_id(s)


def test_orm_insert_records_every_column_as_new(db: Database) -> None:
    mark = _last_counter(db)
    with db.write() as s:
        row = Contact(display_name="Olga Outbox", title="CTO", owner_id=_owner(db))
        s.add(row)
    changes = _changes_since(db, mark)
    assert [(c.entity, c.op, c.row_id) for c in changes] == [("contacts", "insert", row.id)]
    fields = changes[0].fields
    assert fields["display_name"] == [None, "Olga Outbox"]
    assert fields["title"] == [None, "CTO"]
    assert fields["deleted_at"] == [None, None]
    assert fields["id"] == [None, row.id]
    assert "sort_key" not in fields  # generated columns are derived, never synced


def test_insert_is_stored_compactly_without_nulls_id_or_device(db: Database) -> None:
    mark = _last_counter(db)
    with db.write() as s:
        row = Contact(display_name="Cora Compact", owner_id=_owner(db))
        s.add(row)
    (change,) = _changes_since(db, mark)
    assert change.stored["display_name"] == "Cora Compact"
    # NULL columns, the id (it is row_id) and the device (local_meta) are not repeated.
    assert "title" not in change.stored and "deleted_at" not in change.stored
    assert "id" not in change.stored
    assert change.device_id == ""
    assert change.fields["title"] == [None, None]
    assert set(change.fields) == {c for c in captured_columns_of(db, "contacts")}, (
        "the upload form names every captured column"
    )


def test_orm_edit_records_only_changed_fields_with_old_and_new(db: Database) -> None:
    with db.write() as s:
        row = Contact(display_name="Eddie Edit", title="Intern", owner_id=_owner(db))
        s.add(row)
    mark = _last_counter(db)
    with db.write() as s:
        s.get(Contact, row.id).title = "Manager"  # type: ignore[union-attr]
    (change,) = _changes_since(db, mark)
    assert change.op == "update" and change.row_id == row.id
    assert change.fields["title"] == ["Intern", "Manager"]
    assert set(change.fields) == {"title", "updated_at"}


def test_update_that_changes_nothing_records_nothing(db: Database) -> None:
    with db.write() as s:
        row = Contact(display_name="Stella Same", owner_id=_owner(db))
        s.add(row)
    mark = _last_counter(db)
    raw = db.raw_connection()
    raw.execute("UPDATE contacts SET display_name = display_name WHERE id = ?", (row.id,))
    raw.commit()
    raw.close()
    assert _changes_since(db, mark) == []


def test_orm_delete_records_the_old_values(db: Database) -> None:
    with db.write() as s:
        cid = contacts.add_contact(
            s, ContactDraft("Della Delete", emails=(LabeledValue("della@example.com"),))
        ).id
        email = s.scalar(select(Email).where(Email.contact_id == cid))
        assert email is not None
    mark = _last_counter(db)
    with db.write() as s:
        s.delete(s.get(Email, email.id))
    (change,) = _changes_since(db, mark)
    assert (change.entity, change.op, change.row_id) == ("emails", "delete", email.id)
    assert change.fields["address"] == ["della@example.com", None]
    assert change.fields["contact_id"] == [cid, None]


def test_bulk_update_and_delete_statements_are_captured(db: Database) -> None:
    with db.write() as s:
        ids = [
            contacts.add_contact(
                s, ContactDraft(f"Bulk {i}", emails=(LabeledValue(f"bulk{i}@example.com"),))
            ).id
            for i in range(3)
        ]
    mark = _last_counter(db)
    with db.write() as s:
        s.execute(
            update(Contact)
            .where(Contact.id.in_(ids))
            .values(source="trade fair")
            .execution_options(synchronize_session=False)
        )
        s.execute(delete(Email).where(Email.contact_id.in_(ids[:2])))
    changes = _changes_since(db, mark)
    updates = [c for c in changes if c.op == "update"]
    deletes = [c for c in changes if c.op == "delete"]
    assert sorted(c.row_id for c in updates) == sorted(ids)
    assert all(c.fields["source"] == [None, "trade fair"] for c in updates)
    assert all(set(c.fields) == {"source", "updated_at"} for c in updates)
    assert sorted(c.fields["contact_id"][0] for c in deletes) == sorted(ids[:2])
    assert len({c.tx_id for c in changes}) == 1


def test_raw_sql_on_a_raw_connection_is_captured(db: Database) -> None:
    mark = _last_counter(db)
    raw = db.raw_connection()
    raw.execute("BEGIN")
    raw.execute(
        "INSERT INTO contacts(id, owner_id, created_at, updated_at, display_name) "
        "VALUES ('rawcontact000000000000000000001', ?, '2026-01-01T00:00:00.000000+00:00', "
        "'2026-01-01T00:00:00.000000+00:00', 'Raw Ruth')",
        (_owner(db),),
    )
    raw.execute("UPDATE contacts SET title = 'CFO' WHERE id = 'rawcontact000000000000000000001'")
    raw.execute("DELETE FROM contacts WHERE id = 'rawcontact000000000000000000001'")
    raw.commit()
    raw.close()
    changes = _changes_since(db, mark)
    assert [c.op for c in changes] == ["insert", "update", "delete"]
    assert changes[1].fields == {"title": [None, "CFO"]}
    assert changes[2].fields["title"] == ["CFO", None]
    assert len({c.tx_id for c in changes}) == 1


def test_rolled_back_transactions_leave_no_outbox_rows(db: Database) -> None:
    mark = _last_counter(db)
    with pytest.raises(RuntimeError), db.write() as s:
        contacts.add_contact(s, ContactDraft("Rolf Rollback"))
        s.flush()
        raise RuntimeError("user cancelled")
    raw = db.raw_connection()
    raw.execute("BEGIN")
    raw.execute("UPDATE contacts SET title = 'Never' WHERE display_name = 'Olga Outbox'")
    raw.rollback()
    raw.close()
    assert _changes_since(db, mark) == []
    with db.read() as s:
        assert s.scalar(select(Contact.id).where(Contact.display_name == "Rolf Rollback")) is None


def test_clock_counter_and_transaction_ids(db: Database) -> None:
    mark = _last_counter(db)
    for i in range(3):
        with db.write() as s:
            contacts.add_contact(
                s, ContactDraft(f"Tess Tx {i}", emails=(LabeledValue(f"tx{i}@example.com"),))
            )
    changes = _changes_since(db, mark)
    assert len(changes) >= 6
    counters = [c.counter for c in changes]
    hlcs = [c.hlc for c in changes]
    assert counters == sorted(set(counters))
    assert hlcs == sorted(set(hlcs)), "the clock must strictly increase"
    per_tx: dict[str, list[str]] = {}
    for c in changes:
        per_tx.setdefault(c.tx_id, []).append(c.entity)
    assert len(per_tx) == 3
    assert all({"contacts", "emails"} <= set(entities) for entities in per_tx.values())


def test_clock_keeps_increasing_after_reopening(tmp_path: Any) -> None:
    vault = Vault(tmp_path / "data")
    db = vault.init(PASSPHRASE, user_name="t", region="TH")
    enable_capture(db)
    with db.write() as s:
        contacts.add_contact(s, ContactDraft("Before"))
    last = max(c.hlc for c in _changes_since(db, 0))
    db.close()
    db = vault.unlock(PASSPHRASE)
    try:
        mark = _last_counter(db)
        with db.write() as s:
            contacts.add_contact(s, ContactDraft("After"))
        assert min(c.hlc for c in _changes_since(db, mark)) > last
    finally:
        db.close()


def test_capture_switched_off_writes_nothing(db: Database) -> None:
    mark = _last_counter(db)
    raw = db.raw_connection()
    raw.capture = False  # as while migrating or applying changes from the server
    raw.execute("UPDATE contacts SET source = 'from server' WHERE display_name = 'Olga Outbox'")
    raw.commit()
    raw.close()
    assert _changes_since(db, mark) == []


def test_contact_web_addresses_are_captured_but_photos_stay_on_the_device(db: Database) -> None:
    from crmdesk.db.models import ContactPhoto, ContactUrl

    with db.write() as s:
        contact = contacts.add_contact(s, ContactDraft("Web Person"))
    before = _last_counter(db)
    with db.write() as s:
        s.add(ContactUrl(contact_id=contact.id, owner_id=contact.owner_id, url="https://a.example"))
        s.add(
            ContactPhoto(
                contact_id=contact.id,
                owner_id=contact.owner_id,
                mime="image/png",
                data=b"\x89PNG\r\n\x1a\n",
            )
        )
    changes = _changes_since(db, before)
    assert [(c.entity, c.op) for c in changes] == [("contact_urls", "insert")]
    assert changes[0].fields["url"] == [None, "https://a.example"]


def test_migration_0008_compacts_old_inserts_and_uploads_the_same(tmp_path: Any) -> None:
    from crmdesk.db import migrate

    vault = Vault(tmp_path / "data")
    db = vault.init(PASSPHRASE, user_name="t", region="TH")
    enable_capture(db)
    with db.write() as s:
        contacts.add_contact(
            s, ContactDraft("Olaf Old", title="CEO", emails=(LabeledValue("o@example.com"),))
        )
        # A connected database: migration 0010 keeps its outbox.
        s.connection().exec_driver_sql(
            "INSERT INTO sync_state(key, value) VALUES ('server_url', 'https://office:8443')"
        )
    before = _changes_since(db, 0)
    with db.engine.connect() as conn:
        migrate.downgrade(conn, "0007")
    old = _changes_since(db, 0)
    # Before 0008 an insert held [null, value] for every column, the id and the device.
    inserts = [c for c in old if c.op == "insert"]
    assert inserts and all(c.stored["id"] == [None, c.row_id] for c in inserts)
    assert all(c.device_id == db.device_id for c in old)
    db.close()
    db = vault.unlock(PASSPHRASE)  # upgrades to head: 0008 compacts the rows
    try:
        after = _changes_since(db, 0)
        assert [c.fields for c in after] == [c.fields for c in before]
        assert all("id" not in c.stored for c in after if c.op == "insert")
    finally:
        db.close()
