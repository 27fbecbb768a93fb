"""No outbox before the first connection: the capture flag, its reach, the clock, migration 0010."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from sqlalchemy import update

from crmdesk import contacts
from crmdesk.db import migrate
from crmdesk.db.capture import enable_capture, set_capture_flag
from crmdesk.db.engine import Database
from crmdesk.db.models import Contact
from crmdesk.hlc import pack
from crmdesk.records import ContactDraft, LabeledValue
from crmdesk.vault import Vault

from .conftest import PASSPHRASE


def _outbox(db: Database) -> int:
    with db.engine.connect() as conn:
        return int(conn.exec_driver_sql("SELECT count(*) FROM outbox").scalar() or 0)


def _meta(db: Database, key: str) -> str | None:
    with db.engine.connect() as conn:
        value = conn.exec_driver_sql("SELECT value FROM local_meta WHERE key = ?", (key,)).scalar()
    return None if value is None else str(value)


def _add(db: Database, name: str) -> str:
    with db.write() as s:
        draft = ContactDraft(
            name, emails=(LabeledValue(f"{name.lower().replace(' ', '.')}@example.com"),)
        )
        return contacts.add_contact(s, draft).id


def test_a_database_never_connected_writes_no_outbox_rows(vault: Vault) -> None:
    db = vault.unlock(PASSPHRASE)
    try:
        assert _outbox(db) == 0
        cid = _add(db, "Alone")  # service
        with db.write() as s:  # ORM bulk statement
            s.execute(update(Contact).where(Contact.id == cid).values(title="Owner"))
        raw = db.raw_connection()  # raw SQL on a connection of its own
        try:
            raw.execute("BEGIN")
            raw.execute("UPDATE contacts SET source = 'fair' WHERE id = ?", (cid,))
            raw.execute("DELETE FROM emails WHERE contact_id = ?", (cid,))
            assert raw.capture is False
            raw.commit()
        finally:
            raw.close()
        assert _outbox(db) == 0
        assert _meta(db, "capture") is None
    finally:
        db.close()


def test_capture_turned_on_reaches_connections_opened_before(vault: Vault) -> None:
    first = vault.unlock(PASSPHRASE)
    other = vault.unlock(PASSPHRASE)  # another window or process on the same file
    try:
        _add(first, "Warm Up")  # pooled connections have read the flag: off
        _add(other, "Warm Up Too")
        assert _outbox(first) == 0
        enable_capture(other)
        _add(first, "After")
        with first.engine.connect() as conn:
            entities = [r[0] for r in conn.exec_driver_sql("SELECT entity FROM outbox")]
        assert sorted(entities) == ["contacts", "emails"]
    finally:
        other.close()
        first.close()


def test_turning_capture_on_in_a_rolled_back_transaction_leaves_it_off(vault: Vault) -> None:
    db = vault.unlock(PASSPHRASE)
    try:
        with pytest.raises(RuntimeError), db.write() as s:
            set_capture_flag(s.connection())
            raise RuntimeError("cancelled")
        for _ in range(3):  # whichever pooled connection the next write takes
            _add(db, "Still Alone")
        assert _outbox(db) == 0
        assert _meta(db, "capture") is None
    finally:
        db.close()


def test_clock_never_goes_backwards_when_sync_emptied_the_outbox(vault: Vault) -> None:
    db = vault.unlock(PASSPHRASE)
    enable_capture(db)
    # The laptop saw an office server whose clock runs an hour ahead of its own.
    db.clock.observe(pack(time.time_ns() // 1_000_000 + 3_600_000))
    _add(db, "Ahead")
    with db.engine.connect() as conn:
        sent = [tuple(r) for r in conn.exec_driver_sql("SELECT change_id, hlc FROM outbox")]
    with db.engine.begin() as conn:  # as sync does once the server acknowledged them
        conn.exec_driver_sql("DELETE FROM outbox WHERE change_id = ?", [(c,) for c, _ in sent])
    db.close()
    db = vault.unlock(PASSPHRASE)
    try:
        assert _outbox(db) == 0
        _add(db, "After Reopening")
        with db.engine.connect() as conn:
            now = conn.exec_driver_sql("SELECT min(hlc) FROM outbox").scalar()
        assert now > max(h for _, h in sent)
    finally:
        db.close()


def _at_0009_with_history(vault: Vault, *, server_url: str | None) -> None:
    """A database as crmdesk left it before 0010: every change in the outbox."""
    db = vault.unlock(PASSPHRASE)
    enable_capture(db)
    _add(db, "History")
    if server_url is not None:
        with db.engine.begin() as conn:
            conn.exec_driver_sql(
                "INSERT INTO sync_state(key, value) VALUES ('server_url', ?)", (server_url,)
            )
    with db.engine.connect() as conn:
        migrate.downgrade(conn, "0009")
    db.close()


def test_migration_keeps_capture_and_the_pending_outbox_of_a_connected_database(
    vault: Vault,
) -> None:
    _at_0009_with_history(vault, server_url="https://office.example:8443")
    db = vault.unlock(PASSPHRASE)  # upgrades to head
    try:
        assert _meta(db, "capture") == "1"
        assert _outbox(db) == 2
        _add(db, "Later")
        assert _outbox(db) == 4
    finally:
        db.close()


def test_migration_empties_the_outbox_of_a_database_never_connected(vault: Vault) -> None:
    _at_0009_with_history(vault, server_url=None)
    db = vault.unlock(PASSPHRASE)
    try:
        assert _meta(db, "capture") is None
        assert _outbox(db) == 0
        assert _meta(db, "hlc_high") is not None  # the clock keeps the history's timestamps
        _add(db, "Later")
        assert _outbox(db) == 0
    finally:
        db.close()


def test_opening_a_fresh_database_keeps_no_outbox(tmp_path: Path) -> None:
    db = Vault(tmp_path / "data").init(PASSPHRASE, user_name="new", region="TH")
    try:
        assert _outbox(db) == 0  # default pipeline stages and the user are not queued
    finally:
        db.close()
