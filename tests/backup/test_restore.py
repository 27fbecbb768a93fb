"""Restoring in-process: key files, a backup from a newer crmdesk, the WAL of the old database."""

from __future__ import annotations

from pathlib import Path

import pytest

from crmdesk.backup.archive import BackupFileError
from crmdesk.backup.create import write_backup
from crmdesk.backup.restore import restore_backup
from crmdesk.backup.snapshot import open_keyed
from crmdesk.db.engine import Database
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


def test_restore_over_a_database_with_a_hot_wal_moves_the_wal_aside(
    vault: Vault, raw_key: bytes, tmp_path: Path
) -> None:
    path = backup_of(vault, raw_key, tmp_path / "b")
    expected = all_rows(vault.db_path, raw_key)
    db = Database(vault.db_path, raw_key)
    fill(db, 5, start=700)  # committed into the WAL, the app still "running"
    wal = vault.db_path.with_name("crmdesk.db-wal")
    assert wal.exists() and wal.stat().st_size > 0
    result = restore_backup(path, vault, raw_key, at(23))
    assert result.saved_aside is not None
    assert (result.saved_aside / "crmdesk.db-wal").exists()
    assert not wal.exists()
    assert all_rows(vault.db_path, raw_key) == expected


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
