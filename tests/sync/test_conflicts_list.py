"""The conflicts list: review and settle (keep mine, keep theirs, restore a deleted record)."""

from __future__ import annotations

from tests.sync.conftest import MakeLaptop, RunningServer, assert_equal_to_server
from tests.sync.helpers import add_contact, delete_contact, edit_contact, field

from crmdesk.sync import conflicts


def test_keep_mine_puts_the_losing_value_back_everywhere(
    sqlite_server: RunningServer, make_laptop: MakeLaptop
) -> None:
    server = sqlite_server
    server.add_user("anna")
    server.add_user("ben")
    a, b = make_laptop(server, "anna"), make_laptop(server, "ben")
    cid = add_contact(a.db, "Somchai")
    a.sync.sync_once()
    b.sync.sync_once()
    edit_contact(a.db, cid, title="Mine, older")
    edit_contact(b.db, cid, title="Theirs, newer")
    b.sync.sync_once()
    a.sync.sync_once()
    with a.db.read() as session:
        items = conflicts.open_conflicts(session)
    assert [(c.kind, c.field, c.mine, c.theirs, c.winner) for c in items] == [
        ("field", "title", "Mine, older", "Theirs, newer", "theirs")
    ]
    with a.db.write() as session:
        changed = conflicts.resolve(session, items[0].id, "mine")
    assert changed.everything
    assert a.sync.status().conflicts == 0
    a.sync.sync_once()
    b.sync.sync_once()
    assert field(b.db, "contacts", cid, "title") == "Mine, older"
    assert_equal_to_server(b, server.store)


def test_restore_brings_back_a_record_a_delete_won_over(
    sqlite_server: RunningServer, make_laptop: MakeLaptop
) -> None:
    server = sqlite_server
    server.add_user("anna")
    server.add_user("ben")
    a, b = make_laptop(server, "anna"), make_laptop(server, "ben")
    cid = add_contact(a.db, "Somchai")
    a.sync.sync_once()
    b.sync.sync_once()
    delete_contact(a.db, cid)
    edit_contact(b.db, cid, title="Still a customer")
    a.sync.sync_once()
    b.sync.sync_once()
    assert field(b.db, "contacts", cid, "deleted_at") is not None
    with b.db.read() as session:
        item = next(c for c in conflicts.open_conflicts(session) if c.kind == "delete")
    with b.db.write() as session:
        conflicts.resolve(session, item.id, "restore")
    b.sync.sync_once()
    a.sync.sync_once()
    for laptop in (a, b):
        assert field(laptop.db, "contacts", cid, "deleted_at") is None
        assert field(laptop.db, "contacts", cid, "title") == "Still a customer"
        assert_equal_to_server(laptop, server.store)
