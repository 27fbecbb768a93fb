"""Backup benchmark: backup (deep verification included), later verify, restore, size, checks."""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Callable
from datetime import UTC, datetime
from functools import partial
from typing import TypeVar

from benchmarks.harness import BenchContext, Row
from crmdesk.backup.deep_check import deep_check, default_workers
from crmdesk.backup.filecopy import hash_prefix
from crmdesk.backup.restore import restore_backup
from crmdesk.backup.runner import back_up
from crmdesk.backup.settings import BackupSettings
from crmdesk.backup.snapshot import DatabaseCheck, check_copy, take_snapshot
from crmdesk.backup.verify import verify_backup
from crmdesk.vault import Vault

AREA = "backup"
T = TypeVar("T")


def timed(fn: Callable[[], T]) -> tuple[T, float, float]:
    """The result, wall seconds and CPU seconds of this process (SQLite runs in-process)."""
    wall, cpu = time.perf_counter(), time.process_time()
    result = fn()
    return result, time.perf_counter() - wall, time.process_time() - cpu


def run(ctx: BenchContext) -> list[Row]:
    contacts = 10_000 if ctx.quick else 100_000
    data = ctx.demo_dir(contacts)
    vault = Vault(data)
    key = vault.raw_key(ctx.PASSPHRASE)
    settings = BackupSettings(destination=ctx.tmp_dir())
    db_bytes = vault.db_path.stat().st_size
    probe = ctx.tmp_dir() / "probe.db"
    seen, copy_wall, copy_cpu = timed(lambda: take_snapshot(vault.db_path, key, probe))
    # What each part of the checks costs (docs/BACKUP.md says which runs when).
    checks: dict[DatabaseCheck, float] = {}
    for check in DatabaseCheck:
        checks[check] = timed(partial(check_copy, probe, key, seen, check))[2]
    _, sha_wall, sha_cpu = timed(lambda: hash_prefix(probe, probe.stat().st_size))
    _, deep_wall, deep_cpu = timed(lambda: deep_check(probe, key, seen))
    probe.unlink()

    walls: list[float] = []
    cpus: list[float] = []
    for _ in range(1 if ctx.quick else 3):
        outcome, wall, cpu = timed(
            lambda: back_up(vault, key, settings, datetime.now(UTC).astimezone())
        )
        walls.append(wall)
        cpus.append(cpu)
    path = outcome.result.path
    _, verify_wall, verify_cpu = timed(lambda: verify_backup(path, key))
    _, restore_wall, restore_cpu = timed(
        lambda: restore_backup(path, Vault(ctx.tmp_dir() / "new"), key, datetime.now(UTC))
    )

    label = f"{contacts // 1000}k contacts"
    workers = default_workers()
    backup_wall, backup_cpu = statistics.median(walls), statistics.median(cpus)
    load = " ".join(f"{x:.1f}" for x in os.getloadavg())
    busy = f"load average {load} on {os.cpu_count()} CPUs"
    return [
        Row(
            AREA,
            f"backup now incl. deep verification of the copy ({label}): copy, quick_check of "
            f"every table and index on {workers} connections, counts, checksum, seal, fsync, "
            "rename",
            backup_wall,
            "s",
            target="≤ 5",
            note=f"median of {len(walls)}; {backup_cpu:.1f} CPU s; {seen.method}; {busy}",
        ),
        Row(
            AREA,
            f"verify a backup file later ({label}): checksum, MAC, the same deep check in place",
            verify_wall,
            "s",
            note=f"{verify_cpu:.1f} CPU s",
        ),
        Row(
            AREA,
            f"backup file size ({label})",
            size_mb(path.stat().st_size),
            "MB",
            note=f"database file {size_mb(db_bytes):.0f} MB",
        ),
        Row(
            AREA,
            f"restore into a new data folder ({label}): copy, checksum, MAC, deep check",
            restore_wall,
            "s",
            note=f"{restore_cpu:.1f} CPU s",
        ),
        Row(
            AREA,
            f"snapshot copy of the database file ({label}), kernel copy",
            copy_wall,
            "s",
            note=f"{copy_cpu:.1f} CPU s",
        ),
        Row(
            AREA,
            f"deep check alone ({label}), {workers} connections",
            deep_wall,
            "s",
            note=f"{deep_cpu:.1f} CPU s",
        ),
        Row(
            AREA,
            f"SHA-256 of the database file ({label}), CPU",
            sha_cpu,
            "s",
            note=f"{sha_wall:.1f} s wall",
        ),
        *(
            Row(AREA, f"PRAGMA {c.value} on the database ({label}), CPU", cpu, "s")
            for c, cpu in checks.items()
        ),
    ]


def size_mb(size: int) -> float:
    return size / 1e6
