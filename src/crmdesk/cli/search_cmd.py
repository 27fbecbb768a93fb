"""``crmdesk search QUERY``."""

from __future__ import annotations

import argparse
from typing import Any

from crmdesk import search
from crmdesk.cli.context import CliContext, print_json, print_table
from crmdesk.cli.parse import positive_int


def register(sub: Any) -> None:
    p = sub.add_parser("search", help="find contacts, companies and deals by any part")
    p.add_argument("query")
    p.add_argument("--json", action="store_true")
    p.add_argument("--limit", type=positive_int, default=20)
    p.set_defaults(handler=cmd_search)


def cmd_search(args: argparse.Namespace, ctx: CliContext) -> int:
    with ctx.db().read() as session:
        hits = search.search(session, args.query, limit=args.limit)
    if args.json:
        print_json(hits)
    else:
        print_table(
            ["TYPE", "NAME", "DETAIL", "ID"], [(h.entity, h.title, h.subtitle, h.id) for h in hits]
        )
    return 0
