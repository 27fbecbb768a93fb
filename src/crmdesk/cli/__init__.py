"""The ``crmdesk`` command line: global options, command registry, and error handling.

Each command group lives in its own module with a ``register(subparsers)``
function; handlers take the parsed arguments and a ``CliContext`` and return an
exit status. A ``CrmError`` becomes one line on stderr and exit status 2.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence

from crmdesk import __version__
from crmdesk.cli import (
    activities_cmd,
    backup_cmd,
    companies_cmd,
    contacts_cmd,
    db_cmd,
    demo_cmd,
    duplicates_cmd,
    export_cmd,
    field_cmd,
    import_cmd,
    lookup_cmd,
    note_cmd,
    opportunities_cmd,
    search_cmd,
    sync_cmd,
    vault_cmd,
)
from crmdesk.cli.context import CliContext
from crmdesk.errors import CrmError

#: Command modules, in the order ``--help`` lists them. Add new groups here.
COMMAND_MODULES = [
    vault_cmd,
    contacts_cmd,
    companies_cmd,
    activities_cmd,
    opportunities_cmd,
    search_cmd,
    lookup_cmd,
    field_cmd,
    note_cmd,
    demo_cmd,
    backup_cmd,
    db_cmd,
    sync_cmd,
    import_cmd,
    export_cmd,
    duplicates_cmd,
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="crmdesk",
        description="crmdesk: contacts, companies, activities and the sales pipeline, "
        "kept in an encrypted database on this computer.",
    )
    parser.add_argument("--version", action="version", version=f"crmdesk {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="data folder (default: $CRMDESK_HOME or the per-user data folder)",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    _reconfigure_streams()
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(message)s")
    parser = build_parser()
    args = parser.parse_args(args_list)
    handler = getattr(args, "handler", None)
    if handler is None:
        return run_app(args)
    ctx = CliContext(args.data_dir)
    try:
        return int(handler(args, ctx))
    except CrmError as exc:
        print(f"crmdesk: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("crmdesk: interrupted.", file=sys.stderr)
        return 130
    except OSError as exc:
        print(f"crmdesk: {_os_message(exc)}", file=sys.stderr)
        return 2
    finally:
        ctx.close()


def run_app(args: argparse.Namespace) -> int:
    """No command: start the desktop app, or print help where it cannot run."""
    try:
        app = importlib.import_module("crmdesk.ui.app")
    except ImportError:
        build_parser().print_help()
        return 0
    return int(app.run(args.data_dir))


def _os_message(exc: OSError) -> str:
    import errno

    if exc.errno == errno.ENOSPC:
        return "The disk is full; nothing was changed."
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return f"No permission to write {exc.filename or 'the file'}."
    return f"{exc.strerror or exc} ({exc.filename})" if exc.filename else str(exc)


def _reconfigure_streams() -> None:
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8", errors="replace")
