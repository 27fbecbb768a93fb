"""Merging duplicates moves everything to the survivor, loses nothing, and undoes in one step."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from crmdesk import activities, contacts, custom_fields, notes, opportunities
from crmdesk.db.engine import Database
from crmdesk.db.models import Activity, Note, Opportunity
from crmdesk.duplicates import find_duplicates, matches_for, name_key
from crmdesk.errors import CrmError
from crmdesk.merge import merge_contacts, undo_merge
from crmdesk.money import Money
from crmdesk.records import ContactDraft, LabeledValue


def _two(db: Database) -> tuple[str, str]:
    with db.write() as session:
        custom_fields.define_field(session, "contact", "tier", "text")
        custom_fields.define_field(session, "contact", "region", "text")
        a = contacts.add_contact(
            session,
            ContactDraft(
                display_name="陳志明",
                title="經理",
                emails=(LabeledValue("chen@twtech.com.tw", "work"),),
                tags=("VIP",),
            ),
        ).id
        b = contacts.add_contact(
            session,
            ContactDraft(
                display_name="陳 志明",
                given_name="志明",
                family_name="陳",
                phones=(LabeledValue("+886912345678", "mobile"),),
                emails=(LabeledValue("CHEN@twtech.com.tw", "home"),),
                tags=("Taipei",),
            ),
        ).id
        custom_fields.set_value(session, "contact", a, "tier", "gold")
        custom_fields.set_value(session, "contact", b, "tier", "silver")
        custom_fields.set_value(session, "contact", b, "region", "north")
        notes.add_note(session, "contact", b, "Met at Computex.")
        activities.schedule(
            session,
            activities.ActivityDraft(
                "call", "Follow up", starts_at=datetime(2026, 12, 1, 3, tzinfo=UTC), contact_id=b
            ),
        )
        opportunities.add_opportunity(
            session,
            opportunities.OpportunityDraft("Servers", Money(100_000, "TWD"), contact_id=b),
        )
    return a, b


def test_chinese_names_with_and_without_space_are_duplicates(db: Database) -> None:
    assert name_key("陳 志明") == name_key("陳志明") == name_key("陳志明先生")
    assert name_key("สมชาย ใจดี") == name_key("คุณสมชายใจดี")
    assert name_key("Smith, John") == name_key("john SMITH")
    a, b = _two(db)
    with db.read() as session:
        groups = find_duplicates(session)
    assert [set(g.contact_ids) for g in groups] == [{a, b}]
    assert set(groups[0].reasons) == {"same email", "same name"}


def test_merge_moves_everything_and_undo_restores_both(db: Database) -> None:
    a, b = _two(db)
    with db.write() as session:
        journal = merge_contacts(session, a, b, {"given_name": "other"})
    with db.read() as session:
        rec = contacts.get_contact(session, a)
        assert rec.display_name == "陳志明" and rec.given_name == "志明" and rec.family_name == "陳"
        assert rec.title == "經理"
        assert [p.e164 for p in rec.phones] == ["+886912345678"]
        assert set(rec.tags) == {"VIP", "Taipei"}
        assert rec.custom == {"tier": "gold", "region": "north"}
        assert session.scalar(select(Activity.contact_id)) == a
        assert session.scalar(select(Opportunity.contact_id)) == a
        assert session.scalar(select(Note.entity_id)) == a
        with pytest.raises(CrmError):
            contacts.get_contact(session, b)
        assert find_duplicates(session) == []
    with db.write() as session:
        undo_merge(session, journal)
    with db.read() as session:
        rec_a, rec_b = contacts.get_contact(session, a), contacts.get_contact(session, b)
        assert rec_a.given_name is None and rec_a.tags == ("VIP",) and rec_a.phones == ()
        assert rec_a.custom == {"tier": "gold"}
        assert rec_b.custom == {"tier": "silver", "region": "north"}
        assert set(rec_b.tags) == {"Taipei"}
        assert session.scalar(select(Activity.contact_id)) == b
        assert session.scalar(select(Opportunity.contact_id)) == b
        assert session.scalar(select(Note.entity_id)) == b
    with db.write() as session, pytest.raises(CrmError, match="already undone"):
        undo_merge(session, journal)


def test_matches_for_a_contact_being_entered(db: Database) -> None:
    a, b = _two(db)
    with db.read() as session:
        by_email = matches_for(session, "Someone Else", emails=["Chen@TWtech.com.tw"])
        by_phone = matches_for(session, "Nobody", e164s=["+886912345678"])
        by_name = matches_for(session, "陳志明", exclude_id=a)
        nothing = matches_for(session, "王大同", emails=["wang@example.com"])
    assert {h.contact_id for h in by_email} == {a, b}
    assert [(h.contact_id, h.reason) for h in by_phone] == [(b, "same phone +886912345678")]
    assert [h.contact_id for h in by_name] == [b]
    assert nothing == []
