"""The bulk-delete right over time: how many customer records a user deleted lately.

A role without ``bulk_delete`` may not delete more than ``BULK_DELETE_THRESHOLD`` customer
records in one local transaction (``merge.apply_upload``), nor, by splitting them into many
small transactions, within ``WINDOW_MS``. The count is the server's own: what it accepted,
stored per accepted transaction in ``deletions`` and pruned once out of the window.
"""

from __future__ import annotations

from sqlalchemy import Connection, func, insert, select

from crmdesk.rights import BULK_DELETE_THRESHOLD
from crmdesk.sync import store as st

#: The rolling window over which a role without the right may delete at most ``LIMIT``.
WINDOW_MINUTES = 10
WINDOW_MS = WINDOW_MINUTES * 60 * 1000
LIMIT = BULK_DELETE_THRESHOLD
REFUSED = (
    f"Your role does not allow deleting more than {LIMIT} records within {WINDOW_MINUTES} "
    "minutes; try again later or ask your manager."
)


def recent(conn: Connection, user_id: str, now_ms: int) -> int:
    """Customer records ``user_id`` deleted within the window before ``now_ms``."""
    d = st.deletions.c
    total = conn.execute(
        select(func.coalesce(func.sum(d.count), 0)).where(
            d.user_id == user_id, d.at > now_ms - WINDOW_MS
        )
    ).scalar_one()
    return int(total)


def record(conn: Connection, user_id: str, now_ms: int, counts: list[int]) -> None:
    """Remember the deletes of ``user_id``'s accepted transactions; forget those out of the
    window."""
    d = st.deletions.c
    conn.execute(st.deletions.delete().where(d.user_id == user_id, d.at <= now_ms - WINDOW_MS))
    if counts:
        conn.execute(
            insert(st.deletions), [{"user_id": user_id, "at": now_ms, "count": n} for n in counts]
        )
