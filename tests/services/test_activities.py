"""Activities: scheduling with validation, completing into the history, clearing, alarms."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from crmdesk import activities, contacts
from crmdesk.activities import ActivityDraft
from crmdesk.db.engine import Database
from crmdesk.errors import CrmError
from crmdesk.records import ContactDraft
from crmdesk.validation import NotFound, ValidationError

T0 = datetime(2030, 5, 6, 9, 0, tzinfo=UTC)


def test_schedule_links_the_contacts_company_and_lists_in_time_order(db: Database) -> None:
    with db.write() as s:
        c = contacts.add_contact(s, ContactDraft("Act Ivity", company_name="Act Co"))
        late = activities.schedule(
            s, ActivityDraft("meeting", "Demo", starts_at=T0 + timedelta(hours=2), contact_id=c.id)
        )
        early = activities.schedule(
            s, ActivityDraft("call", "Intro call", starts_at=T0, contact_id=c.id, alarm_minutes=15)
        )
        listed = activities.list_scheduled(s, contact_id=c.id)
    assert [a.id for a in listed] == [early.id, late.id]
    assert late.company_id == c.company_id and late.company_name == "Act Co"
    assert early.alarm_at == T0 - timedelta(minutes=15)
    assert early.status == "scheduled"


def test_complete_moves_it_to_the_history_with_the_outcome(db: Database) -> None:
    with db.write() as s:
        c = contacts.add_contact(s, ContactDraft("His Tory"))
        a = activities.schedule(s, ActivityDraft("call", "Follow up", T0, contact_id=c.id))
        done = activities.complete(s, a.id, "  Agreed on a trial  ")
        assert (done.status, done.outcome) == ("completed", "Agreed on a trial")
        assert done.completed_at is not None
        assert [h.id for h in activities.history(s, contact_id=c.id)] == [a.id]
        assert activities.list_scheduled(s, contact_id=c.id) == []
        with pytest.raises(CrmError, match="already completed"):
            activities.complete(s, a.id, "again")
        with pytest.raises(CrmError, match="Only scheduled activities can be moved"):
            activities.reschedule(s, a.id, T0 + timedelta(days=1))


def test_reschedule_keeps_the_length_and_clear_cancels(db: Database) -> None:
    with db.write() as s:
        a = activities.schedule(
            s, ActivityDraft("meeting", "Lunch", T0, ends_at=T0 + timedelta(minutes=90))
        )
        moved = activities.reschedule(s, a.id, T0 + timedelta(days=2))
        assert moved.ends_at == T0 + timedelta(days=2, minutes=90)
        cleared = activities.clear(s, a.id)
        assert cleared.status == "cleared"
        activities.delete_activity(s, a.id)
        with pytest.raises(NotFound):
            activities.get_activity(s, a.id)


def test_validation_messages(db: Database) -> None:
    naive = datetime(2030, 1, 1, 9, 0)
    with db.write() as s, pytest.raises(ValidationError) as info:
        activities.schedule(
            s,
            ActivityDraft(
                "fax",
                "  ",
                starts_at=naive,
                priority="urgent",
                alarm_minutes=-5,
                contact_id="nobody",
            ),
        )
    problems = {p.field: p.message for p in info.value.problems}
    assert problems["kind"].startswith("Type must be one of call, meeting")
    assert problems["regarding"] == "Say what the activity is about."
    assert problems["priority"] == "Priority is low, medium or high."
    assert problems["starts_at"] == "A time zone is needed."
    assert problems["alarm_minutes"] == "The alarm cannot be after the start."
    assert problems["contact_id"] == "No such record."
    with db.write() as s, pytest.raises(ValidationError, match="The end is before the start"):
        activities.schedule(s, ActivityDraft("call", "x", T0, ends_at=T0 - timedelta(hours=1)))


def test_due_and_alarms(db: Database) -> None:
    with db.write() as s:
        overdue = activities.schedule(s, ActivityDraft("call", "Overdue", T0 - timedelta(days=1)))
        todo = activities.schedule(s, ActivityDraft("todo", "Someday"))
        future = activities.schedule(
            s, ActivityDraft("call", "Future", T0 + timedelta(days=3), alarm_minutes=30)
        )
        due_ids = {a.id for a in activities.due(s, T0)}
        alarms = activities.alarms_between(
            s, T0 + timedelta(days=3, minutes=-31), T0 + timedelta(days=3, minutes=-29)
        )
    assert {overdue.id, todo.id} <= due_ids and future.id not in due_ids
    assert [a.id for a in alarms] == [future.id]
