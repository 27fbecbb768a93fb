"""Sync benchmarks: initial sync of the demo set, incremental sync, 20 laptops at once."""

from __future__ import annotations

import json
import socket
import statistics
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import keyring
import keyring.backend

from benchmarks import sync_visibility
from benchmarks.harness import BenchContext, Row, percentile
from crmdesk import contacts
from crmdesk.backup.runner import back_up
from crmdesk.backup.settings import BackupSettings
from crmdesk.db.capture import CAPTURED_TABLES
from crmdesk.db.engine import Database
from crmdesk.records import ContactDraft, LabeledValue
from crmdesk.sync import auth, tls
from crmdesk.sync import store as st
from crmdesk.sync.client import SyncClient
from crmdesk.sync.protocol import bucket_of
from crmdesk.sync.seed import seed_outbox
from crmdesk.sync.server_cli import main as server_main
from crmdesk.vault import Vault

AREA = "sync"
PASSWORD = "bench password 1"
PG_DSN = "host=127.0.0.1 port=5432 dbname=test user=postgres"
PG_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def office_server(
    folder: Path, database_url: str | None
) -> Iterator[tuple[str, str, st.SyncStore]]:
    """``crmdesk-server init`` + ``run`` in a child process; yields URL, fingerprint, store."""
    args = ["--data-dir", str(folder), "init"]
    if database_url:
        args += ["--database-url", database_url]
    if server_main(args) != 0:
        raise RuntimeError("crmdesk-server init failed")
    fingerprint = tls.fingerprint_of_pem((folder / "cert.pem").read_text())
    config = json.loads((folder / "server.json").read_text())
    store = st.SyncStore(config["database_url"])
    port = _free_port()
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "crmdesk.sync.server_cli",
            "--data-dir",
            str(folder),
            "run",
            "--port",
            str(port),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        for _ in range(400):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.05)
        yield f"https://127.0.0.1:{port}", fingerprint, store
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        store.dispose()


@contextmanager
def pg_schema() -> Iterator[str | None]:
    try:
        import psycopg

        with psycopg.connect(PG_DSN, connect_timeout=3, autocommit=True) as conn:
            schema = f"bench_{uuid.uuid4().hex[:10]}"
            conn.execute(f"CREATE SCHEMA {schema}")
    except Exception:
        yield None
        return
    try:
        yield f"{PG_URL}?options=-csearch_path%3D{schema}"
    finally:
        with psycopg.connect(PG_DSN, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")


def seed_from(db: Database, store: st.SyncStore, owner: str | None = None) -> int:
    """Load every synced row of a laptop database into the server as committed records.

    With ``owner``, every owned row is given to that user (one rep's bucket).
    """
    seq = 0
    batch: list[dict[str, Any]] = []
    buckets: dict[str, int] = {}
    with db.engine.connect() as conn, store.write() as out:
        for table in CAPTURED_TABLES:
            cols = [r[1] for r in conn.exec_driver_sql(f"PRAGMA table_xinfo({table})") if r[6] == 0]
            for values in conn.exec_driver_sql(f"SELECT {', '.join(cols)} FROM {table}"):
                seq += 1
                data = dict(zip(cols, values, strict=True))
                if owner is not None and "owner_id" in data:
                    data["owner_id"] = owner
                bucket = bucket_of(table, data)
                buckets[bucket] = seq
                batch.append(
                    {
                        "entity": table,
                        "row_id": data["id"],
                        "bucket": bucket,
                        "seq": seq,
                        "data": json.dumps(data, separators=(",", ":")),
                        "meta": json.dumps({c: [seq, 0, "seed"] for c in cols}),
                        "gone": False,
                        "tombstoned_at": None,
                    }
                )
                if len(batch) >= 5000:
                    out.execute(st.records.insert(), batch)
                    batch.clear()
        if batch:
            out.execute(st.records.insert(), batch)
        out.execute(st.buckets.insert(), [{"name": b, "high_seq": s} for b, s in buckets.items()])
        st.store_sequence(out, seq)
    return seq


def _laptop(folder: Path, url: str, fingerprint: str, user: str, passphrase: str) -> SyncClient:
    db = Vault(folder).init(passphrase, user_name=user, region="TH")
    client = SyncClient(db)
    client.connect(url, user, PASSWORD, fingerprint=fingerprint)
    return client


def _add_user(store: st.SyncStore, name: str) -> None:
    with store.write() as conn:
        auth.add_user(conn, name, PASSWORD, "director")  # receives the whole office


def initial_and_incremental(ctx: BenchContext) -> list[Row]:
    size = 10_000 if ctx.quick else 100_000
    demo = Vault(ctx.demo_dir(size)).unlock(ctx.PASSPHRASE)
    rows: list[Row] = []
    with office_server(ctx.tmp_dir() / "office", None) as (url, fingerprint, store):
        total = seed_from(demo, store)
        demo.close()
        _add_user(store, "fresh")
        laptop_dir = ctx.tmp_dir() / "laptop"
        fresh = Vault(laptop_dir).init(ctx.PASSPHRASE, user_name="fresh", region="TH")
        client = SyncClient(fresh)
        # What the user waits for: connecting (sign-in, capture on, the laptop's own records
        # seeded into its outbox) and the first round that downloads the office's records.
        start = time.perf_counter()
        client.connect(url, "fresh", PASSWORD, fingerprint=fingerprint)
        result = client.sync_once()
        seconds = time.perf_counter() - start
        rows.append(
            Row(
                AREA,
                f"initial sync, {size:,}-contact demo set ({total:,} rows)",
                round(result.downloaded / seconds),
                "rows/s",
                ">= 10,000",
                f"{seconds:.1f} s over loopback HTTPS, SQLite server; connect (with its outbox "
                "seed) + first round",
            )
        )
        samples = []
        db = client.db
        with db.read() as session:
            ids = [
                r[0]
                for r in session.connection().exec_driver_sql(
                    "SELECT id FROM contacts WHERE deleted_at IS NULL LIMIT 100"
                )
            ]
        for attempt in range(3 if ctx.quick else 5):
            with db.write() as session:
                session.connection().exec_driver_sql(
                    f"UPDATE contacts SET title = ? WHERE id IN ({','.join('?' * len(ids))})",
                    (f"Title {attempt}", *ids),
                )
            start = time.perf_counter()
            client.sync_once()
            samples.append((time.perf_counter() - start) * 1000)
        rows.append(
            Row(
                AREA,
                "incremental sync of 100 changed contacts (round trip)",
                round(statistics.median(samples)),
                "ms",
                "<= 300",
                f"median of {len(samples)}; upload + download of the echo",
            )
        )
        client.close()
        db.close()
    rows.append(_connected_backup(ctx, laptop_dir, size))
    return rows


def _connected_backup(ctx: BenchContext, folder: Path, size: int) -> Row:
    """The daily backup of a laptop that is connected: its records plus the sync bookkeeping
    (a row version per record), where the backup benchmark's demo set was never connected."""
    vault = Vault(folder)
    key = vault.raw_key(ctx.PASSPHRASE)
    settings = BackupSettings(destination=ctx.tmp_dir())
    start, cpu = time.perf_counter(), time.process_time()
    outcome = back_up(vault, key, settings, datetime.now(UTC).astimezone())
    wall, cpu = time.perf_counter() - start, time.process_time() - cpu
    megabytes = outcome.result.size / 1_000_000
    return Row(
        AREA,
        f"backup now incl. deep verification, a connected laptop after its initial sync "
        f"({size // 1000}k contacts)",
        round(wall, 2),
        "s",
        "≤ 5",
        f"{cpu:.1f} CPU s (this process's threads); file {megabytes:.0f} MB; the database holds "
        "the office's records and their row versions (sync_rows), outbox empty",
    )


def first_connection_seed(ctx: BenchContext) -> list[Row]:
    """Seeding the outbox of a laptop that worked alone: what connecting adds before upload."""
    size = 10_000 if ctx.quick else 100_000
    db = Vault(ctx.demo_dir(size)).unlock(ctx.PASSPHRASE)  # a copy, never connected
    try:
        start = time.perf_counter()
        added = seed_outbox(db)
        seconds = time.perf_counter() - start
    finally:
        db.close()
    return [
        Row(
            AREA,
            f"first connection: outbox seeded from the {size:,}-contact demo set",
            round(seconds, 1),
            "s",
            "",
            f"{added:,} insert changes, one per record, in 5,000-row write transactions; "
            "the upload that follows is not included",
        )
    ]


def first_connection_upload(ctx: BenchContext) -> list[Row]:
    """A laptop that worked alone connects: sign-in and seed, then the round that uploads."""
    size = 10_000  # both modes: the upload of a 100k set would take minutes of the run
    db = Vault(ctx.demo_dir(size)).unlock(ctx.PASSPHRASE)
    client = SyncClient(db)
    try:
        with office_server(ctx.tmp_dir() / "office", None) as (url, fingerprint, store):
            _add_user(store, "alone")
            start = time.perf_counter()
            client.connect(url, "alone", PASSWORD, fingerprint=fingerprint)
            connected = time.perf_counter() - start
            result = client.sync_once()
            seconds = time.perf_counter() - start
    finally:
        client.close()
        db.close()
    return [
        Row(
            AREA,
            f"first connection of a laptop that worked alone, {size:,}-contact demo set",
            round(seconds, 1),
            "s",
            "",
            f"connect (sign-in, owner adoption, outbox seed) {connected:.1f} s + first round "
            f"uploading {result.uploaded:,} changes; SQLite server",
        )
    ]


def concurrent(ctx: BenchContext, label: str, database_url: str | None) -> list[Row]:
    laptops = 20
    per = 20 if ctx.quick else 50
    with office_server(ctx.tmp_dir() / "office", database_url) as (url, fingerprint, store):
        clients = []
        for i in range(laptops):
            _add_user(store, f"rep{i}")
            clients.append(
                _laptop(ctx.tmp_dir() / f"l{i}", url, fingerprint, f"rep{i}", ctx.PASSPHRASE)
            )
        for client in clients:
            client.sync_once()
            with client.db.write() as session:
                for n in range(per):
                    contacts.add_contact(
                        session,
                        ContactDraft(
                            display_name=f"Customer {n}", emails=(LabeledValue(f"c{n}@x.th"),)
                        ),
                    )
        latencies: list[float] = []
        lock = threading.Lock()
        barrier = threading.Barrier(laptops)

        def one(client: SyncClient) -> None:
            barrier.wait()
            start = time.perf_counter()
            client.sync_once()
            with lock:
                latencies.append((time.perf_counter() - start) * 1000)

        threads = [threading.Thread(target=one, args=(c,)) for c in clients]
        start = time.perf_counter()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        wall = time.perf_counter() - start
        for client in clients:
            client.close()
            client.db.close()
    changes = laptops * per * 2
    return [
        Row(
            AREA,
            f"20 laptops at once, {label}: throughput",
            round(changes / wall),
            "changes/s",
            "",
            f"{changes} changes uploaded, others' downloaded, in {wall:.1f} s",
        ),
        Row(
            AREA,
            f"20 laptops at once, {label}: p95 round",
            round(percentile(latencies, 95)),
            "ms",
            "",
            "clients are threads of one process (they share its GIL)",
        ),
    ]


def _visibility_only(ctx: BenchContext) -> list[Row]:
    """Only the issue-7 rows (``python -m benchmarks.bench_sync --visibility``)."""
    auth.configure_hashing(time_cost=1, memory_cost_kib=1024)
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    try:
        rows = sync_visibility.reassignment(ctx, "SQLite", None)
        with pg_schema() as url:
            if url is not None:
                rows += sync_visibility.reassignment(ctx, "PostgreSQL", url)
        return rows
    finally:
        keyring.set_keyring(previous)


class MemoryKeyring(keyring.backend.KeyringBackend):
    """Refresh tokens kept in memory: benchmark machines have no OS keyring."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


def run(ctx: BenchContext) -> list[Row]:
    auth.configure_hashing(time_cost=1, memory_cost_kib=1024)  # logins are not measured
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    try:
        return _run(ctx)
    finally:
        keyring.set_keyring(previous)


def _run(ctx: BenchContext) -> list[Row]:
    rows = initial_and_incremental(ctx)
    rows += first_connection_seed(ctx)
    rows += first_connection_upload(ctx)
    rows += concurrent(ctx, "SQLite", None)
    rows += sync_visibility.reassignment(ctx, "SQLite", None)
    with pg_schema() as url:
        if url is not None:
            rows += sync_visibility.reassignment(ctx, "PostgreSQL", url)
    with pg_schema() as url:
        if url is None:
            rows.append(
                Row(
                    AREA,
                    "20 laptops at once, PostgreSQL",
                    0,
                    "",
                    "",
                    "skipped: PostgreSQL not reachable at 127.0.0.1:5432",
                )
            )
        else:
            rows += concurrent(ctx, "PostgreSQL", url)
    return rows


if __name__ == "__main__":
    context = BenchContext(quick="--quick" in sys.argv)
    try:
        only_visibility = "--visibility" in sys.argv
        for row in _visibility_only(context) if only_visibility else run(context):
            print(row)
    finally:
        context.cleanup()
