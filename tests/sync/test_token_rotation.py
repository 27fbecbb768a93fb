"""Refresh tokens rotate on every use; presenting a spent one revokes the device's sign-ins."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import httpx
import pytest
from tests.conftest import PASSPHRASE, FakeKeyring
from tests.sync.conftest import PASSWORD, Laptop, MakeLaptop, RunningServer
from tests.sync.helpers import add_contact

from crmdesk.sync import audit, auth, tls
from crmdesk.sync.client import KEYRING_SERVICE, NotConnected, SyncClient
from crmdesk.vault import Vault


def _refresh(server: RunningServer, token: str) -> httpx.Response:
    pem = (server.data_dir / "cert.pem").read_text()
    with httpx.Client(base_url=server.url, verify=tls.pinned_context(pem)) as http:
        return http.post("/v1/token", content=json.dumps({"refresh_token": token}))


def _stored(keys: FakeKeyring) -> str:
    (token,) = [v for (service, _), v in keys.secrets.items() if service == KEYRING_SERVICE]
    return token


def test_each_refresh_gives_a_new_token_and_spends_the_old_one(
    sqlite_server: RunningServer, make_laptop: MakeLaptop, fake_keyring: FakeKeyring
) -> None:
    server = sqlite_server
    a = _anna(server, make_laptop)
    first = _stored(fake_keyring)
    server.clock.offset_ms = 3600 * 1000  # the access token has expired: the client refreshes
    add_contact(a.db, "Somchai")
    a.sync.sync_once()
    second = _stored(fake_keyring)
    assert second != first
    server.clock.offset_ms = 2 * 3600 * 1000
    a.sync.sync_once()
    assert _stored(fake_keyring) not in (first, second)
    assert a.sync.status().pending == 0


def _anna(server: RunningServer, make_laptop: MakeLaptop) -> Laptop:
    """The office's user anna and her connected laptop."""
    server.add_user("anna")
    return make_laptop(server, "anna")


def _reuses(server: RunningServer) -> list[tuple[str, str | None]]:
    with server.store.read() as conn:
        entries = [e for e in audit.entries(conn) if e.action == audit.Action.TOKEN_REUSED]
    return [(e.user_name, e.device_id) for e in entries]


def test_reusing_a_spent_refresh_token_revokes_the_device_and_is_audited(
    sqlite_server: RunningServer, make_laptop: MakeLaptop, fake_keyring: FakeKeyring
) -> None:
    server = sqlite_server
    a = _anna(server, make_laptop)
    stolen = _stored(fake_keyring)  # a copy taken before the laptop uses it
    server.clock.offset_ms = 3600 * 1000
    a.sync.sync_once()  # the laptop refreshes: the copy is now spent
    server.clock.offset_ms = 2 * 3600 * 1000
    a.sync.sync_once()  # and uses what it got: the copy cannot pass for a lost answer
    answer = _refresh(server, stolen)
    assert answer.status_code == 401
    assert answer.json()["message"] == auth.REUSED_MESSAGE
    # The whole family is gone: the laptop's current refresh token and its access token too.
    assert _refresh(server, _stored(fake_keyring)).status_code == 401
    add_contact(a.db, "Somchai")
    with pytest.raises(NotConnected):
        a.sync.sync_once()
    assert a.sync.status().pending == 1
    assert _reuses(server) == [("anna", a.db.device_id)]
    # Signing in again with the password works and the queued change goes up.
    a.sync.connect(server.url, "anna", PASSWORD, fingerprint=server.fingerprint)
    a.sync.sync_once()
    assert a.sync.status().pending == 0


def test_a_refresh_whose_answer_was_lost_can_be_repeated(
    sqlite_server: RunningServer, make_laptop: MakeLaptop, fake_keyring: FakeKeyring
) -> None:
    """Connection cut after the server exchanged the token: the laptop stays signed in."""
    server = sqlite_server
    a = _anna(server, make_laptop)
    held = _stored(fake_keyring)
    for _lost in range(2):  # the server commits each exchange; the laptop never hears of it
        assert _refresh(server, held).status_code == 200
    server.clock.offset_ms = 3600 * 1000
    add_contact(a.db, "Somchai")
    a.sync.sync_once()  # presents the token it still holds
    assert a.sync.status().pending == 0
    assert _stored(fake_keyring) != held
    assert _reuses(server) == []


def test_a_copy_that_passes_for_a_lost_answer_is_caught_at_the_next_refresh(
    sqlite_server: RunningServer, make_laptop: MakeLaptop, fake_keyring: FakeKeyring
) -> None:
    server = sqlite_server
    a = _anna(server, make_laptop)
    stolen = _stored(fake_keyring)
    server.clock.offset_ms = 3600 * 1000
    a.sync.sync_once()  # the laptop exchanges the token and has not used the new one yet
    answer = _refresh(server, stolen)  # to the server this looks like a lost answer
    assert answer.status_code == 200
    thief = answer.json()["refresh_token"]
    server.clock.offset_ms = 2 * 3600 * 1000
    add_contact(a.db, "Somchai")
    with pytest.raises(NotConnected):
        a.sync.sync_once()  # the laptop's token was superseded: the fork is found
    assert _reuses(server) == [("anna", a.db.device_id)]
    assert _refresh(server, thief).status_code == 401  # the copy dies with the family
    assert a.sync.status().pending == 1


def test_a_spent_token_cannot_fork_a_device(
    sqlite_server: RunningServer, make_laptop: MakeLaptop, fake_keyring: FakeKeyring
) -> None:
    server = sqlite_server
    a = _anna(server, make_laptop)
    spent = _stored(fake_keyring)
    server.clock.offset_ms = 3600 * 1000
    a.sync.sync_once()
    pem = (server.data_dir / "cert.pem").read_text()
    with httpx.Client(base_url=server.url, verify=tls.pinned_context(pem)) as http:
        answer = http.post(
            "/v1/device/fork",
            content=json.dumps({"refresh_token": spent, "new_device_id": "1" * 32}),
        )
    assert answer.status_code == 401


def _refresh_after(
    client: SyncClient, start: threading.Barrier, errors: list[BaseException]
) -> None:
    start.wait()
    try:
        client._refresh_access()
    except BaseException as exc:
        errors.append(exc)


def test_two_clients_of_one_database_refreshing_at_once_stay_signed_in(
    sqlite_server: RunningServer, make_laptop: MakeLaptop, tmp_path: Path
) -> None:
    """The app and a ``crmdesk sync`` command share the keyring entry: never a double use."""
    server = sqlite_server
    a = _anna(server, make_laptop)
    again = Vault(tmp_path / "laptop-anna").unlock(PASSPHRASE)
    try:
        for _ in range(8):
            clients = [SyncClient(a.db), SyncClient(again)]
            start = threading.Barrier(2)
            errors: list[BaseException] = []

            threads = [
                threading.Thread(target=_refresh_after, args=(c, start, errors)) for c in clients
            ]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            for client in clients:
                client.close()
            assert errors == []
        with server.store.read() as conn:
            assert not [e for e in audit.entries(conn) if e.action == audit.Action.TOKEN_REUSED]
    finally:
        again.close()
