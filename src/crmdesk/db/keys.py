"""The database key and its wrapping by the user's passphrase.

The SQLCipher database is encrypted with a random 256-bit key. That key is
stored only wrapped (AES-256-GCM) under a key derived from the passphrase with
Argon2id, in a small JSON key file beside the database. Changing the passphrase
rewraps the key and leaves the database file alone.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from crmdesk.errors import CrmError

KEY_FORMAT = "crmdesk-key/1"
KEY_BYTES = 32
_AAD = b"crmdesk database key v1"


class WrongPassphrase(CrmError):
    """The passphrase does not unwrap the database key."""


class KeyFileError(CrmError):
    """The key file is missing or not a crmdesk key file."""


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost settings; stored in the key file so they can grow later."""

    salt: bytes
    iterations: int = 3
    lanes: int = 4
    memory_kib: int = 64 * 1024

    def derive(self, passphrase: str) -> bytes:
        kdf = Argon2id(
            salt=self.salt,
            length=KEY_BYTES,
            iterations=self.iterations,
            lanes=self.lanes,
            memory_cost=self.memory_kib,
        )
        return kdf.derive(passphrase.encode("utf-8"))


@dataclass(frozen=True)
class WrappedKey:
    """The database key encrypted under a passphrase-derived key."""

    kdf: KdfParams
    nonce: bytes
    ciphertext: bytes
    key_id: str

    def to_json(self) -> str:
        return json.dumps(
            {
                "format": KEY_FORMAT,
                "key_id": self.key_id,
                "kdf": {
                    "name": "argon2id",
                    "salt": _b64(self.kdf.salt),
                    "iterations": self.kdf.iterations,
                    "lanes": self.kdf.lanes,
                    "memory_kib": self.kdf.memory_kib,
                },
                "nonce": _b64(self.nonce),
                "ciphertext": _b64(self.ciphertext),
            },
            indent=2,
        )

    @classmethod
    def from_json(cls, text: str) -> WrappedKey:
        try:
            data = json.loads(text)
            if data.get("format") != KEY_FORMAT:
                raise ValueError("format")
            kdf = data["kdf"]
            if kdf["name"] != "argon2id":
                raise ValueError("kdf")
            return cls(
                kdf=KdfParams(
                    salt=_unb64(kdf["salt"]),
                    iterations=int(kdf["iterations"]),
                    lanes=int(kdf["lanes"]),
                    memory_kib=int(kdf["memory_kib"]),
                ),
                nonce=_unb64(data["nonce"]),
                ciphertext=_unb64(data["ciphertext"]),
                key_id=str(data["key_id"]),
            )
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise KeyFileError("The key file is damaged or is not a crmdesk key file.") from exc

    def unwrap(self, passphrase: str) -> bytes:
        """The raw database key; raises WrongPassphrase if the passphrase is wrong."""
        try:
            return AESGCM(self.kdf.derive(passphrase)).decrypt(self.nonce, self.ciphertext, _AAD)
        except InvalidTag as exc:
            raise WrongPassphrase("Wrong passphrase.") from exc


def new_database_key() -> bytes:
    """A fresh random database key."""
    return secrets.token_bytes(KEY_BYTES)


def key_id(raw_key: bytes) -> str:
    """A public identifier of a key (a hash prefix), used to find it in the keyring."""
    return hashlib.sha256(b"crmdesk key id\0" + raw_key).hexdigest()[:24]


def wrap(raw_key: bytes, passphrase: str, kdf: KdfParams | None = None) -> WrappedKey:
    """Encrypt ``raw_key`` under ``passphrase``."""
    params = kdf or KdfParams(salt=secrets.token_bytes(16))
    nonce = secrets.token_bytes(12)
    ciphertext = AESGCM(params.derive(passphrase)).encrypt(nonce, raw_key, _AAD)
    return WrappedKey(kdf=params, nonce=nonce, ciphertext=ciphertext, key_id=key_id(raw_key))


def read_key_file(path: Path) -> WrappedKey:
    """Load a key file, with a clear error when it is missing or damaged."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise KeyFileError(
            f"No key file at {path}: this folder holds no crmdesk database."
        ) from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise KeyFileError(f"The key file {path} cannot be read.") from exc
    return WrappedKey.from_json(text)


def write_key_file(path: Path, wrapped: WrappedKey) -> None:
    """Replace the key file atomically (write, flush, rename)."""
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write(wrapped.to_json())
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    _fsync_dir(path.parent)


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)
