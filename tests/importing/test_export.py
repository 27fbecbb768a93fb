"""Exports: iCalendar of scheduled activities, saved-lookup selection, never a half-written file."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from crmdesk import activities, contacts, lookups
from crmdesk.db.engine import Database
from crmdesk.errors import CrmError
from crmdesk.exporting.service import export_file
from crmdesk.lookups import Condition, LookupDefinition
from crmdesk.records import ContactDraft


def test_ics_has_events_with_times_and_alarms(db: Database, tmp_path: Path) -> None:
    with db.write() as session:
        cid = contacts.add_contact(session, ContactDraft("สมชาย ใจดี")).id
        activities.schedule(
            session,
            activities.ActivityDraft(
                "meeting",
                "Quarterly review; budget, plans",
                starts_at=datetime(2026, 12, 1, 3, 0, tzinfo=UTC),
                ends_at=datetime(2026, 12, 1, 4, 30, tzinfo=UTC),
                alarm_minutes=15,
                contact_id=cid,
            ),
        )
        activities.schedule(session, activities.ActivityDraft("todo", "No time yet"))
    out = tmp_path / "cal.ics"
    with db.read() as session:
        assert export_file(session, out, "ics") == 1
    text = out.read_bytes().decode("utf-8")
    assert text.startswith("BEGIN:VCALENDAR\r\n") and text.endswith("END:VCALENDAR\r\n")
    assert "DTSTART:20261201T030000Z\r\nDTEND:20261201T043000Z" in text
    assert "SUMMARY:Quarterly review\\; budget\\, plans" in text
    assert "TRIGGER:-PT15M" in text and "สมชาย ใจดี" in text


def test_lookup_export_and_failed_export_leaves_no_file(db: Database, tmp_path: Path) -> None:
    with db.write() as session:
        contacts.add_contact(session, ContactDraft("Ann Lee", title="Buyer"))
        contacts.add_contact(session, ContactDraft("Bob Roe", title="Driver"))
        lookups.save_lookup(
            session, "buyers", LookupDefinition((Condition("title", "is", "Buyer"),))
        )
    out = tmp_path / "buyers.vcf"
    with db.read() as session:
        assert export_file(session, out, "vcard", lookup="buyers") == 1
        assert "FN:Ann Lee" in out.read_text(encoding="utf-8")
        with pytest.raises(CrmError):
            export_file(session, tmp_path / "missing.vcf", "vcard", lookup="no such lookup")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["buyers.vcf", "vault"]
