"""Sync test fixtures: a real TLS server on a loopback port, real encrypted client databases."""

from __future__ import annotations

import socket
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import uvicorn
from tests.conftest import PASSPHRASE

from crmdesk.db.capture import CAPTURED_TABLES
from crmdesk.db.engine import Database
from crmdesk.sync import auth, tls
from crmdesk.sync import store as st
from crmdesk.sync.client import SyncClient
from crmdesk.sync.server import ServerConfig, create_app
from crmdesk.vault import Vault

PASSWORD = "office password 1"
# Argon2id at full cost takes most of a second per login here; the tests check behaviour.
auth.configure_hashing(time_cost=1, memory_cost_kib=1024)
PG_BASE = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


class FakeClock:
    """The server's clock (the outside world): real time plus an offset tests can move."""

    def __init__(self) -> None:
        self.offset_ms = 0

    def __call__(self) -> int:
        return time.time_ns() // 1_000_000 + self.offset_ms


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class RunningServer:
    """One uvicorn server over TLS in a thread."""

    store: st.SyncStore
    data_dir: Path
    clock: FakeClock = field(default_factory=FakeClock)
    port: int = 0
    fingerprint: str = ""
    cfg: ServerConfig | None = None
    _server: Any = None
    _thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        return f"https://127.0.0.1:{self.port}"

    def start(self, access_ttl: int = 900) -> None:
        cert, key = self.data_dir / "cert.pem", self.data_dir / "key.pem"
        if not cert.exists():
            self.fingerprint = tls.make_self_signed(cert, key, ["127.0.0.1", "localhost"])
        self.port = self.port or free_port()
        self.cfg = ServerConfig(self.store, access_ttl=access_ttl, now_ms=self.clock)
        config = uvicorn.Config(
            create_app(self.cfg),
            host="127.0.0.1",
            port=self.port,
            ssl_certfile=str(cert),
            ssl_keyfile=str(key),
            log_level="error",
            lifespan="off",
            timeout_graceful_shutdown=1,
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, daemon=True)
        self._thread.start()
        for _ in range(500):
            if self._server.started:
                return
            time.sleep(0.01)
        raise RuntimeError("server did not start")

    def stop(self) -> None:
        if self._server is not None:
            self._server.should_exit = True
            assert self._thread is not None
            self._thread.join(timeout=10)
            self._server = None

    def add_user(
        self,
        name: str,
        role: str = "director",
        password: str = PASSWORD,
        manager: str | None = None,
    ) -> str:
        """A user; directors by default, as most sync tests expect everyone to see everything."""
        with self.store.write() as conn:
            return auth.add_user(conn, name, password, role, manager).id


def _pg_url() -> str | None:
    try:
        import psycopg

        with psycopg.connect(
            "host=127.0.0.1 port=5432 dbname=test user=postgres", connect_timeout=3
        ):
            return PG_BASE
    except Exception:
        return None


@pytest.fixture(autouse=True)
def cheap_passphrase_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """Laptop databases wrap their key with a low-cost Argon2id (stored in the key file).

    The full cost takes a second per laptop; these tests are about sync, not the passphrase.
    """
    import secrets

    from crmdesk import vault
    from crmdesk.db import keys

    def wrap(raw_key: bytes, passphrase: str) -> keys.WrappedKey:
        params = keys.KdfParams(
            salt=secrets.token_bytes(16), iterations=1, lanes=1, memory_kib=1024
        )
        return keys.wrap(raw_key, passphrase, params)

    monkeypatch.setattr(vault, "wrap", wrap)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def backend_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh server database: SQLite in tmp_path, or a new PostgreSQL schema."""
    if request.param == "sqlite":
        yield st.sqlite_url(tmp_path)
        return
    base = _pg_url()
    if base is None:
        pytest.skip("PostgreSQL is not reachable at 127.0.0.1:5432 (database test)")
    import psycopg

    schema = f"sync_{uuid.uuid4().hex[:12]}"
    dsn = "host=127.0.0.1 port=5432 dbname=test user=postgres"
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    try:
        yield f"{base}?options=-csearch_path%3D{schema}"
    finally:
        with psycopg.connect(dsn, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture
def server(backend_url: str, tmp_path: Path) -> Iterator[RunningServer]:
    store = st.SyncStore(backend_url)
    store.create()
    data_dir = tmp_path / "server"
    data_dir.mkdir()
    running = RunningServer(store, data_dir)
    running.start()
    yield running
    running.stop()
    store.dispose()


@pytest.fixture
def sqlite_server(tmp_path: Path) -> Iterator[RunningServer]:
    store = st.SyncStore(st.sqlite_url(tmp_path))
    store.create()
    data_dir = tmp_path / "server"
    data_dir.mkdir()
    running = RunningServer(store, data_dir)
    running.start()
    yield running
    running.stop()
    store.dispose()


@dataclass
class Laptop:
    """A client: its own encrypted database and sync client."""

    name: str
    db: Database
    sync: SyncClient


MakeLaptop = Callable[..., Laptop]


@pytest.fixture
def make_laptop(tmp_path: Path) -> Iterator[Callable[..., Laptop]]:
    made: list[Laptop] = []

    def make(srv: RunningServer, name: str, user: str | None = None) -> Laptop:
        db = Vault(tmp_path / f"laptop-{name}").init(PASSPHRASE, user_name=name, region="TH")
        client = SyncClient(db)
        client.connect(srv.url, user or name, PASSWORD, fingerprint=srv.fingerprint)
        laptop = Laptop(name, db, client)
        made.append(laptop)
        return laptop

    yield make
    for laptop in made:
        laptop.sync.close()
        laptop.db.close()


def local_rows(db: Database) -> dict[tuple[str, str], dict[str, Any]]:
    """Every synced row of a client database, without generated columns."""
    out: dict[tuple[str, str], dict[str, Any]] = {}
    with db.engine.connect() as conn:
        for table in CAPTURED_TABLES:
            cols = [r[1] for r in conn.exec_driver_sql(f"PRAGMA table_xinfo({table})") if r[6] == 0]
            for row in conn.exec_driver_sql(f"SELECT {', '.join(cols)} FROM {table}"):
                values = dict(zip(cols, row, strict=True))
                out[(table, values["id"])] = values
    return out


def server_rows(store: st.SyncStore) -> dict[tuple[str, str], dict[str, Any]]:
    import json

    from sqlalchemy import select

    r = st.records.c
    with store.read() as conn:
        return {
            (e, i): json.loads(d)
            for e, i, d in conn.execute(select(r.entity, r.row_id, r.data).where(r.gone.is_(False)))
        }


def assert_equal_to_server(laptop: Laptop, store: st.SyncStore) -> None:
    mine = local_rows(laptop.db)
    theirs = server_rows(store)
    assert set(mine) == set(theirs), f"{laptop.name}: rows differ"
    for key, row in mine.items():
        expected = {k: theirs[key].get(k) for k in row}
        assert row == expected, f"{laptop.name}: {key} differs"
