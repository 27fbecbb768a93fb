"""Retention: a disk budget or daily/weekly/monthly slots, never the newest good backup."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from crmdesk.backup.retention import KeepCalendar, KeepWithinBudget, to_delete


@dataclass(frozen=True)
class Item:
    path: Path
    day: date
    size: int
    good: bool = True


def daily(days: int, size: int = 100, start: date = date(2026, 11, 23)) -> list[Item]:
    return [
        Item(Path(f"crmdesk-{start - timedelta(d)}.crmbak"), start - timedelta(d), size)
        for d in range(days)
    ]


def test_budget_keeps_newest_that_fit_and_deletes_oldest() -> None:
    items = daily(10, size=100)
    gone = to_delete(items, KeepWithinBudget(max_bytes=450))
    assert [p.name for p in gone] == [i.path.name for i in reversed(items[4:])]


def test_budget_smaller_than_one_backup_still_keeps_the_newest_good() -> None:
    items = daily(3, size=1000)
    items[0] = Item(items[0].path, items[0].day, 1000, good=False)
    gone = to_delete(items, KeepWithinBudget(max_bytes=10))
    assert items[1].path not in gone
    assert set(gone) == {items[0].path, items[2].path}


def test_calendar_keeps_14_daily_8_weekly_12_monthly() -> None:
    items = daily(800)
    kept = {i.day for i in items} - {
        date.fromisoformat(p.name[8:18]) for p in to_delete(items, KeepCalendar())
    }
    newest = items[0].day
    assert all(newest - timedelta(d) in kept for d in range(14))
    assert len({d.isocalendar()[:2] for d in kept}) >= 8
    assert len({(d.year, d.month) for d in kept}) == 12
    assert len(kept) <= 14 + 8 + 12
    assert min(kept) > newest - timedelta(days=366)


def test_calendar_ignores_damaged_files_for_its_slots() -> None:
    items = daily(3)
    items[0] = Item(items[0].path, items[0].day, 100, good=False)
    gone = to_delete(items, KeepCalendar(daily=2, weekly=0, monthly=0))
    assert gone == [items[0].path]


@st.composite
def backups(draw: st.DrawFn) -> list[Item]:
    offsets = draw(st.sets(st.integers(0, 500), min_size=1, max_size=60))
    return [
        Item(
            Path(f"b{o}"),
            date(2026, 11, 23) - timedelta(o),
            draw(st.integers(1, 1000)),
            draw(st.booleans()),
        )
        for o in offsets
    ]


policies = st.one_of(
    st.builds(KeepWithinBudget, st.integers(0, 20_000)),
    st.builds(KeepCalendar, st.integers(0, 20), st.integers(0, 10), st.integers(0, 14)),
)


@settings(deadline=None)
@given(backups(), policies)
def test_newest_good_backup_is_never_deleted(items: list[Item], policy: object) -> None:
    gone = set(to_delete(items, policy))  # type: ignore[arg-type]
    good = [i for i in items if i.good]
    if good:
        assert max(good, key=lambda i: i.day).path not in gone
    assert gone <= {i.path for i in items}


@settings(deadline=None)
@given(backups(), st.integers(0, 20_000))
def test_budget_policy_keeps_within_budget_beyond_the_newest(
    items: list[Item], budget: int
) -> None:
    gone = set(to_delete(items, KeepWithinBudget(budget)))
    kept = [i for i in items if i.path not in gone]
    good = [i for i in items if i.good]
    protected = max(good, key=lambda i: i.day).size if good else 0
    assert sum(i.size for i in kept) <= max(budget, protected)
