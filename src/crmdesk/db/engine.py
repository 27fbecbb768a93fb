"""The open database: a SQLAlchemy engine over keyed SQLCipher connections, and units of work."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from crmdesk.db import connection as rawconn
from crmdesk.db import search_index
from crmdesk.db.capture import HLC_HIGH
from crmdesk.db.checkpoint import Checkpointer
from crmdesk.db.connection import CrmConnection
from crmdesk.db.in_use import OpenMark
from crmdesk.db.migrate import upgrade_to_head
from crmdesk.hlc import HybridLogicalClock
from crmdesk.ids import new_id


class Database:
    """An unlocked crmdesk database.

    ``read()`` gives a session for queries; ``write()`` a session in a
    ``BEGIN IMMEDIATE`` transaction that commits on success. Every commit first
    rebuilds the search documents the transaction made dirty.
    """

    def __init__(self, path: Path, raw_key: bytes, *, migrate: bool = True) -> None:
        self.path = path
        self._raw_key = raw_key
        self.clock = HybridLogicalClock()
        self._open_mark = OpenMark(path)  # a restore refuses while it is held
        try:
            first = rawconn.connect(path, raw_key, self.clock)
        except BaseException:
            self._open_mark.release()
            raise
        self._first: CrmConnection | None = first
        self.engine: Engine = create_engine(
            "sqlite+pysqlite://",
            module=rawconn.sqlcipher,
            creator=self._creator,
            poolclass=QueuePool,
            pool_size=4,
            max_overflow=8,
        )
        event.listen(self.engine, "begin", _begin)
        self._checkpointer = Checkpointer(self.raw_connection)
        event.listen(self.engine, "commit", lambda _conn: self._checkpointer.committed())
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        event.listen(self._sessions, "before_commit", _refresh_search)
        self._lock = threading.Lock()
        if migrate:
            with self.engine.connect() as conn:
                upgrade_to_head(conn)
        with self.engine.begin() as conn:
            self._ensure_device(conn)
            self.clock.observe(clock_high_water(conn))
        self._checkpointer.start()

    def _creator(self) -> CrmConnection:
        with self._lock:
            first, self._first = self._first, None
        conn = first or rawconn.connect(self.path, self._raw_key, self.clock)
        conn.execute("PRAGMA wal_autocheckpoint = 0")  # the Checkpointer thread does it
        return conn

    @staticmethod
    def _ensure_device(conn: Any) -> None:
        row = conn.exec_driver_sql("SELECT value FROM local_meta WHERE key = 'device_id'").first()
        if row is None:
            conn.exec_driver_sql(
                "INSERT INTO local_meta(key, value) VALUES ('device_id', ?)", (new_id(),)
            )

    @property
    def raw_key(self) -> bytes:
        """The database key (for snapshots that must stay encrypted under it)."""
        return self._raw_key

    @property
    def device_id(self) -> str:
        with self.engine.connect() as conn:
            value = conn.exec_driver_sql(
                "SELECT value FROM local_meta WHERE key = 'device_id'"
            ).scalar_one()
        return str(value)

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading; nothing it does is committed."""
        session = self._sessions()
        try:
            yield session
        finally:
            session.rollback()
            session.close()

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A session whose work is committed as one transaction, or rolled back on error."""
        session = self._sessions(bind=self.engine.execution_options(crm_begin="IMMEDIATE"))
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def raw_connection(self) -> CrmConnection:
        """A new keyed DB-API connection, outside the pool (backup, benchmarks)."""
        return rawconn.connect(self.path, self._raw_key, self.clock)

    def close(self) -> None:
        """Close every pooled connection and checkpoint the WAL."""
        self._checkpointer.stop()
        with self.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        self.engine.dispose()
        self._open_mark.release()


def clock_high_water(conn: Any) -> int:
    """The largest timestamp this database's clock gave out that may still matter.

    The newest outbox row holds the largest timestamp of the changes still queued (max(hlc)
    would scan an outbox that may hold millions of rows); ``local_meta``'s ``hlc_high``
    the largest of those sync has removed (a trigger keeps it, migration 0010) and of the
    rows seeded at connect (sync/seed.py), so an empty outbox does not reset the clock.
    """
    value = conn.exec_driver_sql(
        "SELECT max(coalesce((SELECT hlc FROM outbox ORDER BY counter DESC LIMIT 1), 0), "
        "coalesce((SELECT CAST(value AS INTEGER) FROM local_meta WHERE key = ?), 0))",
        (HLC_HIGH,),
    ).scalar()
    return int(value or 0)


def _begin(conn: Any) -> None:
    mode = conn.get_execution_options().get("crm_begin", "DEFERRED")
    conn.exec_driver_sql(f"BEGIN {mode}")
    conn.connection.dbapi_connection.new_transaction()


def _refresh_search(session: Session) -> None:
    session.flush()
    if session.in_transaction():
        search_index.refresh(session.connection())
