"""Asking for passphrases on the terminal, and unlocking with a retry on a wrong one."""

from __future__ import annotations

import getpass
import os
import sys

from crmdesk.db.engine import Database
from crmdesk.db.keys import WrongPassphrase
from crmdesk.errors import CrmError
from crmdesk.vault import PASSPHRASE_ENV, NeedPassphrase, Vault


def can_prompt() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def ask(prompt: str) -> str:
    try:
        return getpass.getpass(prompt)
    except EOFError as exc:
        raise CrmError("No passphrase given.") from exc


def new_passphrase() -> str:
    """A new passphrase from $CRMDESK_PASSPHRASE, or asked twice."""
    env = os.environ.get(PASSPHRASE_ENV)
    if env is not None:
        return env
    if not can_prompt():
        raise CrmError(f"Set {PASSPHRASE_ENV} or run in a terminal to choose a passphrase.")
    first = ask("New passphrase: ")
    if ask("Repeat it: ") != first:
        raise CrmError("The two passphrases differ.")
    return first


def unlock(vault: Vault) -> Database:
    """Open the database: env var or keyring first, then up to three prompts."""
    try:
        return vault.unlock()
    except NeedPassphrase:
        if not can_prompt():
            raise CrmError(
                f"The database is locked. Set {PASSPHRASE_ENV} or run in a terminal."
            ) from None
    for attempt in range(3):
        try:
            return vault.unlock(ask("Passphrase: "))
        except WrongPassphrase:
            if attempt == 2:
                raise
            print("Wrong passphrase, try again.", file=sys.stderr)
    raise CrmError("Wrong passphrase.")
