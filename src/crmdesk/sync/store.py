"""The server's database: tables (SQLAlchemy Core) and transactions, on SQLite or PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Connection,
    Engine,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    create_engine,
    event,
    false,
    inspect,
    select,
    update,
)
from sqlalchemy.pool import QueuePool

metadata = MetaData()
ID = String(32)

server_meta = Table(
    "server_meta",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)
sequence = Table(
    "commit_sequence",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("value", BigInteger, nullable=False),
)
users = Table(
    "users",
    metadata,
    Column("id", ID, primary_key=True),
    Column("name", String(200), nullable=False, unique=True),
    Column("display_name", String(200), nullable=False),
    Column("role", String(20), nullable=False),
    Column("manager_id", ID),
    Column("password_hash", Text, nullable=False),
    Column("disabled", Boolean, nullable=False, default=False),
    Column("created_at", BigInteger, nullable=False),
    Column("is_admin", Boolean, nullable=False, default=False, server_default=false()),
)
devices = Table(
    "devices",
    metadata,
    Column("id", ID, primary_key=True),
    Column("user_id", ID, nullable=False, index=True),
    Column("name", String(200), nullable=False),
    Column("created_at", BigInteger, nullable=False),
    Column("last_seen", BigInteger),
    Column("revoked_at", BigInteger),
    Column("session_id", ID),
    Column("session_expires", BigInteger),
    Column("last_counter", BigInteger, nullable=False, default=0),
)
refresh_tokens = Table(
    "refresh_tokens",
    metadata,
    Column("token_hash", String(64), primary_key=True),
    Column("device_id", ID, nullable=False, index=True),
    Column("user_id", ID, nullable=False),
    Column("created_at", BigInteger, nullable=False),
    Column("revoked_at", BigInteger),
    #: Set when the token was exchanged for a new one; presenting it again means theft.
    Column("rotated_at", BigInteger),
)
login_failures = Table(
    "login_failures",
    metadata,
    Column("key", String(300), primary_key=True),
    Column("failures", Integer, nullable=False),
    Column("first_at", BigInteger, nullable=False),
)
records = Table(
    "records",
    metadata,
    Column("entity", String(40), primary_key=True),
    Column("row_id", ID, primary_key=True),
    Column("bucket", String(64), nullable=False),
    Column("seq", BigInteger, nullable=False),
    Column("data", Text, nullable=False),
    Column("meta", Text, nullable=False),
    Column("gone", Boolean, nullable=False, default=False),
    Column("tombstoned_at", BigInteger),
    #: The id of the record this one hangs from (its customer; ``sync/trees.py``): shares
    #: reach a customer's children through it.
    Column("parent", ID),
    Index("ix_records_bucket_seq", "bucket", "seq"),
    Index("ix_records_tombstoned", "tombstoned_at"),
    Index("ix_records_parent", "parent"),
)
applied_changes = Table(
    "applied_changes",
    metadata,
    Column("change_id", ID, primary_key=True),
    Column("device_id", ID, nullable=False),
    Column("counter", BigInteger, nullable=False),
    Column("status", String(10), nullable=False),
    Column("result", Text, nullable=False),
    #: Milliseconds; old rows are pruned (``server_maintenance``). Null on rows from before.
    Column("applied_at", BigInteger),
    UniqueConstraint("device_id", "counter", name="uq_applied_device_counter"),
)
conflicts = Table(
    "conflicts",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("seq", BigInteger, nullable=False),
    Column("entity", String(40), nullable=False),
    Column("row_id", ID, nullable=False),
    Column("change_id", ID, nullable=False),
    Column("user_id", ID, nullable=False),
    Column("kind", String(10), nullable=False),
    Column("field", String(100)),
    Column("detail", Text, nullable=False),
    Column("created_at", BigInteger, nullable=False),
)
#: Conflicts as the *losing* device sees them, when that device is not the uploader (its
#: value was overwritten by a later upload); fetched by that device with ``/v1/lost``.
lost_conflicts = Table(
    "lost_conflicts",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("device_id", ID, nullable=False),
    Column("seq", BigInteger, nullable=False),
    Column("entity", String(40), nullable=False),
    Column("row_id", ID, nullable=False),
    Column("change_id", ID, nullable=False),
    Column("detail", Text, nullable=False),
    Column("created_at", BigInteger, nullable=False),
    Index("ix_lost_conflicts_device", "device_id", "id"),
)
#: A record that left a bucket (owner changed) at ``seq``: downloads of ``from_bucket`` send a
#: removal to users who may not see the record where it is now (issue 7).
moves = Table(
    "moves",
    metadata,
    Column("seq", BigInteger, primary_key=True, autoincrement=False),
    Column("entity", String(40), nullable=False),
    Column("row_id", ID, nullable=False),
    Column("from_bucket", String(64), nullable=False),
    Column("to_bucket", String(64), nullable=False),
    Index("ix_moves_from_seq", "from_bucket", "seq"),
)
#: "Also visible to": a record shared into another user's bucket at ``seq`` (issue 7). Who may
#: see that bucket receives the record too, whoever owns it.
shares = Table(
    "shares",
    metadata,
    Column("entity", String(40), primary_key=True),
    Column("row_id", ID, primary_key=True),
    Column("bucket", String(64), primary_key=True),
    Column("seq", BigInteger, nullable=False),
    Column("shared_by", ID, nullable=False),
    Index("ix_shares_bucket", "bucket"),
)
#: Every bucket a device was ever given in a download: only those can come back in
#: ``dropped`` (a crafted cursor for a bucket the device never had must learn nothing).
device_buckets = Table(
    "device_buckets",
    metadata,
    Column("device_id", ID, primary_key=True),
    Column("bucket", String(64), primary_key=True),
)
#: Customer records a user deleted, per accepted local transaction (``at`` in ms): the rolling
#: window of the bulk-delete right (issue 7). Rows older than the window are pruned by merge.
deletions = Table(
    "deletions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("user_id", ID, nullable=False),
    Column("at", BigInteger, nullable=False),
    Column("count", Integer, nullable=False),
    Index("ix_deletions_user_at", "user_id", "at"),
)
audit_log = Table(
    "audit_log",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", BigInteger, nullable=False, index=True),
    Column("action", String(30), nullable=False),
    Column("user_id", ID),
    Column("user_name", String(200), nullable=False),
    Column("device_id", ID),
    Column("address", String(100)),
    Column("entity", String(40)),
    Column("row_id", ID),
    Column("detail", Text, nullable=False),
)
buckets = Table(
    "buckets",
    metadata,
    Column("name", String(64), primary_key=True),
    Column("high_seq", BigInteger, nullable=False),
)


def sqlite_url(data_dir: Path) -> str:
    """The default embedded database inside the server's data folder."""
    return f"sqlite:///{data_dir / 'server.db'}"


class SyncStore:
    """The server database. Writers take the commit-sequence lock, so seqs commit in order."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.is_sqlite = url.startswith("sqlite")
        if self.is_sqlite:
            self.engine: Engine = create_engine(
                url,
                connect_args={"isolation_level": None, "check_same_thread": False, "timeout": 30},
                poolclass=QueuePool,
                pool_size=8,
                max_overflow=24,
            )
            event.listen(self.engine, "connect", _sqlite_pragmas)
            event.listen(self.engine, "begin", _sqlite_begin)
        else:
            self.engine = create_engine(url, pool_size=10, max_overflow=20, pool_pre_ping=True)

    def create(self) -> None:
        """Create the tables (idempotent) and the sequence row."""
        metadata.create_all(self.engine)
        with self.write() as conn:
            _add_missing_columns(conn)
            if conn.execute(select(sequence.c.value)).first() is None:
                conn.execute(sequence.insert().values(id=1, value=0))

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """A write transaction (``BEGIN IMMEDIATE`` on SQLite)."""
        with self.engine.connect().execution_options(crm_begin="IMMEDIATE") as conn, conn.begin():
            yield conn

    @contextmanager
    def read(self) -> Iterator[Connection]:
        with self.engine.connect() as conn, conn.begin():
            yield conn

    def dispose(self) -> None:
        self.engine.dispose()


def _add_missing_columns(conn: Connection) -> None:
    """Columns added after a table first shipped (``create_all`` only makes new tables)."""
    have = {c["name"] for c in inspect(conn).get_columns("users")}
    if "is_admin" not in have:
        conn.exec_driver_sql("ALTER TABLE users ADD COLUMN is_admin BOOLEAN NOT NULL DEFAULT FALSE")
    have = {c["name"] for c in inspect(conn).get_columns("refresh_tokens")}
    if "rotated_at" not in have:
        conn.exec_driver_sql("ALTER TABLE refresh_tokens ADD COLUMN rotated_at BIGINT")
    have = {c["name"] for c in inspect(conn).get_columns("applied_changes")}
    if "applied_at" not in have:
        conn.exec_driver_sql("ALTER TABLE applied_changes ADD COLUMN applied_at BIGINT")
    have = {c["name"] for c in inspect(conn).get_columns("records")}
    if "parent" not in have:
        from crmdesk.sync import trees  # trees reads these tables: imported when needed

        conn.exec_driver_sql("ALTER TABLE records ADD COLUMN parent VARCHAR(32)")
        conn.exec_driver_sql("CREATE INDEX ix_records_parent ON records (parent)")
        trees.note_parents(conn, 0)


def lock_sequence(conn: Connection) -> int:
    """Take the commit-sequence lock until commit; return the last allocated seq."""
    conn.execute(update(sequence).where(sequence.c.id == 1).values(value=sequence.c.value))
    return int(conn.execute(select(sequence.c.value).where(sequence.c.id == 1)).scalar_one())


def store_sequence(conn: Connection, value: int) -> None:
    conn.execute(update(sequence).where(sequence.c.id == 1).values(value=value))


def get_meta(conn: Connection, key: str) -> str | None:
    value = conn.execute(select(server_meta.c.value).where(server_meta.c.key == key)).scalar()
    return None if value is None else str(value)


def set_meta(conn: Connection, key: str, value: str) -> None:
    if get_meta(conn, key) is None:
        conn.execute(server_meta.insert().values(key=key, value=value))
    else:
        conn.execute(update(server_meta).where(server_meta.c.key == key).values(value=value))


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode = WAL")
    cur.execute("PRAGMA synchronous = NORMAL")
    cur.execute("PRAGMA busy_timeout = 30000")
    cur.close()


def _sqlite_begin(conn: Any) -> None:
    mode = conn.get_execution_options().get("crm_begin", "DEFERRED")
    conn.exec_driver_sql(f"BEGIN {mode}")
