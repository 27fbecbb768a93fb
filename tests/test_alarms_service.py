"""Alarm bookkeeping: each alarm is due once, snoozes hold it back until their time."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from crmdesk import activities, alarms
from crmdesk.activities import ActivityDraft
from crmdesk.db.engine import Database
from crmdesk.vault import Vault

START = datetime(2026, 11, 23, 8, 0).astimezone()


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = Vault(tmp_path / "v").init("correct horse battery", user_name="somchai")
    yield database
    database.close()


def _due(db: Database, now: datetime) -> list[str]:
    with db.write() as s:
        return [a.regarding for a in alarms.take_due(s, now)]


def test_each_alarm_is_due_once_and_cleared_ones_never(db: Database) -> None:
    with db.write() as s:
        for minute, regarding in ((10, "a"), (20, "b"), (30, "c")):
            draft = ActivityDraft(
                "call", regarding, starts_at=START + timedelta(minutes=minute), alarm_minutes=0
            )
            record = activities.schedule(s, draft)
        activities.clear(s, record.id)  # "c" is cancelled
    assert _due(db, START) == []
    assert _due(db, START + timedelta(minutes=10)) == ["a"]
    assert _due(db, START + timedelta(minutes=40)) == ["b"]
    assert _due(db, START + timedelta(minutes=50)) == []


def test_snooze_delays_until_its_time_and_completed_snoozes_vanish(db: Database) -> None:
    with db.write() as s:
        a = activities.schedule(s, ActivityDraft("call", "a", starts_at=START, alarm_minutes=5))
        b = activities.schedule(s, ActivityDraft("call", "b", starts_at=START, alarm_minutes=5))
    assert _due(db, START) == ["a", "b"]
    with db.write() as s:
        alarms.snooze(s, a.id, START + timedelta(minutes=5))
        alarms.snooze(s, b.id, START + timedelta(minutes=5))
        activities.complete(s, b.id, "done")
    assert _due(db, START + timedelta(minutes=4)) == []
    assert _due(db, START + timedelta(minutes=5)) == ["a"]
    assert _due(db, START + timedelta(minutes=30)) == []


def test_alarm_already_past_when_moved_fires_once_before_the_start(db: Database) -> None:
    with db.write() as s:
        call = activities.schedule(
            s, ActivityDraft("call", "a", starts_at=START + timedelta(hours=3), alarm_minutes=30)
        )
    assert _due(db, START) == []
    with db.write() as s:  # at 08:00 it is moved to 08:10; its alarm (07:40) has passed
        activities.reschedule(s, call.id, START + timedelta(minutes=10))
    assert _due(db, START + timedelta(minutes=1)) == ["a"]
    assert _due(db, START + timedelta(minutes=2)) == []
    with db.write() as s:  # moved again: a new alarm time, a new alarm
        activities.reschedule(s, call.id, START + timedelta(minutes=20))
    assert _due(db, START + timedelta(minutes=3)) == ["a"]
    assert _due(db, START + timedelta(minutes=30)) == []


def test_new_activity_inside_its_alarm_window_alarms_at_once(db: Database) -> None:
    assert _due(db, START) == []
    with db.write() as s:
        activities.schedule(
            s,
            ActivityDraft(
                "meeting", "soon", starts_at=START + timedelta(minutes=5), alarm_minutes=15
            ),
        )
    assert _due(db, START + timedelta(seconds=30)) == ["soon"]
    assert _due(db, START + timedelta(minutes=1)) == []


def test_a_late_alarm_fires_in_a_busy_week(db: Database) -> None:
    """More than a thousand calls before it in the coming week: a late alarm still fires."""
    assert _due(db, START) == []
    with db.write() as s:
        for i in range(1_050):  # a call every 6 minutes from 08:10 for 4.4 days, no alarms
            draft = ActivityDraft("call", f"c{i}", starts_at=START + timedelta(minutes=10 + 6 * i))
            activities.schedule(s, draft)
        five_days = 5 * 24 * 60
        activities.schedule(  # starts after all of them; its alarm time passed an hour ago
            s,
            ActivityDraft(
                "meeting", "late", starts_at=START + timedelta(days=5), alarm_minutes=five_days + 60
            ),
        )
    assert _due(db, START + timedelta(minutes=1)) == ["late"]
    assert _due(db, START + timedelta(minutes=2)) == []
