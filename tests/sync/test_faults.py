"""Faults: lost answers, the same batch twice, cut downloads, restarts, clocks, purges, restores."""

from __future__ import annotations

import shutil
from pathlib import Path

import httpx
import pytest
from tests.conftest import PASSPHRASE
from tests.sync.conftest import (
    Laptop,
    MakeLaptop,
    RunningServer,
    assert_equal_to_server,
    server_rows,
)
from tests.sync.helpers import add_contact, delete_contact, edit_contact, field

from crmdesk.sync import local_state
from crmdesk.sync.client import Offline, SyncClient
from crmdesk.sync.server import purge_tombstones
from crmdesk.vault import Vault

DAY_MS = 86_400_000


def cut_after_answer(laptop: Laptop, path: str, times: int = 1) -> list[int]:
    """Drop the connection once the server has answered ``path`` (it has committed)."""
    seen: list[int] = []

    def hook(response: httpx.Response) -> None:
        if response.request.url.path == path and len(seen) < times:
            seen.append(response.status_code)
            response.read()
            raise httpx.ReadError("connection cut by the test")

    laptop.sync._transport_for()._http.event_hooks["response"].append(hook)
    return seen


def count_server(server: RunningServer, entity: str) -> int:
    return sum(1 for (e, _i) in server_rows(server.store) if e == entity)


def test_answer_lost_after_server_commit_is_retried_without_duplicates(
    server: RunningServer, make_laptop: MakeLaptop
) -> None:
    server.add_user("anna")
    a = make_laptop(server, "anna")
    for i in range(5):
        add_contact(a.db, f"Contact {i}", f"c{i}@example.com")
    cut = cut_after_answer(a, "/v1/upload")
    with pytest.raises(Offline):
        a.sync.sync_once()
    assert cut == [200]
    assert a.sync.status().pending > 0  # nothing acknowledged
    result = a.sync.sync_once()
    assert result.uploaded > 0
    assert a.sync.status().pending == 0
    assert count_server(server, "contacts") == 5
    assert count_server(server, "emails") == 5
    assert_equal_to_server(a, server.store)


def test_same_batch_sent_twice_is_applied_once(
    server: RunningServer, make_laptop: MakeLaptop
) -> None:
    server.add_user("anna")
    a = make_laptop(server, "anna")
    cid = add_contact(a.db, "Somchai")
    edit_contact(a.db, cid, title="Buyer")
    with a.db.engine.connect() as conn:
        batch = local_state.next_batch(conn)
    hs = a.sync.call(
        "/v1/handshake",
        {"protocol": 1, "device_id": a.db.device_id, "outbox_high": 0, "cursors": {}},
    )
    first = a.sync.call("/v1/upload", {"session_id": hs["session_id"], "changes": batch})
    again = a.sync.call("/v1/upload", {"session_id": hs["session_id"], "changes": batch})
    assert first == again
    seqs = [
        r["seq"]
        for r in first["results"]
        if r["change_id"] in {c["change_id"] for c in batch if c["entity"] == "contacts"}
    ]
    assert len(set(seqs)) >= 1
    a.sync.call("/v1/end", {"session_id": hs["session_id"]})
    a.sync.sync_once()
    assert field(a.db, "contacts", cid, "title") == "Buyer"
    assert_equal_to_server(a, server.store)


def test_download_cut_mid_way_resumes_without_gap_or_double(
    server: RunningServer, make_laptop: MakeLaptop, tmp_path: Path
) -> None:
    server.add_user("anna")
    server.add_user("ben")
    a = make_laptop(server, "anna")
    for i in range(12):
        add_contact(a.db, f"Contact {i}")
    a.sync.sync_once()
    b = make_laptop(server, "ben")
    b.sync.page_limit = 4
    cut = cut_after_answer(b, "/v1/download", times=2)
    with pytest.raises(Offline):
        b.sync.sync_once()
    with b.db.engine.connect() as conn:
        partial = local_state.cursors(conn)
    assert cut == [200]
    # Someone changes a row meanwhile: it must still arrive.
    edit_contact(a.db, next(iter(_ids(a, "contacts"))), title="Changed meanwhile")
    a.sync.sync_once()
    with pytest.raises(Offline):
        b.sync.sync_once()  # cut again, after the first page of the second try
    with b.db.engine.connect() as conn:
        assert sum(local_state.cursors(conn).values()) >= sum(partial.values())
    b.sync.sync_once()
    assert_equal_to_server(b, server.store)


def _ids(laptop: Laptop, table: str) -> list[str]:
    with laptop.db.engine.connect() as conn:
        return [r[0] for r in conn.exec_driver_sql(f"SELECT id FROM {table} ORDER BY id")]


def test_server_restarted_mid_sync_then_next_round_completes(
    sqlite_server: RunningServer, make_laptop: MakeLaptop
) -> None:
    server = sqlite_server
    server.add_user("anna")
    a = make_laptop(server, "anna")
    add_contact(a.db, "Somchai")
    stopped: list[bool] = []

    def hook(response: httpx.Response) -> None:
        if response.request.url.path == "/v1/upload" and not stopped:
            stopped.append(True)
            response.read()
            server.stop()
            raise httpx.ReadError("server went away")

    a.sync._transport_for()._http.event_hooks["response"].append(hook)
    with pytest.raises(Offline):
        a.sync.sync_once()
    server.start()
    a.sync.close()  # the old keep-alive connection died with the server
    a.sync.sync_once()
    assert a.sync.status().pending == 0
    assert_equal_to_server(a, server.store)


def test_laptop_clock_a_day_ahead_cannot_win_for_a_day(
    sqlite_server: RunningServer, make_laptop: MakeLaptop
) -> None:
    server = sqlite_server
    server.add_user("anna")
    server.add_user("ben")
    a, b = make_laptop(server, "anna"), make_laptop(server, "ben")
    cid = add_contact(a.db, "Somchai")
    a.sync.sync_once()
    b.sync.sync_once()
    real = a.db.clock._now_ms
    a.db.clock._now_ms = lambda: real() + DAY_MS  # the fake clock: a laptop a day ahead
    edit_contact(a.db, cid, title="From the future")
    a.sync.sync_once()
    server.clock.offset_ms = 10 * 60 * 1000  # ten minutes later on the server
    b.db.clock._now_ms = lambda: real() + 10 * 60 * 1000
    edit_contact(b.db, cid, title="Ten minutes later")
    b.sync.sync_once()
    a.sync.sync_once()
    assert field(a.db, "contacts", cid, "title") == "Ten minutes later"
    assert_equal_to_server(a, server.store)


def test_laptop_clock_a_day_behind_still_wins_with_a_later_edit(
    sqlite_server: RunningServer, make_laptop: MakeLaptop
) -> None:
    server = sqlite_server
    server.add_user("anna")
    server.add_user("ben")
    a, b = make_laptop(server, "anna"), make_laptop(server, "ben")
    real = b.db.clock._now_ms
    b.db.clock._now_ms = lambda: real() - DAY_MS
    cid = add_contact(a.db, "Somchai")
    a.sync.sync_once()
    b.sync.sync_once()
    edit_contact(a.db, cid, title="Earlier")
    a.sync.sync_once()
    b.sync.sync_once()  # learns the server's time
    edit_contact(b.db, cid, title="Later, from a slow clock")
    b.sync.sync_once()
    a.sync.sync_once()
    assert field(a.db, "contacts", cid, "title") == "Later, from a slow clock"


def test_offline_past_tombstone_window_resyncs_without_deleted_rows_returning(
    server: RunningServer, make_laptop: MakeLaptop
) -> None:
    server.add_user("anna")
    server.add_user("ben")
    a, b = make_laptop(server, "anna"), make_laptop(server, "ben")
    gone = add_contact(a.db, "To be deleted")
    kept = add_contact(a.db, "Kept")
    a.sync.sync_once()
    b.sync.sync_once()
    delete_contact(a.db, gone)
    a.sync.sync_once()
    assert purge_tombstones(server.store, server.clock() + 1) >= 1
    edit_contact(b.db, kept, title="Edited offline")  # pending while B was away
    result = b.sync.sync_once()
    assert result.full_resync
    assert field(b.db, "contacts", gone, "id") is None
    assert field(b.db, "contacts", kept, "title") == "Edited offline"
    b.sync.sync_once()
    assert_equal_to_server(b, server.store)
    a.sync.sync_once()
    assert field(a.db, "contacts", kept, "title") == "Edited offline"


def test_laptop_restored_from_backup_recovers_without_loss_or_resurrection(
    sqlite_server: RunningServer,
    make_laptop: MakeLaptop,
    tmp_path: Path,
    fake_keyring: object,
) -> None:
    server = sqlite_server
    server.add_user("anna")
    a = make_laptop(server, "anna")
    first = add_contact(a.db, "Before backup")
    a.sync.sync_once()
    original_device = a.db.device_id
    edit_contact(a.db, first, title="Pending at backup time")
    backup = tmp_path / "backup"
    a.db.close()
    shutil.copytree(a.db.path.parent, backup)
    a.db = Vault(a.db.path.parent).unlock(PASSPHRASE)
    a.sync = SyncClient(a.db)
    a.sync.sync_once()
    later = add_contact(a.db, "After backup")
    delete_contact(a.db, first)
    a.sync.sync_once()
    a.sync.close()
    a.db.close()

    restored_db = Vault(backup).unlock(PASSPHRASE)
    restored = SyncClient(restored_db)
    try:
        result = restored.sync_once()
        assert result.device_forked
        assert restored_db.device_id != original_device
        assert field(restored_db, "contacts", later, "display_name") == "After backup"
        assert field(restored_db, "contacts", first, "deleted_at") is not None
        restored.sync_once()
        assert_equal_to_server(Laptop("restored", restored_db, restored), server.store)
    finally:
        restored.close()
        restored_db.close()


def test_cloned_disk_is_detected_when_both_copies_write(
    sqlite_server: RunningServer, make_laptop: MakeLaptop, tmp_path: Path
) -> None:
    server = sqlite_server
    server.add_user("anna")
    a = make_laptop(server, "anna")
    add_contact(a.db, "Shared past")
    a.sync.sync_once()
    clone_dir = tmp_path / "clone"
    a.db.close()
    shutil.copytree(a.db.path.parent, clone_dir)
    a.db = Vault(a.db.path.parent).unlock(PASSPHRASE)
    a.sync = SyncClient(a.db)
    clone_db = Vault(clone_dir).unlock(PASSPHRASE)
    clone = SyncClient(clone_db)
    try:
        mine = add_contact(a.db, "Made on the original")
        theirs = add_contact(clone_db, "Made on the clone")
        a.sync.sync_once()
        result = clone.sync_once()
        assert result.device_forked
        a.sync.sync_once()
        for db in (a.db, clone_db):
            assert field(db, "contacts", mine, "id") == mine
            assert field(db, "contacts", theirs, "id") == theirs
        assert_equal_to_server(Laptop("clone", clone_db, clone), server.store)
    finally:
        clone.close()
        clone_db.close()
