"""Freed heap memory goes back to the system after a trim (glibc only)."""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import sys

import pytest

from crmdesk.memory import give_back_freed_memory

PAGE = os.sysconf("SC_PAGE_SIZE")


def _rss() -> int:
    with open("/proc/self/statm", encoding="ascii") as statm:
        return int(statm.read().split()[1]) * PAGE


def _glibc() -> ctypes.CDLL | None:
    if not sys.platform.startswith("linux"):
        return None
    libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
    return libc if hasattr(libc, "malloc_trim") else None


@pytest.mark.skipif(_glibc() is None, reason="malloc_trim exists only with glibc on Linux")
def test_freed_heap_pages_are_returned() -> None:
    libc = _glibc()
    assert libc is not None
    libc.malloc.restype = ctypes.c_void_p
    libc.free.argtypes = [ctypes.c_void_p]
    blocks = [libc.malloc(4096) for _ in range(40_000)]  # ~160 MB of small heap blocks
    for address in blocks:
        ctypes.memset(address, 1, 4096)  # touch them: resident
    kept = blocks[::64]  # a few survivors pin the heap, so free() alone cannot shrink it
    for i, address in enumerate(blocks):
        if i % 64:
            libc.free(address)
    before = _rss()
    assert give_back_freed_memory() is True
    after = _rss()
    for address in kept:
        libc.free(address)
    assert before - after > 80 * 1024 * 1024, (before, after)
