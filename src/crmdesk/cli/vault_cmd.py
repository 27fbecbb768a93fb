"""``crmdesk init``, ``crmdesk passphrase change`` and ``crmdesk key remember|forget``."""

from __future__ import annotations

import argparse
import os
from typing import Any

from crmdesk.cli.context import CliContext
from crmdesk.cli.prompts import ask, can_prompt, new_passphrase
from crmdesk.errors import CrmError
from crmdesk.vault import PASSPHRASE_ENV


def register(sub: Any) -> None:
    init = sub.add_parser("init", help="create the encrypted database")
    init.add_argument("--remember", action="store_true", help="keep the key in the OS keyring")
    init.add_argument("--region", help="default phone region, e.g. TH, TW, CN (default: system)")
    init.add_argument("--currency", help="default currency, e.g. THB (default THB)")
    init.add_argument("--user", help="your user name (default: login name)")
    init.set_defaults(handler=cmd_init)

    pw = sub.add_parser("passphrase", help="change the passphrase")
    pw_sub = pw.add_subparsers(dest="action", required=True, metavar="ACTION")
    change = pw_sub.add_parser(
        "change", help="change the passphrase (the data is not re-encrypted)"
    )
    change.set_defaults(handler=cmd_change)

    key = sub.add_parser("key", help="remember or forget the key in the OS keyring")
    key_sub = key.add_subparsers(dest="action", required=True, metavar="ACTION")
    key_sub.add_parser(
        "remember", help="unlock without a passphrase on this computer"
    ).set_defaults(handler=cmd_remember)
    key_sub.add_parser("forget", help="always ask for the passphrase").set_defaults(
        handler=cmd_forget
    )


def cmd_init(args: argparse.Namespace, ctx: CliContext) -> int:
    passphrase = new_passphrase()
    db = ctx.vault.init(
        passphrase,
        remember=args.remember,
        user_name=args.user,
        region=args.region,
        currency=args.currency,
    )
    db.close()
    print(f"Created an encrypted crmdesk database in {ctx.vault.data_dir}")
    return 0


def _current_passphrase() -> str:
    env = os.environ.get(PASSPHRASE_ENV)
    if env is not None:
        return env
    if not can_prompt():
        raise CrmError(f"Set {PASSPHRASE_ENV} or run in a terminal.")
    return ask("Current passphrase: ")


def cmd_change(args: argparse.Namespace, ctx: CliContext) -> int:
    old = _current_passphrase()
    new = os.environ.get("CRMDESK_NEW_PASSPHRASE")
    if new is None:
        if not can_prompt():
            raise CrmError("Set CRMDESK_NEW_PASSPHRASE or run in a terminal.")
        new = ask("New passphrase: ")
        if ask("Repeat it: ") != new:
            raise CrmError("The two passphrases differ.")
    ctx.vault.change_passphrase(old, new)
    print("Passphrase changed.")
    return 0


def cmd_remember(args: argparse.Namespace, ctx: CliContext) -> int:
    ctx.vault.remember(_current_passphrase())
    print("The key is now kept in this computer's keyring.")
    return 0


def cmd_forget(args: argparse.Namespace, ctx: CliContext) -> int:
    ctx.vault.forget()
    print("The key was removed from the keyring.")
    return 0
