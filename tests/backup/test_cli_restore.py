"""The command line: backup now, list, verify and restore on another computer."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from crmdesk import contacts
from crmdesk.backup.archive import read_header
from crmdesk.backup.runner import back_up
from crmdesk.backup.settings import BackupSettings
from crmdesk.db.engine import Database
from crmdesk.vault import Vault

from .conftest import PASSPHRASE, at, fill
from .helpers import all_rows, crmdesk


def make_backup(vault: Vault, raw_key: bytes) -> Path:
    """A backup written in-process (the CLI's own ``backup now`` is tested once)."""
    return back_up(vault, raw_key, BackupSettings(), at(22)).result.path


def test_round_trip_to_a_new_computer_without_keyring(
    vault: Vault, raw_key: bytes, tmp_path: Path
) -> None:
    home = tmp_path / "home-a"
    made = crmdesk(vault.data_dir, "backup", "now", home=home)
    assert made.returncode == 0, made.stderr
    listed = crmdesk(vault.data_dir, "backup", "list", "--json", home=home)
    (entry,) = json.loads(listed.stdout)["backups"]
    assert entry["verified"] is True
    assert entry["counts"]["contacts"] == 60
    backup = Path(entry["file"])
    usb = tmp_path / "usb" / backup.name
    usb.parent.mkdir()
    usb.write_bytes(backup.read_bytes())

    new_dir = tmp_path / "new-computer" / "crmdesk"
    checked = crmdesk(new_dir, "backup", "verify", str(usb), home=tmp_path / "home-b")
    assert checked.returncode == 0, checked.stderr
    assert "integrity and record counts" in checked.stdout
    restored = crmdesk(new_dir, "backup", "restore", str(usb), home=tmp_path / "home-b")
    assert restored.returncode == 0, restored.stderr
    assert all_rows(new_dir / "crmdesk.db", raw_key) == all_rows(vault.db_path, raw_key)
    reopened = Vault(new_dir).unlock(PASSPHRASE)
    try:
        with reopened.read() as session:
            assert contacts.count_contacts(session) == 60
    finally:
        reopened.close()


def test_verify_and_restore_refuse_a_corrupted_byte(
    vault: Vault, raw_key: bytes, tmp_path: Path
) -> None:
    home = tmp_path / "home"
    backup = make_backup(vault, raw_key)
    data = bytearray(backup.read_bytes())
    data[read_header(backup).body_size // 2] ^= 0x40
    backup.write_bytes(bytes(data))
    before = vault.db_path.read_bytes()

    checked = crmdesk(vault.data_dir, "backup", "verify", str(backup), home=home)
    assert checked.returncode != 0
    assert "damaged" in checked.stdout + checked.stderr
    restored = crmdesk(vault.data_dir, "backup", "restore", "--yes", str(backup), home=home)
    assert restored.returncode == 2
    assert "damaged" in restored.stderr
    assert vault.db_path.read_bytes() == before
    assert not list(vault.data_dir.glob("before-restore-*"))


def test_restore_of_a_foreign_file_changes_nothing(tmp_path: Path) -> None:
    foreign = tmp_path / "holiday.jpg"
    foreign.write_bytes(b"\xff\xd8\xff\xe0" + b"\0" * 4000)
    target = tmp_path / "empty"
    restored = crmdesk(target, "backup", "restore", str(foreign), home=tmp_path / "home")
    assert restored.returncode == 2
    assert "not a crmdesk backup" in restored.stderr
    assert not target.exists() or not any(target.iterdir())


def test_restore_with_the_wrong_passphrase_is_refused(
    vault: Vault, raw_key: bytes, tmp_path: Path
) -> None:
    backup = make_backup(vault, raw_key)
    target = tmp_path / "elsewhere"
    restored = crmdesk(
        target, "backup", "restore", str(backup), home=tmp_path / "h2", passphrase="not it at all"
    )
    assert restored.returncode == 2
    assert "Wrong passphrase" in restored.stderr
    assert not (target / "crmdesk.db").exists()


def test_restore_over_an_existing_database_keeps_it_aside(
    vault: Vault, raw_key: bytes, tmp_path: Path
) -> None:
    home = tmp_path / "home"
    backup = make_backup(vault, raw_key)
    db = Database(vault.db_path, raw_key)
    fill(db, 1, start=500)
    db.close()
    before = vault.db_path.read_bytes()
    refused = crmdesk(vault.data_dir, "backup", "restore", str(backup), home=home)
    assert refused.returncode == 2
    assert "--yes" in refused.stderr
    done = crmdesk(vault.data_dir, "backup", "restore", "--yes", str(backup), home=home)
    assert done.returncode == 0, done.stderr
    (aside,) = vault.data_dir.glob("before-restore-*")
    assert (aside / "crmdesk.db").read_bytes() == before
    assert len(all_rows(vault.db_path, raw_key)["contacts"]) == 60
    assert len(all_rows(aside / "crmdesk.db", raw_key)["contacts"]) == 61


def test_backup_now_to_a_missing_drive_exits_2_and_keeps_old_backups(
    vault: Vault, raw_key: bytes, tmp_path: Path
) -> None:
    old = make_backup(vault, raw_key)
    before = old.read_bytes()
    made = crmdesk(
        vault.data_dir, "backup", "now", "--dest", str(tmp_path / "unplugged"), home=tmp_path / "h"
    )
    assert made.returncode == 2
    assert "is not available" in made.stderr
    assert old.read_bytes() == before
    assert not (tmp_path / "unplugged").exists()


HOLDER = """
import sys
from pathlib import Path
from crmdesk.db.engine import Database

db = Database(Path(sys.argv[1]), bytes.fromhex(sys.stdin.readline().strip()))
print("open", flush=True)
sys.stdin.readline()  # keeps the database open until told
db.close()
"""


def test_restore_while_another_process_has_the_database_open_exits_2(
    vault: Vault, raw_key: bytes, tmp_path: Path
) -> None:
    backup = make_backup(vault, raw_key)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(vault.db_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdin is not None and holder.stdout is not None
        holder.stdin.write(raw_key.hex() + "\n")
        holder.stdin.flush()
        assert holder.stdout.readline().strip() == "open"
        before = vault.db_path.read_bytes()
        refused = crmdesk(
            vault.data_dir, "backup", "restore", "--yes", str(backup), home=tmp_path / "h"
        )
        assert refused.returncode == 2
        assert "is open in crmdesk" in refused.stderr
        assert "Traceback" not in refused.stderr and len(refused.stderr.strip().splitlines()) == 1
        assert vault.db_path.read_bytes() == before
        assert not list(vault.data_dir.glob("before-restore-*"))
        holder.stdin.write("close\n")
        holder.stdin.flush()
        assert holder.wait(timeout=60) == 0
    finally:
        if holder.poll() is None:
            holder.kill()
    restored = crmdesk(
        vault.data_dir, "backup", "restore", "--yes", str(backup), home=tmp_path / "h"
    )
    assert restored.returncode == 0, restored.stderr
