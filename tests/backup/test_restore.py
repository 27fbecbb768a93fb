"""Restoring in-process: key files, a backup from a newer crmdesk, the WAL of the old database."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pytest

from crmdesk.backup.archive import BackupFileError
from crmdesk.backup.create import write_backup
from crmdesk.backup.restore import restore_backup
from crmdesk.backup.snapshot import open_keyed
from crmdesk.db.engine import Database
from crmdesk.db.in_use import DatabaseInUse
from crmdesk.db.keys import read_key_file
from crmdesk.vault import Vault

from .conftest import PASSPHRASE, at, fill
from .helpers import all_rows


def backup_of(vault: Vault, raw_key: bytes, folder: Path) -> Path:
    return write_backup(
        vault.db_path, raw_key, folder, at(22), wrapped_key=vault.key_path.read_text()
    ).path


def test_restore_keeps_todays_key_file_when_the_key_is_the_same(
    vault: Vault, raw_key: bytes, tmp_path: Path
) -> None:
    path = backup_of(vault, raw_key, tmp_path / "b")
    vault.change_passphrase(PASSPHRASE, "a brand new passphrase")
    restore_backup(path, vault, raw_key, at(23))
    assert vault.raw_key("a brand new passphrase") == raw_key


CRASHING_APP = """
import os, signal, sys
from pathlib import Path
from crmdesk import contacts
from crmdesk.db.engine import Database
from crmdesk.db.in_use import DatabaseInUse
from crmdesk.records import ContactDraft

db = Database(Path(sys.argv[1]), bytes.fromhex(sys.stdin.readline().strip()))
with db.write() as session:
    for i in range(5):
        contacts.add_contact(session, ContactDraft(f"in the WAL {i}"))
os.kill(os.getpid(), signal.SIGKILL)  # the app dies with its changes only in the WAL
"""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_restore_after_a_crash_moves_the_hot_wal_aside(
    vault: Vault, raw_key: bytes, tmp_path: Path
) -> None:
    path = backup_of(vault, raw_key, tmp_path / "b")
    expected = all_rows(vault.db_path, raw_key)
    crashed = subprocess.run(
        [sys.executable, "-c", CRASHING_APP, str(vault.db_path)],
        input=raw_key.hex() + "\n",
        text=True,
        timeout=120,
        check=False,
    )
    assert crashed.returncode == -signal.SIGKILL
    wal = vault.db_path.with_name("crmdesk.db-wal")
    assert wal.exists() and wal.stat().st_size > 0
    result = restore_backup(path, vault, raw_key, at(23))
    assert result.saved_aside is not None
    assert (result.saved_aside / "crmdesk.db-wal").exists()
    assert not wal.exists()
    assert all_rows(vault.db_path, raw_key) == expected


def test_restore_while_the_database_is_open_is_refused_and_changes_nothing(
    vault: Vault, raw_key: bytes, tmp_path: Path
) -> None:
    path = backup_of(vault, raw_key, tmp_path / "b")
    db = Database(vault.db_path, raw_key)  # the app, still running
    try:
        fill(db, 2, start=900)
        before = all_rows(vault.db_path, raw_key)
        with pytest.raises(DatabaseInUse, match="open in crmdesk"):
            restore_backup(path, vault, raw_key, at(23))
        assert all_rows(vault.db_path, raw_key) == before
        assert sorted(p.name for p in vault.data_dir.iterdir() if "restore" in p.name) == []
    finally:
        db.close()
    restore_backup(path, vault, raw_key, at(23))  # closed: now it restores
    assert len(all_rows(vault.db_path, raw_key)["contacts"]) == 60


def test_backup_from_a_newer_schema_is_refused(
    vault: Vault, raw_key: bytes, tmp_path: Path
) -> None:
    conn = open_keyed(vault.db_path, raw_key)
    conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.close()
    path = backup_of(vault, raw_key, tmp_path / "b")
    target = Vault(tmp_path / "new")
    with pytest.raises(BackupFileError, match="newer version"):
        restore_backup(path, target, raw_key, at(23))
    assert not target.db_path.exists()


def test_restore_to_a_new_folder_installs_the_backups_key_file(
    vault: Vault, raw_key: bytes, tmp_path: Path
) -> None:
    path = backup_of(vault, raw_key, tmp_path / "b")
    target = Vault(tmp_path / "new")
    result = restore_backup(path, target, raw_key, at(23))
    assert result.saved_aside is None
    assert read_key_file(target.key_path).key_id == read_key_file(vault.key_path).key_id
