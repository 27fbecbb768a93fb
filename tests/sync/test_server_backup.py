"""crmdesk-server backups: SQLite round trip, damage refused, schedule, retention, pg_dump."""

from __future__ import annotations

import dataclasses
import json
import shutil
import subprocess
import sys
import uuid
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.cron import CronTrigger
from sqlalchemy import select

from crmdesk.backup.archive import check_archive, copy_body, read_header, seal
from crmdesk.backup.schedule import JOB_DAILY, JOB_START, JOB_WATCH
from crmdesk.clock import FakeClock
from crmdesk.sync import auth, server_backup, server_cli
from crmdesk.sync import store as st

from .conftest import PASSWORD, free_port

BANGKOK = ZoneInfo("Asia/Bangkok")
PG_DSN = "host=127.0.0.1 port=5432 dbname=test user=postgres"


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=BANGKOK)


def cli(data_dir: Path, *args: str) -> int:
    return server_cli.main(["--data-dir", str(data_dir), *args])


def all_rows(url: str) -> dict[str, list[str]]:
    store = st.SyncStore(url)
    try:
        with store.read() as conn:
            return {
                name: sorted(repr(tuple(r)) for r in conn.execute(select(table)))
                for name, table in st.metadata.tables.items()
            }
    finally:
        store.dispose()


def add_office_data(url: str, users: int = 3, records: int = 20) -> None:
    """Users through the server's own auth code, records straight into its storage."""
    store = st.SyncStore(url)
    try:
        with store.write() as conn:
            for n in range(users):
                auth.add_user(conn, f"user{n}", PASSWORD, "rep")
            for n in range(records):
                conn.execute(
                    st.records.insert().values(
                        entity="contacts",
                        row_id=f"{n:032x}",
                        bucket="office",
                        seq=n + 1,
                        data=json.dumps({"name": f"Contact {n}"}),
                        meta="{}",
                        gone=False,
                    )
                )
    finally:
        store.dispose()


def init_server(data_dir: Path, capsys: pytest.CaptureFixture[str], *extra: str) -> str:
    assert cli(data_dir, "init", *extra) == 0
    capsys.readouterr()
    return server_cli.load_config(data_dir)["database_url"]


def set_config(data_dir: Path, **values: str) -> None:
    path = data_dir / server_cli.CONFIG_FILE
    config = json.loads(path.read_text(encoding="utf-8"))
    config.update(values)
    path.write_text(json.dumps(config), encoding="utf-8")


def only_backup(data_dir: Path) -> Path:
    (found,) = sorted((data_dir / "backups").glob("crmdesk-server-*.crmbak"))
    return found


# --- SQLite -------------------------------------------------------------------------------


def test_sqlite_backup_restores_the_same_rows_in_a_new_server_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    office, spare = tmp_path / "office", tmp_path / "new-machine"
    url = init_server(office, capsys)
    add_office_data(url)
    assert cli(office, "backup", "now") == 0
    backup = only_backup(office)
    assert backup.name.startswith("crmdesk-server-") and backup.suffix == ".crmbak"
    counts = read_header(backup).counts
    assert counts["users"] >= 3 and counts["records"] == 20
    assert not [p for p in (office / "backups").iterdir() if p.name.startswith(".")]

    new_url = init_server(spare, capsys)
    assert all_rows(new_url) != all_rows(url)
    assert cli(spare, "backup", "restore", "--yes", str(backup)) == 0
    assert all_rows(new_url) == all_rows(url)
    kept = list(spare.glob("before-restore-*/server.db"))
    assert len(kept) == 1  # the replaced database is kept aside


def test_backup_list_json_shows_counts_and_verify_passes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    office = tmp_path / "office"
    add_office_data(init_server(office, capsys), users=2, records=5)
    assert cli(office, "backup", "now") == 0
    capsys.readouterr()
    assert cli(office, "backup", "list", "--json") == 0
    (entry,) = json.loads(capsys.readouterr().out)
    assert entry["good"] is True
    assert entry["counts"]["users"] == 2 and entry["counts"]["records"] == 5
    assert cli(office, "backup", "verify", entry["file"]) == 0


@pytest.mark.parametrize("where", [0.3, 0.9, -80])
def test_one_corrupt_byte_is_refused_by_verify_and_restore(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], where: float
) -> None:
    office, spare = tmp_path / "office", tmp_path / "spare"
    add_office_data(init_server(office, capsys))
    assert cli(office, "backup", "now") == 0
    backup = only_backup(office)
    data = bytearray(backup.read_bytes())
    index = int(len(data) * where) if where > 0 else len(data) + int(where)
    data[index] ^= 0x01
    backup.write_bytes(bytes(data))
    capsys.readouterr()

    assert cli(office, "backup", "verify", str(backup)) == 2
    assert "damaged" in capsys.readouterr().err
    url = init_server(spare, capsys)
    before = all_rows(url)
    db = server_backup.sqlite_path(url)
    assert db is not None
    raw_before = db.read_bytes()
    assert cli(spare, "backup", "restore", "--yes", str(backup)) == 2
    assert db.read_bytes() == raw_before and all_rows(url) == before
    assert not list(spare.glob("before-restore-*"))
    assert cli(office, "backup", "list") == 2  # the list says the file is damaged


def test_a_resealed_file_with_wrong_counts_is_refused_by_the_row_count_check(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The server's MAC key is public, so the row counts are what catch a rewritten header."""
    office = tmp_path / "office"
    add_office_data(init_server(office, capsys))
    assert cli(office, "backup", "now") == 0
    backup = only_backup(office)
    info = check_archive(backup)
    forged = tmp_path / "crmdesk-server-2026-11-20.crmbak"
    with open(forged, "wb") as out:
        copy_body(info, out)
    counts = dict(info.header.counts, records=info.header.counts["records"] + 1)
    seal(forged, dataclasses.replace(info.header, counts=counts), None)
    assert check_archive(forged).header.counts["records"] == 21  # checksum and MAC pass
    capsys.readouterr()
    assert cli(office, "backup", "verify", str(forged)) == 2
    assert "expected number of rows" in capsys.readouterr().err


def test_a_foreign_file_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    office = tmp_path / "office"
    init_server(office, capsys)
    foreign = tmp_path / "crmdesk-server-2026-11-20.crmbak"
    foreign.write_bytes(b"SQLite format 3\x00" + bytes(4096))
    assert cli(office, "backup", "verify", str(foreign)) == 2
    assert cli(office, "backup", "restore", "--yes", str(foreign)) == 2
    assert "not a crmdesk backup" in capsys.readouterr().err


def test_restore_is_refused_while_the_server_runs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    office = tmp_path / "office"
    url = init_server(office, capsys)
    add_office_data(url)
    assert cli(office, "backup", "now") == 0
    backup = only_backup(office)
    command = [sys.executable, "-m", "crmdesk.sync.server_cli", "--data-dir", str(office)]
    proc = subprocess.Popen(
        [*command, "run", "--port", str(free_port())],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        assert "crmdesk server on https://" in proc.stdout.readline()  # started, lock taken
        capsys.readouterr()
        assert server_backup.running_pid(office) == proc.pid
        assert cli(office, "backup", "restore", "--yes", str(backup)) == 2
        assert f"running on {office} (pid {proc.pid})" in capsys.readouterr().err
    finally:
        proc.terminate()
        proc.wait()
    assert server_backup.running_pid(office) is None
    assert cli(office, "backup", "restore", "--yes", str(backup)) == 0


def test_snapshot_is_consistent_while_another_connection_writes(tmp_path: Path) -> None:
    """Users are added two per transaction between snapshots; every backup holds an even count."""
    url = st.sqlite_url(tmp_path)
    store = st.SyncStore(url)
    store.create()
    db = server_backup.sqlite_path(url)
    assert db is not None
    try:
        with store.read() as reader:  # an open reader keeps the WAL from being emptied
            reader.execute(select(st.users)).fetchall()
            for day in range(1, 6):
                with store.write() as conn:
                    for n in range(2):
                        auth.add_user(conn, f"u{day}-{n}", PASSWORD, "rep")
                result = server_backup.backup_sqlite(db, tmp_path / "b", at(day, 13))
                assert result.counts["users"] == 2 * day
                server_backup.verify_sqlite_backup(result.path)
    finally:
        store.dispose()


# --- Schedule and retention ---------------------------------------------------------------


def test_scheduler_catches_up_once_then_backs_up_at_the_configured_time(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    office = tmp_path / "office"
    add_office_data(init_server(office, capsys))
    set_config(office, backup_time="18:05")
    config = server_cli.load_config(office)
    server_backup.back_up_server(office, config, at(19, 18, 5))  # the last backup before a pause
    clock = FakeClock(at(23, 9))  # the server was off from the 19th to the 23rd
    scheduler = BackgroundScheduler(timezone=BANGKOK)
    scheduler.start(paused=True)  # the test drives the checks with its own clock
    runner = server_backup.schedule_backups(office, config, clock, scheduler)
    try:
        jobs = {job.id: job for job in scheduler.get_jobs()}
        assert set(jobs) == {JOB_DAILY, JOB_START, JOB_WATCH}
        daily = jobs[JOB_DAILY]
        assert isinstance(daily.trigger, CronTrigger) and daily.misfire_grace_time is None
        assert str(daily.trigger.fields[5]) == "18" and str(daily.trigger.fields[6]) == "5"

        def days() -> list[str]:
            return sorted(p.name[15:25] for p in (office / "backups").glob("*.crmbak"))

        assert [runner.check() for _ in range(3)] == [True, False, False]  # one catch-up
        assert days() == ["2026-11-19", "2026-11-23"]
        while clock.now() < at(24, 9):
            clock.advance(timedelta(minutes=5))
            runner.check()
        assert days() == ["2026-11-19", "2026-11-23"]
        created = read_header(office / "backups" / "crmdesk-server-2026-11-23.crmbak").created
        assert datetime.fromisoformat(created) == at(23, 18, 5)  # the day's file was replaced
    finally:
        runner.stop(wait=False)


def test_calendar_retention_keeps_the_newest_days(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    office = tmp_path / "office"
    add_office_data(init_server(office, capsys), users=1, records=1)
    set_config(
        office,
        backup_retention="calendar",
        backup_keep_daily="2",
        backup_keep_weekly="0",
        backup_keep_monthly="0",
    )
    config = server_cli.load_config(office)
    deleted: list[Path] = []
    for day in range(16, 21):
        deleted += server_backup.back_up_server(office, config, at(day, 12, 30)).deleted
    left = sorted(p.name for p in (office / "backups").iterdir())
    assert left == ["crmdesk-server-2026-11-19.crmbak", "crmdesk-server-2026-11-20.crmbak"]
    assert len(deleted) == 3


def test_missing_chosen_destination_exits_2_and_is_not_created(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    office = tmp_path / "office"
    init_server(office, capsys)
    usb = tmp_path / "usb-stick"
    set_config(office, backup_destination=str(usb))
    assert cli(office, "backup", "now") == 2
    assert "Is the drive connected?" in capsys.readouterr().err
    assert not usb.exists()


# --- PostgreSQL ---------------------------------------------------------------------------


@pytest.fixture
def pg_databases() -> Iterator[list[str]]:
    """Two new, uniquely named PostgreSQL databases (dropped afterwards)."""
    try:
        import psycopg

        with psycopg.connect(PG_DSN, connect_timeout=3):
            pass
    except Exception as exc:
        pytest.skip(f"PostgreSQL is not reachable at 127.0.0.1:5432 ({exc})")
    for tool in ("pg_dump", "pg_restore"):
        if shutil.which(tool) is None:
            pytest.skip(f"the PostgreSQL client tool {tool} is not installed")
    names = [f"crmdesk_bk_{uuid.uuid4().hex[:10]}_{n}" for n in range(2)]
    with psycopg.connect(PG_DSN, autocommit=True) as conn:
        for name in names:
            conn.execute(f"CREATE DATABASE {name}")
    try:
        yield [f"postgresql+psycopg://postgres@127.0.0.1:5432/{n}" for n in names]
    finally:
        with psycopg.connect(PG_DSN, autocommit=True) as conn:
            for name in names:
                conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.mark.postgres
def test_pg_dump_backup_is_checked_and_restores_the_same_rows(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], pg_databases: list[str]
) -> None:
    office, spare = tmp_path / "office", tmp_path / "spare"
    url = init_server(office, capsys, "--database-url", pg_databases[0])
    add_office_data(url)
    assert cli(office, "backup", "now") == 0
    (dump,) = (office / "backups").glob("crmdesk-server-*.dump")
    assert not [p for p in (office / "backups").iterdir() if p.name.startswith(".")]
    assert set(server_backup.check_dump(dump)) >= set(server_backup.SERVER_TABLES)
    capsys.readouterr()
    assert cli(office, "backup", "list", "--json") == 0
    (entry,) = json.loads(capsys.readouterr().out)
    assert entry["file"] == str(dump) and entry["good"] is True
    assert cli(office, "backup", "verify", str(dump)) == 0

    new_url = init_server(spare, capsys, "--database-url", pg_databases[1])
    assert all_rows(new_url) != all_rows(url)
    assert cli(spare, "backup", "restore", "--yes", str(dump)) == 0
    assert all_rows(new_url) == all_rows(url)


@pytest.mark.postgres
def test_a_truncated_dump_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], pg_databases: list[str]
) -> None:
    office = tmp_path / "office"
    url = init_server(office, capsys, "--database-url", pg_databases[0])
    add_office_data(url)
    assert cli(office, "backup", "now") == 0
    (dump,) = (office / "backups").glob("crmdesk-server-*.dump")
    data = dump.read_bytes()
    dump.write_bytes(data[: len(data) // 3])
    before = all_rows(url)
    assert cli(office, "backup", "verify", str(dump)) == 2
    assert cli(office, "backup", "restore", "--yes", str(dump)) == 2
    assert all_rows(url) == before


@pytest.mark.postgres
def test_a_failed_pg_dump_leaves_no_file_and_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    if shutil.which("pg_dump") is None:
        pytest.skip("the PostgreSQL client tool pg_dump is not installed")
    office = tmp_path / "office"
    office.mkdir()
    missing = f"crmdesk_missing_{uuid.uuid4().hex[:10]}"
    url = f"postgresql+psycopg://postgres@127.0.0.1:5432/{missing}"
    (office / server_cli.CONFIG_FILE).write_text(json.dumps({"database_url": url}))
    (office / "backups").mkdir()
    (office / "backups" / "crmdesk-server-2026-11-20.dump").write_bytes(b"an older backup")
    assert cli(office, "backup", "now") == 2
    assert "pg_dump failed" in capsys.readouterr().err
    assert [p.name for p in (office / "backups").iterdir()] == ["crmdesk-server-2026-11-20.dump"]
