"""Actions the office audits that leave no change behind (an export), reported to the server."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from crmdesk import team
from crmdesk.db.engine import Database
from crmdesk.exporting.csv_export import CsvLayout
from crmdesk.exporting.service import ExportFormat, export_file
from crmdesk.exporting.vcard import VCardVersion
from crmdesk.rights import Right
from crmdesk.sync.client import ServerRefused, SyncClient, SyncError
from crmdesk.team import NotAllowed

EXPORT_REFUSED = "Your role does not allow exporting records."


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


@dataclass(frozen=True)
class ExportDone:
    """A finished export: how many contacts (or events), where, and whether the office knows."""

    count: int
    path: Path
    #: False in single-user mode, or when the server could not be reached (the file is kept).
    reported: bool
    #: Why the server was not told, in its own words (None when reported or single-user).
    unreported_reason: str | None = None


def export_and_report(
    db: Database,
    path: Path,
    file_format: ExportFormat,
    *,
    ids: Sequence[str] | None = None,
    lookup: str | None = None,
    vcard_version: VCardVersion = "3.0",
    csv_layout: CsvLayout = "google",
) -> ExportDone:
    """Export (``exporting.service.export_file``), then report it to the office's audit log.

    Checks the local copy of the export right first. When the server refuses the report
    (NotAllowed) the written file is deleted and NotAllowed raised; when the server cannot be
    reached the file is kept and the export goes unreported (``reported`` False).
    """
    path = Path(path)
    with db.read() as session:
        team.require(session, Right.EXPORT, EXPORT_REFUSED)
        count = export_file(
            session,
            path,
            file_format,
            ids=ids,
            lookup=lookup,
            vcard_version=vcard_version,
            csv_layout=csv_layout,
        )
    what = "events" if file_format == "ics" else "contacts"
    detail = f"{path.name}: {count} {what} ({file_format})"
    client = SyncClient(db)
    try:
        return ExportDone(count, path, report_export(client, detail))
    except NotAllowed:
        path.unlink(missing_ok=True)
        raise
    except SyncError as exc:
        return ExportDone(count, path, False, str(exc))
    finally:
        client.close()
