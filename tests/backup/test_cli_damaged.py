"""``crmdesk backup now|verify`` on damaged data: exit status 2, one sentence, nothing written."""

from __future__ import annotations

from pathlib import Path

from crmdesk.backup.snapshot import open_keyed
from crmdesk.vault import Vault

from .helpers import crmdesk
from .test_deep_check import backup_of, damage_file, page_of, resealed_with_damage


def test_cli_verify_refuses_a_resealed_backup_with_a_damaged_index(
    vault: Vault, raw_key: bytes, tmp_path: Path
) -> None:
    good = backup_of(vault, raw_key)
    forged = resealed_with_damage(good, raw_key, page_of(vault.db_path, raw_key, "index"))
    done = crmdesk(vault.data_dir, "backup", "verify", str(forged), home=tmp_path)
    assert done.returncode == 2, done.stderr
    assert f"{forged.name} is damaged" in done.stdout
    assert done.stderr == "crmdesk: 1 of 1 backup(s) are damaged and cannot be used.\n"
    ok = crmdesk(vault.data_dir, "backup", "verify", str(good), home=tmp_path)
    assert ok.returncode == 0, ok.stderr


def test_cli_backup_now_refuses_a_database_with_a_damaged_table(
    vault: Vault, raw_key: bytes, tmp_path: Path
) -> None:
    damage_file(vault.db_path, page_of(vault.db_path, raw_key, "last table"))
    done = crmdesk(vault.data_dir, "backup", "now", home=tmp_path)
    assert done.returncode == 2, done.stderr
    assert "damaged" in done.stderr
    assert "Traceback" not in done.stderr
    assert list(vault.backup_dir.glob("*.crmbak")) == []


def test_cli_backup_now_refuses_a_damaged_record_table_with_a_clear_message(
    vault: Vault, raw_key: bytes, tmp_path: Path
) -> None:
    """The deep check of the copy finds it; the message names the database, not a temporary file."""
    conn = open_keyed(vault.db_path, raw_key, read_only=True)
    try:
        root = int(
            conn.execute("SELECT rootpage FROM sqlite_schema WHERE name = 'notes'").fetchone()[0]
        )
    finally:
        conn.close()
    damage_file(vault.db_path, root)
    done = crmdesk(vault.data_dir, "backup", "now", home=tmp_path)
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    assert done.stderr.startswith("crmdesk: The copy of crmdesk.db is damaged")
    assert done.stderr.endswith("No backup was written; the previous backups were kept.\n")
    assert ".partial" not in done.stderr
    assert list(vault.backup_dir.glob("*.crmbak")) == []
