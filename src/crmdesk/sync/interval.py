"""How often the app syncs by itself: a per-database setting; 0 means only on "Sync now"."""

from __future__ import annotations

from sqlalchemy.orm import Session

from crmdesk import local_settings
from crmdesk.errors import CrmError

KEY = "sync_interval_minutes"
DEFAULT_MINUTES = 5
MAX_MINUTES = 24 * 60


def sync_interval_minutes(session: Session) -> int:
    """Minutes between automatic rounds (0: off); the default when unset or unreadable."""
    text = local_settings.get_value(session, KEY)
    try:
        minutes = int(text) if text is not None else DEFAULT_MINUTES
    except ValueError:
        return DEFAULT_MINUTES
    return minutes if 0 <= minutes <= MAX_MINUTES else DEFAULT_MINUTES


def set_sync_interval(session: Session, minutes: int) -> None:
    if not 0 <= minutes <= MAX_MINUTES:
        raise CrmError(f"The sync interval is 0 (off) to {MAX_MINUTES} minutes.")
    local_settings.set_value(session, KEY, str(minutes))
