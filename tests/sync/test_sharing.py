"""Sharing ("also visible to"): a record in two buckets survives removal from one."""

from __future__ import annotations

import pytest
from tests.sync.conftest import MakeLaptop, RunningServer
from tests.sync.helpers import add_contact, edit_contact, field

from crmdesk import team
from crmdesk.sync import audit, parked, sharing
from crmdesk.sync.client import ServerRefused


def _office(server: RunningServer) -> dict[str, str]:
    ids = {"dora": server.add_user("dora", "director")}
    ids["mali"] = server.add_user("mali", "manager", manager="dora")
    for rep in ("rep_a", "rep_b", "rep_c"):
        ids[rep] = server.add_user(rep, "rep", manager="mali")
    return ids


def test_a_shared_record_reaches_the_other_rep_read_only_and_survives_a_reassignment(
    server: RunningServer, make_laptop: MakeLaptop
) -> None:
    ids = _office(server)
    a, b, mali = (make_laptop(server, n) for n in ("rep_a", "rep_b", "mali"))
    cid = add_contact(a.db, "Shared Customer")
    a.sync.sync_once()
    b.sync.sync_once()  # B's cursor is past the record's last change
    mali.sync.sync_once()
    assert sharing.share(a.sync, "contact", cid, ids["rep_b"]) is True
    assert sharing.share(a.sync, "contact", cid, ids["rep_b"]) is False  # already shared
    b.sync.sync_once()
    assert field(b.db, "contacts", cid, "display_name") == "Shared Customer"

    edit_contact(b.db, cid, title="B's edit")  # visible, not B's to change
    result = b.sync.sync_once()
    assert result.parked >= 1
    with b.db.read() as s:
        assert [p.status for p in parked.parked_changes(s)] == ["forbidden"]
    assert field(b.db, "contacts", cid, "title") is None  # undone, still there

    with mali.db.write() as s:
        team.reassign(s, "contact", [cid], ids["rep_c"])
    mali.sync.sync_once()
    a.sync.sync_once()
    b.sync.sync_once()
    assert field(a.db, "contacts", cid, "id") is None  # left A's bucket
    assert field(b.db, "contacts", cid, "owner_id") == ids["rep_c"]  # still shared with B

    assert sharing.share(mali.sync, "contact", cid, ids["rep_b"], stop=True) is True
    b.sync.sync_once()
    mali.sync.sync_once()
    assert field(b.db, "contacts", cid, "id") is None
    assert field(mali.db, "contacts", cid, "id") == cid  # the manager sees it where it is
    with server.store.read() as conn:
        acts = [(e.action, e.detail) for e in audit.entries(conn) if "share" in e.action]
    assert acts == [("share", "shared with rep_b"), ("unshare", "no longer shared with rep_b")]


def test_a_rep_cannot_share_what_they_may_not_see(
    server: RunningServer, make_laptop: MakeLaptop
) -> None:
    ids = _office(server)
    a, b = make_laptop(server, "rep_a"), make_laptop(server, "rep_b")
    theirs = add_contact(b.db, "Not A's")
    b.sync.sync_once()
    with pytest.raises(ServerRefused, match="may not share"):
        sharing.share(a.sync, "contact", theirs, ids["rep_a"])
    with pytest.raises(ServerRefused, match="no such user"):
        sharing.share(b.sync, "contact", theirs, "f" * 32)
    a.sync.sync_once()
    assert field(a.db, "contacts", theirs, "id") is None
