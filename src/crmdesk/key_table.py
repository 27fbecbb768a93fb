"""A compact map from many string keys to small integers: 64-bit hashes in sorted arrays.

A dict of 300k email addresses holds each address as a string (~70 bytes) plus a slot
(~40 bytes) and a value; ``KeyTable`` keeps 8 bytes of hash and 8 bytes of value per key,
so a 100k-row import's duplicate check no longer grows by hundreds of bytes a row.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left

#: Additions wait in a small dict (about 100 bytes a key) until this many, then merge
#: into the sorted arrays: 1.6 MB of buffer, and a 100k-key table merges six times.
_BUFFER = 16384


class KeyTable:
    """String keys to integer values (a key may have several), about 16 bytes a key.

    Keys are stored as their 64-bit ``hash()``, which is stable within one process (all
    a look-up table built for one import needs). Two different keys share a hash with a
    chance of about n²/2⁶⁵: one in ten million at a million keys.
    """

    def __init__(self) -> None:
        self._hashes = array("q")
        self._values = array("q")
        self._recent: dict[int, int] = {}
        self._more: dict[int, list[int]] = {}  # further values of a hash in the buffer
        self._pending = 0

    def __len__(self) -> int:
        return len(self._hashes) + self._pending

    def __reduce__(self) -> str | tuple[object, ...]:
        # ``hash()`` of a string differs from process to process: a copy elsewhere would
        # find nothing. Send the keys themselves (``duplicates.IndexSeed``).
        raise TypeError("a KeyTable holds this process's string hashes and cannot be pickled")

    def add(self, key: str, value: int) -> None:
        h = hash(key)
        if h in self._recent:
            self._more.setdefault(h, []).append(value)
        else:
            self._recent[h] = value
        self._pending += 1
        if self._pending >= _BUFFER:
            self._merge()

    def values(self, key: str) -> list[int]:
        """Every value added under ``key``, smallest first."""
        h = hash(key)
        hashes = self._hashes
        i = bisect_left(hashes, h)
        found: list[int] = []
        while i < len(hashes) and hashes[i] == h:
            found.append(self._values[i])
            i += 1
        if h in self._recent:
            found.append(self._recent[h])
            found += self._more.get(h, ())
        return sorted(found) if len(found) > 1 else found

    def first(self, key: str) -> int | None:
        """The smallest value added under ``key``, or None."""
        found = self.values(key)
        return found[0] if found else None

    def _merge(self) -> None:
        hashes, values = self._hashes, self._values
        for h in sorted(self._recent):
            hashes.append(h)
            values.append(self._recent[h])
            for v in self._more.get(h, ()):
                hashes.append(h)
                values.append(v)
        # Two sorted runs (the old arrays, then the sorted buffer): Timsort merges them in
        # one pass. Values under one hash may come out in any order; ``values`` sorts them.
        order = sorted(range(len(hashes)), key=hashes.__getitem__)
        self._hashes = array("q", map(hashes.__getitem__, order))
        self._values = array("q", map(values.__getitem__, order))
        self._recent, self._more = {}, {}
        self._pending = 0
