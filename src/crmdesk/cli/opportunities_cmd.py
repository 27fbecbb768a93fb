"""``crmdesk opportunity add|list|show|move|won|lost`` and ``crmdesk pipeline``."""

from __future__ import annotations

import argparse
from typing import Any

from crmdesk import local_settings, opportunities, pipeline
from crmdesk.cli.context import CliContext, print_json, print_table
from crmdesk.cli.parse import iso_date, positive_int
from crmdesk.money import Money


def register(sub: Any) -> None:
    group = sub.add_parser("opportunity", help="deals in the sales pipeline")
    s = group.add_subparsers(dest="action", required=True, metavar="ACTION")
    add = s.add_parser("add", help="add a deal and print its id")
    add.add_argument("--name", required=True)
    add.add_argument("--amount", default="0", help="e.g. 125000 or 1,250.50")
    add.add_argument("--currency", help="ISO code (default: your currency)")
    add.add_argument("--stage", help="stage name or number (default: the first)")
    add.add_argument("--company", help="company id")
    add.add_argument("--contact", help="contact id")
    add.add_argument("--probability", type=positive_int)
    add.add_argument("--close", type=iso_date, help="expected close date")
    add.set_defaults(handler=cmd_add)
    ls = s.add_parser("list", help="list deals")
    ls.add_argument("--status", choices=("open", "won", "lost", "all"), default="open")
    ls.add_argument("--stage")
    ls.add_argument("--json", action="store_true")
    ls.add_argument("--limit", type=positive_int, default=200)
    ls.set_defaults(handler=cmd_list)
    show = s.add_parser("show", help="show one deal")
    show.add_argument("id")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=cmd_show)
    move = s.add_parser("move", help="move a deal to another stage")
    move.add_argument("id")
    move.add_argument("stage", help="stage name or number")
    move.set_defaults(handler=cmd_move)
    for verb in ("won", "lost"):
        p = s.add_parser(verb, help=f"mark a deal {verb}")
        p.add_argument("id")
        p.add_argument("--reason", default="")
        p.set_defaults(handler=cmd_close, won=verb == "won")
    pipe = sub.add_parser("pipeline", help="stages with counts and totals of open deals")
    pipe.add_argument("--json", action="store_true")
    pipe.set_defaults(handler=cmd_pipeline)


def cmd_add(args: argparse.Namespace, ctx: CliContext) -> int:
    with ctx.db().write() as session:
        currency = args.currency or local_settings.default_currency(session)
        record = opportunities.add_opportunity(
            session,
            opportunities.OpportunityDraft(
                name=args.name,
                amount=Money.parse(args.amount, currency),
                stage_id=args.stage,
                company_id=args.company,
                contact_id=args.contact,
                probability=args.probability,
                expected_close=args.close,
            ),
        )
    print(record.id)
    return 0


def _show(rows: list[opportunities.OpportunityRecord], as_json: bool) -> None:
    if as_json:
        print_json(rows)
        return
    print_table(
        ["ID", "NAME", "STAGE", "AMOUNT", "PROB", "CLOSE", "STATUS"],
        [
            (
                r.id,
                r.name,
                r.stage_name,
                r.amount.format(),
                f"{r.probability}%",
                r.expected_close,
                r.status,
            )
            for r in rows
        ],
    )


def cmd_list(args: argparse.Namespace, ctx: CliContext) -> int:
    with ctx.db().read() as session:
        stage = pipeline.find_stage(session, args.stage).id if args.stage else None
        rows = opportunities.list_opportunities(
            session,
            status=None if args.status == "all" else args.status,
            stage_id=stage,
            limit=args.limit,
        )
    _show(rows, args.json)
    return 0


def cmd_show(args: argparse.Namespace, ctx: CliContext) -> int:
    with ctx.db().read() as session:
        record = opportunities.get_opportunity(session, args.id)
    if args.json:
        print_json(record)  # ``show`` prints one object, as the other show commands do
        return 0
    _show([record], False)
    return 0


def cmd_move(args: argparse.Namespace, ctx: CliContext) -> int:
    with ctx.db().write() as session:
        record = opportunities.move_stage(session, args.id, args.stage)
    print(f"{record.name}: {record.stage_name} ({record.probability}%)")
    return 0


def cmd_close(args: argparse.Namespace, ctx: CliContext) -> int:
    with ctx.db().write() as session:
        record = opportunities.close(session, args.id, won=args.won, reason=args.reason)
    print(f"{record.name}: {record.status}")
    return 0


def cmd_pipeline(args: argparse.Namespace, ctx: CliContext) -> int:
    with ctx.db().read() as session:
        stages = pipeline.list_stages(session)
        totals = opportunities.pipeline_totals(session)
    if args.json:
        print_json({"stages": stages, "totals": totals})
        return 0
    print_table(
        ["STAGE", "PROB", "DEALS", "TOTAL", "WEIGHTED"],
        [
            (
                t.stage_name,
                next((f"{s.probability}%" for s in stages if s.id == t.stage_id), ""),
                t.count,
                Money(t.total_minor, t.currency).format(),
                Money(t.weighted_minor, t.currency).format(),
            )
            for t in totals
        ],
    )
    return 0
