"""The bulk-delete right over time: how many customer records a user deleted lately.

A role without ``bulk_delete`` may not delete more than ``BULK_DELETE_THRESHOLD`` customer
records in one local transaction (``merge.apply_upload``), nor, by splitting them into many
small transactions, more than ``Limit.records`` within ``Limit.minutes`` (10 and 10 unless
the office set others: ``crmdesk-server rights delete-limit``). The count is the server's
own: what it accepted, stored per accepted transaction in ``deletions`` and pruned once out
of the window.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import Connection, func, insert, select

from crmdesk.errors import CrmError
from crmdesk.rights import BULK_DELETE_THRESHOLD
from crmdesk.sync import store as st

_SETTING = "bulk_delete_window"
MAX_MINUTES = 24 * 60


@dataclass(frozen=True)
class Limit:
    """At most ``records`` customer records deleted within ``minutes`` without the right."""

    records: int = BULK_DELETE_THRESHOLD
    minutes: int = 10

    @property
    def window_ms(self) -> int:
        return self.minutes * 60 * 1000

    @property
    def refusal(self) -> str:
        """The reason a refused delete is parked with on the laptop."""
        return (
            f"Your role does not allow deleting more than {self.records} records within "
            f"{self.minutes} minutes; try again later or ask your manager."
        )


def limit(conn: Connection) -> Limit:
    """The office's limit (``server_meta``), or 10 records within 10 minutes."""
    stored = st.get_meta(conn, _SETTING)
    if not stored:
        return Limit()
    value = json.loads(stored)
    return Limit(int(value["records"]), int(value["minutes"]))


def set_limit(conn: Connection, records: int, minutes: int) -> Limit:
    """Store a new limit; raise CrmError for one that makes no sense."""
    if records < 1:
        raise CrmError("The number of records must be at least 1.")
    if not 1 <= minutes <= MAX_MINUTES:
        raise CrmError(f"The window must be 1 to {MAX_MINUTES} minutes.")
    st.set_meta(conn, _SETTING, json.dumps({"records": records, "minutes": minutes}))
    return Limit(records, minutes)


def recent(conn: Connection, user_id: str, now_ms: int, window: Limit) -> int:
    """Customer records ``user_id`` deleted within the window before ``now_ms``."""
    d = st.deletions.c
    total = conn.execute(
        select(func.coalesce(func.sum(d.count), 0)).where(
            d.user_id == user_id, d.at > now_ms - window.window_ms
        )
    ).scalar_one()
    return int(total)


def record(conn: Connection, user_id: str, now_ms: int, counts: list[int]) -> None:
    """Remember the deletes of ``user_id``'s accepted transactions; forget those out of the
    longest window an office may set."""
    d = st.deletions.c
    oldest = now_ms - MAX_MINUTES * 60 * 1000
    conn.execute(st.deletions.delete().where(d.user_id == user_id, d.at <= oldest))
    if counts:
        conn.execute(
            insert(st.deletions), [{"user_id": user_id, "at": now_ms, "count": n} for n in counts]
        )
