"""The ``.crmbak`` file format: the encrypted database, then a JSON header, MAC and checksum.

Layout (integers big-endian)::

    body       n bytes    the SQLCipher database, still encrypted with the database key
    header     h bytes    UTF-8 JSON: format, created, schema, counts, wrapped key, body size
    hdr_len    4 bytes    h
    mac        32 bytes   HMAC-SHA256 (key derived from the database key) of SHA-256(body..hdr_len)
    checksum   32 bytes   SHA-256 of everything above, mac included
    magic      8 bytes    b"\x89CRMBAK\n"

The database comes first so that a backup is written in place: the snapshot is
made straight into the new file and the description is appended, with no second
copy of a file that may be gigabytes (and no need for twice its size on a USB
stick). The checksum lets anyone detect damage or truncation without the
passphrase; the MAC proves, with the key, that nobody rewrote header or body.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import struct
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from crmdesk.errors import CrmError

MAGIC = b"\x89CRMBAK\n"
FORMAT = "crmdesk-backup/1"
SUFFIX = ".crmbak"
DIGEST_BYTES = 32
FOOTER_BYTES = 4 + 2 * DIGEST_BYTES + len(MAGIC)
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


#: The MAC key of a backup whose body is a plain SQLite file (the sync server's): public,
#: so the MAC then only repeats the checksum; the file is protected against damage, not forgery.
NO_KEY_MAC = hashlib.sha256(b"crmdesk backup mac v1: unencrypted body").digest()


def mac_key(raw_key: bytes | None) -> bytes:
    """The key that signs backup files, derived from (never equal to) the database key."""
    if raw_key is None:
        return NO_KEY_MAC
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None, info=b"crmdesk backup mac v1"
    ).derive(raw_key)


def _hash_prefix(
    fh: BinaryIO, length: int, name: str, copy_to: BinaryIO | None = None
) -> hashlib._Hash:
    digest = hashlib.sha256()
    fh.seek(0)
    remaining = length
    while remaining:
        chunk = fh.read(min(CHUNK, remaining))
        if not chunk:
            raise BackupFileError(f"{name} is truncated: it is incomplete and cannot be used.")
        digest.update(chunk)
        if copy_to is not None:
            copy_to.write(chunk)
        remaining -= len(chunk)
    return digest


def seal(path: Path, header: BackupHeader, raw_key: bytes | None, body_digest: Any = None) -> None:
    """Append header, MAC, checksum and magic to the database file ``path``, then fsync.

    ``header.body_size`` must be the current size of the file; ``body_digest``
    is a SHA-256 over the file's bytes when the copy already computed it.
    ``raw_key`` is None for an unencrypted body (see ``NO_KEY_MAC``).
    """
    head = header.to_bytes()
    with open(path, "r+b") as fh:
        fh.seek(0, os.SEEK_END)
        if fh.tell() != header.body_size:
            raise BackupFileError("The database changed size while it was being backed up.")
        digest = body_digest.copy() if body_digest is not None else None
        if digest is None:
            digest = _hash_prefix(fh, header.body_size, path.name)
        tail = head + struct.pack(">I", len(head))
        digest.update(tail)
        mac = hmac.new(mac_key(raw_key), digest.digest(), hashlib.sha256).digest()
        digest.update(mac)
        fh.seek(0, os.SEEK_END)
        fh.write(tail + mac + digest.digest() + MAGIC)
        fh.flush()
        os.fsync(fh.fileno())


@dataclass(frozen=True)
class ArchiveInfo:
    """A backup file whose structure (and, when ``checked``, checksum) is sound."""

    path: Path
    header: BackupHeader
    signed_digest: bytes
    mac: bytes
    size: int

    def mac_matches(self, raw_key: bytes | None) -> bool:
        expected = hmac.new(mac_key(raw_key), self.signed_digest, hashlib.sha256).digest()
        return hmac.compare_digest(expected, self.mac)


@dataclass(frozen=True)
class _Footer:
    header: BackupHeader
    header_raw: bytes
    mac: bytes
    checksum: bytes
    size: int


def _read_footer(path: Path) -> _Footer:
    name = path.name
    not_ours = f"{name} is not a crmdesk backup file, or it is truncated (an incomplete copy)."
    try:
        with open(path, "rb") as fh:
            size = os.fstat(fh.fileno()).st_size
            if size < FOOTER_BYTES:
                raise BackupFileError(not_ours)
            fh.seek(size - FOOTER_BYTES)
            footer = fh.read(FOOTER_BYTES)
            if footer[-len(MAGIC) :] != MAGIC:
                raise BackupFileError(not_ours)
            (length,) = struct.unpack(">I", footer[:4])
            mac = footer[4 : 4 + DIGEST_BYTES]
            checksum = footer[4 + DIGEST_BYTES : 4 + 2 * DIGEST_BYTES]
            if length > MAX_HEADER or length > size - FOOTER_BYTES:
                raise BackupFileError(f"{name} is damaged: its header cannot be read.")
            fh.seek(size - FOOTER_BYTES - length)
            raw = fh.read(length)
    except FileNotFoundError as exc:
        raise BackupFileError(f"There is no backup file {path}.") from exc
    except IsADirectoryError as exc:
        raise BackupFileError(f"{path} is a folder, not a backup file.") from exc
    header = BackupHeader.from_bytes(raw, name)
    if header.body_size != size - FOOTER_BYTES - length:
        raise BackupFileError(f"{name} is damaged or truncated: its size does not match.")
    return _Footer(header, raw, mac, checksum, size)


def read_header(path: Path) -> BackupHeader:
    """The header and a size check; cheap (reads only the end of the file)."""
    return _read_footer(path).header


def check_archive(
    path: Path, body_to: BinaryIO | None = None, *, body_from: Path | None = None
) -> ArchiveInfo:
    """Read the whole file and check its checksum; raises BackupFileError if unsound.

    With ``body_to`` the database bytes are also written there on the same pass
    (one read of a file that may be gigabytes). With ``body_from`` (a copy of
    the body made earlier) the database bytes are read from that copy instead,
    so a match proves both that the file was sound and that the copy is exact.
    """
    foot = _read_footer(path)
    with open(body_from or path, "rb") as fh:
        if body_from is not None and os.fstat(fh.fileno()).st_size != foot.header.body_size:
            raise BackupFileError(f"The copy of {path.name}'s database is incomplete.")
        digest = _hash_prefix(fh, foot.header.body_size, path.name, body_to)
    digest.update(foot.header_raw + struct.pack(">I", len(foot.header_raw)))
    signed = digest.digest()
    digest.update(foot.mac)
    if not hmac.compare_digest(digest.digest(), foot.checksum):
        raise BackupFileError(f"{path.name} is damaged: its checksum does not match its contents.")
    return ArchiveInfo(path, foot.header, signed, foot.mac, foot.size)


def copy_body(info: ArchiveInfo, target: BinaryIO) -> None:
    """Copy the (encrypted) database bytes of a checked backup into ``target``."""
    with open(info.path, "rb") as fh:
        remaining = info.header.body_size
        while remaining:
            chunk = fh.read(min(CHUNK, remaining))
            if not chunk:
                raise BackupFileError(f"{info.path.name} is truncated.")
            target.write(chunk)
            remaining -= len(chunk)
