"""Function rights enforced by the server even when the client is bypassed; crafted requests."""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from typing import Any

import pytest
from tests.sync.conftest import MakeLaptop, RunningServer, server_rows
from tests.sync.helpers import add_contact, field

from crmdesk import contacts, pipeline, team
from crmdesk.sync import audit, delete_window, entitlements, reports, server_cli, sharing
from crmdesk.sync.client import ServerRefused, Transport


def _office(server: RunningServer) -> dict[str, str]:
    ids = {"dora": server.add_user("dora", "director")}
    ids["mali"] = server.add_user("mali", "manager", manager="dora")
    ids["rep_a"] = server.add_user("rep_a", "rep", manager="mali")
    ids["rep_b"] = server.add_user("rep_b", "rep", manager="mali")
    return ids


def _actions(server: RunningServer, action: str) -> list[audit.AuditEntry]:
    with server.store.read() as conn:
        return [e for e in audit.entries(conn) if e.action == action]


_counter = iter(range(50_000, 60_000))


def _change(row_id: str, fields: dict[str, list[Any]], tx: str | None = None) -> dict[str, Any]:
    return {
        "change_id": uuid.uuid4().hex,
        "tx_id": tx or uuid.uuid4().hex,
        "counter": next(_counter),
        "entity": "contacts",
        "row_id": row_id,
        "op": "update",
        "fields": fields,
        "hlc": 1,
        "base_seq": 0,
    }


def test_a_manager_without_the_reassign_right_is_refused_by_the_app_and_by_the_server(
    server: RunningServer, make_laptop: MakeLaptop
) -> None:
    ids = _office(server)
    with server.store.write() as conn:
        entitlements.set_role_rights(conn, "manager", ["export"])
    a, mali = make_laptop(server, "rep_a"), make_laptop(server, "mali")
    cid = add_contact(a.db, "Ekachai Customer")
    a.sync.sync_once()
    mali.sync.sync_once()
    with mali.db.read() as s:
        assert team.rights(s) == {"export"}
    with pytest.raises(team.NotAllowed), mali.db.write() as s:
        team.reassign(s, "contact", [cid], ids["rep_b"])
    # The client bypassed: a crafted upload moving the record is refused all the same.
    hs = mali.sync.call("/v1/handshake", {"protocol": 1})
    owner = [ids["rep_a"], ids["rep_b"]]
    answer = mali.sync.call(
        "/v1/upload",
        {"session_id": hs["session_id"], "changes": [_change(cid, {"owner_id": owner})]},
    )
    mali.sync.call("/v1/end", {"session_id": hs["session_id"]})
    assert [(r["status"], r["reason"]) for r in answer["results"]] == [
        ("forbidden", "Your role does not allow giving records to someone else.")
    ]
    assert server_rows(server.store)[("contacts", cid)]["owner_id"] == ids["rep_a"]
    refused = _actions(server, "refused_change")
    assert [(e.user_name, e.row_id) for e in refused] == [("mali", cid)]
    assert "reassign" in refused[0].detail
    assert _actions(server, "reassignment") == []


def test_a_reps_bulk_delete_is_refused_and_a_managers_is_applied_and_audited(
    server: RunningServer, make_laptop: MakeLaptop
) -> None:
    _office(server)
    a, mali = make_laptop(server, "rep_a"), make_laptop(server, "mali")
    mine = [add_contact(a.db, f"Customer {i}") for i in range(12)]
    a.sync.sync_once()
    with a.db.write() as s:
        assert contacts.delete_contacts(s, mine) == 12  # the app does not stop it offline
    result = a.sync.sync_once()
    assert result.parked == 12
    assert all(field(a.db, "contacts", c, "deleted_at") is None for c in mine)  # undone
    assert all(server_rows(server.store)[("contacts", c)]["deleted_at"] is None for c in mine)
    assert len(_actions(server, "refused_change")) == 12
    assert "bulk delete of 12" in _actions(server, "refused_change")[0].detail
    # Deleting a few is not a bulk delete.
    with a.db.write() as s:
        contacts.delete_contacts(s, mine[:3])
    assert a.sync.sync_once().parked == 0
    mali.sync.sync_once()
    with mali.db.write() as s:
        assert contacts.delete_contacts(s, mine[3:]) == 9
    assert mali.sync.sync_once().parked == 0
    assert _actions(server, "bulk_delete") == []  # nine is not many
    more = [add_contact(mali.db, f"Lead {i}") for i in range(11)]
    mali.sync.sync_once()
    with mali.db.write() as s:
        contacts.delete_contacts(s, more)
    assert mali.sync.sync_once().parked == 0
    bulk = _actions(server, "bulk_delete")
    assert [(e.user_name, e.detail) for e in bulk] == [("mali", "deleted 11 records in one action")]


def test_exports_are_reported_and_a_reps_export_is_refused(
    server: RunningServer, make_laptop: MakeLaptop
) -> None:
    _office(server)
    a, mali = make_laptop(server, "rep_a"), make_laptop(server, "mali")
    assert reports.report_export(mali.sync, "contacts.csv, 3 rows") is True
    with pytest.raises(team.NotAllowed, match=r"^Your role does not allow exporting records\.$"):
        reports.report_export(a.sync, "contacts.csv")
    with pytest.raises(ServerRefused) as refused:  # a crafted report: same answer
        a.sync.call("/v1/report", {"kind": "export", "detail": "contacts.csv"})
    assert refused.value.status == 403
    assert [(e.user_name, e.detail) for e in _actions(server, "export")] == [
        ("mali", "contacts.csv, 3 rows")
    ]
    assert [e.user_name for e in _actions(server, "refused_export")] == ["rep_a", "rep_a"]


def test_crafted_reads_guessed_buckets_and_replayed_tokens_leak_nothing(
    server: RunningServer, make_laptop: MakeLaptop
) -> None:
    ids = _office(server)
    a, b = make_laptop(server, "rep_a"), make_laptop(server, "rep_b")
    theirs = add_contact(b.db, "Secret Somsak", email="somsak@example.com")
    b.sync.sync_once()
    sharing.share(b.sync, "contact", theirs, ids["mali"])  # into a bucket rep_a may not see
    hs = a.sync.call("/v1/handshake", {"protocol": 1})
    session = hs["session_id"]
    asked = a.sync.call("/v1/rows", {"session_id": session, "keys": [["contacts", theirs]]})
    guesses = {ids["rep_b"]: 0, ids["mali"]: 0, ids["dora"]: 0, "shared2": 0, "x" * 64: 0}
    pulled = a.sync.call("/v1/download", {"session_id": session, "cursors": guesses})
    # Another device's access token with this device's session: refused.
    b_access = b.sync._access
    assert b_access
    transport = Transport(server.url, _pem(server), server.fingerprint)
    with pytest.raises(ServerRefused) as replay:
        transport.post("/v1/download", {"session_id": session, "cursors": {}}, b_access)
    transport.close()
    a.sync.call("/v1/end", {"session_id": session})

    text = json.dumps([hs, asked, pulled])
    for secret in ("Secret Somsak", "somsak@example.com"):
        assert secret not in text
    assert asked["rows"] == [{"e": "contacts", "id": theirs, "b": None, "s": 0, "d": None}]
    assert pulled["rows"] == [] or all(r["b"] in hs["buckets"] for r in pulled["rows"])
    assert set(pulled["cursors"]) <= set(hs["buckets"])
    # Buckets this device was never given are not "dropped": naming them yields nothing,
    # not even the ids of records shared into them or moved out of them.
    assert pulled["dropped"] == []
    assert theirs not in json.dumps(pulled)
    assert replay.value.status == 409
    probes = _actions(server, "forbidden_read")
    assert [(e.user_name, e.row_id) for e in probes] == [("rep_a", theirs)]
    assert {p["name"] for p in hs["team"]["people"]} == {"rep_a"}


def _pem(server: RunningServer) -> str:
    return (server.data_dir / "cert.pem").read_text(encoding="utf-8")


def test_rights_command_sets_what_a_role_may_do(
    server: RunningServer, capsys: pytest.CaptureFixture[str]
) -> None:
    _office(server)
    config = {"database_url": server.store.url}
    (server.data_dir / server_cli.CONFIG_FILE).write_text(json.dumps(config), encoding="utf-8")
    argv = ["--data-dir", str(server.data_dir), "rights"]
    assert server_cli.main([*argv, "set", "rep", "export"]) == 0
    assert capsys.readouterr().out == "rights of rep: export.\n"
    assert server_cli.main([*argv, "set", "rep", "fly"]) == 2
    assert "'fly' is not a right" in capsys.readouterr().err
    assert server_cli.main([*argv, "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["rep"] == ["export"]
    assert shown["manager"] == ["bulk_delete", "export", "reassign", "team_dashboard"]
    assert [e.detail for e in _actions(server, "permission_change")] == ["rights of rep: export"]


def test_an_export_in_single_user_mode_is_not_reported(tmp_path: Path) -> None:
    from tests.conftest import PASSPHRASE

    from crmdesk.sync.client import SyncClient
    from crmdesk.vault import Vault

    db = Vault(tmp_path / "alone").init(PASSPHRASE, user_name="solo", region="TH")
    try:
        assert reports.report_export(SyncClient(db), "contacts.csv") is False
    finally:
        db.close()


def test_one_local_transaction_larger_than_a_batch_still_uploads(
    server: RunningServer, make_laptop: MakeLaptop
) -> None:
    from crmdesk.records import ContactDraft, LabeledValue

    _office(server)
    mali = make_laptop(server, "mali")
    with mali.db.write() as s:  # 1,100 contacts with an email each: 2,200 changes, one tx
        for i in range(1100):
            contacts.add_contact(
                s, ContactDraft(f"Lead {i}", emails=(LabeledValue(f"l{i}@example.com"),))
            )
    with mali.db.read() as s:  # the first laptop's default pipeline goes up too
        stages = len(pipeline.list_stages(s))
    result = mali.sync.sync_once()
    assert (result.uploaded, result.parked) == (2200 + stages, 0)
    assert mali.sync.status().pending == 0
    # A crafted upload of many small transactions beyond a batch is refused whole.
    hs = mali.sync.call("/v1/handshake", {"protocol": 1})
    many = [_change(uuid.uuid4().hex, {"title": [None, "x"]}) for _ in range(2001)]
    with pytest.raises(ServerRefused, match="must be one local transaction"):
        mali.sync.call("/v1/upload", {"session_id": hs["session_id"], "changes": many})
    mali.sync.call("/v1/end", {"session_id": hs["session_id"]})


def test_delete_limit_command_shows_and_sets_the_window(
    server: RunningServer, capsys: pytest.CaptureFixture[str]
) -> None:
    _office(server)
    config = {"database_url": server.store.url}
    (server.data_dir / server_cli.CONFIG_FILE).write_text(json.dumps(config), encoding="utf-8")
    argv = ["--data-dir", str(server.data_dir), "rights", "delete-limit"]
    assert server_cli.main(argv) == 0
    default = "without bulk_delete: at most 10 deleted records within 10 minutes.\n"
    assert capsys.readouterr().out == default
    assert server_cli.main([*argv, "25", "60"]) == 0
    assert capsys.readouterr().out == default.replace("10 deleted", "25 deleted").replace(
        "10 minutes", "60 minutes"
    )
    assert server_cli.main([*argv, "25", "0"]) == 2
    captured = capsys.readouterr()
    assert captured.err.strip().endswith("The window must be 1 to 1440 minutes.")
    assert "Traceback" not in captured.err
    with server.store.read() as conn:
        assert delete_window.limit(conn) == delete_window.Limit(25, 60)  # the bad one not kept
    assert [e.detail for e in _actions(server, "permission_change")] == [
        "without bulk_delete: at most 25 deleted records within 60 minutes"
    ]
