"""WAL checkpoints happen in the background, never inside a user's commit."""

from __future__ import annotations

import time
from pathlib import Path

from crmdesk import contacts
from crmdesk.records import ContactDraft
from crmdesk.vault import Vault

from .conftest import PASSPHRASE


def _wal_size(path: Path) -> int:
    wal = path.with_name(path.name + "-wal")
    return wal.stat().st_size if wal.exists() else 0


def test_commits_leave_checkpointing_to_the_background_thread(tmp_path: Path) -> None:
    db = Vault(tmp_path / "data").init(PASSPHRASE, user_name="tester", region="TH")
    try:
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar() == 0
        for i in range(40):
            with db.write() as s:
                contacts.add_contact(s, ContactDraft(f"ลูกค้า {i}", tags=("wal",)))
        deadline = time.monotonic() + 20  # the thread runs about a second after commits
        while db._checkpointer.checkpoints == 0 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert db._checkpointer.checkpoints > 0
        with db.read() as s:
            assert contacts.count_contacts(s) == 40
    finally:
        db.close()
    assert _wal_size(db.path) == 0  # close truncates the WAL
    reopened = Vault(tmp_path / "data").unlock(PASSPHRASE)
    with reopened.read() as s:
        assert contacts.count_contacts(s) == 40
    reopened.close()
