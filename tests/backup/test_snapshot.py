"""Snapshots of a database in use: exact, whichever way the file is copied."""

from __future__ import annotations

import threading
from pathlib import Path

from crmdesk.backup.create import write_backup
from crmdesk.backup.snapshot import DatabaseCheck, check_copy, open_keyed, take_snapshot
from crmdesk.backup.verify import verify_backup
from crmdesk.db.engine import Database
from crmdesk.vault import Vault

from .conftest import at, fill


def test_backups_taken_while_someone_writes_are_exact(
    vault: Vault, db: Database, raw_key: bytes, tmp_path: Path
) -> None:
    stop = threading.Event()
    written = [0]

    def keep_writing() -> None:
        while not stop.is_set():
            fill(db, 2, start=10_000 + written[0])
            written[0] += 2

    writer = threading.Thread(target=keep_writing)
    writer.start()
    try:
        counts = []
        for day in (20, 21, 22):
            path = write_backup(vault.db_path, raw_key, tmp_path, at(day), wrapped_key=None).path
            header = verify_backup(path, raw_key).info.header  # integrity_check + counts
            counts.append(header.counts["contacts"])
    finally:
        stop.set()
        writer.join()
    assert counts == sorted(counts)
    assert all(c % 2 == 0 and c >= 60 for c in counts)
    assert written[0] > 0


def test_a_busy_wal_falls_back_to_the_online_backup_api(
    vault: Vault, db: Database, raw_key: bytes, tmp_path: Path
) -> None:
    fill(db, 3, start=800)  # frames in the WAL
    reader = open_keyed(vault.db_path, raw_key)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM contacts").fetchone()  # pins the WAL
    try:
        seen = take_snapshot(vault.db_path, raw_key, tmp_path / "copy.db")
    finally:
        reader.execute("COMMIT")
        reader.close()
    assert seen.method == "online backup"
    assert seen.counts["contacts"] == 63
    check_copy(tmp_path / "copy.db", raw_key, seen, DatabaseCheck.FULL)


def test_an_idle_database_is_copied_byte_for_byte(
    vault: Vault, db: Database, raw_key: bytes, tmp_path: Path
) -> None:
    fill(db, 3, start=800)
    seen = take_snapshot(vault.db_path, raw_key, tmp_path / "copy.db")
    assert seen.method == "file copy"
    assert (tmp_path / "copy.db").read_bytes() == vault.db_path.read_bytes()
    check_copy(tmp_path / "copy.db", raw_key, seen, DatabaseCheck.FULL)
