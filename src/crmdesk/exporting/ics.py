"""Writing scheduled activities as an iCalendar (.ics) file: events with times and alarms."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from typing import BinaryIO

from crmdesk.activities import ActivityRecord
from crmdesk.exporting.vcard import escape, fold


def _utc(value: datetime) -> str:
    return value.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def event_lines(a: ActivityRecord, stamp: datetime) -> list[str]:
    """The VEVENT of one scheduled activity (activities without a time are left out)."""
    if a.starts_at is None:
        return []
    lines = ["BEGIN:VEVENT", f"UID:{a.id}@crmdesk", f"DTSTAMP:{_utc(stamp)}"]
    if a.all_day:
        start = a.starts_at.date()
        end = (a.ends_at.date() if a.ends_at else start) + timedelta(days=1)
        lines += [f"DTSTART;VALUE=DATE:{start:%Y%m%d}", f"DTEND;VALUE=DATE:{end:%Y%m%d}"]
    else:
        end_at = a.ends_at or a.starts_at + timedelta(minutes=30)
        lines += [f"DTSTART:{_utc(a.starts_at)}", f"DTEND:{_utc(end_at)}"]
    lines.append(f"SUMMARY:{escape(a.regarding)}")
    details = [a.details or ""]
    who = ", ".join(x for x in (a.contact_name, a.company_name) if x)
    if who:
        details.append(who)
    if any(details):
        lines.append("DESCRIPTION:" + escape("\n".join(d for d in details if d)))
    lines.append(f"CATEGORIES:{a.kind.upper()}")
    lines.append(f"PRIORITY:{ {'high': 1, 'medium': 5, 'low': 9}[a.priority] }")
    if a.alarm_minutes is not None:
        lines += [
            "BEGIN:VALARM",
            "ACTION:DISPLAY",
            f"DESCRIPTION:{escape(a.regarding)}",
            f"TRIGGER:-PT{a.alarm_minutes}M",
            "END:VALARM",
        ]
    lines.append("END:VEVENT")
    return lines


def write_ics(
    out: BinaryIO, activities: Iterable[ActivityRecord], now: datetime | None = None
) -> int:
    """Write a calendar of the activities; returns how many events."""
    stamp = now or datetime.now(UTC)
    head = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//crmdesk//crmdesk//EN",
        "CALSCALE:GREGORIAN",
    ]
    out.write(("\r\n".join(head) + "\r\n").encode("utf-8"))
    n = 0
    for a in activities:
        lines = event_lines(a, stamp)
        if lines:
            out.write(("\r\n".join(fold(x) for x in lines) + "\r\n").encode("utf-8"))
            n += 1
    out.write(b"END:VCALENDAR\r\n")
    return n
