"""Records leaving and entering a user's view: reassignment, team changes, the directory."""

from __future__ import annotations

from tests.sync.conftest import MakeLaptop, RunningServer, local_rows, server_rows
from tests.sync.helpers import add_contact, add_note, edit_contact, field

from crmdesk import activities, team
from crmdesk.db.engine import Database
from crmdesk.sync import audit, auth, parked


def _office(server: RunningServer) -> dict[str, str]:
    """dora (director) → mali and niran (managers) → rep_a, rep_b under mali; rep_c under niran."""
    ids = {"dora": server.add_user("dora", "director")}
    ids["mali"] = server.add_user("mali", "manager", manager="dora")
    ids["niran"] = server.add_user("niran", "manager", manager="dora")
    ids["rep_a"] = server.add_user("rep_a", "rep", manager="mali")
    ids["rep_b"] = server.add_user("rep_b", "rep", manager="mali")
    ids["rep_c"] = server.add_user("rep_c", "rep", manager="niran")
    return ids


def _customer(db: Database, name: str) -> dict[str, str]:
    """A contact with an email, a note and a call: the tree that must move together."""
    cid = add_contact(db, name, email=f"{name.split(maxsplit=1)[0].lower()}@example.com")
    note = add_note(db, cid, f"history of {name}")
    with db.write() as s:
        call = activities.schedule(
            s, activities.ActivityDraft(kind="call", regarding="follow up", contact_id=cid)
        ).id
    return {"contact": cid, "note": note, "call": call}


def _tree_keys(db: Database, tree: dict[str, str]) -> set[tuple[str, str]]:
    wanted = {tree["contact"], tree["note"], tree["call"]}
    rows = local_rows(db)
    return {
        key
        for key, row in rows.items()
        if key[1] in wanted or row.get("contact_id") == tree["contact"]
    }


def _outbox(db: Database) -> int:
    with db.engine.connect() as conn:
        return int(conn.exec_driver_sql("SELECT count(*) FROM outbox").scalar() or 0)


def _reassign(db: Database, contact_id: str, to: str) -> int:
    with db.write() as s:
        return team.reassign(s, "contact", [contact_id], to)


def test_reassignment_removes_the_tree_from_a_and_gives_it_whole_to_b(
    server: RunningServer, make_laptop: MakeLaptop
) -> None:
    ids = _office(server)
    a, b, mali = (make_laptop(server, n) for n in ("rep_a", "rep_b", "mali"))
    tree = _customer(a.db, "Anong Customer")
    a.sync.sync_once()
    b.sync.sync_once()  # B's cursor is now past the tree's last change
    mali.sync.sync_once()
    whole = _tree_keys(a.db, tree)
    assert len(whole) == 4  # contact, email, note, call
    assert _tree_keys(mali.db, tree) == whole

    assert _reassign(mali.db, tree["contact"], ids["rep_b"]) == 4
    mali.sync.sync_once()
    a.sync.sync_once()
    b.sync.sync_once()

    assert _tree_keys(a.db, tree) == set()
    assert _outbox(a.db) == 0  # the removal was applied, not captured as A's delete
    assert _tree_keys(b.db, tree) == whole
    assert field(b.db, "notes", tree["note"], "owner_id") == ids["rep_b"]
    assert _tree_keys(mali.db, tree) == whole  # the manager over both never loses it
    assert server_rows(server.store)[("contacts", tree["contact"])]["owner_id"] == ids["rep_b"]
    with server.store.read() as conn:
        moved = [e for e in audit.entries(conn) if e.action == "reassignment"]
    assert [(e.user_name, e.row_id, e.detail) for e in moved] == [
        ("mali", tree["contact"], "reassigned from rep_a to rep_b")
    ]


def test_pending_offline_edit_to_a_reassigned_record_is_parked_as_forbidden(
    server: RunningServer, make_laptop: MakeLaptop
) -> None:
    ids = _office(server)
    a, mali = make_laptop(server, "rep_a"), make_laptop(server, "mali")
    tree = _customer(a.db, "Busaba Customer")
    a.sync.sync_once()
    mali.sync.sync_once()
    edit_contact(a.db, tree["contact"], title="Edited offline")  # A is offline meanwhile
    _reassign(mali.db, tree["contact"], ids["rep_b"])
    mali.sync.sync_once()

    result = a.sync.sync_once()

    with a.db.read() as s:
        items = {p.row_id: p for p in parked.parked_changes(s)}
    assert result.parked == len(items) >= 1  # the edit (and its transaction's other rows)
    edit = items[tree["contact"]]
    assert (edit.status, edit.fields["title"]) == ("forbidden", "Edited offline")
    assert edit.reason == "You may not change this record."
    assert _tree_keys(a.db, tree) == set()
    assert server_rows(server.store)[("contacts", tree["contact"])]["title"] is None
    with server.store.read() as conn:
        entries = audit.entries(conn)
    refused = {e.row_id for e in entries if e.action == "refused_change"}
    assert tree["contact"] in refused
    assert refused <= set(items)  # the contact's edit and the email rows saved with it
    # A's laptop asking for the record to undo its edit is not logged as a probe.
    assert [e for e in entries if e.action == "forbidden_read"] == []


def test_a_to_b_and_back_within_one_interval_ends_right_on_all_three_laptops(
    server: RunningServer, make_laptop: MakeLaptop
) -> None:
    ids = _office(server)
    a, b, mali = (make_laptop(server, n) for n in ("rep_a", "rep_b", "mali"))
    tree = _customer(a.db, "Chai Customer")
    for laptop in (a, b, mali):
        laptop.sync.sync_once()
    whole = _tree_keys(a.db, tree)
    _reassign(mali.db, tree["contact"], ids["rep_b"])
    mali.sync.sync_once()
    _reassign(mali.db, tree["contact"], ids["rep_a"])
    mali.sync.sync_once()
    a.sync.sync_once()
    b.sync.sync_once()
    assert _tree_keys(a.db, tree) == whole
    assert field(a.db, "contacts", tree["contact"], "owner_id") == ids["rep_a"]
    assert _tree_keys(b.db, tree) == set()
    assert _tree_keys(mali.db, tree) == whole
    # And B, who synced in between, loses it again.
    _reassign(mali.db, tree["contact"], ids["rep_b"])
    mali.sync.sync_once()
    b.sync.sync_once()
    assert _tree_keys(b.db, tree) == whole
    _reassign(mali.db, tree["contact"], ids["rep_a"])
    mali.sync.sync_once()
    a.sync.sync_once()
    b.sync.sync_once()
    assert _tree_keys(b.db, tree) == set()
    assert _tree_keys(a.db, tree) == whole


def test_a_manager_who_loses_a_team_has_its_records_removed_and_the_new_one_gets_them_all(
    server: RunningServer, make_laptop: MakeLaptop
) -> None:
    _office(server)
    a, mali, niran = (make_laptop(server, n) for n in ("rep_a", "mali", "niran"))
    tree = _customer(a.db, "Duang Customer")
    for laptop in (a, mali, niran):
        laptop.sync.sync_once()
    whole = _tree_keys(a.db, tree)
    assert _tree_keys(mali.db, tree) == whole
    assert _tree_keys(niran.db, tree) == set()
    with server.store.write() as conn:
        auth.change_user(conn, "rep_a", manager="niran")
    mali.sync.sync_once()
    niran.sync.sync_once()
    assert _tree_keys(mali.db, tree) == set()
    assert _outbox(mali.db) == 0
    assert _tree_keys(niran.db, tree) == whole  # older than niran's cursors, still arrives
    # Back again: mali regains the team in full.
    with server.store.write() as conn:
        auth.change_user(conn, "rep_a", manager="mali")
    mali.sync.sync_once()
    niran.sync.sync_once()
    assert _tree_keys(mali.db, tree) == whole
    assert _tree_keys(niran.db, tree) == set()


def test_the_directory_and_rights_arrive_with_the_sync(
    server: RunningServer, make_laptop: MakeLaptop
) -> None:
    ids = _office(server)
    a, mali = make_laptop(server, "rep_a"), make_laptop(server, "mali")
    a.sync.sync_once()
    mali.sync.sync_once()
    with a.db.read() as s:
        assert team.current_user(s) == team.Person(ids["rep_a"], "rep_a", "rep", ids["mali"])
        assert team.rights(s) == frozenset()
        assert [p.name for p in team.directory(s)] == ["rep_a"]
        assert team.team_ids(s) == {ids["rep_a"]}
    with mali.db.read() as s:
        assert team.rights(s) == {"export", "bulk_delete", "reassign", "team_dashboard"}
        assert [p.name for p in team.directory(s)] == ["mali", "rep_a", "rep_b"]
        assert team.team_ids(s) == {ids["mali"], ids["rep_a"], ids["rep_b"]}


def test_purging_tombstones_prunes_old_moves_and_a_laptop_behind_them_still_loses_the_record(
    server: RunningServer, make_laptop: MakeLaptop
) -> None:
    from sqlalchemy import func, select

    from crmdesk.sync import server as srv
    from crmdesk.sync import store as sst

    ids = _office(server)
    a, mali = make_laptop(server, "rep_a"), make_laptop(server, "mali")
    tree = _customer(a.db, "Fah Customer")
    gone = add_contact(a.db, "Deleted Customer")
    a.sync.sync_once()
    mali.sync.sync_once()
    _reassign(mali.db, tree["contact"], ids["rep_b"])
    with mali.db.write() as s:
        from crmdesk import contacts

        contacts.delete_contact(s, gone)
    mali.sync.sync_once()
    assert srv.purge_tombstones(server.store, server.clock() + 1000) >= 1
    with server.store.read() as conn:
        assert conn.execute(select(func.count()).select_from(sst.moves)).scalar() == 0
    result = a.sync.sync_once()
    assert result.full_resync
    assert _tree_keys(a.db, tree) == set()
    assert field(a.db, "contacts", gone, "id") is None


def test_a_reps_work_from_before_connecting_is_uploaded_not_refused(
    server: RunningServer, tmp_path: object
) -> None:
    from pathlib import Path

    from tests.conftest import PASSPHRASE
    from tests.sync.conftest import PASSWORD

    from crmdesk.sync.client import SyncClient
    from crmdesk.vault import Vault

    server.add_user("rep_a", "rep")
    assert isinstance(tmp_path, Path)
    db = Vault(tmp_path / "alone-first").init(PASSPHRASE, user_name="somchai", region="TH")
    client = SyncClient(db)
    try:
        tree = _customer(db, "Before Connecting")  # single-user mode: owned by the local user
        client.connect(server.url, "rep_a", PASSWORD, fingerprint=server.fingerprint)
        result = client.sync_once()
        assert result.parked == 0
        assert len(_tree_keys(db, tree)) == 4
        stored = server_rows(server.store)
        assert stored[("contacts", tree["contact"])]["display_name"] == "Before Connecting"
        assert stored[("notes", tree["note"])]["owner_id"] == field(db, "users", _me(db), "id")
    finally:
        client.close()
        db.close()


def _me(db: Database) -> str:
    with db.read() as s:
        return team.current_user(s).id
