"""Per-bucket checksums: a laptop that drifted from the server notices and refetches the bucket."""

from __future__ import annotations

from typing import Any

from sqlalchemy import event, insert, update
from tests.sync.conftest import MakeLaptop, RunningServer, assert_equal_to_server
from tests.sync.helpers import add_contact, edit_contact, field

from crmdesk.db.engine import Database
from crmdesk.sync import drift, local_state
from crmdesk.sync import store as st
from crmdesk.sync.apply import applying


def _behind_the_servers_back(db: Database, sql: str, *args: object) -> None:
    """Change the laptop without change capture: what a lost page or a bad restore leaves."""
    with applying(db) as conn:
        conn.exec_driver_sql(sql, args)


def _make_due(db: Database) -> None:
    with applying(db) as conn:
        local_state.put(conn, "checksums_checked_at", "0")


def test_a_missing_row_and_a_missed_update_are_found_and_repaired(
    server: RunningServer, make_laptop: MakeLaptop
) -> None:
    server.add_user("rep_a", "rep")
    a, a2 = make_laptop(server, "rep_a"), make_laptop(server, "rep_a2", user="rep_a")
    lost = add_contact(a.db, "Lost Customer", email="lost@example.com")
    stale = add_contact(a.db, "Stale Customer")
    a.sync.sync_once()
    a2.sync.sync_once()
    edit_contact(a2.db, stale, title="Newer title")
    a2.sync.sync_once()
    a.sync.sync_once()
    assert field(a.db, "contacts", stale, "title") == "Newer title"
    _behind_the_servers_back(a.db, "DELETE FROM contacts WHERE id = ?", lost)
    _behind_the_servers_back(a.db, "UPDATE contacts SET title = 'Old title' WHERE id = ?", stale)
    _behind_the_servers_back(
        a.db, "UPDATE sync_rows SET server_seq = server_seq - 1 WHERE row_id = ?", stale
    )
    a.sync.sync_once()  # checked an hour ago at most: not yet
    assert field(a.db, "contacts", lost, "id") is None

    _make_due(a.db)
    a.sync.sync_once()  # finds the drift, forgets the bucket
    a.sync.sync_once()  # and fetches it whole again
    assert field(a.db, "contacts", lost, "display_name") == "Lost Customer"
    assert field(a.db, "contacts", stale, "title") == "Newer title"
    assert_equal_to_server(a, server.store)
    with a.db.engine.connect() as conn:
        assert drift.drifted(drift.local_sums(conn), _server_sums(a)) == []


def _server_sums(laptop: object) -> dict[str, object]:
    client = laptop.sync  # type: ignore[attr-defined]
    hs = client.call("/v1/handshake", {"protocol": 1})
    try:
        return dict(client.call("/v1/checksums", {"session_id": hs["session_id"]})["checksums"])
    finally:
        client.call("/v1/end", {"session_id": hs["session_id"]})


def test_a_laptop_in_step_with_the_server_refetches_nothing(
    server: RunningServer, make_laptop: MakeLaptop
) -> None:
    server.add_user("rep_a", "rep")
    a = make_laptop(server, "rep_a")
    add_contact(a.db, "Steady Customer", email="steady@example.com")
    a.sync.sync_once()
    _make_due(a.db)
    hs = a.sync.call("/v1/handshake", {"protocol": 1})
    try:
        assert drift.check(a.sync, hs["session_id"], force=True) == []
    finally:
        a.sync.call("/v1/end", {"session_id": hs["session_id"]})
    with a.db.engine.connect() as conn:
        assert not drift.due(conn)  # checked just now


def test_a_row_the_server_never_had_survives_a_repair(
    server: RunningServer, make_laptop: MakeLaptop
) -> None:
    server.add_user("rep_a", "rep")
    a = make_laptop(server, "rep_a")
    kept = add_contact(a.db, "Synced Customer")
    a.sync.sync_once()
    orphan = add_contact(a.db, "Local Only")
    _behind_the_servers_back(a.db, "DELETE FROM outbox")  # as if capture had been off
    _behind_the_servers_back(a.db, "DELETE FROM sync_rows WHERE row_id = ?", kept)
    _make_due(a.db)
    a.sync.sync_once()
    a.sync.sync_once()
    assert field(a.db, "contacts", orphan, "display_name") == "Local Only"
    assert field(a.db, "contacts", kept, "display_name") == "Synced Customer"


def test_checksums_are_read_from_one_snapshot_while_an_upload_commits(
    server: RunningServer, make_laptop: MakeLaptop
) -> None:
    """A record moving between two buckets while the server sums them is counted in one of
    them, never both (PostgreSQL's READ COMMITTED would see the move between statements)."""
    server.add_user("dora", "director")
    dora = make_laptop(server, "dora")
    first, last, row = "aaa-first", "zzz-last", "f" * 32
    fillers = [f"m{i:03d}" for i in range(500)]  # so the two buckets are summed apart
    r = st.records.c
    with server.store.write() as conn:
        conn.execute(
            insert(st.buckets), [{"name": b, "high_seq": 1} for b in [first, last, *fillers]]
        )
        conn.execute(
            insert(st.records).values(
                entity="contacts",
                row_id=row,
                bucket=first,
                seq=10**6,
                data="{}",
                meta="{}",
                gone=False,
            )
        )
    moved: list[bool] = []

    def upload_meanwhile(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        if moved or "sum(records.seq)" not in statement:
            return
        moved.append(True)  # after the first bucket's sums, a reassignment commits
        with server.store.write() as other:
            other.execute(
                update(st.records).where(r.row_id == row).values(bucket=last, seq=10**6 + 1)
            )

    event.listen(server.store.engine, "after_cursor_execute", upload_meanwhile)
    try:
        sums = _server_sums(dora)
    finally:
        event.remove(server.store.engine, "after_cursor_execute", upload_meanwhile)
    assert moved
    before, after = ([1, 10**6], [0, 0]), ([0, 0], [1, 10**6 + 1])
    assert (sums[first], sums[last]) in (before, after)
