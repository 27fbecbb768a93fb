"""``crmdesk-server rights``: show and set the function rights of each role (audited)."""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from crmdesk.errors import CrmError
from crmdesk.rights import ALL_RIGHTS, ROLES
from crmdesk.sync import audit, delete_window, entitlements
from crmdesk.sync import store as st


def cmd_rights(
    args: argparse.Namespace, data_dir: Path, open_store: Callable[[Path], st.SyncStore]
) -> int:
    store = open_store(data_dir)
    try:
        with store.write() as conn:
            if args.rights_command == "set":
                granted = entitlements.set_role_rights(conn, args.role, args.rights)
                said = f"rights of {args.role}: {', '.join(sorted(granted)) or 'none'}"
                audit.record(
                    conn, audit.Action.PERMISSION_CHANGE, int(time.time()), "server console", said
                )
                print(f"{said}.")
                return 0
            if args.rights_command == "delete-limit":
                return _delete_limit(conn, args)
            table = entitlements.role_rights(conn)
    finally:
        store.dispose()
    if args.json:
        print(json.dumps({role: sorted(table.get(role, ())) for role in ROLES}, indent=1))
        return 0
    for role in ROLES:
        print(f"{role}\t{', '.join(sorted(table.get(role, ()))) or '-'}")
    print("admin\t+ manage_users")
    return 0


def _delete_limit(conn: Any, args: argparse.Namespace) -> int:
    """Show, or set, how many records a role without bulk_delete may delete in a window."""
    if args.records is None:
        window = delete_window.limit(conn)
    else:
        if args.minutes is None:
            raise CrmError("Give the number of records and the minutes (delete-limit 10 10).")
        window = delete_window.set_limit(conn, args.records, args.minutes)
    said = (
        f"without bulk_delete: at most {window.records} deleted records "
        f"within {window.minutes} minutes"
    )
    if args.records is not None:
        audit.record(conn, audit.Action.PERMISSION_CHANGE, int(time.time()), "server console", said)
    print(f"{said}.")
    return 0


def register(sub: Any, handler: Callable[[argparse.Namespace, Path], int]) -> None:
    """Add the ``rights`` command to the server's parser."""
    rights = sub.add_parser("rights", help="show or set what each role may do")
    rights.add_argument("--json", action="store_true", help="print a JSON object")
    rights.set_defaults(handler=handler, rights_command="show")
    actions = rights.add_subparsers(dest="rights_command", metavar="ACTION")
    p = actions.add_parser("set", help="give a role exactly these rights (none: no rights)")
    p.add_argument("role", choices=ROLES)
    p.add_argument(
        "rights",
        nargs="*",
        metavar="RIGHT",
        help=f"any of {', '.join(sorted(ALL_RIGHTS - {'manage_users'}))}",
    )
    p.set_defaults(handler=handler)
    p = actions.add_parser(
        "delete-limit",
        help="show or set how many records a role without bulk_delete may delete in a window",
    )
    p.add_argument("records", type=int, nargs="?", help="at most this many (default 10)")
    p.add_argument("minutes", type=int, nargs="?", help="within these minutes (default 10)")
    p.set_defaults(handler=handler)
