"""The device whose value lost a merge to a later upload gets its own conflicts entry."""

from __future__ import annotations

from pathlib import Path

from tests.sync.conftest import (
    PASSWORD,
    Laptop,
    MakeLaptop,
    RunningServer,
    assert_equal_to_server,
)
from tests.sync.helpers import (
    add_contact,
    add_note,
    delete_contact,
    edit_contact,
    edit_note,
    field,
)

from crmdesk.sync import conflicts
from crmdesk.sync import store as st
from crmdesk.sync.conflicts import ConflictItem


def open_items(laptop: Laptop) -> list[ConflictItem]:
    with laptop.db.read() as session:
        return conflicts.open_conflicts(session)


def lost_items(laptop: Laptop) -> list[tuple[str, str | None, object, object]]:
    return [(c.kind, c.field, c.mine, c.theirs) for c in open_items(laptop) if c.winner == "theirs"]


def two_laptops(server: RunningServer, make_laptop: MakeLaptop) -> tuple[Laptop, Laptop, str]:
    server.add_user("anna")
    server.add_user("ben")
    a, b = make_laptop(server, "anna"), make_laptop(server, "ben")
    cid = add_contact(a.db, "Somchai")
    a.sync.sync_once()
    b.sync.sync_once()
    return a, b, cid


def test_first_uploader_whose_edit_lost_sees_it_once_and_can_keep_it(
    server: RunningServer, make_laptop: MakeLaptop
) -> None:
    a, b, cid = two_laptops(server, make_laptop)
    edit_contact(b.db, cid, title="Ben, older")
    edit_contact(a.db, cid, title="Anna, newer")
    b.sync.sync_once()  # uploaded first: applied
    a.sync.sync_once()  # later edit wins over Ben's
    result = b.sync.sync_once()  # Ben learns his value lost
    assert field(b.db, "contacts", cid, "title") == "Anna, newer"
    assert result.conflicts == 1
    assert lost_items(b) == [("field", "title", "Ben, older", "Anna, newer")]
    b.sync.sync_once()
    assert len(open_items(b)) == 1, "the entry is added exactly once"
    assert b.sync.status().conflicts == 1
    # The winner did not lose anything.
    assert lost_items(a) == []
    with b.db.write() as session:
        conflicts.resolve(session, open_items(b)[0].id, "mine")
    b.sync.sync_once()
    a.sync.sync_once()
    assert field(a.db, "contacts", cid, "title") == "Ben, older"
    for laptop in (a, b):
        assert_equal_to_server(laptop, server.store)


def test_every_device_that_lost_gets_its_entry(
    sqlite_server: RunningServer, make_laptop: MakeLaptop
) -> None:
    server = sqlite_server
    a, b, cid = two_laptops(server, make_laptop)
    server.add_user("chai")
    c = make_laptop(server, "chai")
    c.sync.sync_once()
    edit_contact(b.db, cid, title="B")
    edit_contact(c.db, cid, title="C")
    edit_contact(a.db, cid, title="A")
    b.sync.sync_once()
    c.sync.sync_once()  # C beats B
    a.sync.sync_once()  # A beats C
    b.sync.sync_once()
    c.sync.sync_once()
    assert lost_items(b) == [("field", "title", "B", "C")]
    assert lost_items(c) == [("field", "title", "C", "A")]
    assert lost_items(a) == []


def test_an_edit_a_later_delete_won_over_can_be_restored_by_its_author(
    sqlite_server: RunningServer, make_laptop: MakeLaptop
) -> None:
    server = sqlite_server
    a, b, cid = two_laptops(server, make_laptop)
    edit_contact(b.db, cid, title="Still a customer")
    b.sync.sync_once()
    delete_contact(a.db, cid)  # made from the version before Ben's edit
    a.sync.sync_once()
    b.sync.sync_once()
    assert field(b.db, "contacts", cid, "deleted_at") is not None
    (item,) = open_items(b)
    assert (item.kind, item.winner) == ("delete", "theirs")
    assert item.mine["title"] == "Still a customer"
    with b.db.write() as session:
        conflicts.resolve(session, item.id, "restore")
    b.sync.sync_once()
    a.sync.sync_once()
    for laptop in (a, b):
        assert field(laptop.db, "contacts", cid, "deleted_at") is None
        assert field(laptop.db, "contacts", cid, "title") == "Still a customer"
        assert_equal_to_server(laptop, server.store)


def test_a_note_text_that_lost_is_listed_with_its_copy(
    sqlite_server: RunningServer, make_laptop: MakeLaptop
) -> None:
    server = sqlite_server
    a, b, cid = two_laptops(server, make_laptop)
    nid = add_note(a.db, cid, "Met at the fair")
    a.sync.sync_once()
    b.sync.sync_once()
    edit_note(b.db, nid, "Ben's text")
    edit_note(a.db, nid, "Anna's text")
    b.sync.sync_once()
    a.sync.sync_once()
    b.sync.sync_once()
    (item,) = open_items(b)
    assert (item.kind, item.mine, item.theirs, item.winner) == (
        "note",
        "Ben's text",
        "Anna's text",
        "theirs",
    )
    assert item.copy_id is not None
    assert field(b.db, "notes", item.copy_id, "body") == "Ben's text"


def test_the_lost_position_belongs_to_one_server(
    sqlite_server: RunningServer, make_laptop: MakeLaptop, tmp_path: Path
) -> None:
    a, b, cid = two_laptops(sqlite_server, make_laptop)
    edit_contact(b.db, cid, title="Ben, older")
    edit_contact(a.db, cid, title="Anna, newer")
    b.sync.sync_once()
    a.sync.sync_once()
    b.sync.sync_once()
    assert b.sync._get("lost_after") is not None
    b.sync.connect(sqlite_server.url, "ben", PASSWORD, fingerprint=sqlite_server.fingerprint)
    assert b.sync._get("lost_after") is not None, "the same server: the position stays"
    (tmp_path / "other").mkdir()
    (tmp_path / "other-server").mkdir()
    other_store = st.SyncStore(st.sqlite_url(tmp_path / "other"))
    other_store.create()
    other = RunningServer(other_store, tmp_path / "other-server")
    other.start()
    try:
        other.add_user("ben")
        b.sync.connect(other.url, "ben", PASSWORD, fingerprint=other.fingerprint)
        assert b.sync._get("lost_after") is None
    finally:
        other.stop()
        other_store.dispose()
