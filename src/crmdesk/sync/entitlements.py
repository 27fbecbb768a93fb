"""Who may download and change which buckets: roles and the team hierarchy (issue 7).

A bucket is named after the user who owns its records (``shared`` holds ownerless tables).
A rep sees their own bucket; a manager also every bucket of the people below them, however
deep the teams nest; a director sees everything. Everyone sees ``shared``.

A team bucket (``team:<manager id>``) holds no records of its own, only records shared with
that manager's team: it is seen by everyone below the manager, the manager and everyone
above them, i.e. by whoever sees the manager's bucket or works below the manager.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from enum import Enum
from typing import Any, Final, Literal

from sqlalchemy import Connection, select

from crmdesk.errors import CrmError
from crmdesk.rights import ALL_RIGHTS, DEFAULT_ROLE_RIGHTS, ROLES, Right, rights_of
from crmdesk.sync import store as st
from crmdesk.sync.protocol import SHARED_BUCKET


class _Everyone(Enum):
    ALL = "all"


#: ``visible_owners`` of a director: every owner, present and future.
ALL: Final = _Everyone.ALL
Visible = frozenset[str] | Literal[_Everyone.ALL]


def visible_owners(conn: Connection, user_id: str) -> Visible:
    """The owners whose records ``user_id`` may see: own, everyone below them, or ALL."""
    u = st.users.c
    row = conn.execute(select(u.role, u.disabled).where(u.id == user_id)).first()
    if row is None or row[1]:
        return frozenset()
    if row[0] == "director":
        return ALL
    seen = {user_id}
    if row[0] == "manager":
        reports: dict[str, list[str]] = {}
        for uid, boss in conn.execute(select(u.id, u.manager_id).where(u.manager_id.is_not(None))):
            reports.setdefault(str(boss), []).append(str(uid))
        todo = [user_id]
        while todo:  # ``seen`` also guards against a cycle in the hierarchy
            for uid in reports.get(todo.pop(), []):
                if uid not in seen:
                    seen.add(uid)
                    todo.append(uid)
    return frozenset(seen)


def may_see(visible: Visible, bucket: str) -> bool:
    return visible is ALL or bucket == SHARED_BUCKET or bucket in visible


#: The prefix of a team bucket: ``team:`` and the id of the manager whose team it is.
TEAM_PREFIX = "team:"


def team_bucket(manager_id: str) -> str:
    """The bucket of records shared with everyone below ``manager_id``."""
    return TEAM_PREFIX + manager_id


def managers_above(conn: Connection, user_id: str) -> list[str]:
    """The chain of managers above ``user_id``, nearest first (a cycle is cut)."""
    u = st.users.c
    bosses = {
        str(uid): str(boss)
        for uid, boss in conn.execute(select(u.id, u.manager_id).where(u.manager_id.is_not(None)))
    }
    chain: list[str] = []
    boss = bosses.get(user_id)
    while boss is not None and boss != user_id and boss not in chain:
        chain.append(boss)
        boss = bosses.get(boss)
    return chain


#: Team buckets something was ever shared into (a share, or an unshare's moves), by index
#: range. Plain SQL with constants: run on every request, and the ORM's statement overhead
#: was ten times the query's.
_USED_TEAMS = (
    "SELECT bucket FROM shares WHERE bucket >= 'team:' AND bucket < 'team;' "
    "UNION SELECT from_bucket FROM moves WHERE from_bucket >= 'team:' AND from_bucket < 'team;'"
)


def _used_team_buckets(conn: Connection) -> set[str]:
    return {str(b) for b in conn.exec_driver_sql(_USED_TEAMS).scalars()}


def team_buckets(conn: Connection, user_id: str, visible: Visible) -> frozenset[str]:
    """The team buckets ``user_id`` sees: the teams they are in (of every manager above
    them) and the teams of everyone whose bucket they see (themselves included).

    Only teams something was shared with are named, so a manager of many reps does not
    download dozens of empty streams.
    """
    if visible is ALL or not visible:
        return frozenset()
    used = _used_team_buckets(conn)
    if not used:
        return frozenset()
    mine = {team_bucket(m) for m in (*visible, *managers_above(conn, user_id))}
    return frozenset(mine & used)


def buckets_for(conn: Connection, user_id: str, visible: Visible | None = None) -> list[str]:
    """The buckets ``user_id`` may download, in a fixed order (``visible`` if known already).

    A director gets every bucket holding records (team buckets hold none: they see the
    shared records in their owners' buckets).
    """
    visible = visible_owners(conn, user_id) if visible is None else visible
    if visible is ALL:
        return sorted(str(b) for b in conn.execute(select(st.buckets.c.name)).scalars())
    return sorted(visible | {SHARED_BUCKET} | team_buckets(conn, user_id, visible))


def may_write(visible: Visible, before: str | None, after: str) -> bool:
    """Whether a user may move a record from bucket ``before`` (None: new) to ``after``.

    Both must be visible: a rep can neither edit another rep's record nor give theirs away
    to a bucket they cannot see. No record may be owned by a team bucket.
    """
    if after.startswith(TEAM_PREFIX):
        return False
    return (before is None or may_see(visible, before)) and may_see(visible, after)


# -- function rights and the directory a client receives -----------------------------------

_RIGHTS_KEY = "role_rights"


def role_rights(conn: Connection) -> dict[str, frozenset[str]]:
    """The office's rights per role (``server_meta``), or the manual's defaults."""
    stored = st.get_meta(conn, _RIGHTS_KEY)
    table = dict(DEFAULT_ROLE_RIGHTS)
    if stored:
        table.update({str(k): frozenset(map(str, v)) for k, v in json.loads(stored).items()})
    return table


def set_role_rights(conn: Connection, role: str, granted: Iterable[str]) -> frozenset[str]:
    """Give ``role`` exactly ``granted``; raise CrmError naming an unknown role or right."""
    if role not in ROLES:
        raise CrmError(f"'{role}' is not a role (use {', '.join(ROLES)}).")
    wanted = frozenset(granted) - {""}
    if Right.MANAGE_USERS.value in wanted:
        raise CrmError("manage_users comes with the admin flag (user set NAME --admin).")
    grantable = sorted(ALL_RIGHTS - {Right.MANAGE_USERS.value})
    unknown = sorted(wanted - ALL_RIGHTS)
    if unknown:
        raise CrmError(f"'{unknown[0]}' is not a right (use {', '.join(grantable)}).")
    table = role_rights(conn)
    table[role] = wanted
    st.set_meta(conn, _RIGHTS_KEY, json.dumps({k: sorted(v) for k, v in sorted(table.items())}))
    return table[role]


def rights_for(conn: Connection, user_id: str) -> frozenset[str]:
    """What ``user_id`` may do: their role's rights, plus user management for an admin."""
    u = st.users.c
    row = conn.execute(select(u.role, u.is_admin, u.disabled).where(u.id == user_id)).first()
    if row is None or row[2]:
        return frozenset()
    return rights_of(str(row[0]), bool(row[1]), role_rights(conn))


def directory_for(conn: Connection, user_id: str) -> list[dict[str, Any]]:
    """The enabled people ``user_id`` may see (and assign records to), themselves included."""
    visible = visible_owners(conn, user_id)
    u = st.users.c
    query = select(u.id, u.display_name, u.role, u.manager_id, u.is_admin).where(
        u.disabled.is_(False)
    )
    if visible is not ALL:
        query = query.where(u.id.in_(sorted(visible)))
    return [
        {"id": i, "name": n, "role": r, "manager_id": m, "is_admin": bool(a)}
        for i, n, r, m, a in conn.execute(query.order_by(u.display_name, u.id))
    ]


def team_payload(conn: Connection, user_id: str) -> dict[str, Any]:
    """The handshake's ``team``: the directory and the user's rights, stored by the client."""
    return {"people": directory_for(conn, user_id), "rights": sorted(rights_for(conn, user_id))}
