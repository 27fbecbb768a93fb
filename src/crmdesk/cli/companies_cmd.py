"""``crmdesk company add|list|show|edit|delete``."""

from __future__ import annotations

import argparse
import dataclasses
from typing import Any

from crmdesk import companies
from crmdesk.cli.context import CliContext, print_json, print_table
from crmdesk.cli.parse import positive_int
from crmdesk.records import CompanyDraft, LabeledValue


def _fields(p: argparse.ArgumentParser, *, edit: bool) -> None:
    p.add_argument("--name", required=not edit)
    p.add_argument("--industry")
    p.add_argument("--website")
    p.add_argument("--email", action="append", default=None, metavar="E")
    p.add_argument("--phone", action="append", default=None, metavar="P")
    p.add_argument("--tag", action="append", default=None, metavar="T")


def register(sub: Any) -> None:
    group = sub.add_parser("company", help="companies (accounts)")
    s = group.add_subparsers(dest="action", required=True, metavar="ACTION")
    add = s.add_parser("add", help="add a company and print its id")
    _fields(add, edit=False)
    add.set_defaults(handler=cmd_add)
    ls = s.add_parser("list", help="list companies by name")
    ls.add_argument("--json", action="store_true")
    ls.add_argument("--limit", type=positive_int, default=100)
    ls.add_argument("--offset", type=positive_int, default=0)
    ls.set_defaults(handler=cmd_list)
    show = s.add_parser("show", help="show one company")
    show.add_argument("id")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=cmd_show)
    edit = s.add_parser("edit", help="change a company")
    edit.add_argument("id")
    _fields(edit, edit=True)
    edit.set_defaults(handler=cmd_edit)
    delete = s.add_parser("delete", help="delete a company (its contacts stay)")
    delete.add_argument("id")
    delete.set_defaults(handler=cmd_delete)


def _apply(draft: CompanyDraft, args: argparse.Namespace) -> CompanyDraft:
    changes: dict[str, Any] = {}
    for opt in ("name", "industry", "website"):
        if getattr(args, opt) is not None:
            changes[opt] = getattr(args, opt)
    if args.email is not None:
        changes["emails"] = tuple(LabeledValue(e) for e in args.email)
    if args.phone is not None:
        changes["phones"] = tuple(LabeledValue(p) for p in args.phone)
    if args.tag is not None:
        changes["tags"] = tuple(args.tag)
    return dataclasses.replace(draft, **changes)


def cmd_add(args: argparse.Namespace, ctx: CliContext) -> int:
    with ctx.db().write() as session:
        record = companies.add_company(session, _apply(CompanyDraft(name=""), args))
    print(record.id)
    return 0


def cmd_edit(args: argparse.Namespace, ctx: CliContext) -> int:
    with ctx.db().write() as session:
        current = companies.get_company(session, args.id)
        companies.update_company(session, args.id, _apply(current.to_draft(), args))
    print(args.id)
    return 0


def cmd_list(args: argparse.Namespace, ctx: CliContext) -> int:
    with ctx.db().read() as session:
        rows = companies.list_companies(session, offset=args.offset, limit=args.limit)
    if args.json:
        print_json(rows)
    else:
        print_table(
            ["ID", "NAME", "INDUSTRY", "CONTACTS"],
            [(r.id, r.name, r.industry, r.contact_count) for r in rows],
        )
    return 0


def cmd_show(args: argparse.Namespace, ctx: CliContext) -> int:
    with ctx.db().read() as session:
        record = companies.get_company(session, args.id)
    if args.json:
        print_json(record)
        return 0
    print(record.name)
    for label, value in (
        ("Industry", record.industry),
        ("Website", record.website),
        ("Emails", ", ".join(e.value for e in record.emails)),
        ("Phones", ", ".join(p.number for p in record.phones)),
        ("Contacts", record.contact_count),
        ("Tags", ", ".join(record.tags)),
        ("Id", record.id),
    ):
        if value:
            print(f"  {label}: {value}")
    return 0


def cmd_delete(args: argparse.Namespace, ctx: CliContext) -> int:
    with ctx.db().write() as session:
        companies.delete_company(session, args.id)
    print(f"Deleted {args.id}")
    return 0
