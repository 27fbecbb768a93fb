"""Which days a calendar view shows for a date, and local-time helpers."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from enum import StrEnum


class Mode(StrEnum):
    """The calendar's views."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"


def local_midnight(day: date) -> datetime:
    """The start of ``day`` as an aware local datetime."""
    return datetime.combine(day, time()).astimezone()


def visible_days(mode: Mode, anchor: date, first_weekday: int = 0) -> list[date]:
    """The days shown for ``anchor``: one, a week (from ``first_weekday``, 0 is Monday),
    or the six weeks that cover its month."""
    if mode is Mode.DAY:
        return [anchor]
    if mode is Mode.WEEK:
        start = anchor - timedelta(days=(anchor.weekday() - first_weekday) % 7)
        return [start + timedelta(days=i) for i in range(7)]
    first = anchor.replace(day=1)
    start = first - timedelta(days=(first.weekday() - first_weekday) % 7)
    return [start + timedelta(days=i) for i in range(42)]


def step(mode: Mode, anchor: date, direction: int) -> date:
    """The anchor one page earlier (-1) or later (+1)."""
    if mode is Mode.DAY:
        return anchor + timedelta(days=direction)
    if mode is Mode.WEEK:
        return anchor + timedelta(days=7 * direction)
    month = anchor.month - 1 + direction
    year = anchor.year + month // 12
    return date(year, month % 12 + 1, 1)
