"""``crmdesk lookup save|list|show|run|delete``: saved lookups (dynamic groups of contacts)."""

from __future__ import annotations

import argparse
from typing import Any

from crmdesk import lookups
from crmdesk.cli.context import CliContext, print_json, print_table
from crmdesk.cli.parse import positive_int
from crmdesk.errors import CrmError
from crmdesk.lookups import Condition, LookupDefinition

_WHERE_HELP = (
    "a condition FIELD OP [VALUE [VALUE2]], repeatable (all must hold). FIELD: a contact field "
    f"({', '.join(lookups.CONTACT_FIELDS)}), with --entity company a company field "
    f"({', '.join(lookups.COMPANY_FIELDS)}), or a custom field name; "
    f"OP: {', '.join(lookups.OPERATORS)} (also =, <, >)"
)


def register(sub: Any) -> None:
    group = sub.add_parser("lookup", help="saved lookups: named queries over contacts")
    s = group.add_subparsers(dest="action", required=True, metavar="ACTION")
    save = s.add_parser("save", help="save a lookup under a name")
    save.add_argument("name")
    save.add_argument(
        "--where",
        action="append",
        nargs="+",
        default=[],
        metavar="FIELD OP VALUE",
        help=_WHERE_HELP,
    )
    save.add_argument("--text", help="and contain this search text")
    save.add_argument(
        "--entity", choices=lookups.LOOKUP_ENTITIES, default="contact", help="what it finds"
    )
    save.add_argument("--replace", action="store_true", help="overwrite a lookup of that name")
    save.set_defaults(handler=cmd_save)
    ls = s.add_parser("list", help="the saved lookups")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(handler=cmd_list)
    run = s.add_parser("run", help="the contacts a saved lookup finds now")
    run.add_argument("name")
    run.add_argument("--json", action="store_true")
    run.add_argument("--count", action="store_true", help="print only how many")
    run.add_argument("--limit", type=positive_int, default=100)
    run.add_argument("--offset", type=positive_int, default=0)
    run.set_defaults(handler=cmd_run)
    delete = s.add_parser("delete", help="delete a saved lookup")
    delete.add_argument("name")
    delete.set_defaults(handler=cmd_delete)


def parse_where(parts: list[str]) -> Condition:
    """``["city", "equals", "Bangkok"]`` as a Condition, with a usage message when malformed."""
    if len(parts) < 2:
        raise CrmError(f"--where needs FIELD OP [VALUE], got '{' '.join(parts)}'.")
    if len(parts) > 4:
        raise CrmError(f"--where takes at most FIELD OP VALUE VALUE2, got '{' '.join(parts)}'.")
    field, op, *values = parts
    value = values[0] if values else None
    value2 = values[1] if len(values) > 1 else None
    return Condition(field, op, value, value2)


def cmd_save(args: argparse.Namespace, ctx: CliContext) -> int:
    definition = LookupDefinition(tuple(parse_where(w) for w in args.where), args.text, args.entity)
    with ctx.db().write() as session:
        saved = lookups.save_lookup(session, args.name, definition, replace=args.replace)
        count = lookups.count_lookup(session, saved.name)
    things = "companies" if saved.entity == "company" else "contacts"
    print(f"Saved lookup '{saved.name}' ({count} {things} now).")
    return 0


def _plain(summary: lookups.LookupSummary) -> dict[str, Any]:
    return {
        "name": summary.name,
        "entity": summary.entity,
        "conditions": summary.definition.conditions,
        "text": summary.definition.text,
    }


def cmd_list(args: argparse.Namespace, ctx: CliContext) -> int:
    with ctx.db().read() as session:
        rows = lookups.list_lookups(session)
    if args.json:
        print_json([_plain(r) for r in rows])
        return 0
    # One block per lookup: conditions are too long for table columns.
    for r in rows:
        print(f"{r.name} ({r.entity}s)")
        for line in [*r.conditions, *_text(r)]:
            print(f"    {line}")
    return 0


def _text(summary: lookups.LookupSummary) -> list[str]:
    return [f"text contains {summary.definition.text}"] if summary.definition.text else []


def cmd_run(args: argparse.Namespace, ctx: CliContext) -> int:
    with ctx.db().read() as session:
        if args.count:
            print(lookups.count_lookup(session, args.name))
            return 0
        if lookups.get_lookup(session, args.name).entity == "company":
            firms = lookups.run_company_lookup(session, args.name, args.offset, args.limit)
            if args.json:
                print_json(firms)
            else:
                print_table(
                    ["ID", "NAME", "INDUSTRY", "CONTACTS"],
                    [(r.id, r.name, r.industry, r.contact_count) for r in firms],
                )
            return 0
        rows = lookups.run_lookup(session, args.name, offset=args.offset, limit=args.limit)
    if args.json:
        print_json(rows)
    else:
        print_table(
            ["ID", "NAME", "COMPANY", "EMAIL", "PHONE"],
            [(r.id, r.display_name, r.company_name, r.email, r.phone) for r in rows],
        )
    return 0


def cmd_delete(args: argparse.Namespace, ctx: CliContext) -> int:
    with ctx.db().write() as session:
        lookups.delete_lookup(session, args.name)
    print(f"Deleted lookup '{args.name}'.")
    return 0
