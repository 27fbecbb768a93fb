"""The current time as the app sees it, so alarms and tests can control it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    """Something that tells the time as an aware datetime."""

    def now(self) -> datetime: ...


class SystemClock:
    """The computer's clock, in the local time zone."""

    def now(self) -> datetime:
        return datetime.now(UTC).astimezone()


class FakeClock:
    """A clock that stands still until told to move (for tests and demos)."""

    def __init__(self, start: datetime) -> None:
        if start.tzinfo is None:
            raise ValueError("FakeClock needs an aware datetime")
        self._now = start

    def now(self) -> datetime:
        return self._now

    def set(self, when: datetime) -> None:
        self._now = when

    def advance(self, delta: timedelta) -> None:
        self._now += delta


class _InUse:
    """Holds the app-wide clock (a class attribute rather than a module global)."""

    clock: Clock = SystemClock()


def current() -> Clock:
    """The clock the app uses where none is passed in (the system clock unless replaced)."""
    return _InUse.clock


def use(clock: Clock | None) -> None:
    """Make ``clock`` the app's clock (None: back to the system clock); for tests and demos."""
    _InUse.clock = clock if clock is not None else SystemClock()
