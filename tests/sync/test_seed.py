"""The outbox seeded at the first connection: everything reaches the server once, even through
a killed seed, edits made meanwhile, and a server that goes away mid-upload."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import httpx
import pytest
from sqlalchemy import update
from tests.conftest import PASSPHRASE
from tests.sync.conftest import (
    PASSWORD,
    Laptop,
    MakeLaptop,
    RunningServer,
    assert_equal_to_server,
    local_rows,
    server_rows,
)
from tests.sync.helpers import add_contact, add_note, delete_contact, edit_contact

from crmdesk import contacts, custom_fields, demo, tags
from crmdesk.db.capture import CAPTURED_TABLES
from crmdesk.db.engine import Database
from crmdesk.db.models import Contact
from crmdesk.sync import seed
from crmdesk.sync.client import Offline, SyncClient, SyncError
from crmdesk.vault import Vault

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def offline(tmp_path: Path) -> Iterator[Laptop]:
    """A rep's laptop used on its own (single-user mode) before it ever connects."""
    db = Vault(tmp_path / "alone").init(PASSPHRASE, user_name="somchai", region="TH")
    client = SyncClient(db)
    yield Laptop("alone", db, client)
    client.close()
    db.close()


def _work_alone(db: Database, people: int = 60) -> list[str]:
    """Demo records plus tags, custom values, notes and a trash of 9 deleted contacts."""
    demo.generate(db, contacts=people, seed=5, today=date(2026, 11, 23))
    with db.engine.connect() as conn:
        ids = [str(r[0]) for r in conn.exec_driver_sql("SELECT id FROM contacts ORDER BY id")]
    with db.write() as s:
        owner = s.connection().exec_driver_sql("SELECT id FROM users").scalar()
        tags.add_tags(s, "contact", ids[:5], str(owner), ["VIP"])
        custom_fields.define_field(s, "contact", "shoe_size", "number")
        custom_fields.set_value(s, "contact", ids[0], "shoe_size", "42")
        contacts.delete_contacts(s, ids[-9:])
    add_note(db, ids[1], "Met at the fair")
    return ids


def _retitle(db: Database, contact_id: str, title: str) -> None:
    # A change of one column only (edit_contact also replaces the contact's details).
    with db.write() as s:
        s.execute(update(Contact).where(Contact.id == contact_id).values(title=title))


def _outbox(db: Database) -> int:
    with db.engine.connect() as conn:
        return int(conn.exec_driver_sql("SELECT count(*) FROM outbox").scalar() or 0)


def _connect(laptop: Laptop, server: RunningServer, user: str) -> list[tuple[int, int]]:
    seen: list[tuple[int, int]] = []
    laptop.sync.connect(
        server.url,
        user,
        PASSWORD,
        fingerprint=server.fingerprint,
        progress=lambda done, total: seen.append((done, total)),
    )
    return seen


def _same_records(a: Laptop, b: Laptop) -> None:
    mine, theirs = local_rows(a.db), local_rows(b.db)
    assert set(mine) == set(theirs)
    assert mine == theirs


def test_seed_order_covers_every_synced_table_parents_first(offline: Laptop) -> None:
    assert sorted(seed.SEED_ORDER) == sorted(CAPTURED_TABLES)
    position = {t: i for i, t in enumerate(seed.SEED_ORDER)}
    with offline.db.engine.connect() as conn:
        for table in seed.SEED_ORDER:
            for fk in conn.exec_driver_sql(f"PRAGMA foreign_key_list({table})"):
                assert position[fk[2]] < position[table], f"{table} before {fk[2]}"


def test_first_connection_seeds_every_record_and_another_laptop_receives_them(
    server: RunningServer, offline: Laptop, make_laptop: MakeLaptop
) -> None:
    server.add_user("rep_a", "rep")
    _work_alone(offline.db)
    assert _outbox(offline.db) == 0
    seen = _connect(offline, server, "rep_a")
    rows = local_rows(offline.db)
    assert seen and seen[-1] == (len(rows), len(rows))
    result = offline.sync.sync_once()
    with offline.db.engine.connect() as conn:
        parked = conn.exec_driver_sql("SELECT entity, op, reason FROM sync_parked").all()
    assert (result.parked, result.conflicts) == (0, 0), parked
    assert offline.sync.status().pending == 0
    assert_equal_to_server(offline, server.store)
    other = make_laptop(server, "second", user="rep_a")
    other.sync.sync_once()
    _same_records(offline, other)
    # Work after connecting is captured as before.
    cid = add_contact(offline.db, "After Connecting", "after@example.com")
    offline.sync.sync_once()
    other.sync.sync_once()
    assert ("contacts", cid) in local_rows(other.db)


_KILL_MID_SEED = """
import json, os, sys
from pathlib import Path
from crmdesk.sync import seed
from crmdesk.vault import Vault
seed.CHUNK_ROWS = 20
db = Vault(Path(sys.argv[1])).unlock(sys.argv[2])
contacts = seed.SEED_ORDER.index("contacts")

def crash(done, total):
    with db.engine.connect() as conn:
        state = json.loads(conn.exec_driver_sql(
            "SELECT value FROM local_meta WHERE key = 'outbox_seed'").scalar())
    if state["table"] == contacts and state["after"]:
        os._exit(9)  # killed half-way through the contacts: no cleanup of any kind

seed.seed_outbox(db, crash)
"""


def test_a_seed_killed_half_way_resumes_with_edits_made_meanwhile(
    sqlite_server: RunningServer, offline: Laptop, make_laptop: MakeLaptop
) -> None:
    server = sqlite_server
    server.add_user("rep_a", "rep")
    ids = _work_alone(offline.db)
    folder = offline.db.path.parent
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(_KILL_MID_SEED), str(folder), PASSPHRASE],
        env=env,
        check=False,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 9, done.stderr
    with offline.db.engine.connect() as conn:
        state = json.loads(
            conn.exec_driver_sql(
                "SELECT value FROM local_meta WHERE key = 'outbox_seed'"
            ).scalar_one()
        )
        seeded = {
            r[0]
            for r in conn.exec_driver_sql("SELECT row_id FROM outbox WHERE entity = 'contacts'")
        }
    assert state["table"] == seed.SEED_ORDER.index("contacts")
    live = [i for i in ids[:-9] if i != ids[1]]
    early = next(i for i in live if i in seeded)
    late = [i for i in live if i not in seeded]
    assert len(late) >= 2
    # The user goes on working before connecting again: all of it is captured now.
    edit_contact(offline.db, early, title="Edited After Seeding")
    edit_contact(offline.db, late[0], title="Edited Before Seeding")
    delete_contact(offline.db, late[1])
    with offline.db.write() as s:  # activities come after contacts: none seeded yet
        conn = s.connection()
        gone, kept = conn.exec_driver_sql(
            "SELECT id FROM activities WHERE id NOT IN (SELECT entity_id FROM notes) "
            "AND id NOT IN (SELECT entity_id FROM record_tags) ORDER BY id LIMIT 2"
        ).scalars()
        conn.exec_driver_sql("UPDATE activities SET regarding = 'Moved' WHERE id = ?", (kept,))
        conn.exec_driver_sql("DELETE FROM activities WHERE id = ?", (gone,))
    new = add_contact(offline.db, "Made Meanwhile", "meanwhile@example.com")
    _connect(offline, server, "rep_a")  # the seed resumes and completes
    result = offline.sync.sync_once()
    with offline.db.engine.connect() as conn:
        parked = conn.exec_driver_sql("SELECT entity, op, reason FROM sync_parked").all()
    assert (result.parked, result.conflicts) == (0, 0), parked
    assert offline.sync.status().pending == 0
    assert_equal_to_server(offline, server.store)
    stored = server_rows(server.store)
    assert stored[("contacts", early)]["title"] == "Edited After Seeding"
    assert stored[("contacts", late[0])]["title"] == "Edited Before Seeding"
    assert stored[("contacts", late[1])]["deleted_at"] is not None
    assert ("activities", gone) not in stored
    assert stored[("activities", kept)]["regarding"] == "Moved"
    other = make_laptop(server, "second", user="rep_a")
    other.sync.sync_once()
    _same_records(offline, other)
    assert ("contacts", new) in local_rows(other.db)


def test_server_going_away_mid_upload_loses_and_duplicates_nothing(
    sqlite_server: RunningServer, offline: Laptop, make_laptop: MakeLaptop
) -> None:
    server = sqlite_server
    server.add_user("rep_a", "rep")
    ids = _work_alone(offline.db)
    _connect(offline, server, "rep_a")
    total = _outbox(offline.db)
    offline.sync.batch_limit = 200
    answered: list[int] = []

    def server_goes_away(response: httpx.Response) -> None:
        if response.request.url.path == "/v1/upload":
            answered.append(response.status_code)
            if len(answered) == 2:
                response.read()
                server.stop()

    offline.sync._transport_for()._http.event_hooks["response"].append(server_goes_away)
    with pytest.raises(Offline):
        offline.sync.sync_once()
    assert answered == [200, 200]
    assert 0 < _outbox(offline.db) < total
    _retitle(offline.db, ids[2], "Edited While Offline")
    server.start()
    offline.sync.close()  # a new connection to the restarted server
    result = offline.sync.sync_once()
    with offline.db.engine.connect() as conn:
        parked = conn.exec_driver_sql("SELECT entity, op, reason FROM sync_parked").all()
    assert (result.parked, result.conflicts) == (0, 0), parked
    assert offline.sync.status().pending == 0
    assert_equal_to_server(offline, server.store)
    assert server_rows(server.store)[("contacts", ids[2])]["title"] == "Edited While Offline"
    other = make_laptop(server, "second", user="rep_a")
    other.sync.sync_once()
    _same_records(offline, other)


def test_seeded_transactions_stay_small_and_hold_at_most_ten_deleted_customers(
    offline: Laptop, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(seed, "TX_ROWS", 40)
    monkeypatch.setattr(seed, "CHUNK_ROWS", 90)
    ids = _work_alone(offline.db)
    with offline.db.write() as s:
        contacts.delete_contacts(s, ids[:25])  # 34 in the trash now
    added = seed.seed_outbox(offline.db)
    with offline.db.engine.connect() as conn:
        groups = conn.exec_driver_sql(
            "SELECT o.tx_id, count(*), sum(c.deleted_at IS NOT NULL), min(o.entity), "
            "max(o.entity) FROM outbox o LEFT JOIN contacts c "
            "ON o.entity = 'contacts' AND c.id = o.row_id GROUP BY o.tx_id"
        ).all()
        counters = [r[0] for r in conn.exec_driver_sql("SELECT counter FROM outbox ORDER BY 1")]
    assert added == sum(n for _, n, _, _, _ in groups) == len(local_rows(offline.db))
    assert max(n for _, n, _, _, _ in groups) <= 40
    assert max(deleted for _, _, deleted, _, _ in groups) == 10
    assert all(first == last for _, _, _, first, last in groups), "one table a transaction"
    assert counters == list(range(counters[0], counters[0] + added))


def test_a_connect_whose_seed_a_busy_database_stopped_is_finished_by_the_next_sync(
    sqlite_server: RunningServer, offline: Laptop, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(seed, "CHUNK_ROWS", 100)
    sqlite_server.add_user("rep_a", "rep")
    _work_alone(offline.db, people=20)
    held = [offline.db.engine.connect() for _ in range(4)]  # the pool's connections
    for conn in held:
        conn.exec_driver_sql("PRAGMA busy_timeout = 50")
        conn.close()
    other = Vault(offline.db.path.parent).unlock(PASSPHRASE)  # the app, busy writing
    blocker = other.raw_connection()

    def app_starts_a_long_write(done: int, total: int) -> None:
        if not blocker.in_transaction:
            blocker.execute("BEGIN IMMEDIATE")

    try:
        with pytest.raises(SyncError, match="Nothing is lost"):
            offline.sync.connect(
                sqlite_server.url,
                "rep_a",
                PASSWORD,
                fingerprint=sqlite_server.fingerprint,
                progress=app_starts_a_long_write,
            )
        blocker.rollback()
    finally:
        blocker.close()
        other.close()
    assert 0 < _outbox(offline.db) < len(local_rows(offline.db))
    result = offline.sync.sync_once()  # finishes the seed first, then uploads
    assert result.uploaded == len(local_rows(offline.db))
    assert result.parked == 0
    assert_equal_to_server(offline, sqlite_server.store)
