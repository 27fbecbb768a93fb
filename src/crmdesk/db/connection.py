"""Raw SQLCipher connections: keying, pragmas and the SQL functions crmdesk's triggers call."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher

__all__ = [
    "CAPTURE_FLAG",
    "CrmConnection",
    "DatabaseError",
    "NotACrmDatabase",
    "connect",
    "sqlcipher",
]

from crmdesk.errors import CrmError
from crmdesk.hlc import HybridLogicalClock
from crmdesk.ids import new_id
from crmdesk.text import digits, fold, sort_key

DatabaseError = sqlcipher.DatabaseError

#: The ``local_meta`` key whose value ``'1'`` says the database records its changes in the
#: outbox: set for good at the first connection to an office server (sync/seed.py).
CAPTURE_FLAG = "capture"


class NotACrmDatabase(CrmError):
    """The file cannot be decrypted with the key, or is not a database."""


class CrmConnection(sqlcipher.Connection):  # type: ignore[misc]
    """A SQLCipher connection that carries crmdesk's per-connection state.

    ``capture`` says whether the outbox triggers record changes made on this connection
    now: the database must capture (``local_meta``'s ``capture`` flag, set once it has been
    connected to an office server) and capture must not be paused here. Assigning to it
    pauses (False) or resumes (True) capture on this connection only: migrations and
    sync's applying of server changes pause it. A database that has never been connected
    keeps no outbox at all.

    The flag is read lazily, at most once per transaction while it is off (so a connection
    opened before another one, or another process, turned capture on sees it at its next
    transaction), and never again once it is on: it is never turned off.
    ``tx_id`` groups the outbox rows written by one transaction; it is renewed at every
    commit or rollback. ``search_marks`` False pauses the search index's dirty marks on
    insert (``crm_search_marks()``, migration 0014) while an import writes documents
    itself; it is back on at every commit or rollback.
    """

    tx_id: str | None
    search_marks: bool
    _capture_wanted: bool
    _database_captures: bool
    _flag_read_in_tx: bool
    _flag_set_in_tx: bool

    @property
    def capture(self) -> bool:
        """Whether changes made on this connection now go to the outbox."""
        return self._capture_wanted and self.database_captures()

    @capture.setter
    def capture(self, on: bool) -> None:
        self._capture_wanted = on

    def database_captures(self) -> bool:
        """Whether this database records its changes (its ``capture`` flag is set)."""
        if self._database_captures:
            return True
        if self._flag_read_in_tx and self.in_transaction:
            return False
        try:
            row = self.execute(
                "SELECT value FROM local_meta WHERE key = ?", (CAPTURE_FLAG,)
            ).fetchone()
        except sqlcipher.OperationalError:  # no local_meta yet: before the first migration
            row = None
        self._database_captures = row is not None and row[0] == "1"
        self._flag_read_in_tx = self.in_transaction
        return self._database_captures

    def capturing_from_now(self) -> None:
        """The flag was just set in this connection's transaction: capture at once."""
        self._database_captures = True
        self._flag_set_in_tx = True

    def new_transaction(self) -> None:
        """A transaction began: the flag is read again if it was off."""
        self._flag_read_in_tx = False

    def commit(self) -> None:
        super().commit()
        self.tx_id = None
        self.search_marks = True
        self._flag_read_in_tx = self._flag_set_in_tx = False

    def rollback(self) -> None:
        super().rollback()
        self.tx_id = None
        self.search_marks = True
        if self._flag_set_in_tx:  # the flag went with the transaction
            self._database_captures = False
        self._flag_read_in_tx = self._flag_set_in_tx = False


def _key_pragma(raw_key: bytes) -> str:
    return f"PRAGMA key = \"x'{raw_key.hex()}'\""


#: Prepared statements each connection keeps.
STATEMENT_CACHE = 1024


def connect(path: Path, raw_key: bytes, clock: HybridLogicalClock) -> CrmConnection:
    """Open ``path`` with ``raw_key``; raise NotACrmDatabase when the key does not fit."""
    conn: CrmConnection = sqlcipher.connect(
        str(path),
        factory=CrmConnection,
        check_same_thread=False,
        isolation_level=None,
        # The driver's default of 128 filled up in a session, and a full cache drops
        # statements used once: an import's per-chunk statements were compiled again
        # at every chunk (the outbox's about 0.3 ms a time).
        cached_statements=STATEMENT_CACHE,
    )
    conn.capture = True
    conn.tx_id = None
    conn.search_marks = True
    conn._database_captures = False
    conn._flag_read_in_tx = conn._flag_set_in_tx = False
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(_key_pragma(raw_key))
        # Plaintext must never reach a temporary file.
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("PRAGMA journal_mode = WAL").fetchone()
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA busy_timeout = 10000")
        # 8 MiB a connection: the app pools 4-6, and each one's cache stays resident.
        conn.execute("PRAGMA cache_size = -8192")
    except DatabaseError as exc:
        conn.close()
        raise NotACrmDatabase(
            f"{path.name} cannot be opened: it is damaged, not a crmdesk database, "
            "or does not belong to this key."
        ) from exc
    register_functions(conn, clock)
    return conn


def register_functions(conn: CrmConnection, clock: HybridLogicalClock) -> None:
    """Install the SQL functions used by triggers, generated columns and search."""

    def capture() -> int:
        # Called for every row a captured table writes (the triggers' WHEN): the property's
        # body inlined, paused capture answers without a further call.
        return 1 if conn._capture_wanted and conn.database_captures() else 0

    def search_marks() -> int:
        # A backup's snapshot connection (a plain one) never pauses them.
        return 1 if getattr(conn, "search_marks", True) else 0

    def tx() -> str:
        if conn.tx_id is None:
            conn.tx_id = uuid.uuid4().hex
        return conn.tx_id

    def fold_sql(value: Any) -> str | None:
        return None if value is None else fold(str(value))

    def sort_key_sql(value: Any) -> str | None:
        return None if value is None else sort_key(str(value))

    def digits_sql(value: Any) -> str | None:
        return None if value is None else digits(str(value))

    conn.create_function("crm_capture", 0, capture)
    conn.create_function("crm_search_marks", 0, search_marks)
    conn.create_function("crm_tx", 0, tx)
    conn.create_function("crm_hlc", 0, clock.now)
    conn.create_function("crm_new_id", 0, new_id)
    conn.create_function("crm_fold", 1, fold_sql, deterministic=True)
    conn.create_function("crm_sort_key", 1, sort_key_sql, deterministic=True)
    conn.create_function("crm_digits", 1, digits_sql, deterministic=True)
