"""Whether a database file is open: a shared lock per open Database, an exclusive one to replace.

Every ``Database`` holds a shared ``flock`` on ``<database>.lock`` (``crmdesk.db.lock``)
while it is open, so the app, a CLI command and tests can all open the same file
together; a restore or a compaction needs the lock exclusively and is refused while anyone
holds it.
The lock file is never deleted (deleting it would let two processes lock different
files). On a system without ``fcntl`` (Windows) nothing is detected.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from crmdesk.errors import CrmError

try:
    import fcntl
except ImportError:  # pragma: no cover - not POSIX
    fcntl = None  # type: ignore[assignment]


class DatabaseInUse(CrmError):
    """The database is open in crmdesk (the app or a command), or being restored or compacted.

    ``replacing``: True when a restore or a compaction holds it (opening must wait), False
    when it is open somewhere (a restore or compaction must wait); the app words it from this.
    """

    def __init__(self, message: str, *, replacing: bool = False) -> None:
        super().__init__(message)
        self.replacing = replacing


def lock_path(db_path: Path) -> Path:
    """The lock file beside ``db_path``."""
    return db_path.with_name(db_path.name + ".lock")


class OpenMark:
    """A shared lock on the lock file for as long as a Database is open."""

    def __init__(self, db_path: Path) -> None:
        self._file: IO[bytes] | None = None
        if fcntl is None:
            return
        try:
            fh = open(lock_path(db_path), "ab")  # noqa: SIM115 - held until release()
        except OSError:  # a read-only folder: nobody can restore into it either
            return
        try:
            fcntl.flock(fh, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            fh.close()
            raise DatabaseInUse(
                f"{db_path.name} is being restored from a backup or compacted; "
                "try again in a moment.",
                replacing=True,
            ) from exc
        self._file = fh

    def release(self) -> None:
        """Drop the lock (the Database was closed); safe to call twice."""
        fh, self._file = self._file, None
        if fh is not None:
            fh.close()


@contextlib.contextmanager
def exclusive_use(db_path: Path) -> Iterator[None]:
    """Hold ``db_path`` exclusively, or raise DatabaseInUse while anyone has it open."""
    if fcntl is None or not db_path.parent.exists():
        yield
        return
    with open(lock_path(db_path), "ab") as fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            raise DatabaseInUse(
                f"{db_path.name} is open in crmdesk (the app or another command). "
                "Close it, then restore again; nothing was changed."
            ) from exc
        yield
