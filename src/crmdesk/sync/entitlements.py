"""Who may download and change which buckets: roles and the team hierarchy (issue 7).

A bucket is named after the user who owns its records (``shared`` holds ownerless tables).
A rep sees their own bucket; a manager also every bucket of the people below them, however
deep the teams nest; a director sees everything. Everyone sees ``shared``.
"""

from __future__ import annotations

from enum import Enum
from typing import Final, Literal

from sqlalchemy import Connection, select

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


def buckets_for(conn: Connection, user_id: str) -> list[str]:
    """The buckets ``user_id`` may download, in a fixed order."""
    visible = visible_owners(conn, user_id)
    if visible is ALL:
        return sorted(str(b) for b in conn.execute(select(st.buckets.c.name)).scalars())
    return sorted(visible | {SHARED_BUCKET})


def may_write(visible: Visible, before: str | None, after: str) -> bool:
    """Whether a user may move a record from bucket ``before`` (None: new) to ``after``.

    Both must be visible: a rep can neither edit another rep's record nor give theirs away
    to a bucket they cannot see.
    """
    return (before is None or may_see(visible, before)) and may_see(visible, after)
