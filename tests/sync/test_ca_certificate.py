"""A server certificate issued by the office's own CA: pinned, or trusted through the CA."""

from __future__ import annotations

import datetime as dt
import ipaddress
from dataclasses import dataclass
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from tests.conftest import PASSPHRASE
from tests.sync.conftest import PASSWORD, RunningServer
from tests.sync.helpers import add_contact

from crmdesk.cli import main as crmdesk_main
from crmdesk.errors import CrmError
from crmdesk.sync import auth, tls
from crmdesk.sync.client import CertificateChanged, SyncClient
from crmdesk.vault import Vault


@dataclass
class Authority:
    """A throwaway certificate authority (what an office's IT would run)."""

    key: ec.EllipticCurvePrivateKey
    cert: x509.Certificate

    @property
    def pem(self) -> str:
        return self.cert.public_bytes(serialization.Encoding.PEM).decode()


def _name(text: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, text)])


def make_ca(name: str) -> Authority:
    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name(name))
        .issuer_name(_name(name))
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=False,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    return Authority(key, cert)


def issue(ca: Authority, folder: Path, host: str = "127.0.0.1") -> str:
    """A server certificate from ``ca``, written as cert.pem (leaf + CA chain) and key.pem."""
    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name("crm.office.example"))
        .issuer_name(ca.cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=7))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address(host))]),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), critical=False
        )
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca.key.public_key()),
            critical=False,
        )
        .sign(ca.key, hashes.SHA256())
    )
    leaf = cert.public_bytes(serialization.Encoding.PEM).decode()
    (folder / "cert.pem").write_text(leaf + ca.pem)
    (folder / "key.pem").write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return tls.fingerprint_of_pem(leaf)


def _restart_with(server: RunningServer, ca: Authority, host: str = "127.0.0.1") -> str:
    server.stop()
    fingerprint = issue(ca, server.data_dir, host)
    server.start()
    return fingerprint


@pytest.fixture
def laptop(tmp_path: Path) -> SyncClient:
    db = Vault(tmp_path / "laptop").init(PASSPHRASE, user_name="anna")
    add_contact(db, "Somchai")
    client = SyncClient(db)
    yield client  # type: ignore[misc]
    client.close()
    db.close()


def test_a_chain_file_is_fingerprinted_by_its_leaf(tmp_path: Path) -> None:
    ca = make_ca("Office CA")
    fingerprint = issue(ca, tmp_path)
    assert tls.fingerprint_of_pem((tmp_path / "cert.pem").read_text()) == fingerprint


def test_pinning_a_ca_issued_certificate_works_and_another_ca_is_refused(
    sqlite_server: RunningServer, laptop: SyncClient
) -> None:
    server = sqlite_server
    server.add_user("anna")
    fingerprint = _restart_with(server, make_ca("Office CA"))
    assert laptop.connect(server.url, "anna", PASSWORD, fingerprint=fingerprint) == fingerprint
    assert laptop.sync_once().uploaded > 0
    _restart_with(server, make_ca("Someone else's CA"))
    laptop.close()
    with pytest.raises(CertificateChanged, match="certificate has changed"):
        laptop.sync_once()


def test_a_client_trusting_the_ca_accepts_renewals_and_refuses_a_wrong_ca(
    sqlite_server: RunningServer, laptop: SyncClient
) -> None:
    server = sqlite_server
    server.add_user("anna")
    office = make_ca("Office CA")
    _restart_with(server, office)
    laptop.connect(server.url, "anna", PASSWORD, ca_pem=office.pem)
    assert laptop.sync_once().uploaded > 0
    # The certificate is renewed by the same CA: no new pin, no warning.
    _restart_with(server, office)
    laptop.close()
    add_contact(laptop.db, "Malee")
    assert laptop.sync_once().uploaded > 0
    # A certificate from another CA is refused before anything is sent.
    _restart_with(server, make_ca("Someone else's CA"))
    laptop.close()
    add_contact(laptop.db, "Wichai")
    with pytest.raises(CertificateChanged, match="not one the trusted certificate authority"):
        laptop.sync_once()
    assert laptop.status().pending > 0


def test_the_ca_must_have_issued_the_certificate_for_the_servers_host_name(
    sqlite_server: RunningServer, laptop: SyncClient
) -> None:
    server = sqlite_server
    server.add_user("anna")
    office = make_ca("Office CA")
    _restart_with(server, office, host="10.0.0.9")  # issued for another address
    with pytest.raises(CertificateChanged):
        laptop.connect(server.url, "anna", PASSWORD, ca_pem=office.pem)
    assert laptop.status().connected is False


def test_connecting_with_a_wrong_ca_or_a_non_ca_file_sends_nothing(
    sqlite_server: RunningServer, laptop: SyncClient
) -> None:
    server = sqlite_server
    server.add_user("anna")
    _restart_with(server, make_ca("Office CA"))
    with pytest.raises(CertificateChanged):
        laptop.connect(server.url, "anna", PASSWORD, ca_pem=make_ca("Wrong CA").pem)
    leaf = (server.data_dir / "cert.pem").read_text()
    with pytest.raises(CrmError, match="not a certificate authority"):
        laptop.connect(server.url, "anna", PASSWORD, ca_pem=leaf)
    assert laptop.status().connected is False
    with server.store.read() as conn:
        assert auth.list_devices(conn) == []


def test_crmdesk_sync_connect_with_a_ca_file(
    sqlite_server: RunningServer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    server = sqlite_server
    server.add_user("anna")
    office = make_ca("Office CA")
    _restart_with(server, office)
    ca_file = tmp_path / "office-ca.pem"
    ca_file.write_text(office.pem)
    folder = tmp_path / "cli-laptop"
    Vault(folder).init(PASSPHRASE, user_name="anna").close()
    monkeypatch.setenv("CRMDESK_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("CRMDESK_SYNC_PASSWORD", PASSWORD)
    base = ["--data-dir", str(folder), "sync"]
    missing = [*base, "connect", server.url, "--user", "anna", "--ca", str(tmp_path / "nope.pem")]
    assert crmdesk_main(missing) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "CA file" in err
    assert crmdesk_main([*base, "connect", server.url, "--user", "anna", "--ca", str(ca_file)]) == 0
    assert "trusted" in capsys.readouterr().out
    assert crmdesk_main(base) == 0
