"""Import batches: one-step undo, UID re-import, duplicate choices, cancel, custom fields."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
from sqlalchemy import func, select

from crmdesk import contacts, custom_fields
from crmdesk.db.engine import Database
from crmdesk.db.models import Company, Contact
from crmdesk.errors import CrmError
from crmdesk.importing.batches import ImportCancelled, ImportOptions, run_import, undo_batch
from crmdesk.importing.detect import inspect_file
from crmdesk.importing.mapping import ColumnMapping
from crmdesk.records import ContactDraft, LabeledValue

from .conftest import DATA


def _live(db: Database) -> dict[str, str]:
    with db.read() as session:
        return {r.display_name: r.id for r in contacts.list_contacts(session, limit=1000)}


def test_undo_removes_created_contacts_and_companies_in_one_step(db: Database) -> None:
    report = run_import(db, inspect_file(DATA / "outlook-contacts.csv"))
    assert report.batch_id
    with db.write() as session:
        undo_batch(session, report.batch_id)
    assert _live(db) == {}
    with db.read() as session:
        live = session.scalar(
            select(func.count()).select_from(Company).where(Company.deleted_at.is_(None))
        )
    assert live == 0
    with db.write() as session, pytest.raises(CrmError, match="already undone"):
        undo_batch(session, report.batch_id)


def test_reimport_of_a_vcard_with_uid_updates_instead_of_duplicating(
    db: Database, tmp_path: Path
) -> None:
    run_import(db, inspect_file(DATA / "vcard4-chinese.vcf"))
    changed = tmp_path / "changed.vcf"
    text = (DATA / "vcard4-chinese.vcf").read_text(encoding="utf-8")
    changed.write_text(
        text.replace("EMAIL;TYPE=work:chen@twtech.com.tw", "EMAIL;TYPE=work:chen@new.com.tw"),
        encoding="utf-8",
    )
    second = run_import(db, inspect_file(changed))
    assert (second.created, second.updated) == (0, 1)
    assert second.duplicates[0].reason == "same UID"
    (cid,) = _live(db).values()
    with db.read() as session:
        emails = [e.value for e in contacts.get_contact(session, cid).emails]
    assert emails == ["chen@twtech.com.tw", "chen@new.com.tw"]
    assert second.batch_id
    with db.write() as session:
        undo_batch(session, second.batch_id)
    with db.read() as session:
        emails = [e.value for e in contacts.get_contact(session, cid).emails]
    assert emails == ["chen@twtech.com.tw"]


def test_duplicates_are_skipped_by_default_and_choices_apply_per_line(db: Database) -> None:
    with db.write() as session:
        contacts.add_contact(
            session,
            ContactDraft(
                display_name="สมชาย ใจดี",
                phones=(LabeledValue("+66812345678"),),
                title="Old title",
            ),
        )
        contacts.add_contact(session, ContactDraft(display_name="วิชัยศรีสุข"))
    info = inspect_file(DATA / "thai-excel-cp874.csv")
    dry = run_import(db, info, ImportOptions(dry_run=True))
    assert (dry.created, dry.skipped) == (2, 2)
    assert {d.line: d.reason for d in dry.duplicates} == {
        2: "same phone +66812345678",
        4: "same name",
    }
    report = run_import(db, info, ImportOptions(on_duplicate="skip", decisions={2: "update"}))
    assert (report.created, report.updated, report.skipped) == (2, 1, 1)
    names = _live(db)
    with db.read() as session:
        rec = contacts.get_contact(session, names["สมชาย ใจดี"])
    assert rec.title == "ผู้จัดการฝ่ายขาย"
    assert rec.emails[0].value == "somchai@thairung.co.th"
    assert len(names) == 4


def test_merge_fills_blanks_but_keeps_existing_values(db: Database) -> None:
    with db.write() as session:
        contacts.add_contact(
            session,
            ContactDraft(
                display_name="Alice Adams",
                emails=(LabeledValue("alice@example.com"),),
                title="CEO",
            ),
        )
    report = run_import(db, inspect_file(DATA / "ragged.csv"), ImportOptions(on_duplicate="merge"))
    assert report.updated == 1
    with db.read() as session:
        rec = contacts.get_contact(session, _live(db)["Alice Adams"])
    assert rec.title == "CEO"
    assert [p.number for p in rec.phones] == ["+1 415 555 0100"]


def test_duplicates_inside_one_file_are_found(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "twice.csv"
    path.write_text("Name,Email\nAnn Lee,ann@example.com\nLee Ann,ANN@example.com\n")
    report = run_import(db, inspect_file(path), ImportOptions(on_duplicate="update"))
    assert (report.created, report.updated) == (1, 1)
    assert len(_live(db)) == 1


def test_cancel_leaves_nothing_behind(db: Database) -> None:
    with pytest.raises(ImportCancelled):
        run_import(db, inspect_file(DATA / "google-contacts.csv"), cancelled=lambda: True)
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(Contact)) == 0


def test_the_cycle_collector_runs_again_after_an_import_ends_or_is_cancelled(
    db: Database,
) -> None:
    seen: list[bool] = []

    def cancel_after_looking() -> bool:
        seen.append(gc.isenabled())
        return True

    run_import(db, inspect_file(DATA / "google-contacts.csv"))
    assert gc.isenabled()
    with pytest.raises(ImportCancelled):
        run_import(db, inspect_file(DATA / "outlook-contacts.csv"), cancelled=cancel_after_looking)
    assert seen == [False]
    assert gc.isenabled()


def test_mapping_into_a_custom_field_and_google_multi_values(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "custom.csv"
    path.write_text(
        "Who,Mail,Customer no,Ignored\n"
        "Ann Lee,ann@example.com ::: ann.lee@example.org,C-001,secret\n",
        encoding="utf-8",
    )
    info = inspect_file(path).with_mapping(
        ColumnMapping(
            {
                "Who": "display_name",
                "Mail": "email",
                "Customer no": "custom:customer_no",
                "Ignored": "ignore",
            }
        )
    )
    run_import(db, info)
    with db.read() as session:
        rec = contacts.get_contact(session, _live(db)["Ann Lee"])
        fields = [f.name for f in custom_fields.list_fields(session, "contact")]
    assert [e.value for e in rec.emails] == ["ann@example.com", "ann.lee@example.org"]
    assert rec.custom == {"customer_no": "C-001"}
    assert fields == ["customer_no"]
