"""Sharing a record with another user ("also visible to"): asked of the office server."""

from __future__ import annotations

from crmdesk.errors import CrmError
from crmdesk.sync.client import SyncClient

#: The services' entity names and the synced tables they live in.
_TABLES = {"contact": "contacts", "company": "companies", "opportunity": "opportunities"}


def share(
    client: SyncClient, entity: str, row_id: str, user_id: str, *, stop: bool = False
) -> bool:
    """Make a customer record also visible to ``user_id`` (or stop); True when it changed.

    The record must have been synced. The other user (and whoever sees their records) receives
    it at their next sync, read-only: their edits to it are refused by the server.
    """
    table = _TABLES.get(entity)
    if table is None:
        raise CrmError(f"Only {', '.join(_TABLES)} records can be shared.")
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
                "stop": stop,
            },
        )
    finally:
        client.call("/v1/end", {"session_id": session})
    return bool(answer.get("changed"))
