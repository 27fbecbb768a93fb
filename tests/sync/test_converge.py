"""Two and three laptops converge through a real TLS server; concurrent edits merge by field."""

from __future__ import annotations

from tests.sync.conftest import MakeLaptop, RunningServer, assert_equal_to_server
from tests.sync.helpers import add_contact, add_note, delete_contact, edit_contact, edit_note, field


def test_two_laptops_converge_on_each_others_contacts(
    server: RunningServer, make_laptop: MakeLaptop
) -> None:
    server.add_user("anna")
    server.add_user("ben")
    a = make_laptop(server, "anna")
    b = make_laptop(server, "ben")
    cid = add_contact(a.db, "Somchai Jaidee", "somchai@example.co.th")
    add_contact(b.db, "Lin Mei-hua")
    for laptop in (a, b, a):
        laptop.sync.sync_once()
    assert field(b.db, "contacts", cid, "display_name") == "Somchai Jaidee"
    assert_equal_to_server(a, server.store)
    assert_equal_to_server(b, server.store)
    assert a.sync.status().pending == 0


def test_three_laptops_different_fields_both_kept(
    server: RunningServer, make_laptop: MakeLaptop
) -> None:
    for name in ("anna", "ben", "chai"):
        server.add_user(name)
    a, b, c = (make_laptop(server, n) for n in ("anna", "ben", "chai"))
    cid = add_contact(a.db, "Somchai")
    a.sync.sync_once()
    b.sync.sync_once()
    c.sync.sync_once()
    edit_contact(b.db, cid, title="Buyer")
    edit_contact(c.db, cid, family_name="Jaidee")
    b.sync.sync_once()
    result = c.sync.sync_once()
    assert result.conflicts == 0
    for laptop in (a, b, c):
        laptop.sync.sync_once()
        assert field(laptop.db, "contacts", cid, "title") == "Buyer"
        assert field(laptop.db, "contacts", cid, "family_name") == "Jaidee"
        assert_equal_to_server(laptop, server.store)


def test_same_field_later_edit_wins_and_loser_is_in_conflicts(
    server: RunningServer, make_laptop: MakeLaptop
) -> None:
    server.add_user("anna")
    server.add_user("ben")
    a, b = make_laptop(server, "anna"), make_laptop(server, "ben")
    cid = add_contact(a.db, "Somchai")
    a.sync.sync_once()
    b.sync.sync_once()
    edit_contact(a.db, cid, title="Buyer")
    edit_contact(b.db, cid, title="Head buyer")  # later HLC
    a.sync.sync_once()
    result = b.sync.sync_once()
    assert result.conflicts == 1
    a.sync.sync_once()
    assert field(a.db, "contacts", cid, "title") == "Head buyer"
    assert field(b.db, "contacts", cid, "title") == "Head buyer"
    with b.db.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT kind, field, mine, theirs, winner FROM sync_conflicts"
        ).all()
    assert rows == [("field", "title", '"Head buyer"', '"Buyer"', "mine")]


def test_delete_wins_over_earlier_uploaded_edit(
    server: RunningServer, make_laptop: MakeLaptop
) -> None:
    server.add_user("anna")
    server.add_user("ben")
    a, b = make_laptop(server, "anna"), make_laptop(server, "ben")
    cid = add_contact(a.db, "Somchai")
    a.sync.sync_once()
    b.sync.sync_once()
    edit_contact(b.db, cid, title="Buyer")
    delete_contact(a.db, cid)
    b.sync.sync_once()  # edit first
    a.sync.sync_once()  # then the delete
    b.sync.sync_once()
    for laptop in (a, b):
        assert field(laptop.db, "contacts", cid, "deleted_at") is not None
        assert field(laptop.db, "contacts", cid, "title") == "Buyer"
        assert_equal_to_server(laptop, server.store)


def test_delete_wins_over_later_uploaded_edit_which_is_kept_for_restore(
    server: RunningServer, make_laptop: MakeLaptop
) -> None:
    server.add_user("anna")
    server.add_user("ben")
    a, b = make_laptop(server, "anna"), make_laptop(server, "ben")
    cid = add_contact(a.db, "Somchai")
    a.sync.sync_once()
    b.sync.sync_once()
    delete_contact(a.db, cid)
    edit_contact(b.db, cid, title="Buyer")
    a.sync.sync_once()  # delete first
    result = b.sync.sync_once()  # then the edit
    assert result.conflicts >= 1
    a.sync.sync_once()
    for laptop in (a, b):
        assert field(laptop.db, "contacts", cid, "deleted_at") is not None
        assert field(laptop.db, "contacts", cid, "title") == "Buyer"
        assert_equal_to_server(laptop, server.store)
    with b.db.engine.connect() as conn:
        kinds = [r[0] for r in conn.exec_driver_sql("SELECT kind FROM sync_conflicts")]
    assert "delete" in kinds


def test_concurrent_note_edits_keep_both_versions(
    server: RunningServer, make_laptop: MakeLaptop
) -> None:
    server.add_user("anna")
    server.add_user("ben")
    a, b = make_laptop(server, "anna"), make_laptop(server, "ben")
    cid = add_contact(a.db, "Somchai")
    nid = add_note(a.db, cid, "Met at the fair.")
    a.sync.sync_once()
    b.sync.sync_once()
    edit_note(a.db, nid, "Met at the fair. Wants a quote.")
    edit_note(b.db, nid, "Met at the fair. Call back Monday.")
    a.sync.sync_once()
    b.sync.sync_once()
    a.sync.sync_once()
    for laptop in (a, b):
        with laptop.db.engine.connect() as conn:
            bodies = sorted(
                r[0]
                for r in conn.exec_driver_sql(
                    "SELECT body FROM notes WHERE entity_id = ? AND deleted_at IS NULL", (cid,)
                )
            )
        assert bodies == ["Met at the fair. Call back Monday.", "Met at the fair. Wants a quote."]
        assert_equal_to_server(laptop, server.store)


def test_delete_then_recreate_with_same_name_gives_a_new_live_record(
    server: RunningServer, make_laptop: MakeLaptop
) -> None:
    server.add_user("anna")
    server.add_user("ben")
    a, b = make_laptop(server, "anna"), make_laptop(server, "ben")
    cid = add_contact(a.db, "Somchai")
    a.sync.sync_once()
    delete_contact(a.db, cid)
    new = add_contact(a.db, "Somchai")
    a.sync.sync_once()
    b.sync.sync_once()
    assert field(b.db, "contacts", cid, "deleted_at") is not None
    assert field(b.db, "contacts", new, "deleted_at") is None
    assert_equal_to_server(b, server.store)


def test_older_edit_loses_and_its_laptop_takes_the_winner(
    server: RunningServer, make_laptop: MakeLaptop
) -> None:
    server.add_user("anna")
    server.add_user("ben")
    a, b = make_laptop(server, "anna"), make_laptop(server, "ben")
    cid = add_contact(a.db, "Somchai")
    a.sync.sync_once()
    b.sync.sync_once()
    edit_contact(a.db, cid, title="Older")
    edit_contact(b.db, cid, title="Newer")
    b.sync.sync_once()
    result = a.sync.sync_once()  # uploads the older edit, which loses
    assert result.conflicts == 1
    assert field(a.db, "contacts", cid, "title") == "Newer"
    assert_equal_to_server(a, server.store)


def test_unknown_fields_from_a_newer_client_are_kept_by_the_server(
    server: RunningServer, make_laptop: MakeLaptop
) -> None:
    import json

    from crmdesk.sync import local_state

    server.add_user("anna")
    server.add_user("ben")
    a, b = make_laptop(server, "anna"), make_laptop(server, "ben")
    cid = add_contact(a.db, "Somchai")
    with a.db.engine.connect() as conn:
        batch = local_state.next_batch(conn)
    for change in batch:
        if change["entity"] == "contacts":
            change["fields"]["nickname_2027"] = [None, "Chai"]  # a column from a newer schema
    hs = a.sync.call("/v1/handshake", {"protocol": 1, "device_id": a.db.device_id})
    a.sync.call("/v1/upload", {"session_id": hs["session_id"], "changes": batch})
    a.sync.call("/v1/end", {"session_id": hs["session_id"]})
    b.sync.sync_once()
    edit_contact(b.db, cid, title="Buyer")  # an older client edits the record
    b.sync.sync_once()
    from sqlalchemy import select

    from crmdesk.sync import store as st

    with server.store.read() as conn:
        data = conn.execute(
            select(st.records.c.data).where(st.records.c.row_id == cid)
        ).scalar_one()
    stored = json.loads(data)
    assert stored["nickname_2027"] == "Chai"
    assert stored["title"] == "Buyer"
    assert field(b.db, "contacts", cid, "title") == "Buyer"


def test_refused_change_is_parked_with_its_reason_and_the_rest_goes_through(
    sqlite_server: RunningServer, make_laptop: MakeLaptop
) -> None:
    from crmdesk.sync import parked

    server = sqlite_server
    server.add_user("anna")
    a = make_laptop(server, "anna")
    with a.db.engine.begin() as conn:  # a row the server never saw, edited: cannot apply
        conn.exec_driver_sql(
            "INSERT INTO outbox(change_id, tx_id, entity, row_id, op, fields, hlc, device_id) "
            "VALUES (?, ?, 'contacts', ?, 'update', '{\"title\": [null, \"x\"]}', 1, ?)",
            ("a" * 32, "b" * 32, "c" * 32, a.db.device_id),
        )
    cid = add_contact(a.db, "Somchai")
    result = a.sync.sync_once()
    assert result.parked == 1
    assert field(a.db, "contacts", cid, "id") == cid
    assert a.sync.status().pending == 0
    with a.db.read() as session:
        items = parked.parked_changes(session)
    assert [(p.change_id, p.status) for p in items] == [("a" * 32, "invalid")]
    assert "not on the server" in items[0].reason
    with a.db.write() as session:
        parked.dismiss(session, "a" * 32)
    assert a.sync.status().parked == 0


def test_refused_edit_is_undone_locally_and_kept_in_the_parked_list(
    sqlite_server: RunningServer, make_laptop: MakeLaptop
) -> None:
    import json

    from crmdesk.sync import parked

    server = sqlite_server
    server.add_user("anna")
    a = make_laptop(server, "anna")
    cid = add_contact(a.db, "Somchai")
    a.sync.sync_once()
    edit_contact(a.db, cid, title="Refused title")
    with a.db.engine.begin() as conn:  # the server refuses this change (a malformed field)
        change_id, fields = conn.exec_driver_sql(
            "SELECT change_id, fields FROM outbox WHERE entity = 'contacts'"
        ).one()
        broken = {**json.loads(fields), "bad name": [None, 1]}
        conn.exec_driver_sql(
            "UPDATE outbox SET fields = ? WHERE change_id = ?", (json.dumps(broken), change_id)
        )
    result = a.sync.sync_once()
    assert result.parked == 1
    assert field(a.db, "contacts", cid, "title") is None  # back to the server's state
    assert_equal_to_server(a, server.store)
    with a.db.read() as session:
        item = parked.parked_changes(session)[0]
    assert item.fields["title"] == "Refused title"
