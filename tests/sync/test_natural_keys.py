"""The same tag, custom field or saved lookup made on two laptops offline ends as one record."""

from __future__ import annotations

from tests.sync.conftest import (
    Laptop,
    MakeLaptop,
    RunningServer,
    assert_equal_to_server,
    server_rows,
)
from tests.sync.helpers import add_contact

from crmdesk import custom_fields, opportunities, pipeline, tags
from crmdesk.money import Money
from crmdesk.opportunities import OpportunityDraft
from crmdesk.sync import conflicts


def _settle(*laptops: Laptop) -> None:
    for _ in range(3):
        for laptop in laptops:
            laptop.sync.sync_once()


def _pair(server: RunningServer, make_laptop: MakeLaptop) -> tuple[Laptop, Laptop, str]:
    server.add_user("anna")
    server.add_user("ben")
    a, b = make_laptop(server, "anna"), make_laptop(server, "ben")
    shared = add_contact(a.db, "Somchai")
    a.sync.sync_once()
    b.sync.sync_once()
    return a, b, shared


def _live(server: RunningServer, table: str) -> list[dict[str, object]]:
    return [
        row
        for (entity, _), row in server_rows(server.store).items()
        if entity == table and not row.get("deleted_at")
    ]


def _tags_of(laptop: Laptop, contact_id: str) -> tuple[str, ...]:
    with laptop.db.read() as session:
        return tags.tags_of(session, "contact", contact_id)


def test_one_tag_name_made_on_two_laptops_becomes_one_tag_everywhere(
    server: RunningServer, make_laptop: MakeLaptop
) -> None:
    a, b, shared = _pair(server, make_laptop)
    mine = add_contact(a.db, "Anna's customer")
    theirs = add_contact(b.db, "Ben's customer")
    with a.db.write() as session:
        tags.set_tags(session, "contact", mine, "x" * 32, ["VIP"])
        tags.set_tags(session, "contact", shared, "x" * 32, ["VIP"])
    with b.db.write() as session:
        tags.set_tags(session, "contact", theirs, "x" * 32, ["vip"])
        tags.set_tags(session, "contact", shared, "x" * 32, ["vip"])
    _settle(a, b)
    (tag,) = _live(server, "tags")
    assert tag["name"] == "VIP"  # made first
    assert len(_live(server, "record_tags")) == 3  # the shared contact is tagged once
    for laptop in (a, b):
        assert_equal_to_server(laptop, server.store)
        for contact in (mine, theirs, shared):
            assert _tags_of(laptop, contact) == ("VIP",)
        assert laptop.sync.status().parked == 0


def test_one_custom_field_made_on_two_laptops_keeps_both_laptops_values(
    server: RunningServer, make_laptop: MakeLaptop
) -> None:
    a, b, shared = _pair(server, make_laptop)
    mine = add_contact(a.db, "Anna's customer")
    theirs = add_contact(b.db, "Ben's customer")
    with a.db.write() as session:
        custom_fields.define_field(session, "contact", "Birthday", "date")
        custom_fields.set_value(session, "contact", mine, "Birthday", "1990-01-02")
        custom_fields.set_value(session, "contact", shared, "Birthday", "1980-05-05")
    with b.db.write() as session:
        custom_fields.define_field(session, "contact", "Birthday", "date")
        custom_fields.set_value(session, "contact", theirs, "Birthday", "1991-03-04")
        custom_fields.set_value(session, "contact", shared, "Birthday", "1981-06-06")
    _settle(a, b)
    assert len(_live(server, "custom_fields")) == 1
    for laptop in (a, b):
        assert_equal_to_server(laptop, server.store)
        with laptop.db.read() as session:
            assert custom_fields.values_of(session, "contact", mine)["Birthday"] == "1990-01-02"
            assert custom_fields.values_of(session, "contact", theirs)["Birthday"] == "1991-03-04"
            assert custom_fields.values_of(session, "contact", shared)["Birthday"] == "1980-05-05"
    # Ben's value for the shared contact lost: he can review it and keep his.
    with b.db.read() as session:
        (item,) = [c for c in conflicts.open_conflicts(session) if c.entity == "custom_values"]
    assert (item.mine, item.theirs, item.winner) == ("1981-06-06", "1980-05-05", "theirs")
    with b.db.write() as session:
        conflicts.resolve(session, item.id, "mine")
    _settle(b, a)
    with a.db.read() as session:
        assert custom_fields.values_of(session, "contact", shared)["Birthday"] == "1981-06-06"
    assert_equal_to_server(a, server.store)


def _add_stage_and_deal(laptop: Laptop, stage: str, deal: str) -> str:
    with laptop.db.write() as session:
        now = [(s.id, s.name, s.probability) for s in pipeline.list_stages(session)]
        pipeline.save_stages(session, [*now, (None, stage, 70)])
        return opportunities.add_opportunity(
            session, OpportunityDraft(deal, Money(100_000, "THB"), stage_id=stage)
        ).id


def test_one_stage_name_made_on_two_laptops_becomes_one_stage_holding_both_deals(
    server: RunningServer, make_laptop: MakeLaptop
) -> None:
    a, b, _ = _pair(server, make_laptop)
    first = _add_stage_and_deal(a, "Negotiation", "Anna's deal")
    second = _add_stage_and_deal(b, "negotiation", "Ben's deal")
    _settle(a, b)
    names = [str(s["name"]).casefold() for s in _live(server, "pipeline_stages")]
    assert names.count("negotiation") == 1
    for laptop in (a, b):
        assert_equal_to_server(laptop, server.store)
        with laptop.db.read() as session:
            stages = [s.name for s in pipeline.list_stages(session)]
            assert [n.casefold() for n in stages].count("negotiation") == 1
            deals = {opportunities.get_opportunity(session, d).stage_name for d in (first, second)}
        assert deals == {"Negotiation"}


def test_a_laptop_receiving_both_duplicates_in_one_page_keeps_the_winner(
    sqlite_server: RunningServer, make_laptop: MakeLaptop
) -> None:
    server = sqlite_server
    a, b, shared = _pair(server, make_laptop)
    with a.db.write() as session:
        tags.set_tags(session, "contact", shared, "x" * 32, ["VIP"])
    with b.db.write() as session:
        tags.set_tags(session, "contact", shared, "x" * 32, ["vip"])
    a.sync.sync_once()
    b.sync.sync_once()  # the server now holds both tags until Ben's laptop settles them
    assert len(_live(server, "tags")) == 2
    winner = min(str(t["id"]) for t in _live(server, "tags"))
    server.add_user("chai")
    c = make_laptop(server, "chai")
    c.sync.sync_once()
    with c.db.engine.connect() as conn:
        assert [r[0] for r in conn.exec_driver_sql("SELECT id FROM tags")] == [winner]
    assert _tags_of(c, shared) == ("VIP",)
    _settle(b, a, c)
    for laptop in (a, b, c):
        assert_equal_to_server(laptop, server.store)
