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
FIRST_LOOK_BACK = timedelta(days=1)
_TICK = timedelta(microseconds=1)


def _snoozes(session: Session) -> dict[str, str]:
    raw = local_settings.get_value(session, SNOOZED_KEY) or "{}"
    try:
        value = json.loads(raw)
    except ValueError:
        return {}
    return {str(k): str(v) for k, v in value.items()} if isinstance(value, dict) else {}


def take_due(session: Session, now: datetime) -> list[ActivityRecord]:
    """Alarms that went off since the last check (also while the app was closed) and
    snoozes that ran out; remembers ``now`` as checked so each fires once."""
    stored = local_settings.get_value(session, CHECKED_KEY)
    since = datetime.fromisoformat(stored) if stored else now - FIRST_LOOK_BACK
    until = now + _TICK  # an alarm set for exactly now is due now
    due = (
        {a.id: a for a in activities.alarms_between(session, since, until)} if since < until else {}
    )
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
    local_settings.set_value(session, SNOOZED_KEY, json.dumps(snoozes))
    local_settings.set_value(session, CHECKED_KEY, max(since, until).isoformat())
    return sorted(due.values(), key=lambda a: (a.alarm_at or now, a.id))


def snooze(session: Session, activity_id: str, until: datetime) -> None:
    """Silence an alarm until ``until``; it fires again at the first check after that."""
    snoozes = _snoozes(session)
    snoozes[activity_id] = until.isoformat()
    local_settings.set_value(session, SNOOZED_KEY, json.dumps(snoozes))
