"""``crmdesk demo --contacts N``: fill the database with realistic mixed-language data."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from crmdesk import demo
from crmdesk.cli.context import CliContext
from crmdesk.cli.parse import positive_int


def register(sub: Any) -> None:
    p = sub.add_parser("demo", help="add realistic Thai, Chinese and English demo data")
    p.add_argument("--contacts", type=positive_int, default=1000)
    p.add_argument("--seed", type=int, default=1)
    p.set_defaults(handler=cmd_demo)


def cmd_demo(args: argparse.Namespace, ctx: CliContext) -> int:
    def progress(done: int, total: int) -> None:
        if sys.stderr.isatty():
            print(f"\r{done}/{total} contacts", end="", file=sys.stderr, flush=True)

    summary = demo.generate(ctx.db(), contacts=args.contacts, seed=args.seed, progress=progress)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(
        f"Added {summary.contacts} contacts, {summary.companies} companies, "
        f"{summary.activities} activities and {summary.opportunities} opportunities."
    )
    return 0
