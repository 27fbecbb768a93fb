"""One token refresh at a time per database, across processes (refresh tokens are single-use).

The app and a ``crmdesk sync`` command may sync the same database; both read the refresh
token from the keyring. Without this lock both could present the same token, and the server
would take the second use for a stolen token and sign the device out. On a system without
``fcntl`` (Windows) only the threads of one process are serialised.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

try:
    import fcntl
except ImportError:  # pragma: no cover - not POSIX
    fcntl = None  # type: ignore[assignment]


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".refresh.lock")


@contextmanager
def refreshing(db_path: Path) -> Iterator[None]:
    """Hold the database's refresh lock (waits for another process's refresh to finish)."""
    if fcntl is None:  # pragma: no cover - not POSIX
        yield
        return
    with open(lock_path(db_path), "a+b") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
