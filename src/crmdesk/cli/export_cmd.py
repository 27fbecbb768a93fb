"""``crmdesk export --format vcard|csv|ics [--lookup NAME] --output FILE``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from crmdesk.cli.context import CliContext
from crmdesk.exporting.service import FORMATS
from crmdesk.sync.reports import export_and_report


def register(sub: Any) -> None:
    p = sub.add_parser(
        "export", help="export contacts (vCard, CSV) or scheduled activities (iCalendar)"
    )
    p.add_argument("--format", choices=FORMATS, required=True)
    p.add_argument("--output", "-o", required=True, metavar="FILE")
    p.add_argument("--lookup", metavar="NAME", help="only the contacts a saved lookup finds")
    p.add_argument(
        "--id", action="append", dest="ids", metavar="ID", help="only this contact (repeatable)"
    )
    p.add_argument("--vcard-version", choices=("3.0", "4.0"), default="3.0")
    p.add_argument(
        "--layout", choices=("google", "outlook"), default="google", help="CSV column layout"
    )
    p.set_defaults(handler=cmd_export)


def cmd_export(args: argparse.Namespace, ctx: CliContext) -> int:
    done = export_and_report(
        ctx.db(),
        Path(args.output),
        args.format,
        ids=args.ids,
        lookup=args.lookup,
        vcard_version=args.vcard_version,
        csv_layout=args.layout,
    )
    what = "events" if args.format == "ics" else "contacts"
    print(f"Exported {done.count} {what} to {args.output}.")
    if done.unreported_reason:
        print(f"Not reported to the office server: {done.unreported_reason}", file=sys.stderr)
    return 0
