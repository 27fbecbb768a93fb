"""The team service on a real encrypted database: single-user mode, a synced directory, reassign."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from crmdesk import activities, contacts, custom_fields, notes, opportunities, team
from crmdesk.db.capture import set_capture_flag
from crmdesk.db.engine import Database
from crmdesk.db.models import Outbox, SyncState
from crmdesk.money import Money
from crmdesk.records import ContactDraft, LabeledValue
from crmdesk.rights import ALL_RIGHTS

BOSS, REP_B, STRANGER = "b" * 32, "c" * 32, "d" * 32


def _connect(db: Database, me: str, rights: list[str]) -> None:
    """What a sync round stores: connected (capture on), and the directory the server sent."""
    with db.write() as s:
        if s.get(SyncState, "server_url") is None:
            s.add(SyncState(key="server_url", value="https://office.example:8443"))
            set_capture_flag(s.connection())
        team.save_directory(
            s,
            {
                "people": [
                    {"id": BOSS, "name": "Boss", "role": "manager", "manager_id": None},
                    {"id": me, "name": "Me", "role": "manager", "manager_id": BOSS},
                    {"id": REP_B, "name": "Rep B", "role": "rep", "manager_id": me},
                ],
                "rights": rights,
            },
        )


def _disconnect(db: Database) -> None:
    with db.write() as s:
        s.query(SyncState).filter_by(key="server_url").delete()
        team.save_directory(s, {"people": [], "rights": []})


def test_single_user_mode_is_one_director_with_every_right(db: Database) -> None:
    with db.read() as s:
        me = team.current_user(s)
        assert team.directory(s) == [me]
        assert me.role == "director" and me.manager_id is None
        assert team.team_ids(s) == {me.id}
        assert team.rights(s) == ALL_RIGHTS


def test_directory_team_and_rights_come_from_the_last_sync(db: Database) -> None:
    with db.read() as s:
        me = team.current_user(s).id
    _connect(db, me, ["export", "reassign"])
    try:
        with db.read() as s:
            assert team.current_user(s) == team.Person(me, "Me", "manager", BOSS)
            assert [p.name for p in team.directory(s)] == ["Boss", "Me", "Rep B"]
            assert team.team_ids(s) == {me, REP_B}  # not the boss above me
            assert team.rights(s) == {"export", "reassign"}
    finally:
        _disconnect(db)


def test_connected_before_the_first_sync_has_no_rights_yet(db: Database) -> None:
    with db.write() as s:
        s.add(SyncState(key="server_url", value="https://office.example:8443"))
    try:
        with db.read() as s:
            assert team.rights(s) == frozenset()
            assert team.current_user(s).role == "rep"
    finally:
        _disconnect(db)


def _customer_with_history(db: Database) -> dict[str, str]:
    with db.write() as s:
        if "tier" not in {f.name for f in custom_fields.list_fields(s, "contact")}:
            custom_fields.define_field(s, "contact", "tier", "text")
        c = contacts.add_contact(
            s,
            ContactDraft(
                "ลูกค้าย้ายทีม", emails=(LabeledValue("move@example.com", "work"),), tags=("vip",)
            ),
        )
        deal = opportunities.add_opportunity(
            s, opportunities.OpportunityDraft(name="Deal", amount=Money(9, "THB"), contact_id=c.id)
        )
        call = activities.schedule(
            s, activities.ActivityDraft(kind="call", regarding="call", contact_id=c.id)
        )
        note = notes.add_note(s, "contact", c.id, "history")
        deal_note = notes.add_note(s, "opportunity", deal.id, "deal history")
        custom_fields.set_value(s, "contact", c.id, "tier", "gold")
        other = contacts.add_contact(s, ContactDraft("Stays"))
    return {
        "contact": c.id,
        "deal": deal.id,
        "call": call.id,
        "note": note.id,
        "deal_note": deal_note.id,
        "other": other.id,
    }


def _owners(db: Database) -> dict[tuple[str, str], str]:
    tables = ("contacts", "emails", "opportunities", "activities", "notes", "custom_values")
    out: dict[tuple[str, str], str] = {}
    with db.engine.connect() as conn:
        for t in (*tables, "record_tags"):
            for rid, owner in conn.exec_driver_sql(f"SELECT id, owner_id FROM {t}"):
                out[(t, rid)] = owner
    return out


def test_reassign_moves_the_whole_tree_through_change_capture(db: Database) -> None:
    ids = _customer_with_history(db)
    with db.read() as s:
        me = team.current_user(s).id
        before_outbox = s.scalar(select(Outbox.counter).order_by(Outbox.counter.desc()).limit(1))
    _connect(db, me, ["reassign"])
    try:
        with db.write() as s:
            moved = team.reassign(s, "contact", [ids["contact"]], REP_B)
    finally:
        _disconnect(db)
    owners = _owners(db)
    for key in (
        ("contacts", ids["contact"]),
        ("opportunities", ids["deal"]),
        ("activities", ids["call"]),
        ("notes", ids["note"]),
        ("notes", ids["deal_note"]),
    ):
        assert owners[key] == REP_B, key
    moved_kinds = {t for (t, _), o in owners.items() if o == REP_B}
    assert {"emails", "custom_values", "record_tags"} <= moved_kinds
    assert owners[("contacts", ids["other"])] == me
    assert moved == sum(1 for o in owners.values() if o == REP_B)
    with db.read() as s:
        captured = s.execute(
            select(Outbox.entity, Outbox.row_id, Outbox.fields).where(
                Outbox.counter > (before_outbox or 0)
            )
        ).all()
    owner_changes = {(e, r) for e, r, f in captured if json.loads(f).get("owner_id") == [me, REP_B]}
    assert owner_changes == {k for k, o in owners.items() if o == REP_B}


def test_reassign_without_the_right_says_so_and_changes_nothing(db: Database) -> None:
    ids = _customer_with_history(db)
    with db.read() as s:
        me = team.current_user(s).id
    _connect(db, me, ["export"])
    try:
        with pytest.raises(team.NotAllowed, match="does not allow"), db.write() as s:
            team.reassign(s, "contact", [ids["contact"]], REP_B)
        _connect(db, me, ["reassign"])
        with pytest.raises(team.CrmError, match="not someone you may"), db.write() as s:
            team.reassign(s, "contact", [ids["contact"]], STRANGER)
    finally:
        _disconnect(db)
    assert _owners(db)[("contacts", ids["contact"])] == me


def test_reassigning_a_company_moves_what_hangs_on_the_company_not_its_contacts(
    db: Database,
) -> None:
    from crmdesk import companies
    from crmdesk.records import CompanyDraft

    with db.read() as s:
        me = team.current_user(s).id
    with db.write() as s:
        company = companies.add_company(
            s, CompanyDraft("บริษัท ย้าย จำกัด", phones=(LabeledValue("02 123 4567", "work"),))
        )
        deal = opportunities.add_opportunity(
            s,
            opportunities.OpportunityDraft(
                name="Company deal", amount=Money(5, "THB"), company_id=company.id
            ),
        )
        person = contacts.add_contact(s, ContactDraft("Works there", company_id=company.id))
        their_call = activities.schedule(
            s,
            activities.ActivityDraft(
                kind="call", regarding="x", contact_id=person.id, company_id=company.id
            ),
        )
    _connect(db, me, ["reassign"])
    try:
        with db.write() as s:
            team.reassign(s, "company", [company.id], REP_B)
    finally:
        _disconnect(db)
    with db.engine.connect() as conn:

        def owner(table: str, row_id: str) -> str:
            return str(
                conn.exec_driver_sql(
                    f"SELECT owner_id FROM {table} WHERE id = ?", (row_id,)
                ).scalar()
            )

        phone = conn.exec_driver_sql(
            "SELECT id FROM phones WHERE company_id = ?", (company.id,)
        ).scalar()
        assert owner("companies", company.id) == REP_B
        assert owner("phones", str(phone)) == REP_B
        assert owner("opportunities", deal.id) == REP_B
        # A contact is a customer of its own; its call follows the contact, not the company.
        assert owner("contacts", person.id) == me
        assert owner("activities", their_call.id) == me
