"""The key that encrypts crmdesk-server's SQLite backups, carried under the backup passphrase.

``backup.key`` in the server data folder holds the raw key and the same key
wrapped under the backup passphrase (Argon2id + AES-GCM, as the app's key file).
The raw key sits beside the server database, which is itself a plain file, so it
exposes nothing new there; what it protects is a backup file on its own (a USB
stick, an offsite copy). Every encrypted backup carries the wrapped key in its
header, so the file and the passphrase restore on a new machine.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from crmdesk.backup.archive import BackupFileError, BackupHeader
from crmdesk.db.keys import WrappedKey, key_id, new_database_key, wrap
from crmdesk.errors import CrmError

KEY_FILE = "backup.key"
PASSPHRASE_ENV = "CRMDESK_SERVER_BACKUP_PASSPHRASE"  # noqa: S105 - a variable name
MIN_PASSPHRASE = 8


@dataclass(frozen=True)
class BackupKey:
    """The raw backup key and its wrapped form (the JSON that goes into each header)."""

    raw: bytes
    wrapped: str


def load_backup_key(data_dir: Path) -> BackupKey | None:
    """The server's backup key, or None when backups are not encrypted (no passphrase set)."""
    path = data_dir / KEY_FILE
    if not path.exists():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        raw = bytes.fromhex(data["key"])
        wrapped = str(data["wrapped"])
        if WrappedKey.from_json(wrapped).key_id != key_id(raw):
            raise ValueError("key id")
    except (OSError, ValueError, KeyError, TypeError, CrmError) as exc:
        raise CrmError(f"{path} is damaged: set the backup passphrase again.") from exc
    return BackupKey(raw, wrapped)


def set_backup_passphrase(data_dir: Path, passphrase: str) -> BackupKey:
    """Encrypt future backups under ``passphrase``; the key stays, so older backups keep theirs."""
    if len(passphrase) < MIN_PASSPHRASE:
        raise CrmError(f"The backup passphrase needs at least {MIN_PASSPHRASE} characters.")
    current = load_backup_key(data_dir)
    raw = current.raw if current is not None else new_database_key()
    key = BackupKey(raw, wrap(raw, passphrase).to_json())
    install_backup_key(data_dir, key)
    return key


def install_backup_key(data_dir: Path, key: BackupKey) -> None:
    """Write ``backup.key`` (readable by the server's user only), replacing it atomically."""
    path = data_dir / KEY_FILE
    temp = path.with_name(path.name + ".new")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump({"key": key.raw.hex(), "wrapped": key.wrapped}, fh)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(temp, path)


def key_for_backup(
    header: BackupHeader, name: str, data_dir: Path, passphrase: str | None
) -> bytes:
    """The key of an encrypted backup: this server's when it is the same, else the passphrase's.

    Raises BackupFileError with one sentence when neither opens it.
    """
    own = load_backup_key(data_dir)
    if own is not None and key_id(own.raw) == header.key_id:
        return own.raw
    if not header.wrapped_key:
        raise BackupFileError(f"{name} does not carry its key and cannot be opened.")
    if passphrase is None:
        raise BackupFileError(
            f"{name} is encrypted: set {PASSPHRASE_ENV} to the backup passphrase in use "
            "when it was made."
        )
    try:
        raw = WrappedKey.from_json(header.wrapped_key).unwrap(passphrase)
    except CrmError as exc:
        raise BackupFileError(f"{name}: wrong backup passphrase.") from exc
    if key_id(raw) != header.key_id:
        raise BackupFileError(f"{name} is damaged: its key does not match its header.")
    return raw
