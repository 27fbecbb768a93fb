"""Sync benchmark rows for issue 7: recomputing entitlements; reassigning 5,000 customers."""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from benchmarks.harness import BenchContext, Row
from crmdesk import team
from crmdesk.sync import auth, entitlements
from crmdesk.sync import store as st
from crmdesk.sync.client import SyncClient
from crmdesk.vault import Vault

AREA = "sync"
CUSTOMERS = 5_000
DEMO_SIZE = 10_000


def _office(store: st.SyncStore, password: str) -> dict[str, str]:
    """dora → mali → rep_a, rep_b, plus 10 more managers with 20 reps each (214 users)."""
    with store.write() as conn:
        ids = {"dora": auth.add_user(conn, "dora", password, "director", None).id}
        ids["mali"] = auth.add_user(conn, "mali", password, "manager", "dora").id
        for rep in ("rep_a", "rep_b"):
            ids[rep] = auth.add_user(conn, rep, password, "rep", "mali").id
        for m in range(10):
            auth.add_user(conn, f"boss{m}", password, "manager", "dora")
            for r in range(20):
                auth.add_user(conn, f"r{m}_{r}", password, "rep", f"boss{m}")
    return ids


def _recompute(store: st.SyncStore, user_id: str) -> float:
    """Median microseconds of one ``buckets_for`` (what every request does), 30 runs."""
    samples = []
    with store.read() as conn:
        for _ in range(30):
            start = time.perf_counter()
            entitlements.buckets_for(conn, user_id)
            samples.append((time.perf_counter() - start) * 1e6)
    return statistics.median(samples)


def _laptop(folder: Path, url: str, fingerprint: str, user: str, ctx: BenchContext) -> SyncClient:
    from benchmarks.bench_sync import PASSWORD

    db = Vault(folder).init(ctx.PASSPHRASE, user_name=user, region="TH")
    client = SyncClient(db)
    client.connect(url, user, PASSWORD, fingerprint=fingerprint)
    return client


def reassignment(ctx: BenchContext, label: str, database_url: str | None) -> list[Row]:
    """A manager gives 5,000 of rep A's customers (with their history) to rep B."""
    from benchmarks.bench_sync import PASSWORD, office_server, seed_from

    demo = Vault(ctx.demo_dir(DEMO_SIZE)).unlock(ctx.PASSPHRASE)
    folder = ctx.tmp_dir()
    with office_server(folder / "office", database_url) as (url, fingerprint, store):
        ids = _office(store, PASSWORD)
        manager_us = _recompute(store, ids["mali"])
        director_us = _recompute(store, ids["dora"])
        total = seed_from(demo, store, owner=ids["rep_a"])
        demo.close()
        laptops = {
            n: _laptop(folder / n, url, fingerprint, n, ctx) for n in ("rep_a", "rep_b", "mali")
        }
        for client in laptops.values():
            client.sync_once()
        mali = laptops["mali"]
        with mali.db.read() as session:
            chosen = [
                str(r[0])
                for r in session.connection().exec_driver_sql(
                    "SELECT id FROM contacts ORDER BY id LIMIT ?", (CUSTOMERS,)
                )
            ]
        start = time.perf_counter()
        with mali.db.write() as session:
            moved = team.reassign(session, "contact", chosen, ids["rep_b"])
        local_s = time.perf_counter() - start
        start = time.perf_counter()
        mali.sync_once()
        upload_s = time.perf_counter() - start
        start = time.perf_counter()
        removed = laptops["rep_a"].sync_once().downloaded
        old_s = time.perf_counter() - start
        start = time.perf_counter()
        received = laptops["rep_b"].sync_once().downloaded
        new_s = time.perf_counter() - start
        for client in laptops.values():
            client.close()
            client.db.close()
    what = f"{CUSTOMERS:,} customers, {moved:,} records with their history, {label}"
    return [
        Row(
            AREA,
            f"recompute entitlements per request, manager, 214 users, {label}",
            round(manager_us),
            "µs",
            "",
            f"median of 30 buckets_for(); director {director_us:.0f} µs",
        ),
        Row(
            AREA,
            f"reassign {what}: manager's laptop + upload",
            round(local_s + upload_s, 2),
            "s",
            "",
            f"reassign {local_s:.2f} s locally, sync round {upload_s:.2f} s; "
            f"server holds {total:,} rows",
        ),
        Row(
            AREA,
            f"first sync after reassigning {CUSTOMERS:,} customers, old owner ({label})",
            round(old_s, 2),
            "s",
            "",
            f"{removed:,} records removed from the laptop",
        ),
        Row(
            AREA,
            f"first sync after reassigning {CUSTOMERS:,} customers, new owner ({label})",
            round(new_s, 2),
            "s",
            "",
            f"{received:,} records received, history older than its cursor included",
        ),
    ]
