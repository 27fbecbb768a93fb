"""The bulk-delete right over time: a role without it cannot split a bulk delete into many
small transactions (issue 7); the server counts what it accepted in a rolling window."""

from __future__ import annotations

from pathlib import Path

from tests.sync.conftest import PASSPHRASE, PASSWORD, MakeLaptop, RunningServer, server_rows
from tests.sync.helpers import add_contact, delete_contact, field

from crmdesk import contacts
from crmdesk.sync import audit, delete_window, parked
from crmdesk.sync.client import SyncClient
from crmdesk.vault import Vault

MINUTE_MS = 60_000


def _office(server: RunningServer) -> None:
    server.add_user("dora", "director")
    server.add_user("mali", "manager", manager="dora")
    server.add_user("rep_a", "rep", manager="mali")


def _refused(server: RunningServer) -> list[audit.AuditEntry]:
    with server.store.read() as conn:
        return [e for e in audit.entries(conn) if e.action == "refused_change"]


def test_a_reps_eleventh_single_delete_within_the_window_is_refused_until_it_passes(
    server: RunningServer, make_laptop: MakeLaptop
) -> None:
    _office(server)
    a = make_laptop(server, "rep_a")
    mine = [add_contact(a.db, f"Customer {i}") for i in range(12)]
    a.sync.sync_once()
    for cid in mine[:10]:  # ten deletes, each its own transaction and upload: allowed
        delete_contact(a.db, cid)
        assert a.sync.sync_once().parked == 0
    server.clock.offset_ms = 9 * MINUTE_MS  # still inside the ten minutes

    delete_contact(a.db, mine[10])
    assert a.sync.sync_once().parked == 1

    with a.db.read() as s:
        [item] = parked.parked_changes(s)
    refusal = delete_window.Limit().refusal
    assert (item.row_id, item.status, item.reason) == (mine[10], "forbidden", refusal)
    assert field(a.db, "contacts", mine[10], "deleted_at") is None  # undone on the laptop
    assert server_rows(server.store)[("contacts", mine[10])]["deleted_at"] is None
    refused = _refused(server)
    assert [(e.user_name, e.row_id) for e in refused] == [("rep_a", mine[10])]
    assert "bulk delete of 11 records within 10 minutes" in refused[0].detail
    # The first ten deletes are out of the window: a delete passes again.
    server.clock.offset_ms = 11 * MINUTE_MS
    delete_contact(a.db, mine[11])
    assert a.sync.sync_once().parked == 0
    assert server_rows(server.store)[("contacts", mine[11])]["deleted_at"] is not None


def test_a_directors_many_single_deletes_pass(
    server: RunningServer, make_laptop: MakeLaptop
) -> None:
    _office(server)
    dora = make_laptop(server, "dora")
    theirs = [add_contact(dora.db, f"Lead {i}") for i in range(12)]
    dora.sync.sync_once()
    for cid in theirs:
        delete_contact(dora.db, cid)
        assert dora.sync.sync_once().parked == 0
    rows = server_rows(server.store)
    assert all(rows[("contacts", cid)]["deleted_at"] is not None for cid in theirs)
    assert _refused(server) == []


def test_the_offices_own_limit_applies(server: RunningServer, make_laptop: MakeLaptop) -> None:
    _office(server)
    with server.store.write() as conn:
        delete_window.set_limit(conn, 2, 60)
    a = make_laptop(server, "rep_a")
    mine = [add_contact(a.db, f"Customer {i}") for i in range(3)]
    a.sync.sync_once()
    for cid in mine[:2]:
        delete_contact(a.db, cid)
        assert a.sync.sync_once().parked == 0
    server.clock.offset_ms = 30 * MINUTE_MS
    delete_contact(a.db, mine[2])
    assert a.sync.sync_once().parked == 1
    with a.db.read() as s:
        [item] = parked.parked_changes(s)
    assert item.reason == (
        "Your role does not allow deleting more than 2 records within 60 minutes; "
        "try again later or ask your manager."
    )


def test_a_trash_from_before_connecting_is_no_bulk_delete(
    server: RunningServer, make_laptop: MakeLaptop, tmp_path: Path
) -> None:
    # A rep who worked alone and emptied 15 customers into the trash connects: the
    # records reach the server already deleted, which deletes nothing the office had.
    _office(server)
    db = Vault(tmp_path / "alone").init(PASSPHRASE, user_name="rep_a", region="TH")
    client = SyncClient(db)
    try:
        ids = [add_contact(db, f"Old customer {i}") for i in range(15)]
        with db.write() as s:
            contacts.delete_contacts(s, ids)
        client.connect(server.url, "rep_a", PASSWORD, fingerprint=server.fingerprint)
        assert client.sync_once().parked == 0
        on_server = server_rows(server.store)
        assert all(on_server[("contacts", cid)]["deleted_at"] is not None for cid in ids)
        assert _refused(server) == []
        # Deletes of customers the office has still count: eleven single ones are refused.
        live = [add_contact(db, f"Customer {i}") for i in range(11)]
        client.sync_once()
        parked_now = 0
        for cid in live:
            delete_contact(db, cid)
            parked_now += client.sync_once().parked
        assert parked_now == 1
    finally:
        client.close()
        db.close()
