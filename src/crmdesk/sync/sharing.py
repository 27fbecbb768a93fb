"""Sharing a record with another user or a manager's team ("also visible to"): asked of the
office server, which makes the record's whole tree (its children) visible with it."""

from __future__ import annotations

from crmdesk.errors import CrmError
from crmdesk.sync.client import SyncClient

#: The services' entity names and the synced tables they live in.
_TABLES = {"contact": "contacts", "company": "companies", "opportunity": "opportunities"}


def share(
    client: SyncClient,
    entity: str,
    row_id: str,
    user_id: str,
    *,
    stop: bool = False,
    team: bool = False,
) -> bool:
    """Make a customer record also visible to ``user_id`` (or stop); True when it changed.

    ``user_id`` may also be the user's name. With ``team``, the record goes to everyone below
    that manager (members joining later too) instead of to the manager alone. The record's
    children (contact details, deals, activities, notes, custom values, tags) follow it,
    including those added later. The record must have been synced. The receivers (and whoever
    sees their records) get it at their next sync, read-only: their edits to it are refused
    by the server.
    """
    table = _TABLES.get(entity)
    if table is None:
        raise CrmError(f"Only {', '.join(_TABLES)} records can be shared.")
    with client.db.engine.connect() as conn:
        here = conn.exec_driver_sql(f"SELECT 1 FROM {table} WHERE id = ?", (row_id,)).first()
        sent = conn.exec_driver_sql(
            "SELECT 1 FROM sync_rows WHERE entity = ? AND row_id = ?", (table, row_id)
        ).first()
    if here is not None and sent is None:  # not here at all: the server decides
        raise CrmError(f"This {entity} has not reached the office server yet: sync, then share.")
    hs = client.call("/v1/handshake", {"protocol": 1, "device_id": client.db.device_id})
    session = str(hs["session_id"])
    try:
        answer = client.call(
            "/v1/share",
            {
                "session_id": session,
                "entity": table,
                "row_id": row_id,
                "with": user_id,
                "team": team,
                "stop": stop,
            },
        )
    finally:
        client.call("/v1/end", {"session_id": session})
    return bool(answer.get("changed"))
