"""A backup process killed (SIGKILL) at random moments never leaves a bad file that looks good."""

from __future__ import annotations

import hashlib
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from crmdesk.backup.catalog import list_backups
from crmdesk.backup.runner import back_up
from crmdesk.backup.settings import BackupSettings
from crmdesk.backup.verify import verify_backup
from crmdesk.db.engine import Database
from crmdesk.vault import Vault

from .conftest import at, fill
from .helpers import no_keyring_env

LOOP = """
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path
from crmdesk.backup.create import write_backup

data = Path(sys.argv[1])
key = bytes.fromhex(sys.stdin.readline().strip())
wrapped = (data / "crmdesk.key").read_text()
now = datetime(2026, 11, 23, 12, 30, tzinfo=timezone(timedelta(hours=7)))
print("ready", flush=True)
while True:
    write_backup(data / "crmdesk.db", key, data / "backups", now, wrapped_key=wrapped)
    print("done", flush=True)
"""

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_sigkill_at_random_points_leaves_only_good_backups(
    vault: Vault, db: Database, raw_key: bytes, tmp_path: Path
) -> None:
    fill(db, 300, start=1000)  # a database big enough that a backup takes a while
    older = back_up(vault, raw_key, BackupSettings(), at(20)).result.path
    older_digest = digest(older)
    rng = random.Random(20261123)
    kills = 0
    for _ in range(6):
        proc = subprocess.Popen(
            [sys.executable, "-c", LOOP, str(vault.data_dir)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env=no_keyring_env(tmp_path / "home"),
            text=True,
        )
        assert proc.stdin is not None and proc.stdout is not None
        proc.stdin.write(raw_key.hex() + "\n")
        proc.stdin.flush()
        assert proc.stdout.readline().strip() == "ready"
        for _ in range(rng.randint(0, 2)):
            assert proc.stdout.readline().strip() == "done"
        time.sleep(rng.uniform(0.0, 0.15))
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        kills += proc.returncode == -signal.SIGKILL

        assert digest(older) == older_digest
        for entry in list_backups(vault.backup_dir):
            assert entry.good, entry.problem
            assert verify_backup(entry.path, raw_key).deep
        names = {p.name for p in vault.backup_dir.glob("*.crmbak")}
        assert names <= {"crmdesk-2026-11-20.crmbak", "crmdesk-2026-11-23.crmbak"}
        assert all(
            p.name.startswith(".") for p in vault.backup_dir.iterdir() if p.name not in names
        )
    assert kills == 6
    # Leftovers of killed runs do not stop the next backup.
    assert back_up(vault, raw_key, BackupSettings(), at(23)).result.path.exists()
