"""Actions the office audits that leave no change behind (an export), reported to the server."""

from __future__ import annotations

from crmdesk.sync.client import ServerRefused, SyncClient
from crmdesk.team import NotAllowed


def report_export(client: SyncClient, detail: str) -> bool:
    """Tell the office server an export happened (for its audit log); False when not connected.

    Raises NotAllowed when the server says the user's role may not export, and the usual
    ``SyncError`` (Offline...) when the server cannot be told.
    """
    if not client.status().connected:
        return False
    try:
        client.call("/v1/report", {"kind": "export", "detail": detail[:500]})
    except ServerRefused as exc:
        if exc.status == 403:
            raise NotAllowed(str(exc)) from exc
        raise
    return True
