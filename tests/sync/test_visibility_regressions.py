"""Plain regression tests for visibility misses the property test found (issue 7).

Each test replays, step by step, a sequence that once left a laptop without a record its
user may see, over the real TLS server with real encrypted laptops.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from sqlalchemy import event, insert, select
from tests.sync.conftest import MakeLaptop, RunningServer, local_rows, server_rows
from tests.sync.helpers import add_contact, add_note

from crmdesk import team
from crmdesk.sync import auth, sharing
from crmdesk.sync import store as st


@pytest.mark.parametrize("page_limit", [5000, 1])
def test_a_manager_keeps_a_record_shared_into_his_team_when_its_owner_leaves_the_team(
    sqlite_server: RunningServer, make_laptop: MakeLaptop, page_limit: int
) -> None:
    """rep_a's contact is shared with rep_c; both reps are niran's. rep_a moves to mali's
    team, so niran's laptop drops rep_a's bucket, but niran still sees the contact through
    rep_c's share: it must stay on (or come back to) his laptop.

    Found by tests/sync/test_visibility_property.py (hypothesis seed 1): the laptop deleted
    every row owned by the dropped bucket, and the contact never came again because niran's
    cursor for rep_c was already past the share. The contact's note follows the share as
    well (sync/trees.py), so it comes back with it. With pages of one row, the page that
    drops the bucket still carries both (they are not cut at the limit).
    """
    server = sqlite_server
    server.add_user("dora", "director")
    server.add_user("mali", "manager", manager="dora")
    server.add_user("niran", "manager", manager="dora")
    server.add_user("rep_a", "rep", manager="niran")
    rep_c = server.add_user("rep_c", "rep", manager="niran")
    a, niran = make_laptop(server, "rep_a"), make_laptop(server, "niran")

    shared = add_contact(a.db, "Somchai", "somchai@example.com")
    note = add_note(a.db, shared, "met at the fair")
    kept = add_contact(a.db, "Lin Mei", "lin@example.com")
    a.sync.sync_once()
    assert sharing.share(a.sync, "contact", shared, rep_c) is True
    niran.sync.sync_once()
    assert {("contacts", shared), ("contacts", kept), ("notes", note)} <= set(local_rows(niran.db))

    with server.store.write() as conn:
        auth.change_user(conn, "rep_a", manager="mali")
    niran.sync.page_limit = page_limit
    niran.sync.sync_once()

    mine = local_rows(niran.db)
    assert ("contacts", shared) in mine  # still visible through rep_c's share
    theirs = server_rows(server.store)[("contacts", shared)]
    assert mine[("contacts", shared)] == {k: theirs.get(k) for k in mine[("contacts", shared)]}
    assert ("notes", note) in mine  # a share reaches the record's children too
    assert ("contacts", kept) not in mine  # rep_a's own bucket is gone from his view


def test_a_record_committed_while_a_page_is_built_is_not_skipped(
    server: RunningServer, make_laptop: MakeLaptop
) -> None:
    """A page is built from several statements (a bucket's records, its shares, its moves).
    An upload committing between them must not push the cursor past a record the page did
    not carry: on PostgreSQL's READ COMMITTED the moves query saw a move the records query
    had not seen the record before, the cursor went past both, and the record never came.
    """
    server.add_user("dora", "director")
    dora = make_laptop(server, "dora")
    first = add_contact(dora.db, "Somchai")
    dora.sync.sync_once()
    r = st.records.c
    with server.store.read() as conn:
        bucket, data = conn.execute(
            select(r.bucket, r.data).where(r.entity == "contacts", r.row_id == first)
        ).one()
    late = "e" * 32
    written: list[bool] = []

    def upload_meanwhile(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        if written or "FROM records" not in statement or "records.seq >" not in statement:
            return
        written.append(True)  # after the bucket's records were read: a record, then a move
        with server.store.write() as other:
            last = st.lock_sequence(other)
            row = {**json.loads(data), "id": late, "display_name": "Lin Mei"}
            other.execute(
                insert(st.records).values(
                    entity="contacts",
                    row_id=late,
                    bucket=bucket,
                    seq=last + 1,
                    data=json.dumps(row),
                    meta="{}",
                    gone=False,
                )
            )
            other.execute(
                insert(st.moves).values(
                    seq=last + 2,
                    entity="contacts",
                    row_id="d" * 32,
                    from_bucket=bucket,
                    to_bucket="elsewhere",
                )
            )
            st.store_sequence(other, last + 2)

    event.listen(server.store.engine, "after_cursor_execute", upload_meanwhile)
    try:
        dora.sync.sync_once()
    finally:
        event.remove(server.store.engine, "after_cursor_execute", upload_meanwhile)
    assert written
    dora.sync.sync_once()
    assert ("contacts", late) in local_rows(dora.db)


def test_a_deleted_detail_of_a_shared_customer_goes_when_the_customer_is_reassigned(
    sqlite_server: RunningServer, make_laptop: MakeLaptop
) -> None:
    """rep_d's contact is shared with rep_a (niran's). mali edits it, which replaces its
    email (the old one is hard-deleted), and gives it to rep_b in the same round. The
    deleted email stayed in rep_d's bucket (a deleted child did not follow its customer), so
    it left the shared tree and niran's laptop never heard of the delete.

    Found by the visibility property test (seed 42, 60 examples). A deleted child now
    follows its customer's reassignment on the server like a live one (merge.py).
    """
    server = sqlite_server
    server.add_user("dora", "director")
    server.add_user("mali", "manager", manager="dora")
    server.add_user("niran", "manager", manager="dora")
    rep_a = server.add_user("rep_a", "rep", manager="niran")
    rep_b = server.add_user("rep_b", "rep", manager="mali")
    server.add_user("rep_d", "rep", manager="mali")
    d, mali, niran = (make_laptop(server, n) for n in ("rep_d", "mali", "niran"))
    shared = add_contact(d.db, "Somchai", "old@example.com")
    d.sync.sync_once()
    assert sharing.share(d.sync, "contact", shared, rep_a) is True
    niran.sync.sync_once()
    emails = {k for k in local_rows(niran.db) if k[0] == "emails"}
    assert emails

    mali.sync.sync_once()
    with mali.db.write() as s:
        s.connection().exec_driver_sql("DELETE FROM emails WHERE contact_id = ?", (shared,))
        team.reassign(s, "contact", [shared], rep_b)
    mali.sync.sync_once()
    niran.sync.sync_once()

    assert ("contacts", shared) in local_rows(niran.db)  # still shared with rep_a
    assert not emails & set(local_rows(niran.db))  # the deleted email is gone there too


def test_a_shared_contacts_notes_all_arrive_through_pages_smaller_than_the_tree(
    sqlite_server: RunningServer, make_laptop: MakeLaptop
) -> None:
    """Every record a share reaches that has not changed since sits at the share's seq in
    the receiver's stream. A page cut between them moved the cursor to that position, so
    the rest of the tree never came (pages of two: the contact and one note of four)."""
    server = sqlite_server
    server.add_user("rep_a", "rep")
    rep_b = server.add_user("rep_b", "rep")
    a, b = make_laptop(server, "rep_a"), make_laptop(server, "rep_b")
    shared = add_contact(a.db, "Somchai")
    notes = [add_note(a.db, shared, f"note {i}") for i in range(4)]
    a.sync.sync_once()
    b.sync.sync_once()
    assert sharing.share(a.sync, "contact", shared, rep_b) is True

    b.sync.page_limit = 2
    b.sync.sync_once()

    mine = local_rows(b.db)
    assert ("contacts", shared) in mine
    assert [("notes", n) in mine for n in notes] == [True] * 4


@pytest.mark.parametrize("team", [True, False])
def test_a_share_stopped_before_the_receiver_leaves_the_team_goes_from_the_laptop(
    sqlite_server: RunningServer, make_laptop: MakeLaptop, team: bool
) -> None:
    """rep_a's contact is shared with niran's team (or with rep_d, whose bucket niran sees);
    the share stops, then rep_d moves to mali's team before the laptop that held the contact
    through the share syncs again: rep_d's (out of niran's team) or niran's (rep_d's bucket
    out of his sight).

    Found by tests/sync/test_visibility_property.py once it shared with teams: the laptop
    no longer downloads the bucket the share went into, so it never got the stop's removals
    from that bucket's stream, and dropping the bucket only removed what is still shared
    into it: the contact and its note stayed for good.
    """
    server = sqlite_server
    server.add_user("dora", "director")
    server.add_user("mali", "manager", manager="dora")
    server.add_user("niran", "manager", manager="dora")
    server.add_user("rep_a", "rep", manager="mali")
    rep_d = server.add_user("rep_d", "rep", manager="niran")
    a = make_laptop(server, "rep_a")
    holder = make_laptop(server, "rep_d" if team else "niran")
    shared = add_contact(a.db, "Somchai", "somchai@example.com")
    note = add_note(a.db, shared, "met at the fair")
    a.sync.sync_once()
    to = "niran" if team else rep_d
    assert sharing.share(a.sync, "contact", shared, to, team=team) is True
    holder.sync.sync_once()
    assert {("contacts", shared), ("notes", note)} <= set(local_rows(holder.db))

    assert sharing.share(a.sync, "contact", shared, to, team=team, stop=True) is True
    with server.store.write() as conn:
        auth.change_user(conn, "rep_d", manager="mali")
    holder.sync.sync_once()

    mine = local_rows(holder.db)
    assert ("contacts", shared) not in mine
    assert ("notes", note) not in mine
