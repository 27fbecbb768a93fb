"""``crmdesk duplicates find|merge|undo``: duplicate contacts across the database."""

from __future__ import annotations

import argparse
from typing import Any

from crmdesk import contacts
from crmdesk.cli.context import CliContext, print_json, print_table
from crmdesk.duplicates import find_duplicates
from crmdesk.merge import merge_contacts, undo_merge


def register(sub: Any) -> None:
    group = sub.add_parser("duplicates", help="find and merge duplicate contacts")
    s = group.add_subparsers(dest="action", required=True, metavar="ACTION")
    find = s.add_parser("find", help="list groups of contacts that look like the same person")
    find.add_argument("--json", action="store_true")
    find.add_argument("--limit", type=int, default=None)
    find.set_defaults(handler=cmd_find)
    merge = s.add_parser("merge", help="merge OTHER into SURVIVOR (nothing is lost; undoable)")
    merge.add_argument("survivor")
    merge.add_argument("other")
    merge.add_argument(
        "--take",
        action="append",
        default=[],
        metavar="FIELD",
        help="take this field from OTHER instead of SURVIVOR (repeatable)",
    )
    merge.set_defaults(handler=cmd_merge)
    undo = s.add_parser("undo", help="undo a merge by its id")
    undo.add_argument("merge_id")
    undo.set_defaults(handler=cmd_undo)


def cmd_find(args: argparse.Namespace, ctx: CliContext) -> int:
    with ctx.db().read() as session:
        groups = find_duplicates(session, args.limit)
        names = {
            r.id: r.display_name
            for r in contacts.list_contacts(
                session,
                limit=max(1, sum(len(g.contact_ids) for g in groups)),
                flt=contacts.ContactFilter(ids=tuple(i for g in groups for i in g.contact_ids)),
            )
        }
    if args.json:
        print_json(groups)
        return 0
    rows = [
        (n, ", ".join(g.reasons), cid, names.get(cid, ""))
        for n, g in enumerate(groups, 1)
        for cid in g.contact_ids
    ]
    print_table(["GROUP", "WHY", "ID", "NAME"], rows)
    print(f"{len(groups)} groups of possible duplicates.")
    return 0


def cmd_merge(args: argparse.Namespace, ctx: CliContext) -> int:
    with ctx.db().write() as session:
        journal = merge_contacts(
            session, args.survivor, args.other, {name: "other" for name in args.take}
        )
    print(f"Merged. Undo with: crmdesk duplicates undo {journal}")
    return 0


def cmd_undo(args: argparse.Namespace, ctx: CliContext) -> int:
    with ctx.db().write() as session:
        undo_merge(session, args.merge_id)
    print("Merge undone.")
    return 0
