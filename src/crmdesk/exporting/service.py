"""Export entry points: contacts to vCard or CSV, scheduled activities to iCalendar, atomically."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from crmdesk import activities
from crmdesk.db.models import Contact
from crmdesk.errors import CrmError
from crmdesk.exporting.atomic import atomic_output
from crmdesk.exporting.csv_export import CsvLayout, write_csv
from crmdesk.exporting.gather import iter_contacts, selection_filter
from crmdesk.exporting.ics import write_ics
from crmdesk.exporting.vcard import VCardVersion, write_vcards

ExportFormat = Literal["vcard", "csv", "ics"]
FORMATS: tuple[ExportFormat, ...] = ("vcard", "csv", "ics")


def export_file(
    session: Session,
    path: Path,
    file_format: ExportFormat,
    *,
    ids: Sequence[str] | None = None,
    lookup: str | None = None,
    vcard_version: VCardVersion = "3.0",
    csv_layout: CsvLayout = "google",
) -> int:
    """Write the selection (ids, a saved lookup, or everything) to ``path``; returns the count.

    The file is written beside its destination and renamed when complete, so a failed
    export never leaves a half-written file.
    """
    if file_format not in FORMATS:
        raise CrmError(f"Export formats: {', '.join(FORMATS)}.")
    path = Path(path)
    if not path.parent.exists():
        raise CrmError(f"The folder {path.parent} does not exist.")
    with atomic_output(path) as out:
        if file_format == "vcard":
            return write_vcards(out, iter_contacts(session, ids, lookup), vcard_version)
        if file_format == "csv":
            return write_csv(out, iter_contacts(session, ids, lookup), csv_layout)
        return write_ics(out, scheduled_for(session, ids, lookup))


def scheduled_for(
    session: Session, ids: Sequence[str] | None = None, lookup: str | None = None
) -> list[activities.ActivityRecord]:
    """Scheduled activities, limited to the selected contacts when a selection is given."""
    found = activities.list_scheduled(session, limit=10_000_000)
    if ids is None and lookup is None:
        return found
    wanted = set(session.scalars(select(Contact.id).where(selection_filter(session, ids, lookup))))
    return [a for a in found if a.contact_id in wanted]
