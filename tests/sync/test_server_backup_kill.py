"""Server backups killed (SIGKILL) at random moments never leave a bad file that looks good."""

from __future__ import annotations

import hashlib
import json
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from crmdesk.backup.archive import read_header
from crmdesk.sync import server_backup, server_cli
from crmdesk.sync import store as st
from crmdesk.sync.server_backup_key import set_backup_passphrase

from .test_server_backup import add_office_data, at, cli

LOOP = """
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path
from crmdesk.backup.archive import read_header
from crmdesk.sync import server_backup, server_cli

data = Path(sys.argv[1])
config = server_cli.load_config(data)
now = datetime(2026, 11, 23, 12, 30, tzinfo=timezone(timedelta(hours=7)))
print("ready", flush=True)
while True:
    server_backup.back_up_server(data, config, now)
    print("done", flush=True)
"""

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def more_records(url: str, start: int, count: int) -> None:
    """The server keeps taking uploads while its backups run and die."""
    store = st.SyncStore(url)
    try:
        with store.write() as conn:
            for n in range(start, start + count):
                conn.execute(
                    st.records.insert().values(
                        entity="notes",
                        row_id=f"{n:032x}",
                        bucket="office",
                        seq=n + 1,
                        data=json.dumps({"body": "บันทึก 会议 " * 40}),
                        meta="{}",
                        gone=False,
                    )
                )
    finally:
        store.dispose()


@pytest.mark.parametrize("encrypted", [False, True], ids=["plain", "encrypted"])
def test_sigkill_at_random_points_leaves_only_good_server_backups(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], encrypted: bool
) -> None:
    office = tmp_path / "office"
    assert cli(office, "init") == 0
    capsys.readouterr()
    key = set_backup_passphrase(office, "kill test passphrase").raw if encrypted else None
    config = server_cli.load_config(office)
    url = config["database_url"]
    add_office_data(url, users=2, records=20)
    more_records(url, 100_000, 4000)  # big enough that a backup takes a while
    older = server_backup.back_up_server(office, config, at(20, 12)).path
    older_digest = digest(older)
    assert dict(read_header(older).extra) == {"body": "sqlcipher" if encrypted else "sqlite"}
    folder = older.parent
    rng = random.Random(20261124)
    kills = 0
    for round_ in range(6):
        proc = subprocess.Popen(
            [sys.executable, "-c", LOOP, str(office)],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "ready"
        for _ in range(rng.randint(0, 2)):
            assert proc.stdout.readline().strip() == "done"
        more_records(url, round_ * 10, 5)
        time.sleep(rng.uniform(0.0, 0.2))
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        kills += proc.returncode == -signal.SIGKILL

        assert digest(older) == older_digest
        names = {p.name for p in folder.glob("*.crmbak")}
        assert names <= {"crmdesk-server-2026-11-20.crmbak", "crmdesk-server-2026-11-23.crmbak"}
        for name in names:
            header = server_backup.verify_sqlite_backup(folder / name, key)
            assert header.counts["records"] >= 4020
        assert all(p.name.startswith(".") for p in folder.iterdir() if p.name not in names)
    assert kills == 6
    # The kills hit backups in progress: their hidden temporary files are still there.
    assert any(p.name.startswith(".") for p in folder.iterdir())
    # Leftovers of killed runs do not stop the next backup, which holds every record.
    done = server_backup.back_up_server(office, config, at(23, 18))
    assert done.counts["records"] == 4020 + 6 * 5
    assert server_backup.verify_sqlite_backup(done.path, key).counts == done.counts
