"""Security: passwords, rate limits, expired and revoked tokens, pinned certificates, HTTPS only."""

from __future__ import annotations

import json

import httpx
import pytest
from tests.conftest import PASSPHRASE
from tests.sync.conftest import PASSWORD, MakeLaptop, RunningServer
from tests.sync.helpers import add_contact

from crmdesk.sync import auth, tls
from crmdesk.sync.client import (
    CertificateChanged,
    NotConnected,
    ServerRefused,
    SyncClient,
    SyncError,
)
from crmdesk.vault import Vault


@pytest.fixture
def server(sqlite_server: RunningServer) -> RunningServer:
    """Security behaviour does not depend on the database: SQLite only."""
    return sqlite_server


def _raw(server: RunningServer) -> httpx.Client:
    pem = (server.data_dir / "cert.pem").read_text()
    return httpx.Client(base_url=server.url, verify=tls.pinned_context(pem))


def test_wrong_password_is_refused_and_nothing_is_stored(
    server: RunningServer, tmp_path: object, fake_keyring: object
) -> None:
    server.add_user("anna")
    db = Vault(tmp_path / "laptop").init(PASSPHRASE, user_name="anna")  # type: ignore[operator]
    client = SyncClient(db)
    try:
        with pytest.raises(ServerRefused) as err:
            client.connect(server.url, "anna", "not the password", fingerprint=server.fingerprint)
        assert err.value.status == 401
        assert "Wrong user name or password" in str(err.value)
        assert client.status().connected is False
    finally:
        client.close()
        db.close()


def test_repeated_failed_logins_get_429_with_retry_after(server: RunningServer) -> None:
    server.add_user("anna")
    body = {"user": "anna", "password": "wrong password", "device_id": "0" * 32}
    with _raw(server) as http:
        codes = [
            http.post("/v1/login", content=json.dumps(body)).status_code
            for _ in range(auth.MAX_FAILURES)
        ]
        limited = http.post("/v1/login", content=json.dumps({**body, "password": PASSWORD}))
    assert codes == [401] * auth.MAX_FAILURES
    assert limited.status_code == 429
    assert int(limited.headers["Retry-After"]) > 0


def test_requests_without_or_with_forged_token_are_refused(server: RunningServer) -> None:
    with _raw(server) as http:
        none = http.post("/v1/handshake", content=json.dumps({"protocol": 1}))
        forged = http.post(
            "/v1/download",
            content=json.dumps({"session_id": "x"}),
            headers={"Authorization": "Bearer eyJ1Ijoi.abc"},
        )
    assert none.status_code == 401
    assert forged.status_code == 401


def test_expired_access_token_is_refused_and_the_client_renews_it(
    server: RunningServer, make_laptop: MakeLaptop
) -> None:
    server.add_user("anna")
    a = make_laptop(server, "anna")
    old = a.sync._access
    server.clock.offset_ms = 3600 * 1000  # an hour later: the 15-minute token is stale
    with _raw(server) as http:
        answer = http.post(
            "/v1/handshake",
            content=json.dumps({"protocol": 1}),
            headers={"Authorization": f"Bearer {old}"},
        )
    assert answer.status_code == 401
    assert "expired" in answer.json()["message"]
    add_contact(a.db, "Somchai")
    a.sync.sync_once()
    assert a.sync._access != old
    assert a.sync.status().pending == 0


def test_revoked_device_cannot_sync_any_more(
    server: RunningServer, make_laptop: MakeLaptop
) -> None:
    server.add_user("anna")
    a = make_laptop(server, "anna")
    a.sync.sync_once()
    with server.store.write() as conn:
        auth.revoke_device(conn, a.db.device_id)
    add_contact(a.db, "Somchai")
    with pytest.raises(NotConnected):
        a.sync.sync_once()
    assert a.sync.status().pending > 0
    assert "revoked" in (a.sync.status().last_error or "")


def test_disabled_user_is_refused(server: RunningServer, make_laptop: MakeLaptop) -> None:
    server.add_user("anna")
    a = make_laptop(server, "anna")
    with server.store.write() as conn:
        auth.disable_user(conn, "anna")
    with pytest.raises(SyncError):
        a.sync.sync_once()


def test_wrong_fingerprint_at_connect_sends_nothing(
    server: RunningServer, tmp_path: object
) -> None:
    server.add_user("anna")
    db = Vault(tmp_path / "laptop").init(PASSPHRASE, user_name="anna")  # type: ignore[operator]
    client = SyncClient(db)
    try:
        with pytest.raises(CertificateChanged):
            client.connect(server.url, "anna", PASSWORD, fingerprint="ab" * 32)
        with server.store.read() as conn:
            assert auth.list_devices(conn) == []
    finally:
        client.close()
        db.close()


def test_changed_server_certificate_is_refused_with_a_warning(
    sqlite_server: RunningServer, make_laptop: MakeLaptop
) -> None:
    server = sqlite_server
    server.add_user("anna")
    a = make_laptop(server, "anna")
    a.sync.sync_once()
    server.stop()
    tls.make_self_signed(server.data_dir / "cert.pem", server.data_dir / "key.pem", ["127.0.0.1"])
    server.start()
    a.sync.close()
    add_contact(a.db, "Somchai")
    with pytest.raises(CertificateChanged) as err:
        a.sync.sync_once()
    assert "certificate has changed" in str(err.value)
    assert a.sync.status().pending > 0
    # Connecting again without the new fingerprint is refused too (the pin stays).
    with pytest.raises(CertificateChanged):
        a.sync.connect(server.url, "anna", PASSWORD)


def test_plain_http_is_refused_by_server_and_client(
    server: RunningServer, tmp_path: object
) -> None:
    with pytest.raises(httpx.HTTPError):
        httpx.get(f"http://127.0.0.1:{server.port}/v1/health", timeout=5)
    db = Vault(tmp_path / "laptop").init(PASSPHRASE, user_name="anna")  # type: ignore[operator]
    client = SyncClient(db)
    try:
        with pytest.raises(SyncError, match="https"):
            client.connect(f"http://127.0.0.1:{server.port}", "anna", PASSWORD)
    finally:
        client.close()
        db.close()


def test_second_session_for_one_device_waits(
    server: RunningServer, make_laptop: MakeLaptop
) -> None:
    server.add_user("anna")
    a = make_laptop(server, "anna")
    body = {"protocol": 1, "device_id": a.db.device_id, "outbox_high": 0, "cursors": {}}
    first = a.sync.call("/v1/handshake", body)
    with pytest.raises(ServerRefused) as err:
        a.sync.call("/v1/handshake", body)
    assert err.value.code == "session_busy"
    a.sync.call("/v1/end", {"session_id": first["session_id"]})
    a.sync.sync_once()


def test_old_protocol_is_told_to_update(server: RunningServer, make_laptop: MakeLaptop) -> None:
    server.add_user("anna")
    a = make_laptop(server, "anna")
    with pytest.raises(ServerRefused) as err:
        a.sync.call("/v1/handshake", {"protocol": 0})
    assert err.value.status == 426
    assert "Please update crmdesk" in str(err.value)


def test_failures_from_one_address_on_many_names_are_limited_too(server: RunningServer) -> None:
    with _raw(server) as http:
        codes = [
            http.post(
                "/v1/login",
                content=json.dumps(
                    {"user": f"guess{i}", "password": "x" * 8, "device_id": "0" * 32}
                ),
            ).status_code
            for i in range(auth.MAX_FAILURES_PER_ADDRESS + 1)
        ]
    assert codes[: auth.MAX_FAILURES_PER_ADDRESS] == [401] * auth.MAX_FAILURES_PER_ADDRESS
    assert codes[-1] == 429
