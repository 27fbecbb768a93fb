"""Record identifiers: time-ordered UUIDs (version 7) as 32 hex characters."""

from __future__ import annotations

import os
import time


def new_id() -> str:
    """A new UUIDv7 in hex: unique across devices and sorted by creation time."""
    ms = time.time_ns() // 1_000_000
    rand = int.from_bytes(os.urandom(10), "big")
    value = (ms & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76
    value |= (rand >> 68 & 0xFFF) << 64
    value |= 0b10 << 62
    value |= rand & ((1 << 62) - 1)
    return f"{value:032x}"  # the same as uuid.UUID(int=value).hex, without the object


def is_id(text: str) -> bool:
    """True for a 32-hex-digit record id."""
    if len(text) != 32:
        return False
    try:
        int(text, 16)
    except ValueError:
        return False
    return True
