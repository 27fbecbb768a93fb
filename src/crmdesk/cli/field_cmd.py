"""``crmdesk field define|list|remove``: custom fields on contacts, companies and deals."""

from __future__ import annotations

import argparse
from typing import Any

from crmdesk import custom_fields
from crmdesk.cli.context import CliContext, print_json, print_table


def register(sub: Any) -> None:
    group = sub.add_parser("field", help="custom fields (text, number, date, choice, checkbox)")
    s = group.add_subparsers(dest="action", required=True, metavar="ACTION")
    define = s.add_parser("define", help="add a custom field")
    define.add_argument("entity", choices=custom_fields.ENTITIES)
    define.add_argument("name")
    define.add_argument(
        "--type", dest="field_type", choices=custom_fields.FIELD_TYPES, default="text"
    )
    define.add_argument("--label", help="what forms show (default: the name)")
    define.add_argument(
        "--choice",
        action="append",
        default=[],
        metavar="C",
        help="a choice of a choice field, repeatable",
    )
    define.set_defaults(handler=cmd_define)
    ls = s.add_parser("list", help="an entity's custom fields in display order")
    ls.add_argument("entity", choices=custom_fields.ENTITIES)
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(handler=cmd_list)
    remove = s.add_parser("remove", help="remove a custom field (values are kept hidden)")
    remove.add_argument("entity", choices=custom_fields.ENTITIES)
    remove.add_argument("name")
    remove.set_defaults(handler=cmd_remove)


def cmd_define(args: argparse.Namespace, ctx: CliContext) -> int:
    with ctx.db().write() as session:
        field = custom_fields.define_field(
            session,
            args.entity,
            args.name,
            args.field_type,
            label=args.label,
            choices=tuple(args.choice),
        )
    print(f"Defined {field.field_type} field '{field.name}' on {field.entity}.")
    return 0


def cmd_list(args: argparse.Namespace, ctx: CliContext) -> int:
    with ctx.db().read() as session:
        fields = custom_fields.list_fields(session, args.entity)
    if args.json:
        print_json(fields)
    else:
        print_table(
            ["NAME", "LABEL", "TYPE", "CHOICES"],
            [(f.name, f.label, f.field_type, ", ".join(f.choices)) for f in fields],
        )
    return 0


def cmd_remove(args: argparse.Namespace, ctx: CliContext) -> int:
    with ctx.db().write() as session:
        custom_fields.remove_field(session, args.entity, args.name)
    print(f"Removed field '{args.name}' from {args.entity}.")
    return 0
