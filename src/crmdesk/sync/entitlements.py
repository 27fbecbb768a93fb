"""Who may download and change which buckets: the one hook issue 7 replaces.

Issue 6: every enabled user is entitled to every bucket and may write to any record.
"""

from __future__ import annotations

from sqlalchemy import Connection, select

from crmdesk.sync import store as st


def buckets_for(conn: Connection, user_id: str) -> list[str]:
    """The buckets ``user_id`` may download, in a fixed order."""
    return sorted(str(b) for b in conn.execute(select(st.buckets.c.name)).scalars())


def may_write(conn: Connection, user_id: str, before: str | None, after: str) -> bool:
    """Whether ``user_id`` may change a record from bucket ``before`` (None: new) to ``after``."""
    return True
