"""``crmdesk contact add|list|show|edit|delete``."""

from __future__ import annotations

import argparse
import dataclasses
from typing import Any

from crmdesk import contacts, custom_fields
from crmdesk.cli.context import CliContext, print_json, print_table
from crmdesk.cli.parse import iso_date, positive_int
from crmdesk.records import AddressValue, ContactDraft, LabeledValue


def _fields(p: argparse.ArgumentParser, *, edit: bool) -> None:
    p.add_argument("--name", required=not edit, help="the name as the person writes it")
    p.add_argument("--given", help="given name")
    p.add_argument("--family", help="family name")
    p.add_argument("--title", help="job title")
    p.add_argument("--company", help="company name (created when new)")
    p.add_argument("--email", action="append", default=None, metavar="E", help="repeatable")
    p.add_argument("--phone", action="append", default=None, metavar="P", help="repeatable")
    p.add_argument("--city", help="city of the main address")
    p.add_argument("--birthday", type=iso_date, help="YYYY-MM-DD")
    p.add_argument("--source", help="where the contact came from")
    p.add_argument("--tag", action="append", default=None, metavar="T", help="repeatable")
    p.add_argument(
        "--field", action="append", default=[], metavar="NAME=VALUE", help="custom field value"
    )


def register(sub: Any) -> None:
    group = sub.add_parser("contact", help="people")
    s = group.add_subparsers(dest="action", required=True, metavar="ACTION")
    add = s.add_parser("add", help="add a contact and print its id")
    _fields(add, edit=False)
    add.set_defaults(handler=cmd_add)
    ls = s.add_parser("list", help="list contacts by name")
    ls.add_argument("--json", action="store_true")
    ls.add_argument("--limit", type=positive_int, default=100)
    ls.add_argument("--offset", type=positive_int, default=0)
    ls.add_argument("--tag", help="only contacts with this tag")
    ls.set_defaults(handler=cmd_list)
    show = s.add_parser("show", help="show one contact")
    show.add_argument("id")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=cmd_show)
    edit = s.add_parser("edit", help="change a contact (only the options given)")
    edit.add_argument("id")
    _fields(edit, edit=True)
    edit.set_defaults(handler=cmd_edit)
    delete = s.add_parser("delete", help="delete a contact")
    delete.add_argument("id")
    delete.set_defaults(handler=cmd_delete)


def _custom(session: Any, contact_id: str, pairs: list[str]) -> None:
    from crmdesk.errors import CrmError

    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep:
            raise CrmError(f"--field needs NAME=VALUE, got '{pair}'.")
        custom_fields.set_value(session, "contact", contact_id, name.strip(), value)


def _apply(draft: ContactDraft, args: argparse.Namespace) -> ContactDraft:
    changes: dict[str, Any] = {}
    simple = {
        "name": "display_name",
        "given": "given_name",
        "family": "family_name",
        "title": "title",
        "birthday": "birthday",
        "source": "source",
    }
    for opt, field in simple.items():
        if getattr(args, opt) is not None:
            changes[field] = getattr(args, opt)
    if args.company is not None:
        changes["company_id"] = None
        changes["company_name"] = args.company
    if args.email is not None:
        changes["emails"] = tuple(LabeledValue(e) for e in args.email)
    if args.phone is not None:
        changes["phones"] = tuple(LabeledValue(p) for p in args.phone)
    if args.tag is not None:
        changes["tags"] = tuple(args.tag)
    if args.city is not None:
        rest = draft.addresses[1:]
        first = draft.addresses[0] if draft.addresses else AddressValue()
        changes["addresses"] = (dataclasses.replace(first, city=args.city), *rest)
    return dataclasses.replace(draft, **changes)


def cmd_add(args: argparse.Namespace, ctx: CliContext) -> int:
    with ctx.db().write() as session:
        record = contacts.add_contact(session, _apply(ContactDraft(display_name=""), args))
        _custom(session, record.id, args.field)
    print(record.id)
    return 0


def cmd_edit(args: argparse.Namespace, ctx: CliContext) -> int:
    with ctx.db().write() as session:
        current = contacts.get_contact(session, args.id)
        contacts.update_contact(session, args.id, _apply(current.to_draft(), args))
        _custom(session, args.id, args.field)
    print(args.id)
    return 0


def cmd_list(args: argparse.Namespace, ctx: CliContext) -> int:
    with ctx.db().read() as session:
        rows = contacts.list_contacts(
            session,
            offset=args.offset,
            limit=args.limit,
            flt=contacts.ContactFilter(tag=args.tag),
        )
    if args.json:
        print_json(rows)
    else:
        print_table(
            ["ID", "NAME", "COMPANY", "EMAIL", "PHONE"],
            [(r.id, r.display_name, r.company_name, r.email, r.phone) for r in rows],
        )
    return 0


def cmd_show(args: argparse.Namespace, ctx: CliContext) -> int:
    with ctx.db().read() as session:
        record = contacts.get_contact(session, args.id)
    if args.json:
        print_json(record)
        return 0
    print(record.display_name)
    for label, value in (
        ("Company", record.company_name),
        ("Title", record.title),
        ("Emails", ", ".join(e.value for e in record.emails)),
        ("Phones", ", ".join(p.number for p in record.phones)),
        ("Addresses", "; ".join(a.one_line() for a in record.addresses)),
        ("Birthday", record.birthday),
        ("Tags", ", ".join(record.tags)),
        *((k, v) for k, v in record.custom.items()),
        ("Id", record.id),
    ):
        if value:
            print(f"  {label}: {value}")
    return 0


def cmd_delete(args: argparse.Namespace, ctx: CliContext) -> int:
    with ctx.db().write() as session:
        contacts.delete_contact(session, args.id)
    print(f"Deleted {args.id}")
    return 0
