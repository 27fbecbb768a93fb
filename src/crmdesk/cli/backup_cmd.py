"""``crmdesk backup now|list|verify|restore``: backups from the command line."""

from __future__ import annotations

import argparse
import dataclasses
import os
import sys
from pathlib import Path
from typing import Any

from crmdesk.backup.archive import BackupFileError
from crmdesk.backup.catalog import BackupEntry, list_backups
from crmdesk.backup.restore import key_of_backup, restore_backup
from crmdesk.backup.runner import back_up, load_settings
from crmdesk.backup.settings import BackupSettings
from crmdesk.backup.verify import verify_backup
from crmdesk.cli.context import CliContext, print_json, print_table
from crmdesk.cli.prompts import ask, can_prompt
from crmdesk.clock import SystemClock
from crmdesk.errors import CrmError
from crmdesk.vault import PASSPHRASE_ENV, NeedPassphrase, Vault


def register(sub: Any) -> None:
    p = sub.add_parser("backup", help="back up, list, verify and restore backups")
    actions = p.add_subparsers(dest="action", required=True, metavar="ACTION")

    now = actions.add_parser("now", help="back up now (replaces today's backup)")
    now.add_argument("--dest", metavar="DIR", help="backup folder (default: from the settings)")
    now.set_defaults(handler=cmd_now)

    ls = actions.add_parser("list", help="list the backups in the backup folder")
    ls.add_argument("--dest", metavar="DIR", help="backup folder (default: from the settings)")
    ls.add_argument("--json", action="store_true", help="print JSON")
    ls.set_defaults(handler=cmd_list)

    verify = actions.add_parser("verify", help="check a backup file (default: every backup)")
    verify.add_argument("file", nargs="?", metavar="FILE")
    verify.add_argument("--dest", metavar="DIR", help="backup folder (default: from the settings)")
    verify.set_defaults(handler=cmd_verify)

    restore = actions.add_parser("restore", help="replace the database by a backup")
    restore.add_argument("file", metavar="FILE")
    restore.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    restore.set_defaults(handler=cmd_restore)


def _key(vault: Vault) -> bytes:
    """The database key from $CRMDESK_PASSPHRASE, the keyring, or one prompt."""
    try:
        return vault.raw_key()
    except NeedPassphrase:
        if not can_prompt():
            raise CrmError(
                f"The database is locked. Set {PASSPHRASE_ENV} or run in a terminal."
            ) from None
    return vault.raw_key(ask("Passphrase: "))


def _settings(vault: Vault, key: bytes | None, dest: str | None) -> BackupSettings:
    settings = load_settings(vault, key) if key is not None else BackupSettings()
    if dest:
        return dataclasses.replace(settings, destination=Path(dest).expanduser())
    return settings


def _quiet_key(vault: Vault) -> bytes | None:
    """The key if it is available without asking (environment or keyring)."""
    if not vault.exists():
        return None
    try:
        return vault.raw_key()
    except CrmError:
        return None


def cmd_now(args: argparse.Namespace, ctx: CliContext) -> int:
    vault = ctx.vault
    vault.wrapped_key()  # a clear message when the folder holds no database
    key = _key(vault)
    outcome = back_up(vault, key, _settings(vault, key, args.dest), SystemClock().now())
    result = outcome.result
    counts = ", ".join(f"{n} {table}" for table, n in result.counts.items() if n)
    print(f"Backed up to {result.path} ({_size(result.size)}; {counts}).")
    for path in outcome.deleted:
        print(f"Removed old backup {path.name}.")
    return 0


def _folder(vault: Vault, dest: str | None) -> Path:
    if dest:
        return Path(dest).expanduser()
    key = _quiet_key(vault)
    if key is None and vault.exists():
        print(
            f"crmdesk: the database is locked, so its backup folder setting is unknown; "
            f"showing {vault.backup_dir} (set {PASSPHRASE_ENV} or use --dest).",
            file=sys.stderr,
        )
    return _settings(vault, key, None).folder(vault.data_dir)


def _row(entry: BackupEntry) -> dict[str, Any]:
    header = entry.header
    return {
        "file": str(entry.path),
        "day": entry.day.isoformat(),
        "created": header.created if header else None,
        "size": entry.size,
        "counts": dict(header.counts) if header else {},
        "verified": entry.good,
        "problem": entry.problem,
    }


def cmd_list(args: argparse.Namespace, ctx: CliContext) -> int:
    folder = _folder(ctx.vault, args.dest)
    # Files are named only after verification; header and size show they are complete.
    entries = list_backups(folder, full=False)
    if args.json:
        print_json({"folder": str(folder), "backups": [_row(e) for e in entries]})
        return 0
    if not entries:
        print(f"No backups in {folder}.")
        return 0
    print_table(
        ["DAY", "CREATED (UTC)", "SIZE", "CONTACTS", "COMPANIES", "ACTIVITIES", "STATUS"],
        [
            [
                e.day.isoformat(),
                (e.created or "")[:16].replace("T", " "),
                _size(e.size),
                e.header.counts.get("contacts", "") if e.header else "",
                e.header.counts.get("companies", "") if e.header else "",
                e.header.counts.get("activities", "") if e.header else "",
                "ok" if e.good else "DAMAGED",
            ]
            for e in entries
        ],
    )
    for entry in entries:
        if not entry.good:
            print(entry.problem)
    return 0


def cmd_verify(args: argparse.Namespace, ctx: CliContext) -> int:
    if args.file:
        paths = [Path(args.file).expanduser()]
    else:
        paths = [e.path for e in list_backups(_folder(ctx.vault, args.dest), full=False)]
        if not paths:
            raise CrmError("There are no backups to verify.")
    damaged = 0
    for path in paths:
        try:
            key = _verify_key(path, ctx.vault)
            result = verify_backup(path, key)
        except BackupFileError as exc:
            damaged += 1
            print(f"DAMAGED  {path.name}: {exc}")
            continue
        how = (
            "checksum, signature, integrity and record counts"
            if result.deep
            else "checksum only (no key: set CRMDESK_PASSPHRASE for a full check)"
        )
        print(f"OK       {path.name}: {how}")
    if damaged:
        raise CrmError(f"{damaged} of {len(paths)} backup(s) are damaged and cannot be used.")
    return 0


def _verify_key(path: Path, vault: Vault) -> bytes | None:
    try:
        return key_of_backup(path, vault, os.environ.get(PASSPHRASE_ENV))
    except BackupFileError:
        raise
    except CrmError:
        return None


def cmd_restore(args: argparse.Namespace, ctx: CliContext) -> int:
    archive = Path(args.file).expanduser()
    vault = ctx.vault
    passphrase = os.environ.get(PASSPHRASE_ENV)
    try:
        key = key_of_backup(archive, vault, passphrase)
    except CrmError as exc:
        if isinstance(exc, BackupFileError) or passphrase is not None or not can_prompt():
            raise
        key = key_of_backup(archive, vault, ask("Passphrase of the backup: "))
    if vault.db_path.exists() and not args.yes:
        if not can_prompt():
            raise CrmError("This replaces the current database: add --yes to confirm.")
        answer = input(f"Replace the database in {vault.data_dir} by {archive.name}? [y/N] ")
        if answer.strip().lower() not in ("y", "yes"):
            print("Nothing was changed.")
            return 1
    result = restore_backup(archive, vault, key, SystemClock().now())
    print(f"Restored {archive.name} (made {result.header.created}) into {vault.data_dir}.")
    if result.saved_aside is not None:
        print(f"The previous database was kept in {result.saved_aside}.")
    return 0


def _size(size: int) -> str:
    if size >= 1_000_000:
        return f"{size / 1_000_000:.1f} MB"
    return f"{size / 1000:.0f} kB"
