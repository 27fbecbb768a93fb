"""TLS for the office server: a self-signed certificate and SHA-256 fingerprints to pin."""

from __future__ import annotations

import datetime as dt
import hashlib
import ipaddress
import os
import socket
import ssl
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from crmdesk.errors import CrmError

CERT_FILE = "cert.pem"
KEY_FILE = "key.pem"


def make_self_signed(cert_path: Path, key_path: Path, hostnames: list[str]) -> str:
    """Write a new self-signed certificate and key; return its fingerprint."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "crmdesk office server")])
    alt: list[x509.GeneralName] = []
    for host in hostnames:
        try:
            alt.append(x509.IPAddress(ipaddress.ip_address(host)))
        except ValueError:
            alt.append(x509.DNSName(host))
    now = dt.datetime.now(dt.UTC)
    public = key.public_key()
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(public)
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=3650))
        .add_extension(x509.SubjectAlternativeName(alt), critical=False)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public), critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(public), critical=False)
        .add_extension(
            x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), critical=False
        )
        .sign(key, hashes.SHA256())
    )
    key_bytes = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    fd = os.open(key_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as out:
        out.write(key_bytes)
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return fingerprint_of_pem(cert_path.read_text())


def fingerprint_of_der(der: bytes) -> str:
    return hashlib.sha256(der).hexdigest()


def fingerprint_of_pem(pem: str) -> str:
    """The fingerprint of the first certificate in ``pem`` (a chain file starts with the leaf)."""
    return fingerprint_of_der(first_certificate(pem).public_bytes(serialization.Encoding.DER))


def first_certificate(pem: str) -> x509.Certificate:
    try:
        certs = x509.load_pem_x509_certificates(pem.encode())
    except ValueError as exc:
        raise CrmError(f"Not a PEM certificate ({exc}).") from exc
    return certs[0]


def check_ca_bundle(ca_pem: str) -> None:
    """Refuse anything but PEM certificates of certificate authorities (one line)."""
    try:
        certs = x509.load_pem_x509_certificates(ca_pem.encode())
    except ValueError as exc:
        raise CrmError(f"The CA file holds no PEM certificate ({exc}).") from exc
    for cert in certs:
        try:
            is_ca = cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca
        except x509.ExtensionNotFound:
            is_ca = False
        if not is_ca:
            raise CrmError(
                f"'{cert.subject.rfc4514_string()}' in the CA file is not a certificate authority."
            )


def normalise(fingerprint: str) -> str:
    """Lower-case hex without colons or spaces; raise CrmError if it is not 64 hex digits."""
    text = fingerprint.replace(":", "").replace(" ", "").strip().lower()
    if len(text) != 64 or any(c not in "0123456789abcdef" for c in text):
        raise CrmError("A certificate fingerprint is 64 hex digits (colons allowed).")
    return text


def show(fingerprint: str) -> str:
    """The fingerprint as people compare it: pairs of upper-case hex digits with colons."""
    text = normalise(fingerprint).upper()
    return ":".join(text[i : i + 2] for i in range(0, 64, 2))


def fetch_certificate(host: str, port: int, timeout: float = 10.0) -> str:
    """The PEM certificate a TLS server presents, without trusting it (to show for TOFU)."""
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    try:
        with (
            socket.create_connection((host, port), timeout=timeout) as sock,
            ctx.wrap_socket(sock, server_hostname=host) as tls,
        ):
            der = tls.getpeercert(binary_form=True)
    except (OSError, ssl.SSLError) as exc:
        raise CrmError(
            f"Cannot reach the office server at {host}:{port} over HTTPS ({exc})."
        ) from exc
    if der is None:
        raise CrmError("The office server presented no certificate.")
    return ssl.DER_cert_to_PEM_cert(der)


def ca_context(ca_pem: str) -> ssl.SSLContext:
    """A client TLS context that trusts certificates a given CA issued for the host name."""
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.check_hostname = True
    ctx.verify_mode = ssl.CERT_REQUIRED
    ctx.load_verify_locations(cadata=ca_pem)
    return ctx


def pinned_context(cert_pem: str) -> ssl.SSLContext:
    """A client TLS context that trusts exactly this one certificate."""
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_REQUIRED
    ctx.verify_flags |= ssl.VERIFY_X509_PARTIAL_CHAIN
    ctx.load_verify_locations(cadata=cert_pem)
    return ctx
