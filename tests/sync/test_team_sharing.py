"""Sharing with a manager's team, and a shared customer's children following the share."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from tests.conftest import PASSPHRASE
from tests.sync.conftest import Laptop, MakeLaptop, RunningServer, local_rows, server_rows
from tests.sync.helpers import add_note

from crmdesk import activities, companies, contacts, notes, opportunities, team
from crmdesk.cli import main as crmdesk_main
from crmdesk.db.engine import Database
from crmdesk.money import Money
from crmdesk.records import CompanyDraft, ContactDraft, LabeledValue
from crmdesk.sync import audit, auth, sharing
from crmdesk.sync.client import ServerRefused


def _office(server: RunningServer) -> dict[str, str]:
    """dora (director) > mali, niran (managers); rep_a, rep_b under mali; rep_c under niran;
    rep_d under nobody yet."""
    ids = {"dora": server.add_user("dora", "director")}
    ids["mali"] = server.add_user("mali", "manager", manager="dora")
    ids["niran"] = server.add_user("niran", "manager", manager="dora")
    ids["rep_a"] = server.add_user("rep_a", "rep", manager="mali")
    ids["rep_b"] = server.add_user("rep_b", "rep", manager="mali")
    ids["rep_c"] = server.add_user("rep_c", "rep", manager="niran")
    ids["rep_d"] = server.add_user("rep_d", "rep")
    return ids


def _customer(db: Database, name: str) -> dict[str, str]:
    """A contact with a phone, a note, a call and a deal, and a note on the deal."""
    with db.write() as s:
        contact = contacts.add_contact(
            s, ContactDraft(display_name=name, phones=(LabeledValue("+66 2 123 4567", "work"),))
        )
    cid = contact.id
    tree = {"contact": cid, "note": add_note(db, cid, f"history of {name}")}
    with db.write() as s:
        tree["call"] = activities.schedule(
            s, activities.ActivityDraft(kind="call", regarding="follow up", contact_id=cid)
        ).id
        tree["deal"] = opportunities.add_opportunity(
            s, opportunities.OpportunityDraft("Big deal", Money(100_000, "THB"), contact_id=cid)
        ).id
    with db.engine.connect() as conn:
        tree["phone"] = str(
            conn.exec_driver_sql("SELECT id FROM phones WHERE contact_id = ?", (cid,)).scalar()
        )
    with db.write() as s:
        tree["deal_note"] = notes.add_note(s, "opportunity", tree["deal"], "terms").id
    return tree


_TABLES = {
    "contact": "contacts",
    "note": "notes",
    "call": "activities",
    "deal": "opportunities",
    "phone": "phones",
    "deal_note": "notes",
}


def _held(laptop: Laptop, tree: dict[str, str]) -> set[str]:
    """Which parts of the tree the laptop holds (by the tree's names)."""
    rows = local_rows(laptop.db)
    return {name for name, row_id in tree.items() if (_TABLES[name], row_id) in rows}


def _move(server: RunningServer, name: str, manager: str | None) -> None:
    with server.store.write() as conn:
        auth.change_user(conn, name, manager=manager, no_manager=manager is None)


def test_a_team_share_reaches_every_member_and_a_later_one_and_leaves_with_a_member(
    server: RunningServer, make_laptop: MakeLaptop
) -> None:
    ids = _office(server)
    c = make_laptop(server, "rep_c")
    tree = _customer(c.db, "Somchai Customer")
    c.sync.sync_once()
    a, b, mali, d = (make_laptop(server, n) for n in ("rep_a", "rep_b", "mali", "rep_d"))
    for laptop in (a, b, mali, d):
        laptop.sync.sync_once()  # cursors past the tree's history
    whole = set(tree)
    assert _held(a, tree) == set()

    assert sharing.share(c.sync, "contact", tree["contact"], "mali", team=True) is True
    assert sharing.share(c.sync, "contact", tree["contact"], ids["mali"], team=True) is False
    for laptop in (a, b, mali, d):
        laptop.sync.sync_once()
    assert _held(a, tree) == whole
    assert _held(b, tree) == whole
    assert _held(mali, tree) == whole  # the team's manager sees what the team sees
    assert _held(d, tree) == set()  # not in the team

    later = add_note(c.db, tree["contact"], "added after the share")
    c.sync.sync_once()
    _move(server, "rep_d", "mali")  # joins the team
    for laptop in (a, d):
        laptop.sync.sync_once()
    assert ("notes", later) in local_rows(a.db)
    assert _held(d, tree) == whole
    assert ("notes", later) in local_rows(d.db)

    _move(server, "rep_a", None)  # leaves the team
    a.sync.sync_once()
    b.sync.sync_once()
    assert _held(a, tree) == set()
    assert ("notes", later) not in local_rows(a.db)
    assert _held(b, tree) == whole  # the others keep it

    with server.store.read() as conn:
        shared = [(e.action, e.detail) for e in audit.entries(conn) if "share" in e.action]
    assert shared == [("share", "shared with the team of mali")]


def test_only_a_manager_has_a_team_to_share_with(
    sqlite_server: RunningServer, make_laptop: MakeLaptop
) -> None:
    _office(sqlite_server)
    c = make_laptop(sqlite_server, "rep_c")
    tree = _customer(c.db, "Lonely Customer")
    c.sync.sync_once()
    with pytest.raises(ServerRefused, match="rep_b has no team"):
        sharing.share(c.sync, "contact", tree["contact"], "rep_b", team=True)


def test_children_follow_a_share_with_a_user_and_leave_with_the_unshare(
    server: RunningServer, make_laptop: MakeLaptop
) -> None:
    ids = _office(server)
    a, b = make_laptop(server, "rep_a"), make_laptop(server, "rep_b")
    tree = _customer(a.db, "Anong Customer")
    a.sync.sync_once()
    b.sync.sync_once()  # B's cursor is past the tree's history
    assert _held(b, tree) == set()

    assert sharing.share(a.sync, "contact", tree["contact"], "rep_b") is True
    b.sync.sync_once()
    assert _held(b, tree) == set(tree)
    later = add_note(a.db, tree["contact"], "added by the owner after the share")
    a.sync.sync_once()
    b.sync.sync_once()
    assert ("notes", later) in local_rows(b.db)

    assert sharing.share(a.sync, "contact", tree["contact"], ids["rep_b"], stop=True) is True
    b.sync.sync_once()
    assert _held(b, tree) == set()
    assert ("notes", later) not in local_rows(b.db)
    a.sync.sync_once()
    assert _held(a, tree) == set(tree)  # the owner keeps everything


def test_a_rep_outside_the_team_gets_nothing_and_crafted_requests_are_refused(
    server: RunningServer, make_laptop: MakeLaptop
) -> None:
    ids = _office(server)
    a, c = make_laptop(server, "rep_a"), make_laptop(server, "rep_c")
    tree = _customer(a.db, "Private Customer")
    a.sync.sync_once()
    assert sharing.share(a.sync, "contact", tree["contact"], "mali", team=True) is True
    c.sync.sync_once()
    assert _held(c, tree) == set()

    hs = c.sync.call("/v1/handshake", {"protocol": 1, "device_id": c.db.device_id})
    session = str(hs["session_id"])
    team_bucket = "team:" + ids["mali"]
    assert team_bucket not in hs["buckets"]
    try:
        page = c.sync.call(
            "/v1/download", {"session_id": session, "cursors": {team_bucket: 0, ids["rep_a"]: 0}}
        )
        assert {row["id"] for row in page["rows"]} & set(tree.values()) == set()
        # Buckets this device was never given: not "dropped", and no removals name the tree.
        assert page["dropped"] == []
        assert {r["id"] for r in page["removals"]} & set(tree.values()) == set()
        keys = [[_TABLES[n], i] for n, i in tree.items()]
        answer = c.sync.call("/v1/rows", {"session_id": session, "keys": keys})
        assert all(row["d"] is None for row in answer["rows"])
        with pytest.raises(ServerRefused, match="may not share"):
            c.sync.call(
                "/v1/share",
                {
                    "session_id": session,
                    "entity": "contacts",
                    "row_id": tree["contact"],
                    "with": "rep_c",
                },
            )
    finally:
        c.sync.call("/v1/end", {"session_id": session})
    with server.store.read() as conn:
        probes = {e.row_id for e in audit.entries(conn) if e.action == "forbidden_read"}
    assert probes == set(tree.values())


def test_crmdesk_sync_share_with_a_team_and_stop_from_the_command_line(
    sqlite_server: RunningServer,
    make_laptop: MakeLaptop,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _office(sqlite_server)
    c, a = make_laptop(sqlite_server, "rep_c"), make_laptop(sqlite_server, "rep_a")
    tree = _customer(c.db, "Command Line Customer")
    monkeypatch.setenv("CRMDESK_PASSPHRASE", PASSPHRASE)
    base = ["--data-dir", str(tmp_path / "laptop-rep_c"), "sync", "share", "contact"]

    assert crmdesk_main([*base, tree["contact"], "--team", "mali"]) == 2
    assert capsys.readouterr().err.strip() == (
        "crmdesk: This contact has not reached the office server yet: sync, then share."
    )
    c.sync.sync_once()
    assert crmdesk_main([*base, tree["contact"], "--team", "rep_b"]) == 2
    err = capsys.readouterr().err
    assert err.strip() == "crmdesk: rep_b has no team: only a manager's team can share."
    assert "Traceback" not in err

    assert crmdesk_main([*base, tree["contact"], "--team", "mali"]) == 0
    out = capsys.readouterr().out.strip()
    assert out == "Contact shared with the team of mali; they see it at their next sync."
    a.sync.sync_once()
    assert _held(a, tree) == set(tree)

    assert crmdesk_main([*base, tree["contact"], "--team", "mali", "--stop"]) == 0
    assert capsys.readouterr().out.startswith("Contact no longer shared with the team of mali")
    a.sync.sync_once()
    assert _held(a, tree) == set()
    with sqlite_server.store.read() as conn:
        shared = [(e.action, e.detail) for e in audit.entries(conn) if "share" in e.action]
    assert shared == [
        ("share", "shared with the team of mali"),
        ("unshare", "no longer shared with the team of mali"),
    ]


def test_a_server_database_from_before_tree_links_gets_them_at_start(
    server: RunningServer, make_laptop: MakeLaptop
) -> None:
    _office(server)
    a, b = make_laptop(server, "rep_a"), make_laptop(server, "rep_b")
    tree = _customer(a.db, "Old Customer")
    a.sync.sync_once()
    b.sync.sync_once()
    with server.store.write() as conn:  # as a server from before this version left it
        conn.exec_driver_sql("DROP INDEX ix_records_parent")
        conn.exec_driver_sql("ALTER TABLE records DROP COLUMN parent")
    server.store.create()  # what every server start does

    assert sharing.share(a.sync, "contact", tree["contact"], "rep_b") is True
    b.sync.sync_once()
    assert _held(b, tree) == set(tree)


def test_a_shared_company_brings_its_details_deals_and_their_calls_but_not_its_contacts(
    sqlite_server: RunningServer, make_laptop: MakeLaptop
) -> None:
    _office(sqlite_server)
    a, b = make_laptop(sqlite_server, "rep_a"), make_laptop(sqlite_server, "rep_b")
    with a.db.write() as s:
        company = companies.add_company(
            s, CompanyDraft(name="Siam Steel", phones=(LabeledValue("+66 2 765 4321", "main"),))
        ).id
        deal = opportunities.add_opportunity(
            s, opportunities.OpportunityDraft("Steel", Money(5_000, "THB"), company_id=company)
        ).id
        call = activities.schedule(
            s, activities.ActivityDraft(kind="call", regarding="quote", opportunity_id=deal)
        ).id
        person = contacts.add_contact(
            s, ContactDraft(display_name="Buyer at Siam Steel", company_id=company)
        ).id
    a.sync.sync_once()
    assert sharing.share(a.sync, "company", company, "rep_b") is True
    b.sync.sync_once()
    held = local_rows(b.db)
    assert {("companies", company), ("opportunities", deal), ("activities", call)} <= set(held)
    assert any(t == "phones" and row["company_id"] == company for (t, _i), row in held.items())
    assert ("contacts", person) not in held  # a customer of its own: shared on its own


def test_no_record_may_be_owned_by_a_team_bucket_not_even_a_directors(
    sqlite_server: RunningServer, make_laptop: MakeLaptop
) -> None:
    ids = _office(sqlite_server)
    dora = make_laptop(sqlite_server, "dora")
    row_id, team_bucket = uuid.uuid4().hex, "team:" + ids["mali"]
    hs = dora.sync.call("/v1/handshake", {"protocol": 1, "device_id": dora.db.device_id})
    session = str(hs["session_id"])
    change = {
        "change_id": uuid.uuid4().hex,
        "counter": 1,
        "tx_id": uuid.uuid4().hex,
        "entity": "contacts",
        "row_id": row_id,
        "op": "insert",
        "fields": {
            "id": [None, row_id],
            "display_name": [None, "Owned by a team"],
            "owner_id": [None, team_bucket],
        },
        "hlc": 1,
        "base_seq": 0,
    }
    try:
        answer = dora.sync.call("/v1/upload", {"session_id": session, "changes": [change]})
    finally:
        dora.sync.call("/v1/end", {"session_id": session})
    assert answer["results"][0]["status"] == "forbidden"
    assert ("contacts", row_id) not in server_rows(sqlite_server.store)


def test_a_member_who_leaves_keeps_what_is_also_shared_with_them_personally(
    sqlite_server: RunningServer, make_laptop: MakeLaptop
) -> None:
    _office(sqlite_server)
    c, a = make_laptop(sqlite_server, "rep_c"), make_laptop(sqlite_server, "rep_a")
    tree = _customer(c.db, "Twice Shared")
    c.sync.sync_once()
    assert sharing.share(c.sync, "contact", tree["contact"], "mali", team=True) is True
    assert sharing.share(c.sync, "contact", tree["contact"], "rep_a") is True
    a.sync.sync_once()
    assert _held(a, tree) == set(tree)

    _move(sqlite_server, "rep_a", None)  # leaves the team, still shared with them
    a.sync.sync_once()
    assert _held(a, tree) == set(tree)

    assert sharing.share(c.sync, "contact", tree["contact"], "rep_a", stop=True) is True
    a.sync.sync_once()
    assert _held(a, tree) == set()


def test_a_deal_moved_to_another_contact_leaves_the_share_with_its_note(
    server: RunningServer, make_laptop: MakeLaptop
) -> None:
    _office(server)
    a, b = make_laptop(server, "rep_a"), make_laptop(server, "rep_b")
    tree = _customer(a.db, "Shared Customer")
    other = _customer(a.db, "Not Shared")["contact"]
    a.sync.sync_once()
    assert sharing.share(a.sync, "contact", tree["contact"], "rep_b") is True
    b.sync.sync_once()
    assert _held(b, tree) == set(tree)

    with a.db.write() as s:
        deal = opportunities.get_opportunity(s, tree["deal"])
        opportunities.update_opportunity(
            s,
            deal.id,
            opportunities.OpportunityDraft(deal.name, deal.amount, contact_id=other),
        )
    a.sync.sync_once()
    b.sync.sync_once()
    assert _held(b, tree) == set(tree) - {"deal", "deal_note"}
    assert _held(a, tree) == set(tree)


def test_a_deal_given_to_someone_else_alone_leaves_the_share_of_its_contact(
    server: RunningServer, make_laptop: MakeLaptop
) -> None:
    ids = _office(server)
    a, b, mali = (make_laptop(server, n) for n in ("rep_a", "rep_b", "mali"))
    tree = _customer(a.db, "Shared Customer")
    a.sync.sync_once()
    assert sharing.share(a.sync, "contact", tree["contact"], "rep_b") is True
    b.sync.sync_once()
    mali.sync.sync_once()
    assert _held(b, tree) == set(tree)

    with mali.db.write() as s:
        team.reassign(s, "opportunity", [tree["deal"]], ids["mali"])
    mali.sync.sync_once()
    b.sync.sync_once()
    assert _held(b, tree) == set(tree) - {"deal", "deal_note"}
