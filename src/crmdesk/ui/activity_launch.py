"""Opening the activity dialogs (another module) from records, the toolbar and Today."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtWidgets import QMessageBox, QWidget

from crmdesk.ui.ops import AppContext

log = logging.getLogger(__name__)


def _dialogs() -> Any:
    try:
        from crmdesk.ui import activity_dialog
    except Exception:  # the module is written in parallel; the app must still start
        log.warning("activity dialogs unavailable", exc_info=True)
        return None
    return activity_dialog


def schedule(
    ctx: AppContext,
    parent: QWidget | None,
    kind: str,
    *,
    contact_id: str | None = None,
    company_id: str | None = None,
    opportunity_id: str | None = None,
) -> Any:
    """Open the schedule dialog for a call, meeting or to-do; returns the dialog (or None)."""
    module = _dialogs()
    if module is None:
        QMessageBox.information(
            parent, "crmdesk", parent.tr("Scheduling is not available yet.") if parent else ""
        )
        return None
    return module.schedule_activity(
        ctx, parent, kind=kind, contact_id=contact_id, company_id=company_id
    )


def complete(ctx: AppContext, parent: QWidget | None, activity_id: str) -> Any:
    """Ask for the outcome and complete the activity; returns the dialog (or None)."""
    module = _dialogs()
    if module is None:
        return None
    return module.complete_activity(ctx, parent, activity_id)
