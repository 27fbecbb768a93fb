"""``crmdesk note add|list``: timestamped notes on contacts, companies, deals and activities."""

from __future__ import annotations

import argparse
from typing import Any

from crmdesk import notes
from crmdesk.cli.context import CliContext, print_json, print_table


def register(sub: Any) -> None:
    group = sub.add_parser("note", help="notes on contacts, companies, deals and activities")
    s = group.add_subparsers(dest="action", required=True, metavar="ACTION")
    add = s.add_parser("add", help="add a note and print its id")
    add.add_argument("entity", choices=notes.NOTE_ENTITIES)
    add.add_argument("id", help="the record's id")
    add.add_argument("text")
    add.set_defaults(handler=cmd_add)
    ls = s.add_parser("list", help="a record's notes, newest first")
    ls.add_argument("entity", choices=notes.NOTE_ENTITIES)
    ls.add_argument("id", help="the record's id")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(handler=cmd_list)


def cmd_add(args: argparse.Namespace, ctx: CliContext) -> int:
    with ctx.db().write() as session:
        note = notes.add_note(session, args.entity, args.id, args.text)
    print(note.id)
    return 0


def cmd_list(args: argparse.Namespace, ctx: CliContext) -> int:
    with ctx.db().read() as session:
        rows = notes.notes_of(session, args.entity, args.id)
    if args.json:
        print_json(rows)
    else:
        print_table(
            ["ID", "WHEN", "NOTE"],
            [(n.id, n.created_at.astimezone().strftime("%Y-%m-%d %H:%M"), n.body) for n in rows],
        )
    return 0
