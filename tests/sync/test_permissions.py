"""Who sees what: a director, a manager and two reps sync through a real TLS server."""

from __future__ import annotations

import json
import tempfile
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st_h
from sqlalchemy import select
from tests.sync.conftest import MakeLaptop, RunningServer, local_rows, server_rows
from tests.sync.helpers import add_contact, add_note, edit_contact, field

from crmdesk.sync import audit, auth, entitlements, parked, server_cli
from crmdesk.sync import store as st
from crmdesk.sync.client import ServerRefused


def _office(server: RunningServer) -> dict[str, str]:
    """dora (director) → mali (manager) → rep_a, rep_b; and a rep outside mali's team."""
    ids = {"dora": server.add_user("dora", "director")}
    ids["mali"] = server.add_user("mali", "manager", manager="dora")
    ids["rep_a"] = server.add_user("rep_a", "rep", manager="mali")
    ids["rep_b"] = server.add_user("rep_b", "rep", manager="mali")
    ids["other"] = server.add_user("other", "rep", manager="dora")
    return ids


def _contact_names(laptop_db: Any) -> set[str]:
    return {
        str(row["display_name"])
        for (table, _), row in local_rows(laptop_db).items()
        if table == "contacts"
    }


def test_visible_owners_follow_the_hierarchy_transitively(server: RunningServer) -> None:
    ids = _office(server)
    ids["sup"] = server.add_user("sup", "manager", manager="mali")
    ids["rep_c"] = server.add_user("rep_c", "rep", manager="sup")
    with server.store.read() as conn:
        seen = {name: entitlements.visible_owners(conn, uid) for name, uid in ids.items()}
    assert seen["rep_a"] == {ids["rep_a"]}
    assert seen["sup"] == {ids["sup"], ids["rep_c"]}
    assert seen["mali"] == {ids[n] for n in ("mali", "rep_a", "rep_b", "sup", "rep_c")}
    assert seen["dora"] is entitlements.ALL
    with server.store.write() as conn:
        auth.disable_user(conn, "rep_a")
    with server.store.read() as conn:
        assert entitlements.visible_owners(conn, ids["rep_a"]) == frozenset()


def test_each_user_receives_only_the_customers_they_may_see(
    server: RunningServer, make_laptop: MakeLaptop
) -> None:
    _office(server)
    laptops = {n: make_laptop(server, n) for n in ("dora", "mali", "rep_a", "rep_b", "other")}
    for name in ("rep_a", "rep_b", "other", "mali", "dora"):
        add_contact(laptops[name].db, f"customer of {name}")
        laptops[name].sync.sync_once()
    for laptop in laptops.values():
        laptop.sync.sync_once()
    everyone = {f"customer of {n}" for n in laptops}
    assert _contact_names(laptops["rep_a"].db) == {"customer of rep_a"}
    assert _contact_names(laptops["rep_b"].db) == {"customer of rep_b"}
    assert _contact_names(laptops["other"].db) == {"customer of other"}
    assert _contact_names(laptops["mali"].db) == {
        "customer of mali",
        "customer of rep_a",
        "customer of rep_b",
    }
    assert _contact_names(laptops["dora"].db) == everyone
    assert {
        str(r["display_name"]) for (t, _), r in server_rows(server.store).items() if t == "contacts"
    } == everyone


def test_rep_edit_to_another_reps_contact_is_forbidden_parked_and_audited(
    server: RunningServer, make_laptop: MakeLaptop
) -> None:
    _office(server)
    a, b = make_laptop(server, "rep_a"), make_laptop(server, "rep_b")
    theirs = add_contact(b.db, "Somchai of B")
    b.sync.sync_once()
    mine = add_contact(a.db, "Anong of A")
    # B's row lands on A's laptop (a copied file, a crafted database), then A edits it.
    row = local_rows(b.db)[("contacts", theirs)]
    with a.db.engine.begin() as conn:
        users = conn.exec_driver_sql("SELECT id FROM users").scalars().all()
        if row["owner_id"] not in users:
            conn.exec_driver_sql(
                "INSERT INTO users(id, name, display_name) VALUES (?, 'rep_b', 'rep_b')",
                (row["owner_id"],),
            )
        cols = ", ".join(row)
        marks = ", ".join("?" for _ in row)
        conn.exec_driver_sql(f"INSERT INTO contacts({cols}) VALUES ({marks})", tuple(row.values()))
        conn.exec_driver_sql("DELETE FROM outbox WHERE row_id = ?", (theirs,))
    edit_contact(a.db, theirs, title="Stolen title")
    result = a.sync.sync_once()

    assert result.parked == 1
    assert field(a.db, "contacts", theirs, "id") is None  # the server's answer: not yours
    assert field(a.db, "contacts", mine, "id") == mine  # A's own change went through
    with a.db.read() as session:
        items = parked.parked_changes(session)
    assert [(p.row_id, p.status) for p in items] == [(theirs, "forbidden")]
    assert items[0].fields["title"] == "Stolen title"
    assert items[0].reason
    assert server_rows(server.store)[("contacts", theirs)]["title"] is None
    b.sync.sync_once()
    assert field(b.db, "contacts", theirs, "title") is None
    with server.store.read() as conn:
        refused = [e for e in audit.entries(conn) if e.action == audit.Action.REFUSED_CHANGE.value]
    assert [(e.user_name, e.entity, e.row_id, e.device_id) for e in refused] == [
        ("rep_a", "contacts", theirs, a.db.device_id)
    ]


def test_crafted_upload_with_a_reps_token_is_refused_and_leaks_nothing(
    server: RunningServer, make_laptop: MakeLaptop
) -> None:
    _office(server)
    a, b = make_laptop(server, "rep_a"), make_laptop(server, "rep_b")
    theirs = add_contact(b.db, "Secret Customer", email="secret@example.com")
    b.sync.sync_once()
    b_id = str(field(b.db, "contacts", theirs, "owner_id"))
    hs = a.sync.call("/v1/handshake", {"protocol": 1})
    assert b_id not in hs["buckets"]
    session = hs["session_id"]

    counters = iter(range(10_000, 10_010))

    def change(op: str, fields: dict[str, list[Any]], row_id: str = theirs) -> dict[str, Any]:
        return {
            "change_id": uuid.uuid4().hex,
            "tx_id": uuid.uuid4().hex,
            "counter": next(counters),
            "entity": "contacts",
            "row_id": row_id,
            "op": op,
            "fields": fields,
            "hlc": 1,
        }

    changes = [
        change("update", {"title": [None, "x"]}),
        change("delete", {}),
        change("insert", {"id": [None, uuid.uuid4().hex], "owner_id": [None, b_id]}),
    ]
    changes[2]["row_id"] = changes[2]["fields"]["id"][1]
    answer = a.sync.call("/v1/upload", {"session_id": session, "changes": changes})
    assert [r["status"] for r in answer["results"]] == ["forbidden"] * 3
    asked = a.sync.call("/v1/rows", {"session_id": session, "keys": [["contacts", theirs]]})
    pulled = a.sync.call("/v1/download", {"session_id": session, "cursors": {b_id: 0}})
    a.sync.call("/v1/end", {"session_id": session})
    text = json.dumps([answer, asked, pulled, hs])
    for secret in ("Secret Customer", "secret@example.com"):
        assert secret not in text
    assert asked["rows"] == [{"e": "contacts", "id": theirs, "b": None, "s": 0, "d": None}]
    assert b_id not in pulled["cursors"]
    stored = server_rows(server.store)
    assert stored[("contacts", theirs)]["title"] is None
    assert changes[2]["row_id"] not in {i for _, i in stored}
    with server.store.read() as conn:
        refused = [e for e in audit.entries(conn) if e.action == "refused_change"]
    assert sorted(e.row_id or "" for e in refused) == sorted(c["row_id"] for c in changes)


def test_logins_and_failed_logins_are_in_the_audit_log(
    server: RunningServer, make_laptop: MakeLaptop
) -> None:
    _office(server)
    a = make_laptop(server, "rep_a")
    with pytest.raises(Exception, match="Wrong user name or password"):
        a.sync.connect(server.url, "rep_b", "not the password", fingerprint=server.fingerprint)
    with server.store.read() as conn:
        got = [(e.action, e.user_name) for e in audit.entries(conn)]
    assert got == [("login", "rep_a"), ("login_failed", "rep_b")]


def test_audit_command_lists_refused_changes_since_a_date(
    server: RunningServer, capsys: pytest.CaptureFixture[str]
) -> None:
    with server.store.write() as conn:
        audit.record(conn, audit.Action.LOGIN, 1_000, "old", "Signed in.")
        audit.record(
            conn,
            audit.Action.REFUSED_CHANGE,
            int(datetime(2026, 11, 20, tzinfo=UTC).timestamp()),
            "rep_a",
            "update refused",
            entity="contacts",
            row_id="c" * 32,
            device_id="d" * 32,
        )
    config = {"database_url": server.store.url}
    (server.data_dir / server_cli.CONFIG_FILE).write_text(json.dumps(config), encoding="utf-8")
    argv = ["--data-dir", str(server.data_dir)]
    code = server_cli.main([*argv, "audit", "--since", "2026-01-01", "--json"])
    assert code == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(e["action"], e["user_name"], e["row_id"]) for e in listed] == [
        ("refused_change", "rep_a", "c" * 32)
    ]
    assert server_cli.main([*argv, "audit"]) == 0
    text = capsys.readouterr().out
    assert "old" in text and "refused_change" in text and "c" * 32 in text


def test_server_database_from_before_roles_gains_the_admin_flag(backend_url: str) -> None:
    store = st.SyncStore(backend_url)
    try:
        with store.write() as conn:  # the users table as issue 6 shipped it
            conn.exec_driver_sql(
                "CREATE TABLE users (id VARCHAR(32) PRIMARY KEY, name VARCHAR(200) NOT NULL "
                "UNIQUE, display_name VARCHAR(200) NOT NULL, role VARCHAR(20) NOT NULL, "
                "manager_id VARCHAR(32), password_hash TEXT NOT NULL, disabled BOOLEAN NOT NULL, "
                "created_at BIGINT NOT NULL)"
            )
            conn.exec_driver_sql(
                "INSERT INTO users VALUES ('a', 'ann', 'ann', 'rep', NULL, 'x', FALSE, 1)"
            )
        store.create()
        store.create()
        with store.write() as conn:
            boss = auth.add_user(conn, "boss", "long password", "director", admin=True)
            users = {u.name: u for u in auth.list_users(conn)}
    finally:
        store.dispose()
    assert users["ann"].admin is False
    assert users["boss"] == boss
    assert boss.admin is True


def test_upload_repeating_a_counter_is_a_bad_request_and_writes_nothing(
    server: RunningServer, make_laptop: MakeLaptop
) -> None:
    _office(server)
    a = make_laptop(server, "rep_a")
    me = a.sync.call("/v1/handshake", {"protocol": 1})
    changes = [
        {
            "change_id": uuid.uuid4().hex,
            "tx_id": uuid.uuid4().hex,
            "counter": 500,
            "entity": "contacts",
            "row_id": row_id,
            "op": "insert",
            "fields": {"id": [None, row_id], "owner_id": [None, me["user_id"]]},
            "hlc": 1,
        }
        for row_id in (uuid.uuid4().hex, uuid.uuid4().hex)
    ]
    with pytest.raises(ServerRefused) as err:
        a.sync.call("/v1/upload", {"session_id": me["session_id"], "changes": changes})
    assert err.value.status == 400
    assert "same counter" in str(err.value)
    assert not {c["row_id"] for c in changes} & {i for _, i in server_rows(server.store)}


def _server_rows_by_bucket(store: st.SyncStore) -> dict[tuple[str, str], tuple[str, Any]]:
    r = st.records.c
    with store.read() as conn:
        return {
            (e, i): (b, json.loads(d))
            for e, i, b, d in conn.execute(
                select(r.entity, r.row_id, r.bucket, r.data).where(r.gone.is_(False))
            )
        }


def test_every_laptop_equals_the_server_filtered_by_its_users_visibility(
    server: RunningServer, make_laptop: MakeLaptop
) -> None:
    ids = _office(server)
    laptops = {n: make_laptop(server, n) for n in ("dora", "mali", "rep_a", "rep_b", "other")}
    for name, laptop in laptops.items():
        cid = add_contact(laptop.db, f"customer of {name}", email=f"{name}@example.com")
        add_note(laptop.db, cid, f"note of {name}")
        laptop.sync.sync_once()
    for laptop in laptops.values():
        laptop.sync.sync_once()
    stored = _server_rows_by_bucket(server.store)
    for name, laptop in laptops.items():
        with server.store.read() as conn:
            visible = entitlements.visible_owners(conn, ids[name])
        expected = {k: d for k, (b, d) in stored.items() if entitlements.may_see(visible, b)}
        mine = local_rows(laptop.db)
        assert set(mine) == set(expected), name
        for key, row in mine.items():
            assert row == {k: expected[key].get(k) for k in row}, (name, key)
    assert len(local_rows(laptops["rep_a"].db)) < len(local_rows(laptops["mali"].db))
    assert len(local_rows(laptops["mali"].db)) < len(local_rows(laptops["dora"].db))


def test_moving_a_rep_to_another_team_changes_what_the_managers_receive(
    server: RunningServer, make_laptop: MakeLaptop, capsys: pytest.CaptureFixture[str]
) -> None:
    _office(server)
    server.add_user("niran", "manager", manager="dora")
    mali, niran = make_laptop(server, "mali"), make_laptop(server, "niran")
    other = make_laptop(server, "other")
    add_contact(other.db, "first of other")
    other.sync.sync_once()
    mali.sync.sync_once()
    niran.sync.sync_once()
    assert "first of other" not in _contact_names(mali.db) | _contact_names(niran.db)
    config = {"database_url": server.store.url}
    (server.data_dir / server_cli.CONFIG_FILE).write_text(json.dumps(config), encoding="utf-8")
    argv = ["--data-dir", str(server.data_dir), "user", "set"]
    assert server_cli.main([*argv, "other", "--manager", "niran", "--admin"]) == 0
    assert "manager -> niran; admin" in capsys.readouterr().out
    niran.sync.sync_once()  # a newly entitled bucket starts at cursor 0: all of it arrives
    mali.sync.sync_once()
    assert "first of other" in _contact_names(niran.db)
    assert "first of other" not in _contact_names(mali.db)
    # Teams form a tree: dora cannot work below someone who works below her.
    assert server_cli.main([*argv, "dora", "--manager", "other"]) == 2
    assert "works below dora" in capsys.readouterr().err
    with server.store.read() as conn:
        changes = [e.detail for e in audit.entries(conn) if e.action == "permission_change"]
        users = {u.name: u for u in auth.list_users(conn)}
    assert changes == ["other: manager -> niran; admin"]
    assert users["other"].admin is True
    assert users["dora"].manager_id is None


@settings(max_examples=40, deadline=None)
@given(
    st_h.lists(
        st_h.tuples(st_h.sampled_from(["rep", "manager", "director"]), st_h.integers(0, 12)),
        min_size=1,
        max_size=12,
    )
)
def test_visible_owners_equal_a_brute_force_walk_of_the_tree(
    people: list[tuple[str, int]],
) -> None:
    # Person i's manager is an earlier person (index modulo i) or nobody: always a forest.
    bosses = [
        None if i == 0 or pick % (i + 1) == i else pick % i for i, (_, pick) in enumerate(people)
    ]
    with tempfile.TemporaryDirectory() as folder:
        store = st.SyncStore(st.sqlite_url(Path(folder)))
        try:
            store.create()
            with store.write() as conn:
                ids = [
                    auth.add_user(
                        conn, f"u{i}", "long password", role, None if b is None else f"u{b}"
                    ).id
                    for i, ((role, _), b) in enumerate(zip(people, bosses, strict=True))
                ]
                seen = [entitlements.visible_owners(conn, uid) for uid in ids]
        finally:
            store.dispose()

    def below(i: int) -> set[int]:
        return {j for j, b in enumerate(bosses) if b == i} | {
            k for j, b in enumerate(bosses) if b == i for k in below(j)
        }

    for i, (role, _) in enumerate(people):
        if role == "director":
            assert seen[i] is entitlements.ALL
        else:
            expected = {i} | (below(i) if role == "manager" else set())
            assert seen[i] == {ids[j] for j in expected}
