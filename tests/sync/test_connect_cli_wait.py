"""``crmdesk sync connect`` at a laptop's first connection: progress on a terminal only, and a
busy database stops it with one line, nothing written, and connecting again works."""

from __future__ import annotations

import io
import os
import sys
import threading
from pathlib import Path

import pytest
from tests.conftest import PASSPHRASE
from tests.sync.conftest import PASSWORD, MakeLaptop, RunningServer, local_rows
from tests.sync.helpers import add_contact

from crmdesk.cli import main as crmdesk_main
from crmdesk.db.capture import capture_flag_set
from crmdesk.db.engine import Database
from crmdesk.sync import seed
from crmdesk.sync.client import SyncClient
from crmdesk.vault import Vault

USER = "anna"


@pytest.fixture
def laptop(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sqlite_server: RunningServer) -> Path:
    """A laptop's data folder with records made alone, and what the CLI needs to unlock it."""
    sqlite_server.add_user(USER, "rep")
    folder = tmp_path / "laptop"
    db = Vault(folder).init(PASSPHRASE, user_name=USER, region="TH")
    for i in range(30):
        add_contact(db, f"Customer {i}", f"customer{i}@example.co.th")
    db.close()
    monkeypatch.setenv("CRMDESK_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("CRMDESK_SYNC_PASSWORD", PASSWORD)
    return folder


def _connect_args(folder: Path, server: RunningServer) -> list[str]:
    return [
        "--data-dir",
        str(folder),
        "sync",
        "connect",
        server.url,
        "--user",
        USER,
        "--fingerprint",
        server.fingerprint,
    ]


def _outbox(db: Database) -> int:
    with db.engine.connect() as conn:
        return int(conn.exec_driver_sql("SELECT count(*) FROM outbox").scalar() or 0)


def test_connect_prints_no_progress_when_stderr_is_not_a_terminal(
    laptop: Path, sqlite_server: RunningServer, capsys: pytest.CaptureFixture[str]
) -> None:
    assert crmdesk_main(_connect_args(laptop, sqlite_server)) == 0
    captured = capsys.readouterr()
    assert captured.err == ""
    [line] = captured.out.splitlines()
    assert line.startswith(f"Connected to {sqlite_server.url} as {USER}; certificate ")
    assert line.endswith(" pinned.")


def test_connect_shows_one_updating_progress_line_on_a_terminal(
    laptop: Path, sqlite_server: RunningServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(seed, "CHUNK_ROWS", 20)
    main_fd, terminal_fd = os.openpty()
    received: list[bytes] = []

    def read_terminal() -> None:
        while True:
            try:
                data = os.read(main_fd, 4096)
            except OSError:  # the terminal's other end was closed
                return
            if not data:
                return
            received.append(data)

    reader = threading.Thread(target=read_terminal, daemon=True)
    reader.start()
    terminal = io.TextIOWrapper(os.fdopen(terminal_fd, "wb", buffering=0), encoding="utf-8")
    monkeypatch.setattr(sys, "stderr", terminal)
    try:
        assert crmdesk_main(_connect_args(laptop, sqlite_server)) == 0
        terminal.flush()
    finally:
        monkeypatch.undo()
        terminal.close()
        reader.join(timeout=10)
        os.close(main_fd)
    shown = b"".join(received).decode("utf-8")
    db = Vault(laptop).unlock(PASSPHRASE)
    total = len(local_rows(db))
    db.close()
    updates = shown.split("\r")
    lines = [u for u in updates if u.startswith("Preparing your records for the office server")]
    assert len(lines) >= 3, shown  # several chunks of 20 rows, each percentage once
    assert len(lines) == len({line.strip() for line in lines}), "a percentage drawn twice"
    assert lines[-1].strip() == (
        f"Preparing your records for the office server… {total:,} of {total:,} (100%)"
    )
    assert shown.endswith("\n"), "the line is ended before anything else is printed"
    assert shown.count("\n") == 1


def test_a_busy_database_stops_connect_with_one_line_and_connecting_again_works(
    laptop: Path,
    sqlite_server: RunningServer,
    capsys: pytest.CaptureFixture[str],
    make_laptop: MakeLaptop,
) -> None:
    app = Vault(laptop).unlock(PASSPHRASE)  # the app, open on the same database
    before = local_rows(app)
    blocker = app.raw_connection()
    blocker.execute("BEGIN IMMEDIATE")  # busy writing (an import, say) for longer than we wait
    try:
        code = crmdesk_main(_connect_args(laptop, sqlite_server))
    finally:
        blocker.rollback()
        blocker.close()
    err = capsys.readouterr().err
    assert code == 2
    assert len(err.splitlines()) == 1 and err.endswith("\n"), err
    assert err.startswith("crmdesk: Connecting stopped because this computer's database")
    assert "database is locked" in err and "Traceback" not in err
    # Nothing half-written: not connected, no owner adopted, capture still off, no outbox.
    client = SyncClient(app)
    try:
        assert not client.status().connected
    finally:
        client.close()
    assert local_rows(app) == before
    with app.engine.connect() as conn:
        assert not capture_flag_set(conn)
    assert _outbox(app) == 0
    app.close()

    assert crmdesk_main(_connect_args(laptop, sqlite_server)) == 0
    assert crmdesk_main(["--data-dir", str(laptop), "sync"]) == 0
    assert "0 conflicts, 0 refused." in capsys.readouterr().out
    other = make_laptop(sqlite_server, "second", user=USER)
    other.sync.sync_once()
    db = Vault(laptop).unlock(PASSPHRASE)
    try:
        assert local_rows(other.db) == local_rows(db)
    finally:
        db.close()
