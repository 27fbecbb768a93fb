"""Without a usable OS keyring the client says so in one line: no traceback, data untouched."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest
from keyring.backend import KeyringBackend
from tests.conftest import PASSPHRASE
from tests.sync.conftest import PASSWORD, RunningServer
from tests.sync.helpers import add_contact

from crmdesk.cli import main as crmdesk_main
from crmdesk.sync import tls
from crmdesk.sync.client import NoKeyring, SyncClient
from crmdesk.vault import Vault


class LockedKeyring(KeyringBackend):
    """A keyring whose service is there but refuses every call (a locked desktop wallet)."""

    priority = 1  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        raise RuntimeError("org.freedesktop.Secret: the collection is locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise RuntimeError("org.freedesktop.Secret: the collection is locked")

    def delete_password(self, service: str, username: str) -> None:
        raise RuntimeError("org.freedesktop.Secret: the collection is locked")


@pytest.fixture
def no_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    yield
    keyring.set_keyring(previous)


def _laptop(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    folder = tmp_path / "laptop"
    db = Vault(folder).init(PASSPHRASE, user_name="anna")
    add_contact(db, "Somchai")
    db.close()
    monkeypatch.setenv("CRMDESK_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("CRMDESK_SYNC_PASSWORD", PASSWORD)
    return ["--data-dir", str(folder)]


def test_connect_without_a_keyring_exits_2_with_one_line(
    sqlite_server: RunningServer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    no_keyring: None,
) -> None:
    sqlite_server.add_user("anna")
    base = _laptop(tmp_path, monkeypatch)
    fp = tls.show(sqlite_server.fingerprint)
    code = crmdesk_main(
        [*base, "sync", "connect", sqlite_server.url, "--user", "anna", "--fingerprint", fp]
    )
    err = capsys.readouterr().err.strip()
    assert code == 2
    assert len(err.splitlines()) == 1 and "no usable keyring" in err
    assert "Traceback" not in err
    assert crmdesk_main([*base, "sync", "status", "--json"]) == 0
    assert '"connected": false' in capsys.readouterr().out


def test_a_keyring_that_became_unusable_stops_sync_with_one_line(
    sqlite_server: RunningServer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    sqlite_server.add_user("anna")
    base = _laptop(tmp_path, monkeypatch)
    fp = tls.show(sqlite_server.fingerprint)
    assert (
        crmdesk_main(
            [*base, "sync", "connect", sqlite_server.url, "--user", "anna", "--fingerprint", fp]
        )
        == 0
    )
    capsys.readouterr()
    keyring.set_keyring(LockedKeyring())  # the fake_keyring fixture restores the previous one
    code = crmdesk_main([*base, "sync"])
    err = capsys.readouterr().err.strip()
    assert code == 2
    assert len(err.splitlines()) == 1 and "no usable keyring" in err and "locked" in err
    assert crmdesk_main([*base, "sync", "status", "--json"]) == 0
    status = json.loads(capsys.readouterr().out)
    assert status["pending"] > 0, "the queued changes are kept"
    assert "keyring" in status["last_error"]


def test_the_app_gets_a_sync_error_not_a_crash(
    sqlite_server: RunningServer, tmp_path: Path, no_keyring: None
) -> None:
    sqlite_server.add_user("anna")
    db = Vault(tmp_path / "laptop").init(PASSPHRASE, user_name="anna")
    client = SyncClient(db)
    try:
        with pytest.raises(NoKeyring, match="no usable keyring"):
            client.connect(
                sqlite_server.url, "anna", PASSWORD, fingerprint=sqlite_server.fingerprint
            )
        assert client.status().connected is False
    finally:
        client.close()
        db.close()
