"""Giving memory that Python and SQLite freed back to the operating system.

A backup or a large import frees hundreds of megabytes; glibc's allocator keeps
freed heap pages for reuse, so the app's resident size stays at its peak for the
rest of the day. ``malloc_trim`` returns those pages. Elsewhere (macOS, Windows,
musl) this does nothing: those allocators give memory back on their own terms.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys
from functools import cache
from typing import Any


@cache
def _libc() -> Any:
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        trim = libc.malloc_trim
    except (OSError, AttributeError):  # not glibc
        return None
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    return libc


def give_back_freed_memory() -> bool:
    """Return freed heap pages to the system; True when some were returned."""
    libc = _libc()
    if libc is None:
        return False
    return bool(libc.malloc_trim(0))
