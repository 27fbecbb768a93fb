"""``crmdesk activity add|list|complete|history``."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime, timedelta
from typing import Any

from crmdesk import activities
from crmdesk.cli.context import CliContext, print_json, print_table
from crmdesk.cli.parse import local_datetime, positive_int


def register(sub: Any) -> None:
    group = sub.add_parser("activity", help="calls, meetings, to-dos and the history")
    s = group.add_subparsers(dest="action", required=True, metavar="ACTION")
    add = s.add_parser("add", help="schedule an activity and print its id")
    add.add_argument("--type", dest="kind", choices=activities.KINDS, default="call")
    add.add_argument("--regarding", required=True)
    add.add_argument("--at", type=local_datetime, help="start, YYYY-MM-DD HH:MM (local time)")
    add.add_argument("--minutes", type=positive_int, default=None, help="duration")
    add.add_argument("--all-day", action="store_true")
    add.add_argument("--priority", choices=activities.PRIORITIES, default="medium")
    add.add_argument("--alarm", type=positive_int, metavar="MIN", help="minutes before")
    add.add_argument("--contact", help="contact id")
    add.add_argument("--company", help="company id")
    add.add_argument("--opportunity", help="opportunity id")
    add.add_argument("--details")
    add.set_defaults(handler=cmd_add)
    ls = s.add_parser("list", help="scheduled activities (default: all upcoming and overdue)")
    ls.add_argument("--json", action="store_true")
    ls.add_argument("--today", action="store_true", help="only due today or overdue")
    ls.add_argument("--contact")
    ls.add_argument("--limit", type=positive_int, default=200)
    ls.set_defaults(handler=cmd_list)
    done = s.add_parser("complete", help="mark done with an outcome")
    done.add_argument("id")
    done.add_argument("--outcome", default="")
    done.set_defaults(handler=cmd_complete)
    hist = s.add_parser("history", help="completed activities, newest first")
    hist.add_argument("--contact")
    hist.add_argument("--company")
    hist.add_argument("--json", action="store_true")
    hist.add_argument("--limit", type=positive_int, default=100)
    hist.set_defaults(handler=cmd_history)


def cmd_add(args: argparse.Namespace, ctx: CliContext) -> int:
    ends = args.at + timedelta(minutes=args.minutes) if args.at and args.minutes else None
    draft = activities.ActivityDraft(
        kind=args.kind,
        regarding=args.regarding,
        starts_at=args.at,
        ends_at=ends,
        all_day=args.all_day,
        priority=args.priority,
        alarm_minutes=args.alarm,
        details=args.details,
        contact_id=args.contact,
        company_id=args.company,
        opportunity_id=args.opportunity,
    )
    with ctx.db().write() as session:
        record = activities.schedule(session, draft)
    print(record.id)
    return 0


def _when(moment: datetime | None) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M") if moment else ""


def _show(rows: list[activities.ActivityRecord], as_json: bool) -> None:
    if as_json:
        print_json(rows)
        return
    print_table(
        ["ID", "WHEN", "TYPE", "REGARDING", "WITH", "STATUS"],
        [
            (
                r.id,
                _when(r.completed_at if r.status == "completed" else r.starts_at),
                r.kind,
                r.regarding,
                r.contact_name or r.company_name,
                r.status,
            )
            for r in rows
        ],
    )


def cmd_list(args: argparse.Namespace, ctx: CliContext) -> int:
    with ctx.db().read() as session:
        if args.today:
            local_now = datetime.now().astimezone()
            end = (local_now + timedelta(days=1)).replace(hour=0, minute=0, second=0, microsecond=0)
            rows = activities.due(session, end.astimezone(UTC))
        else:
            rows = activities.list_scheduled(session, contact_id=args.contact, limit=args.limit)
    _show(rows, args.json)
    return 0


def cmd_complete(args: argparse.Namespace, ctx: CliContext) -> int:
    with ctx.db().write() as session:
        activities.complete(session, args.id, args.outcome)
    print(f"Completed {args.id}")
    return 0


def cmd_history(args: argparse.Namespace, ctx: CliContext) -> int:
    with ctx.db().read() as session:
        rows = activities.history(
            session, contact_id=args.contact, company_id=args.company, limit=args.limit
        )
    _show(rows, args.json)
    return 0
