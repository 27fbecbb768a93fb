"""``crmdesk duplicates find|merge|undo``: duplicate contacts across the database."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from crmdesk import contacts
from crmdesk.cli.context import CliContext, print_json, print_table
from crmdesk.duplicates import find_duplicates
from crmdesk.errors import CrmError
from crmdesk.merge import SurvivorChanged, merge_group, undo_merge


def register(sub: Any) -> None:
    group = sub.add_parser("duplicates", help="find and merge duplicate contacts")
    s = group.add_subparsers(dest="action", required=True, metavar="ACTION")
    find = s.add_parser("find", help="list groups of contacts that look like the same person")
    find.add_argument("--json", action="store_true")
    find.add_argument("--limit", type=int, default=None)
    find.set_defaults(handler=cmd_find)
    merge = s.add_parser(
        "merge",
        help="merge OTHER (one or more) into SURVIVOR (nothing is lost; undoable in one step)",
    )
    merge.add_argument("survivor")
    merge.add_argument("other", nargs="+")
    merge.add_argument(
        "--take",
        action="append",
        default=[],
        metavar="FIELD[=ID]",
        help="take this field from OTHER instead of SURVIVOR; with several OTHERs, say "
        "which one: --take title=ID (repeatable)",
    )
    merge.set_defaults(handler=cmd_merge)
    undo = s.add_parser("undo", help="undo a merge by its id")
    undo.add_argument("merge_id")
    undo.add_argument(
        "--keep-changed",
        action="store_true",
        help="undo even though the kept contact was edited since: the merged contacts come "
        "back and the kept one stays as it is now (without it such an undo exits 1)",
    )
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


def _picks(args: argparse.Namespace) -> dict[str, str]:
    picks: dict[str, str] = {}
    for take in args.take:
        name, _, cid = take.partition("=")
        if not cid:
            if len(args.other) > 1:
                raise CrmError(
                    f"--take {name}: say which contact the value comes from (--take {name}=ID)."
                )
            cid = args.other[0]
        picks[name] = cid
    return picks


def cmd_merge(args: argparse.Namespace, ctx: CliContext) -> int:
    picks = _picks(args)
    with ctx.db().write() as session:
        journal = merge_group(session, args.survivor, args.other, picks)
    print(f"Merged. Undo with: crmdesk duplicates undo {journal}")
    return 0


def cmd_undo(args: argparse.Namespace, ctx: CliContext) -> int:
    try:
        with ctx.db().write() as session:
            undo_merge(session, args.merge_id, keep_changed=args.keep_changed)
    except SurvivorChanged as exc:
        print(f"{exc} Use: crmdesk duplicates undo {args.merge_id} --keep-changed", file=sys.stderr)
        return 1
    print("Merge undone.")
    return 0
