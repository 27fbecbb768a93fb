"""``crmdesk db compact``: give the free space inside the database file back to the disk."""

from __future__ import annotations

import argparse
from typing import Any

from crmdesk.cli.context import CliContext, print_json
from crmdesk.cli.prompts import ask, can_prompt
from crmdesk.compact import CompactResult, SpaceReport, compact_file, mb
from crmdesk.errors import CrmError
from crmdesk.vault import PASSPHRASE_ENV, NeedPassphrase, Vault


def register(sub: Any) -> None:
    p = sub.add_parser("db", help="look after the database file")
    actions = p.add_subparsers(dest="action", required=True, metavar="ACTION")
    compact = actions.add_parser(
        "compact",
        help="rebuild the database file without its free space (close the app first)",
    )
    compact.add_argument("--json", action="store_true", help="print JSON")
    compact.set_defaults(handler=cmd_compact)


def _key(vault: Vault) -> bytes:
    """The database key from $CRMDESK_PASSPHRASE, the keyring, or one prompt."""
    vault.wrapped_key()  # a clear message when the folder holds no database
    try:
        return vault.raw_key()
    except NeedPassphrase:
        if not can_prompt():
            raise CrmError(
                f"The database is locked. Set {PASSPHRASE_ENV} or run in a terminal."
            ) from None
    return vault.raw_key(ask("Passphrase: "))


def _plain(report: SpaceReport) -> dict[str, Any]:
    return {
        "file_bytes": report.file_bytes,
        "free_bytes": report.free_bytes,
        "page_size": report.page_size,
        "pages": report.pages,
        "free_pages": report.free_pages,
    }


def cmd_compact(args: argparse.Namespace, ctx: CliContext) -> int:
    vault = ctx.vault
    result: CompactResult = compact_file(vault.db_path, _key(vault))
    if args.json:
        print_json(
            {
                "before": _plain(result.before),
                "after": _plain(result.after),
                "freed_bytes": result.freed_bytes,
            }
        )
        return 0
    if result.before.free_pages == 0:
        print(
            f"{vault.db_path.name} ({mb(result.before.file_bytes)}) has no free space "
            "to give back; nothing to do."
        )
        return 0
    print(
        f"Compacted {vault.db_path.name}: {mb(result.before.file_bytes)} before, "
        f"{mb(result.after.file_bytes)} now ({mb(result.freed_bytes)} freed)."
    )
    return 0
