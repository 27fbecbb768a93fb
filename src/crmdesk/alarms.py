"""Which activity alarms are due: the last check time and snoozes kept per database."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from crmdesk import activities, local_settings
from crmdesk.activities import ActivityRecord
from crmdesk.validation import NotFound

CHECKED_KEY = "alarms_checked_at"
SNOOZED_KEY = "alarms_snoozed"
FIRED_KEY = "alarms_fired"
#: How far ahead an activity may start and still get an alarm that was already past
#: when it was scheduled or moved; also how long fired alarms are remembered.
LATE_HORIZON = timedelta(days=8)
FIRST_LOOK_BACK = timedelta(days=1)
_TICK = timedelta(microseconds=1)


def _load(session: Session, key: str) -> dict[str, str]:
    raw = local_settings.get_value(session, key) or "{}"
    try:
        value = json.loads(raw)
    except ValueError:
        return {}
    return {str(k): str(v) for k, v in value.items()} if isinstance(value, dict) else {}


def _snoozes(session: Session) -> dict[str, str]:
    return _load(session, SNOOZED_KEY)


def take_due(session: Session, now: datetime) -> list[ActivityRecord]:
    """Alarms that went off since the last check (also while the app was closed), alarms
    whose time had already passed when the activity was scheduled or moved (it has not
    started yet), and snoozes that ran out. Each alarm time fires once."""
    stored = local_settings.get_value(session, CHECKED_KEY)
    since = datetime.fromisoformat(stored) if stored else now - FIRST_LOOK_BACK
    until = now + _TICK  # an alarm set for exactly now is due now
    candidates = activities.alarms_between(session, since, until) if since < until else []
    candidates += activities.alarms_set_before(session, since, now, now + LATE_HORIZON)
    fired = _load(session, FIRED_KEY)
    due: dict[str, ActivityRecord] = {}
    for record in candidates:
        stamp = record.alarm_at.isoformat() if record.alarm_at else ""
        if fired.get(record.id) != stamp:
            due[record.id] = record
            fired[record.id] = stamp
    snoozes = _snoozes(session)
    for activity_id, snoozed_until in list(snoozes.items()):
        if datetime.fromisoformat(snoozed_until) > now:
            continue
        del snoozes[activity_id]
        try:
            record = activities.get_activity(session, activity_id)
        except NotFound:
            continue
        if record.status == "scheduled":
            due[record.id] = record
    for activity_id in list(due):
        if activity_id in snoozes:  # snoozed again before its first alarm was seen
            del due[activity_id]
    forget_before = now - LATE_HORIZON
    fired = {k: v for k, v in fired.items() if v and datetime.fromisoformat(v) >= forget_before}
    local_settings.set_value(session, FIRED_KEY, json.dumps(fired))
    local_settings.set_value(session, SNOOZED_KEY, json.dumps(snoozes))
    local_settings.set_value(session, CHECKED_KEY, max(since, until).isoformat())
    return sorted(due.values(), key=lambda a: (a.alarm_at or now, a.id))


def snooze(session: Session, activity_id: str, until: datetime) -> None:
    """Silence an alarm until ``until``; it fires again at the first check after that."""
    snoozes = _snoozes(session)
    snoozes[activity_id] = until.isoformat()
    local_settings.set_value(session, SNOOZED_KEY, json.dumps(snoozes))
