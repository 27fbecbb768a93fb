"""The ``.crmbak`` file format: a JSON header, the encrypted database bytes, and a checksum.

Layout (all integers big-endian)::

    magic      8 bytes   b"\x89CRMBAK\n"
    hdr_len    4 bytes   length of the header
    header     hdr_len   UTF-8 JSON (format, created, schema, counts, wrapped key, body size)
    body       n bytes   the SQLCipher database, still encrypted with the database key
    mac        32 bytes  HMAC-SHA256, under a key derived from the database key, of the
                         SHA-256 of magic, hdr_len, header and body
    checksum   32 bytes  SHA-256 of everything above (mac included)

The checksum lets anyone detect damage or truncation without the passphrase; the
MAC proves (with the key) that nobody rewrote the header or body. The body is
never decrypted on disk: restoring copies it out as it is.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import struct
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from crmdesk.errors import CrmError

MAGIC = b"\x89CRMBAK\n"
FORMAT = "crmdesk-backup/1"
SUFFIX = ".crmbak"
DIGEST_BYTES = 32
TRAILER_BYTES = 2 * DIGEST_BYTES
MAX_HEADER = 1 << 20
CHUNK = 1 << 20


class BackupFileError(CrmError):
    """A backup file is damaged, truncated, or not a crmdesk backup."""


@dataclass(frozen=True)
class BackupHeader:
    """What a backup file says about itself."""

    created: str
    schema_revision: str | None
    counts: Mapping[str, int]
    body_size: int
    key_id: str
    wrapped_key: str | None = None
    app_version: str = ""
    source: str = "crmdesk"
    format: str = FORMAT
    extra: Mapping[str, str] = field(default_factory=dict)

    def to_bytes(self) -> bytes:
        data = {
            "format": self.format,
            "created": self.created,
            "app_version": self.app_version,
            "source": self.source,
            "schema_revision": self.schema_revision,
            "counts": dict(self.counts),
            "body_size": self.body_size,
            "key_id": self.key_id,
            "wrapped_key": json.loads(self.wrapped_key) if self.wrapped_key else None,
            "extra": dict(self.extra),
        }
        return json.dumps(data, ensure_ascii=False, sort_keys=True).encode("utf-8")

    @classmethod
    def from_bytes(cls, raw: bytes, name: str) -> BackupHeader:
        try:
            data = json.loads(raw.decode("utf-8"))
            if data["format"] != FORMAT:
                raise BackupFileError(
                    f"{name} was made by a newer crmdesk (format {data['format']}); "
                    "update crmdesk to read it."
                )
            wrapped = data.get("wrapped_key")
            return cls(
                created=str(data["created"]),
                schema_revision=data.get("schema_revision"),
                counts={str(k): int(v) for k, v in data["counts"].items()},
                body_size=int(data["body_size"]),
                key_id=str(data["key_id"]),
                wrapped_key=json.dumps(wrapped) if wrapped else None,
                app_version=str(data.get("app_version", "")),
                source=str(data.get("source", "crmdesk")),
                extra={str(k): str(v) for k, v in data.get("extra", {}).items()},
            )
        except BackupFileError:
            raise
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise BackupFileError(f"{name} is damaged: its header cannot be read.") from exc


def mac_key(raw_key: bytes) -> bytes:
    """The key that signs backup files, derived from (never equal to) the database key."""
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None, info=b"crmdesk backup mac v1"
    ).derive(raw_key)


def write_archive(
    out: BinaryIO,
    header: BackupHeader,
    body: BinaryIO,
    raw_key: bytes,
    progress: Callable[[int], None] | None = None,
) -> bytes:
    """Write a whole backup file to ``out`` (not flushed); returns the digest the MAC signs."""
    head = header.to_bytes()
    digest = hashlib.sha256()

    def put(chunk: bytes) -> None:
        digest.update(chunk)
        out.write(chunk)

    put(MAGIC)
    put(struct.pack(">I", len(head)))
    put(head)
    copied = 0
    while chunk := body.read(CHUNK):
        put(chunk)
        copied += len(chunk)
        if progress is not None:
            progress(copied)
    if copied != header.body_size:
        raise BackupFileError("The database changed size while it was being copied.")
    final = digest.digest()
    put(hmac.new(mac_key(raw_key), final, hashlib.sha256).digest())
    out.write(digest.digest())
    return final


@dataclass(frozen=True)
class ArchiveInfo:
    """A backup file whose structure and checksum are sound."""

    path: Path
    header: BackupHeader
    body_offset: int
    digest: bytes
    mac: bytes
    size: int

    def mac_matches(self, raw_key: bytes) -> bool:
        expected = hmac.new(mac_key(raw_key), self.digest, hashlib.sha256).digest()
        return hmac.compare_digest(expected, self.mac)


def read_header(path: Path) -> tuple[BackupHeader, int]:
    """The header and the offset of the body; cheap (does not read the body)."""
    name = path.name
    try:
        with open(path, "rb") as fh:
            if fh.read(len(MAGIC)) != MAGIC:
                raise BackupFileError(f"{name} is not a crmdesk backup file.")
            size_field = fh.read(4)
            if len(size_field) != 4:
                raise BackupFileError(f"{name} is truncated.")
            (length,) = struct.unpack(">I", size_field)
            if length > MAX_HEADER:
                raise BackupFileError(f"{name} is damaged: its header cannot be read.")
            raw = fh.read(length)
            if len(raw) != length:
                raise BackupFileError(f"{name} is truncated.")
    except FileNotFoundError as exc:
        raise BackupFileError(f"There is no backup file {path}.") from exc
    except IsADirectoryError as exc:
        raise BackupFileError(f"{path} is a folder, not a backup file.") from exc
    return BackupHeader.from_bytes(raw, name), len(MAGIC) + 4 + length


def check_archive(path: Path) -> ArchiveInfo:
    """Read the whole file and check size and checksum; raises BackupFileError if unsound."""
    header, offset = read_header(path)
    name = path.name
    size = os.path.getsize(path)
    expected = offset + header.body_size + TRAILER_BYTES
    if size < expected:
        raise BackupFileError(f"{name} is truncated: it is incomplete and cannot be used.")
    if size > expected:
        raise BackupFileError(f"{name} is damaged: it has unexpected extra bytes.")
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        remaining = offset + header.body_size
        while remaining:
            chunk = fh.read(min(CHUNK, remaining))
            if not chunk:
                raise BackupFileError(f"{name} is truncated: it is incomplete and cannot be used.")
            digest.update(chunk)
            remaining -= len(chunk)
        final = digest.digest()
        mac = fh.read(DIGEST_BYTES)
        digest.update(mac)
        stored = fh.read(DIGEST_BYTES)
    if not hmac.compare_digest(digest.digest(), stored):
        raise BackupFileError(f"{name} is damaged: its checksum does not match its contents.")
    return ArchiveInfo(path, header, offset, final, mac, size)


def copy_body(info: ArchiveInfo, target: BinaryIO) -> None:
    """Copy the (encrypted) database bytes of a checked backup into ``target``."""
    with open(info.path, "rb") as fh:
        fh.seek(info.body_offset)
        remaining = info.header.body_size
        while remaining:
            chunk = fh.read(min(CHUNK, remaining))
            if not chunk:
                raise BackupFileError(f"{info.path.name} is truncated.")
            target.write(chunk)
            remaining -= len(chunk)
