"""count_due agrees with due: how many are due by a moment, and how many already late."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from crmdesk import activities
from crmdesk.activities import ActivityDraft
from crmdesk.db.engine import Database


def test_count_due_matches_the_due_list(db: Database) -> None:
    now = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
    until = now + timedelta(hours=15)
    with db.write() as s:
        before = activities.count_due(s, until, now)
        drafts = [
            ActivityDraft(kind="call", regarding="late", starts_at=now - timedelta(days=2)),
            ActivityDraft(
                kind="meeting", regarding="later today", starts_at=now + timedelta(hours=3)
            ),
            ActivityDraft(kind="todo", regarding="undated"),
            ActivityDraft(kind="call", regarding="next week", starts_at=now + timedelta(days=7)),
        ]
        ids = activities.schedule_many(s, drafts)
        activities.complete(s, activities.schedule(s, drafts[0]).id, "done")
        total, late = activities.count_due(s, until, now)
        listed = activities.due(s, until)
        first = activities.due(s, until, limit=1)
    assert (total - before[0], late - before[1]) == (3, 1)
    assert total == len(listed)
    assert [a.regarding for a in first] == ["late"]  # oldest first
    assert ids[0] in {a.id for a in listed}
