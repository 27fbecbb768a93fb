"""The server's audit log: logins, refused changes, permission changes (who, when, what, device)."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import Connection, insert, select

from crmdesk.sync import store as st


class Action(StrEnum):
    LOGIN = "login"
    LOGIN_FAILED = "login_failed"
    REFUSED_CHANGE = "refused_change"
    PERMISSION_CHANGE = "permission_change"
    REASSIGNMENT = "reassignment"
    BULK_DELETE = "bulk_delete"
    EXPORT = "export"
    REFUSED_EXPORT = "refused_export"
    #: A request for a record the user may not see (answered as if it did not exist).
    FORBIDDEN_READ = "forbidden_read"
    SHARE = "share"
    UNSHARE = "unshare"
    #: A refresh token already exchanged for a new one was presented again (likely stolen).
    TOKEN_REUSED = "token_reused"  # noqa: S105 - an audit action name, not a secret


@dataclass(frozen=True)
class AuditEntry:
    at: int
    action: str
    user_name: str
    user_id: str | None
    device_id: str | None
    address: str | None
    entity: str | None
    row_id: str | None
    detail: str

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


def record(
    conn: Connection,
    action: Action,
    at: int,
    user_name: str,
    detail: str,
    *,
    user_id: str | None = None,
    device_id: str | None = None,
    address: str | None = None,
    entity: str | None = None,
    row_id: str | None = None,
) -> None:
    """Add one entry; ``at`` in seconds since the epoch."""
    conn.execute(
        insert(st.audit_log).values(
            at=at,
            action=action.value,
            user_id=user_id,
            user_name=user_name[:200],
            device_id=device_id,
            address=address,
            entity=entity,
            row_id=row_id,
            detail=detail,
        )
    )


def user_name(conn: Connection, user_id: str) -> str:
    name = conn.execute(select(st.users.c.name).where(st.users.c.id == user_id)).scalar()
    return str(name) if name is not None else "?"


def entries(conn: Connection, since: int | None = None) -> list[AuditEntry]:
    """Entries at or after ``since`` (seconds), oldest first."""
    a = st.audit_log.c
    query = select(
        a.at, a.action, a.user_name, a.user_id, a.device_id, a.address, a.entity, a.row_id, a.detail
    ).order_by(a.at, a.id)
    if since is not None:
        query = query.where(a.at >= since)
    return [
        AuditEntry(int(r[0]), str(r[1]), str(r[2]), r[3], r[4], r[5], r[6], r[7], str(r[8]))
        for r in conn.execute(query)
    ]
