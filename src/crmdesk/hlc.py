"""Hybrid logical clock: timestamps that order changes across devices.

A timestamp is one integer: milliseconds since the Unix epoch shifted left by 16
bits, plus a 16-bit logical counter. It never goes backwards on one device, even
when the wall clock does, and ``observe`` folds in timestamps seen from others.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

LOGICAL_BITS = 16
LOGICAL_MASK = (1 << LOGICAL_BITS) - 1


def wall_ms() -> int:
    """The system clock in milliseconds."""
    return time.time_ns() // 1_000_000


def pack(ms: int, logical: int = 0) -> int:
    """Build a timestamp from wall milliseconds and a logical counter."""
    return (ms << LOGICAL_BITS) | (logical & LOGICAL_MASK)


def physical_ms(ts: int) -> int:
    """The wall-clock part of a timestamp, in milliseconds."""
    return ts >> LOGICAL_BITS


class HybridLogicalClock:
    """A thread-safe hybrid logical clock."""

    def __init__(self, now_ms: Callable[[], int] = wall_ms, last: int = 0) -> None:
        self._now_ms = now_ms
        self._last = last
        self._lock = threading.Lock()

    @property
    def last(self) -> int:
        return self._last

    def now(self) -> int:
        """A new timestamp, greater than every one issued or observed before."""
        with self._lock:
            candidate = pack(self._now_ms())
            self._last = candidate if candidate > self._last else self._last + 1
            return self._last

    def observe(self, remote: int) -> None:
        """Fold in a timestamp received from another device."""
        with self._lock:
            self._last = max(self._last, remote)
