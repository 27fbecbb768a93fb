"""Refused changes: what the server would not take (forbidden / invalid), for the user to see."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from crmdesk.validation import NotFound


@dataclass(frozen=True)
class ParkedChange:
    """One refused change as the app lists it."""

    change_id: str
    entity: str
    row_id: str
    op: str
    fields: dict[str, Any]
    status: str
    reason: str
    parked_at: str


def parked_changes(session: Session) -> list[ParkedChange]:
    """Refused changes, newest first; they never block the rest of the queue."""
    rows = session.connection().exec_driver_sql(
        "SELECT change_id, entity, row_id, op, fields, status, reason, parked_at "
        "FROM sync_parked ORDER BY parked_at DESC, counter DESC"
    )
    return [
        ParkedChange(
            r[0], r[1], r[2], r[3], {k: v[1] for k, v in json.loads(r[4]).items()}, r[5], r[6], r[7]
        )
        for r in rows
    ]


def dismiss(session: Session, change_id: str) -> None:
    """Forget a refused change (the user has read the reason)."""
    gone = (
        session.connection()
        .exec_driver_sql("DELETE FROM sync_parked WHERE change_id = ?", (change_id,))
        .rowcount
    )
    if not gone:
        raise NotFound("That refused change is no longer listed.")
