"""The data folder: creating, unlocking and re-keying the encrypted database.

A data folder holds ``crmdesk.db`` (SQLCipher), ``crmdesk.key`` (the database key
wrapped by the passphrase) and ``backups/``. The raw key may also be remembered in
the OS keyring, which makes unlocking skip the passphrase.
"""

from __future__ import annotations

import contextlib
import getpass
import locale
import os
from dataclasses import dataclass
from pathlib import Path

import keyring
import keyring.errors
import platformdirs

from crmdesk import local_settings, pipeline
from crmdesk.db.connection import NotACrmDatabase
from crmdesk.db.engine import Database
from crmdesk.db.keys import (
    WrappedKey,
    key_id,
    new_database_key,
    read_key_file,
    wrap,
    write_key_file,
)
from crmdesk.errors import CrmError

DB_FILE = "crmdesk.db"
KEY_FILE = "crmdesk.key"
KEYRING_SERVICE = "crmdesk"
PASSPHRASE_ENV = "CRMDESK_PASSPHRASE"  # noqa: S105 - the variable name, not a secret
HOME_ENV = "CRMDESK_HOME"
MIN_PASSPHRASE = 8


class NeedPassphrase(CrmError):
    """The database is locked and no remembered key was found."""


class AlreadyInitialised(CrmError):
    """``init`` was asked for a folder that already holds a database."""


class NotInitialised(CrmError):
    """The data folder holds no crmdesk database yet."""


def default_data_dir() -> Path:
    """``$CRMDESK_HOME``, else the platform's per-user data folder."""
    env = os.environ.get(HOME_ENV)
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir("crmdesk", appauthor=False))


def system_region() -> str | None:
    """The two-letter region of the system locale (``th_TH`` gives ``TH``), if any."""
    candidates: list[str | None] = []
    with contextlib.suppress(ValueError):
        candidates.append(locale.getlocale()[0])
    candidates.append(os.environ.get("LANG"))
    for name in candidates:
        if name and "_" in name:
            region = name.split("_", 1)[1][:2].upper()
            if region.isalpha() and len(region) == 2:
                return region
    return None


def passphrase_problem(passphrase: str) -> str | None:
    """Why a new passphrase is not acceptable, or None."""
    if len(passphrase) < MIN_PASSPHRASE:
        return f"The passphrase must be at least {MIN_PASSPHRASE} characters long."
    if not passphrase.strip():
        return "The passphrase cannot be only spaces."
    return None


@dataclass(frozen=True)
class Vault:
    """One data folder."""

    data_dir: Path

    @classmethod
    def default(cls) -> Vault:
        return cls(default_data_dir())

    @property
    def db_path(self) -> Path:
        return self.data_dir / DB_FILE

    @property
    def key_path(self) -> Path:
        return self.data_dir / KEY_FILE

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / "backups"

    def exists(self) -> bool:
        """True when the folder holds a crmdesk database or key file."""
        return self.db_path.exists() or self.key_path.exists()

    def init(
        self,
        passphrase: str,
        *,
        remember: bool = False,
        user_name: str | None = None,
        region: str | None = None,
        currency: str | None = None,
    ) -> Database:
        """Create the encrypted database; fails if one is already there."""
        if self.exists():
            raise AlreadyInitialised(f"{self.data_dir} already holds a crmdesk database.")
        problem = passphrase_problem(passphrase)
        if problem:
            raise CrmError(problem)
        self.data_dir.mkdir(parents=True, exist_ok=True)
        raw_key = new_database_key()
        write_key_file(self.key_path, wrap(raw_key, passphrase))
        try:
            db = Database(self.db_path, raw_key)
            with db.write() as session:
                local_settings.create_local_user(session, user_name or _login_name())
                local_settings.set_value(session, "default_region", region or system_region() or "")
                local_settings.set_value(session, "currency", currency or "THB")
                pipeline.install_default_stages(session)
        except BaseException:
            for path in (self.db_path, self.key_path, *self._sidecars()):
                path.unlink(missing_ok=True)
            raise
        if remember:
            remember_key(raw_key)
        return db

    def _sidecars(self) -> list[Path]:
        return [self.db_path.with_name(DB_FILE + s) for s in ("-wal", "-shm")]

    def wrapped_key(self) -> WrappedKey:
        if not self.exists():
            raise NotInitialised(
                f"No crmdesk database in {self.data_dir}. Run 'crmdesk init' to create one."
            )
        return read_key_file(self.key_path)

    def raw_key(self, passphrase: str | None = None) -> bytes:
        """The database key, from the passphrase or else from the keyring."""
        wrapped = self.wrapped_key()
        if passphrase is None:
            passphrase = os.environ.get(PASSPHRASE_ENV)
        if passphrase is not None:
            return wrapped.unwrap(passphrase)
        remembered = recall_key(wrapped.key_id)
        if remembered is None:
            raise NeedPassphrase("The database is locked: a passphrase is needed.")
        return remembered

    def unlock(self, passphrase: str | None = None) -> Database:
        """Open the database; see ``raw_key`` for where the key comes from."""
        raw_key = self.raw_key(passphrase)
        if not self.db_path.exists():
            raise NotInitialised(f"The database file {self.db_path} is missing.")
        if self.db_path.stat().st_size == 0:
            # SQLCipher would quietly start a new, empty database in its place.
            raise NotACrmDatabase(f"{DB_FILE} is empty: it is damaged or not a crmdesk database.")
        return Database(self.db_path, raw_key)

    def change_passphrase(self, old: str, new: str) -> None:
        """Rewrap the database key under a new passphrase (the database file is not touched)."""
        problem = passphrase_problem(new)
        if problem:
            raise CrmError(problem)
        raw_key = self.wrapped_key().unwrap(old)
        write_key_file(self.key_path, wrap(raw_key, new))

    def remember(self, passphrase: str) -> None:
        """Keep the key in the OS keyring so later unlocks need no passphrase."""
        remember_key(self.wrapped_key().unwrap(passphrase))

    def forget(self) -> None:
        """Remove this database's key from the OS keyring."""
        forget_key(self.wrapped_key().key_id)

    def is_remembered(self) -> bool:
        try:
            return recall_key(self.wrapped_key().key_id) is not None
        except CrmError:
            return False


def _login_name() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "me"


def remember_key(raw_key: bytes) -> None:
    try:
        keyring.set_password(KEYRING_SERVICE, key_id(raw_key), raw_key.hex())
    except keyring.errors.KeyringError as exc:
        raise CrmError("This computer has no usable keyring to remember the key in.") from exc


def recall_key(kid: str) -> bytes | None:
    try:
        stored = keyring.get_password(KEYRING_SERVICE, kid)
    except keyring.errors.KeyringError:
        return None
    if not stored:
        return None
    try:
        raw = bytes.fromhex(stored)
    except ValueError:
        return None
    return raw if key_id(raw) == kid else None


def forget_key(kid: str) -> None:
    with contextlib.suppress(keyring.errors.KeyringError):
        keyring.delete_password(KEYRING_SERVICE, kid)
