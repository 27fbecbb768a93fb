"""Undoing an import never throws away work done after it: it refuses, or keeps that work."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import select

from crmdesk import activities, companies, contacts, notes
from crmdesk.activities import ActivityDraft
from crmdesk.db.engine import Database
from crmdesk.db.models import Company, ImportBatch
from crmdesk.importing.batches import ImportOptions, run_import
from crmdesk.importing.detect import inspect_file
from crmdesk.importing.undo import LaterChanges, undo_batch
from crmdesk.records import ContactDraft, LabeledValue

from .conftest import DATA


def _live(db: Database) -> dict[str, str]:
    with db.read() as session:
        return {r.display_name: r.id for r in contacts.list_contacts(session, limit=1000)}


def _import_outlook(db: Database) -> str:
    report = run_import(db, inspect_file(DATA / "outlook-contacts.csv"))
    assert report.batch_id and report.created >= 2
    return report.batch_id


def test_undo_refuses_and_changes_nothing_when_imported_contacts_were_worked_on(
    db: Database,
) -> None:
    batch = _import_outlook(db)
    before = _live(db)
    anan, tanaka = before["Anan Sukprasert"], before["Tanaka"]
    with db.write() as session:
        draft = contacts.get_contact(session, anan).to_draft()
        contacts.update_contact(session, anan, replace(draft, title="CEO"))
        activities.log_done(session, ActivityDraft("call", "Intro", contact_id=tanaka), "Went well")
    with db.write() as session, pytest.raises(LaterChanges) as caught:
        undo_batch(session, batch)
    assert {(r.id, r.reason) for r in caught.value.records} == {
        (anan, "edited after the import"),
        (tanaka, "has activities"),
    }
    assert "Anan Sukprasert (edited after the import)" in str(caught.value)
    assert _live(db) == before
    with db.read() as session:
        assert session.get(ImportBatch, batch).undone_at is None  # type: ignore[union-attr]


def test_keep_changed_undoes_the_rest_and_keeps_the_worked_on_contact_and_its_company(
    db: Database,
) -> None:
    batch = _import_outlook(db)
    anan = _live(db)["Anan Sukprasert"]
    with db.write() as session:
        notes.add_note(session, "contact", anan, "Called back about the golf day")
    with db.write() as session:
        result = undo_batch(session, batch, keep_changed=True)
    assert [(r.id, r.reason) for r in result.kept] == [(anan, "has notes written after the import")]
    assert _live(db) == {"Anan Sukprasert": anan}
    with db.read() as session:
        record = contacts.get_contact(session, anan)
        assert record.company_name == "Anan Trading"
        live_companies = session.scalars(
            select(Company.name).where(Company.deleted_at.is_(None))
        ).all()
        assert live_companies == ["Anan Trading"]
        assert session.get(ImportBatch, batch).undone_at is not None  # type: ignore[union-attr]


def test_an_imported_company_given_another_contact_later_is_not_deleted(db: Database) -> None:
    batch = _import_outlook(db)
    with db.write() as session:
        company_id = session.scalar(select(Company.id).where(Company.name == "Anan Trading"))
        assert company_id
        contacts.add_contact(session, ContactDraft("Malee Jaidee", company_id=company_id))
    with db.write() as session, pytest.raises(LaterChanges) as caught:
        undo_batch(session, batch)
    assert [(r.name, r.reason) for r in caught.value.records] == [
        ("Anan Trading", "has contacts from outside the import")
    ]
    with db.write() as session:
        undo_batch(session, batch, keep_changed=True)
    assert set(_live(db)) == {"Malee Jaidee"}
    with db.read() as session:
        assert companies.get_company(session, company_id).name == "Anan Trading"


def test_an_updated_contact_edited_after_the_import_is_not_put_back(
    db: Database, tmp_path: Path
) -> None:
    with db.write() as session:
        cid = contacts.add_contact(
            session,
            ContactDraft("Anan Sukprasert", emails=(LabeledValue("anan@anantrading.co.th"),)),
        ).id
    report = run_import(
        db, inspect_file(DATA / "outlook-contacts.csv"), ImportOptions(on_duplicate="update")
    )
    assert report.updated == 1 and report.batch_id
    with db.write() as session:
        draft = contacts.get_contact(session, cid).to_draft()
        contacts.update_contact(session, cid, replace(draft, title="Chairman"))
    with db.write() as session, pytest.raises(LaterChanges):
        undo_batch(session, report.batch_id)
    with db.write() as session:
        result = undo_batch(session, report.batch_id, keep_changed=True)
    assert (result.restored, [r.id for r in result.kept]) == (0, [cid])
    with db.read() as session:
        record = contacts.get_contact(session, cid)
    assert record.title == "Chairman"
    assert set(_live(db)) == {"Anan Sukprasert"}


def test_undo_right_after_the_import_removes_and_restores_everything(db: Database) -> None:
    with db.write() as session:
        cid = contacts.add_contact(
            session,
            ContactDraft("Anan Sukprasert", emails=(LabeledValue("anan@anantrading.co.th"),)),
        ).id
    report = run_import(
        db, inspect_file(DATA / "outlook-contacts.csv"), ImportOptions(on_duplicate="update")
    )
    assert report.batch_id
    with db.write() as session:
        result = undo_batch(session, report.batch_id)
    assert result.kept == () and result.restored == 1 and result.removed >= 2
    with db.read() as session:
        record = contacts.get_contact(session, cid)
    assert record.title is None and record.company_id is None
    assert set(_live(db)) == {"Anan Sukprasert"}
