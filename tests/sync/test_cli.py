"""The command lines: crmdesk-server init/user/device/run in a real process, crmdesk sync."""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.conftest import PASSPHRASE
from tests.sync.conftest import free_port
from tests.sync.helpers import add_contact

from crmdesk.cli import main as crmdesk_main
from crmdesk.sync.server_cli import main as server_main
from crmdesk.vault import Vault

SERVER_PASSWORD = "server password 1"


def _server(*args: str) -> list[str]:
    return [sys.executable, "-m", "crmdesk.sync.server_cli", *args]


@pytest.fixture
def server_dir(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> tuple[Path, str]:
    data = tmp_path / "office"
    assert server_main(["--data-dir", str(data), "init"]) == 0
    out = capsys.readouterr().out
    match = re.search(r"fingerprint: ((?:[0-9A-F]{2}:){31}[0-9A-F]{2})", out)
    assert match, out
    monkeypatch.setenv("CRMDESK_SERVER_PASSWORD", SERVER_PASSWORD)
    assert server_main(["--data-dir", str(data), "user", "add", "anna", "--role", "rep"]) == 0
    return data, match.group(1)


@pytest.fixture
def running(server_dir: tuple[Path, str]) -> Iterator[tuple[str, str, Path]]:
    data, fingerprint = server_dir
    port = free_port()
    proc = subprocess.Popen(
        _server("--data-dir", str(data), "run", "--port", str(port)),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        for _ in range(300):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                if proc.poll() is not None:
                    raise RuntimeError(proc.stderr.read().decode() if proc.stderr else "") from None
                time.sleep(0.05)
        yield f"https://127.0.0.1:{port}", fingerprint, data
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_server_init_twice_and_run_without_certificate_give_one_clear_line(
    server_dir: tuple[Path, str], capsys: pytest.CaptureFixture[str]
) -> None:
    data, _ = server_dir
    assert server_main(["--data-dir", str(data), "init"]) == 2
    assert "already holds" in capsys.readouterr().err
    (data / "cert.pem").unlink()
    assert server_main(["--data-dir", str(data), "run"]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "HTTPS" in err
    assert server_main(["--data-dir", str(data / "nowhere"), "user", "list"]) == 2


def test_user_and_device_admin_commands(
    server_dir: tuple[Path, str], capsys: pytest.CaptureFixture[str]
) -> None:
    data, _ = server_dir
    d = ["--data-dir", str(data)]
    assert server_main([*d, "user", "add", "boss", "--role", "manager"]) == 0
    assert server_main([*d, "user", "add", "anna", "--role", "rep"]) == 2
    assert server_main([*d, "user", "disable", "anna"]) == 0
    assert server_main([*d, "user", "reset-password", "anna"]) == 0
    capsys.readouterr()
    assert server_main([*d, "user", "list"]) == 0
    listing = capsys.readouterr().out
    assert "anna\trep\tactive" in listing and "boss\tmanager\tactive" in listing
    assert server_main([*d, "device", "revoke", "0" * 32]) == 2


def test_crmdesk_sync_connect_round_and_status(
    running: tuple[str, str, Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    url, fingerprint, data = running
    laptop = tmp_path / "laptop"
    db = Vault(laptop).init(PASSPHRASE, user_name="anna")
    add_contact(db, "Somchai")
    db.close()
    monkeypatch.setenv("CRMDESK_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("CRMDESK_SYNC_PASSWORD", SERVER_PASSWORD)
    base = ["--data-dir", str(laptop)]
    assert (
        crmdesk_main(
            [*base, "sync", "connect", url, "--user", "anna", "--fingerprint", fingerprint]
        )
        == 0
    )
    assert crmdesk_main([*base, "sync"]) == 0
    assert "sent" in capsys.readouterr().out
    assert crmdesk_main([*base, "sync", "status", "--json"]) == 0
    status = json.loads(capsys.readouterr().out)
    assert status["connected"] is True and status["pending"] == 0
    assert status["last_sync_at"]
    assert server_main(["--data-dir", str(data), "device", "list"]) == 0
    assert "anna" in capsys.readouterr().out


def test_crmdesk_sync_connect_with_wrong_fingerprint_exits_2(
    running: tuple[str, str, Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    url, _fingerprint, _data = running
    laptop = tmp_path / "laptop"
    Vault(laptop).init(PASSPHRASE, user_name="anna").close()
    monkeypatch.setenv("CRMDESK_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("CRMDESK_SYNC_PASSWORD", SERVER_PASSWORD)
    code = crmdesk_main(
        [
            "--data-dir",
            str(laptop),
            "sync",
            "connect",
            url,
            "--user",
            "anna",
            "--fingerprint",
            "AB" * 32,
        ]
    )
    assert code == 2
    assert "fingerprint" in capsys.readouterr().err
