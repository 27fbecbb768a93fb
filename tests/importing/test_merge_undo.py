"""Merge undo keeps later work; three or more duplicates merge into one and undo in one step."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import select

from crmdesk import activities, contacts, notes
from crmdesk.db.engine import Database
from crmdesk.db.models import Activity, Note
from crmdesk.duplicates import find_duplicates
from crmdesk.errors import CrmError
from crmdesk.merge import SurvivorChanged, merge_contacts, merge_group, undo_merge
from crmdesk.records import ContactDraft, LabeledValue


def _add(db: Database, *drafts: ContactDraft) -> list[str]:
    with db.write() as session:
        return [contacts.add_contact(session, d).id for d in drafts]


def _three(db: Database) -> list[str]:
    return _add(
        db,
        ContactDraft("Somchai Jaidee", emails=(LabeledValue("somchai@example.co.th"),)),
        ContactDraft(
            "Somchai Jaidee",
            title="Buyer",
            phones=(LabeledValue("+66812345678"),),
            emails=(LabeledValue("SOMCHAI@example.co.th"),),
        ),
        ContactDraft(
            "Jaidee Somchai",
            title="Head of Buying",
            emails=(LabeledValue("somchai.j@gmail.com"),),
            tags=("Golf",),
        ),
    )


def test_undo_refuses_when_the_survivor_was_edited_after_the_merge(db: Database) -> None:
    a, b, _ = _three(db)
    with db.write() as session:
        journal = merge_contacts(session, a, b)
    with db.write() as session:
        draft = contacts.get_contact(session, a).to_draft()
        contacts.update_contact(session, a, replace(draft, title="Purchasing Manager"))
    with db.write() as session, pytest.raises(SurvivorChanged, match="edited after the merge"):
        undo_merge(session, journal)
    with db.read() as session:
        assert contacts.get_contact(session, a).title == "Purchasing Manager"
        with pytest.raises(CrmError):
            contacts.get_contact(session, b)
    with db.write() as session:
        undo_merge(session, journal, keep_changed=True)
    with db.read() as session:
        assert contacts.get_contact(session, a).title == "Purchasing Manager"
        assert contacts.get_contact(session, b).title == "Buyer"


def test_notes_and_activities_added_to_the_survivor_after_the_merge_stay_with_it(
    db: Database,
) -> None:
    a, b, _ = _three(db)
    with db.write() as session:
        notes.add_note(session, "contact", b, "Likes durian")
        journal = merge_contacts(session, a, b)
    with db.write() as session:
        later_note = notes.add_note(session, "contact", a, "Asked for a quote").id
        activities.log_done(session, activities.ActivityDraft("call", "Quote", contact_id=a), "ok")
    with db.write() as session:
        undo_merge(session, journal)
    with db.read() as session:
        rows = session.execute(select(Note.body, Note.entity_id))
        by_body = {body: owner for body, owner in rows}
        assert by_body == {"Likes durian": b, "Asked for a quote": a}
        assert session.get(Note, later_note) is not None
        assert session.scalars(select(Activity.contact_id)).all() == [a]


def test_undo_of_a_merge_whose_survivor_was_merged_again_names_the_later_merge(
    db: Database,
) -> None:
    a, b, c = _three(db)
    with db.write() as session:
        first = merge_contacts(session, a, b)
    with db.write() as session:
        second = merge_contacts(session, c, a)
    with db.write() as session, pytest.raises(CrmError, match=f"merge {second}"):
        undo_merge(session, first)
    with db.write() as session:
        undo_merge(session, second)
    with db.write() as session:
        undo_merge(session, first)
    with db.read() as session:
        assert [contacts.get_contact(session, x).display_name for x in (a, b, c)] == [
            "Somchai Jaidee",
            "Somchai Jaidee",
            "Jaidee Somchai",
        ]


def test_three_duplicates_merge_into_one_and_undo_in_one_step(db: Database) -> None:
    a, b, c = _three(db)
    with db.read() as session:
        assert [set(g.contact_ids) for g in find_duplicates(session)] == [{a, b, c}]
    with db.write() as session:
        journal = merge_group(session, a, [b, c], {"title": c})
    with db.read() as session:
        rec = contacts.get_contact(session, a)
        assert rec.title == "Head of Buying"
        assert {e.value.lower() for e in rec.emails} == {
            "somchai@example.co.th",
            "somchai.j@gmail.com",
        }
        assert [p.e164 for p in rec.phones] == ["+66812345678"]
        assert rec.tags == ("Golf",)
        assert find_duplicates(session) == []
    with db.write() as session:
        undo_merge(session, journal)
    with db.read() as session:
        recs = [contacts.get_contact(session, x) for x in (a, b, c)]
        assert [r.title for r in recs] == [None, "Buyer", "Head of Buying"]
        assert [len(r.emails) for r in recs] == [1, 1, 1]
        assert recs[0].phones == () and recs[0].tags == ()
    with db.write() as session, pytest.raises(CrmError, match="already undone"):
        undo_merge(session, journal)


def test_group_merge_rejects_values_from_a_contact_outside_the_group(db: Database) -> None:
    a, b, c = _three(db)
    with db.write() as session, pytest.raises(CrmError, match="only come from"):
        merge_group(session, a, [b], {"title": c})
    with db.write() as session, pytest.raises(CrmError, match="itself"):
        merge_group(session, a, [b, a])
