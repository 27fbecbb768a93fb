"""Raw SQLCipher connections: keying, pragmas and the SQL functions crmdesk's triggers call."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher

__all__ = ["CrmConnection", "DatabaseError", "NotACrmDatabase", "connect", "sqlcipher"]

from crmdesk.errors import CrmError
from crmdesk.hlc import HybridLogicalClock
from crmdesk.ids import new_id
from crmdesk.text import digits, fold, sort_key

DatabaseError = sqlcipher.DatabaseError


class NotACrmDatabase(CrmError):
    """The file cannot be decrypted with the key, or is not a database."""


class CrmConnection(sqlcipher.Connection):  # type: ignore[misc]
    """A SQLCipher connection that carries crmdesk's per-connection state.

    ``capture`` switches change capture (the outbox triggers) on or off: it is off
    while migrations run and while sync applies changes from the server.
    ``tx_id`` groups the outbox rows written by one transaction; it is renewed at
    every commit or rollback.
    """

    capture: bool
    tx_id: str | None

    def commit(self) -> None:
        super().commit()
        self.tx_id = None

    def rollback(self) -> None:
        super().rollback()
        self.tx_id = None


def _key_pragma(raw_key: bytes) -> str:
    return f"PRAGMA key = \"x'{raw_key.hex()}'\""


def connect(path: Path, raw_key: bytes, clock: HybridLogicalClock) -> CrmConnection:
    """Open ``path`` with ``raw_key``; raise NotACrmDatabase when the key does not fit."""
    conn: CrmConnection = sqlcipher.connect(
        str(path), factory=CrmConnection, check_same_thread=False, isolation_level=None
    )
    conn.capture = True
    conn.tx_id = None
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
        return 1 if conn.capture else 0

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
    conn.create_function("crm_tx", 0, tx)
    conn.create_function("crm_hlc", 0, clock.now)
    conn.create_function("crm_new_id", 0, new_id)
    conn.create_function("crm_fold", 1, fold_sql, deterministic=True)
    conn.create_function("crm_sort_key", 1, sort_key_sql, deterministic=True)
    conn.create_function("crm_digits", 1, digits_sql, deterministic=True)
