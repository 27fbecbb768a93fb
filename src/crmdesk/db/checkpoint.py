"""Background WAL checkpoints, so a user's save never pays for one.

SQLite normally checkpoints inside the commit that pushes the WAL past 1,000
pages; at 100k contacts that made about one save in thirty take over 100 ms.
The pooled connections turn automatic checkpoints off and this thread runs a
PASSIVE checkpoint (which never blocks readers or writers) shortly after commits.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from crmdesk.db.connection import CrmConnection, DatabaseError

log = logging.getLogger(__name__)


class Checkpointer:
    """Runs ``PRAGMA wal_checkpoint(PASSIVE)`` on its own connection after commits."""

    def __init__(self, connect: Callable[[], CrmConnection], interval: float = 1.0) -> None:
        self._connect = connect
        self._interval = interval
        self._commits = threading.Event()
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._run, name="crmdesk-checkpoint", daemon=True)
        self.checkpoints = 0

    def start(self) -> None:
        self._thread.start()

    def committed(self) -> None:
        """Called after every commit (any thread)."""
        self._commits.set()

    def stop(self) -> None:
        self._stopping.set()
        self._commits.set()
        self._thread.join(timeout=10)

    def _run(self) -> None:
        conn: CrmConnection | None = None
        try:
            while not self._stopping.is_set():
                self._commits.wait()
                if self._stopping.wait(self._interval):
                    break
                self._commits.clear()
                if conn is None:
                    conn = self._connect()
                conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
                self.checkpoints += 1
        except DatabaseError:
            log.warning("background checkpoint failed; SQLite checkpoints at close", exc_info=True)
        finally:
            if conn is not None:
                conn.close()
