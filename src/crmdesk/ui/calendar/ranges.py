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


def assign_lanes(spans: list[tuple[str, int, int]]) -> dict[str, tuple[int, int]]:
    """Side-by-side places for overlapping (id, start, end) spans: id -> (lane, lanes).

    Spans that overlap, directly or through others, share the width of their day
    equally; each takes the leftmost lane free at its start.
    """
    result: dict[str, tuple[int, int]] = {}
    cluster: list[tuple[str, int]] = []
    lane_ends: list[int] = []
    cluster_end = -1

    def close_cluster() -> None:
        for key, lane in cluster:
            result[key] = (lane, len(lane_ends))

    for key, start, end in sorted(spans, key=lambda s: (s[1], -s[2], s[0])):
        if start >= cluster_end and cluster:
            close_cluster()
            cluster, lane_ends = [], []
        lane = next((i for i, busy_until in enumerate(lane_ends) if busy_until <= start), None)
        if lane is None:
            lane = len(lane_ends)
            lane_ends.append(end)
        else:
            lane_ends[lane] = end
        cluster.append((key, lane))
        cluster_end = max(cluster_end, end) if len(cluster) > 1 else end
    if cluster:
        close_cluster()
    return result
