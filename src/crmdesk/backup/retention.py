"""Which old backup files to delete: a disk budget, or so many daily, weekly and monthly.

Whatever the policy, the newest good backup is never deleted.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Protocol

GB = 1_000_000_000


@dataclass(frozen=True)
class KeepWithinBudget:
    """Keep every backup, newest first, as long as together they fit in ``max_bytes``."""

    max_bytes: int = 20 * GB


@dataclass(frozen=True)
class KeepCalendar:
    """Keep the newest backup of each of the last N days, ISO weeks and months."""

    daily: int = 14
    weekly: int = 8
    monthly: int = 12


RetentionPolicy = KeepWithinBudget | KeepCalendar


class Backup(Protocol):
    """What retention needs to know of a backup file."""

    @property
    def path(self) -> Path: ...
    @property
    def day(self) -> date: ...
    @property
    def size(self) -> int: ...
    @property
    def good(self) -> bool: ...


def to_delete(backups: Sequence[Backup], policy: RetentionPolicy) -> list[Path]:
    """The files ``policy`` lets go, oldest first."""
    ordered = sorted(backups, key=lambda b: b.day, reverse=True)
    newest_good = next((b for b in ordered if b.good), None)
    if isinstance(policy, KeepWithinBudget):
        keep = _within_budget(ordered, newest_good, policy.max_bytes)
    else:
        keep = _calendar(ordered, policy)
    if newest_good is not None:
        keep.add(newest_good.path)
    return [b.path for b in reversed(ordered) if b.path not in keep]


def _within_budget(ordered: Sequence[Backup], newest_good: Backup | None, budget: int) -> set[Path]:
    used = newest_good.size if newest_good is not None else 0
    keep = set()
    for backup in ordered:
        if backup is newest_good:
            continue
        if used + backup.size > budget:
            break
        used += backup.size
        keep.add(backup.path)
    return keep


def _calendar(ordered: Sequence[Backup], policy: KeepCalendar) -> set[Path]:
    keep: set[Path] = set()
    rules = (
        (policy.daily, lambda d: d),
        (policy.weekly, lambda d: d.isocalendar()[:2]),
        (policy.monthly, lambda d: (d.year, d.month)),
    )
    for limit, bucket_of in rules:
        seen: set[object] = set()
        for backup in ordered:
            if not backup.good:
                continue
            bucket = bucket_of(backup.day)
            if bucket in seen:
                continue
            if len(seen) >= limit:
                break
            seen.add(bucket)
            keep.add(backup.path)
    return keep
