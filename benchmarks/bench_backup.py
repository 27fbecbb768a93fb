"""Backup benchmark: backup + verify time and file size at the 100k-contact demo database."""

from __future__ import annotations

import statistics
import time
from datetime import UTC, datetime

from benchmarks.harness import BenchContext, Row
from crmdesk.backup.restore import restore_backup
from crmdesk.backup.runner import back_up
from crmdesk.backup.settings import BackupSettings
from crmdesk.backup.verify import verify_backup
from crmdesk.vault import Vault

AREA = "backup"


def run(ctx: BenchContext) -> list[Row]:
    contacts = 10_000 if ctx.quick else 100_000
    data = ctx.demo_dir(contacts)
    vault = Vault(data)
    key = vault.raw_key(ctx.PASSPHRASE)
    settings = BackupSettings(destination=ctx.tmp_dir())
    db_bytes = vault.db_path.stat().st_size
    backups: list[float] = []
    verifies: list[float] = []
    path = None
    for _ in range(1 if ctx.quick else 3):
        start = time.perf_counter()
        outcome = back_up(vault, key, settings, datetime.now(UTC).astimezone())
        backups.append(time.perf_counter() - start)
        path = outcome.result.path
        start = time.perf_counter()
        verify_backup(path, key)
        verifies.append(time.perf_counter() - start)
    assert path is not None
    size = path.stat().st_size
    start = time.perf_counter()
    restore_backup(path, Vault(ctx.tmp_dir() / "new-computer"), key, datetime.now(UTC))
    restore = time.perf_counter() - start

    label = f"{contacts // 1000}k contacts"
    backup_s = statistics.median(backups)
    verify_s = statistics.median(verifies)
    runs = f"median of {len(backups)}"
    return [
        Row(
            AREA,
            f"backup now ({label}): snapshot, check copy, write, fsync",
            backup_s,
            "s",
            note=runs,
        ),
        Row(
            AREA,
            f"verify backup, full ({label}): checksum, MAC, integrity, counts",
            verify_s,
            "s",
            note=runs,
        ),
        Row(AREA, f"backup + verify ({label})", backup_s + verify_s, "s", target="≤ 5"),
        Row(
            AREA,
            f"backup file size ({label})",
            size / 1e6,
            "MB",
            note=f"database file {db_bytes / 1e6:.0f} MB",
        ),
        Row(AREA, f"restore into a new data folder ({label})", restore, "s"),
    ]
