"""``crmdesk sync``: connect to the office server, run one sync round, show the status, share."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any, TextIO

from crmdesk.cli.context import CliContext, print_json, print_table
from crmdesk.errors import CrmError

PASSWORD_ENV = "CRMDESK_SYNC_PASSWORD"  # noqa: S105 - the variable name, not a secret


def register(sub: Any) -> None:
    p = sub.add_parser("sync", help="sync with the office server (one round)")
    p.set_defaults(handler=cmd_sync)
    actions = p.add_subparsers(dest="sync_command", metavar="ACTION")
    c = actions.add_parser("connect", help="connect this database to an office server")
    c.add_argument("url", help="https://host:port of the office server")
    c.add_argument("--user", required=True, help="your user name on the server")
    c.add_argument("--fingerprint", help="the certificate's SHA-256 fingerprint from the admin")
    c.add_argument(
        "--ca",
        metavar="FILE",
        help="trust certificates this CA (PEM) issues for the server instead of pinning one",
    )
    c.set_defaults(handler=cmd_connect)
    s = actions.add_parser("status", help="server, last sync, pending changes and conflicts")
    s.add_argument("--json", action="store_true")
    s.set_defaults(handler=cmd_status)
    k = actions.add_parser("conflicts", help="values that lost a merge, for review")
    k.add_argument("--json", action="store_true")
    k.set_defaults(handler=cmd_conflicts)
    h = actions.add_parser(
        "share", help="make a customer record (with its details and history) visible to others"
    )
    h.add_argument("kind", choices=("contact", "company", "opportunity"))
    h.add_argument("id", help="the record's id")
    whom = h.add_mutually_exclusive_group(required=True)
    whom.add_argument("--user", metavar="NAME", help="share with this user (their user name)")
    whom.add_argument("--team", metavar="MANAGER", help="share with everyone below this manager")
    h.add_argument("--stop", action="store_true", help="stop sharing it")
    h.set_defaults(handler=cmd_share)


def _client(ctx: CliContext) -> Any:
    from crmdesk.sync.client import SyncClient

    return SyncClient(ctx.db())


def _password() -> str:
    value = os.environ.get(PASSWORD_ENV)
    if value is not None:
        return value
    if not sys.stdin.isatty():
        raise CrmError(f"Set {PASSWORD_ENV} or run in a terminal to type the password.")
    import getpass

    return getpass.getpass("Office server password: ")


def _confirm(fingerprint: str) -> bool:
    print(f"The server's certificate fingerprint is\n  {fingerprint}", file=sys.stderr)
    if not sys.stdin.isatty():
        print(
            "Trusting it on first use; compare it with what your administrator sees.",
            file=sys.stderr,
        )
        return True
    return input("Does it match what your administrator sees? [y/N] ").strip().lower() in (
        "y",
        "yes",
    )


class SeedProgress:
    """The first connection's preparation as one updating line on a terminal's stderr.

    Redrawn only when the percentage changes; nothing at all when stderr is not a terminal
    (a script's log stays clean).
    """

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.shown: int | None = None

    def __call__(self, done: int, total: int) -> None:
        percent = 100 if total <= 0 else min(100, done * 100 // total)
        if percent == self.shown:
            return
        self.shown = percent
        self.stream.write(
            f"\rPreparing your records for the office server… {done:,} of {total:,} ({percent}%)"
        )
        self.stream.flush()

    def end(self) -> None:
        """End the line, so what follows (a result or an error) starts on its own."""
        if self.shown is not None:
            self.stream.write("\n")
            self.stream.flush()
            self.shown = None


def cmd_connect(args: argparse.Namespace, ctx: CliContext) -> int:
    ca_pem = None
    if args.ca:
        try:
            ca_pem = Path(args.ca).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise CrmError(f"Cannot read the CA file {args.ca} ({exc}).") from exc
    client = _client(ctx)
    progress = SeedProgress(sys.stderr) if sys.stderr.isatty() else None
    try:
        pinned = client.connect(
            args.url,
            args.user,
            _password(),
            fingerprint=args.fingerprint,
            confirm=None if ca_pem else _confirm,
            ca_pem=ca_pem,
            progress=progress,
        )
    finally:
        if progress is not None:
            progress.end()
        client.close()
    if ca_pem:
        print(f"Connected to {args.url} as {args.user}; certificates from {args.ca} trusted.")
    else:
        print(f"Connected to {args.url} as {args.user}; certificate {pinned} pinned.")
    return 0


def cmd_sync(args: argparse.Namespace, ctx: CliContext) -> int:
    client = _client(ctx)
    try:
        result = client.sync_once()
    finally:
        client.close()
    print(
        f"Synced: {result.uploaded} sent, {result.downloaded} received, "
        f"{result.conflicts} conflicts, {result.parked} refused"
        + (" (full resync)" if result.full_resync else "")
        + "."
    )
    return 0


def cmd_status(args: argparse.Namespace, ctx: CliContext) -> int:
    client = _client(ctx)
    try:
        status = client.status()
    finally:
        client.close()
    if args.json:
        print_json(status)
        return 0
    if not status.connected:
        print("Not connected to an office server. Use 'crmdesk sync connect URL --user NAME'.")
    else:
        print(f"Server:       {status.server_url} (user {status.user_name})")
        print(f"Certificate:  {status.fingerprint}")
    print(f"Last sync:    {status.last_sync_at or 'never'}")
    if status.last_error:
        print(f"Last error:   {status.last_error}")
    print(f"Pending:      {status.pending} changes waiting to be sent")
    print(f"Refused:      {status.parked}")
    print(f"Conflicts:    {status.conflicts} to review")
    return 0


def cmd_conflicts(args: argparse.Namespace, ctx: CliContext) -> int:
    from crmdesk.sync import conflicts

    with ctx.db().read() as session:
        items = conflicts.open_conflicts(session)
    if args.json:
        print_json(items)
    else:
        print_table(
            ["KIND", "TABLE", "FIELD", "MINE", "THEIRS", "KEPT", "ID"],
            [(c.kind, c.entity, c.field, c.mine, c.theirs, c.winner, c.id) for c in items],
        )
    return 0


def cmd_share(args: argparse.Namespace, ctx: CliContext) -> int:
    from crmdesk.sync import sharing

    team = args.team is not None
    who = args.team if team else args.user
    client = _client(ctx)
    try:
        changed = sharing.share(client, args.kind, args.id, who, stop=args.stop, team=team)
    finally:
        client.close()
    whom = f"the team of {who}" if team else who
    kind = args.kind.capitalize()
    if args.stop:
        print(
            f"{kind} no longer shared with {whom}; it leaves their computers at their next sync."
            if changed
            else f"{kind} was not shared with {whom}."
        )
    else:
        print(
            f"{kind} shared with {whom}; they see it at their next sync."
            if changed
            else f"{kind} was already shared with {whom}."
        )
    return 0
