"""Server upkeep: tombstones past the window go, old idempotency keys are pruned, on a schedule."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest
from apscheduler.schedulers.background import BackgroundScheduler
from sqlalchemy import func, select
from tests.sync.conftest import MakeLaptop, RunningServer, assert_equal_to_server, free_port
from tests.sync.helpers import add_contact, delete_contact, field

from crmdesk.sync import local_state, server_cli, server_maintenance
from crmdesk.sync import store as st
from crmdesk.sync.server_cli import main as server_main

DAY_MS = server_maintenance.DAY_MS


def _count(store: st.SyncStore, table: object) -> int:
    with store.read() as conn:
        return int(conn.execute(select(func.count()).select_from(table)).scalar_one())  # type: ignore[arg-type]


def test_upkeep_purges_tombstones_then_prunes_change_ids_after_their_longer_window(
    server: RunningServer, make_laptop: MakeLaptop
) -> None:
    server.add_user("anna")
    server.add_user("ben")
    a, b = make_laptop(server, "anna"), make_laptop(server, "ben")
    gone = add_contact(a.db, "To be deleted")
    add_contact(a.db, "Kept")
    a.sync.sync_once()
    b.sync.sync_once()
    delete_contact(a.db, gone)
    a.sync.sync_once()
    ids_before = _count(server.store, st.applied_changes)
    assert ids_before > 0
    now = server.clock()
    assert server_maintenance.run_upkeep(server.store, now + 30 * DAY_MS, 90).tombstones == 0
    done = server_maintenance.run_upkeep(server.store, now + 91 * DAY_MS, 90)
    assert done.tombstones == 1
    assert done.applied_changes == 0, "change ids outlive tombstones"
    assert _count(server.store, st.applied_changes) == ids_before
    done = server_maintenance.run_upkeep(server.store, now + 181 * DAY_MS, 90)
    assert done.applied_changes == ids_before
    assert _count(server.store, st.applied_changes) == 0
    # A laptop behind the purge still gets a full resync, and the deleted row stays gone.
    server.clock.offset_ms = 181 * DAY_MS
    result = b.sync.sync_once()
    assert result.full_resync
    assert field(b.db, "contacts", gone, "id") is None
    assert_equal_to_server(b, server.store)


def test_a_change_resent_after_its_id_was_pruned_duplicates_nothing(
    sqlite_server: RunningServer, make_laptop: MakeLaptop
) -> None:
    server = sqlite_server
    server.add_user("anna")
    a = make_laptop(server, "anna")
    cid = add_contact(a.db, "Somchai", email="s@example.com")
    with a.db.engine.connect() as conn:
        batch = local_state.next_batch(conn)
    a.sync.sync_once()
    records = _count(server.store, st.records)
    server_maintenance.run_upkeep(server.store, server.clock() + 200 * DAY_MS, 90)
    assert _count(server.store, st.applied_changes) == 0
    # The answer was "lost" long ago: the laptop resends the same changes.
    high = max(c["counter"] for c in batch)
    hs = a.sync.call(
        "/v1/handshake",
        {"protocol": 1, "device_id": a.db.device_id, "outbox_high": high, "cursors": {}},
    )
    answer = a.sync.call("/v1/upload", {"session_id": hs["session_id"], "changes": batch})
    a.sync.call("/v1/end", {"session_id": hs["session_id"]})
    assert {r["status"] for r in answer["results"]} <= {"applied", "conflict"}
    assert _count(server.store, st.records) == records
    a.sync.sync_once()
    assert field(a.db, "contacts", cid, "display_name") == "Somchai"
    assert_equal_to_server(a, server.store)


def test_upkeep_runs_on_the_scheduler_at_start(sqlite_server: RunningServer) -> None:
    server = sqlite_server
    with server.store.write() as conn:
        conn.execute(
            st.records.insert().values(
                entity="contacts",
                row_id="a" * 32,
                bucket="shared",
                seq=1,
                data="{}",
                meta="{}",
                gone=False,
                tombstoned_at=server.clock() - 100 * DAY_MS,
            )
        )
    scheduler = BackgroundScheduler(daemon=True)
    try:
        server_maintenance.schedule_upkeep(scheduler, server.store, server.clock, 90)
        job = scheduler.get_job(server_maintenance.JOB_ID)
        assert job is not None
        assert job.trigger.interval.total_seconds() == server_maintenance.EVERY_HOURS * 3600
        for _ in range(200):
            if _count(server.store, st.records) == 0:
                break
            time.sleep(0.05)
        assert _count(server.store, st.records) == 0
    finally:
        scheduler.shutdown(wait=True)


def test_bad_windows_give_one_clear_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "office"
    assert server_main(["--data-dir", str(data), "init"]) == 0
    capsys.readouterr()
    assert server_main(["--data-dir", str(data), "purge", "--tombstone-days", "0"]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "--tombstone-days" in err
    args = ["--data-dir", str(data), "purge", "--keep-change-ids-days", "10"]
    assert server_main(args) == 2
    assert "--keep-change-ids-days" in capsys.readouterr().err
    assert server_main(["--data-dir", str(data), "purge", "--older-than-days", "30"]) == 0
    assert "0 tombstones purged" in capsys.readouterr().out


def test_crmdesk_server_run_purges_old_tombstones_at_start(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "office"
    assert server_main(["--data-dir", str(data), "init"]) == 0
    store = server_cli.open_store(data)
    now = time.time_ns() // 1_000_000
    with store.write() as conn:
        for row_id, age_days in (("a" * 32, 100), ("b" * 32, 10)):
            conn.execute(
                st.records.insert().values(
                    entity="contacts",
                    row_id=row_id,
                    bucket="shared",
                    seq=1 if row_id[0] == "a" else 2,
                    data="{}",
                    meta="{}",
                    gone=False,
                    tombstoned_at=now - age_days * DAY_MS,
                )
            )
    command = [sys.executable, "-m", "crmdesk.sync.server_cli", "--data-dir", str(data)]
    proc = subprocess.Popen(
        [*command, "run", "--port", str(free_port())],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        for _ in range(400):
            if _count(store, st.records) == 1 or proc.poll() is not None:
                break
            time.sleep(0.05)
        assert proc.poll() is None, proc.stderr.read().decode() if proc.stderr else ""
        with store.read() as conn:
            left = [r[0] for r in conn.execute(select(st.records.c.row_id))]
        assert left == ["b" * 32], "only the tombstone past 90 days goes"
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        store.dispose()
