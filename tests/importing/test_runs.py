"""Runs (importing/runs.py) write exactly what the writer writes for single contacts.

New contacts reach the writer as runs whose rows the reader wrote as JSON text, with
company ids and search documents worked out there. These tests compare them with the
writer's own path, and check the names a run must take from the database.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest

from crmdesk import companies, contacts, local_settings
from crmdesk.db import search_index
from crmdesk.db.engine import Database
from crmdesk.db.models import ImportBatch
from crmdesk.importing import reader_process
from crmdesk.importing.batches import ImportOptions, _Writer, run_import
from crmdesk.importing.detect import inspect_file, read_contacts
from crmdesk.importing.mapping import ColumnMapping
from crmdesk.importing.model import ImportedContact
from crmdesk.records import CompanyDraft, ContactDraft

from .test_reader_process import _tables, _write_mixed_csv


def _one_by_one(db: Database, path: Path) -> None:
    """The writer's path for single contacts: each read contact created as it comes."""
    items = [i for i in read_contacts(inspect_file(path), "TH") if isinstance(i, ImportedContact)]
    with db.write() as session:
        batch = ImportBatch(source_name=path.name, file_format="csv")
        session.add(batch)
        session.flush()
        writer = _Writer(session, batch.id, local_settings.local_user_id(session), db.clock)
        slot = 0
        for item in items:
            if item.company_only:
                writer.create_company(item)
            else:
                writer.create(slot, item)
                slot += 1
        writer.flush()
        writer.record_new_companies()


@pytest.mark.parametrize("reader", [False, True])
def test_runs_write_the_rows_single_contacts_write(
    db: Database,
    other_db: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    reader: bool,
) -> None:
    path = tmp_path / "mixed.csv"
    _write_mixed_csv(path)
    monkeypatch.setattr(reader_process, "WORKER_MIN_BYTES", 0 if reader else 1 << 60)
    report = run_import(db, inspect_file(path), ImportOptions(on_duplicate="create"))
    assert report.created > 250
    _one_by_one(other_db, path)
    assert _tables(db) == _tables(other_db)


def _documents(db: Database) -> list[tuple[Any, ...]]:
    with db.read() as session:
        return sorted(
            session.connection()
            .exec_driver_sql(
                "SELECT entity, entity_id, title, subtitle, name_key, keys, body FROM search_docs"
            )
            .all()
        )


@pytest.mark.parametrize("reader", [False, True])
def test_runs_show_stored_company_and_tag_names_as_a_rebuild_would(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, reader: bool
) -> None:
    with db.write() as session:
        acme = companies.add_company(session, CompanyDraft(name="ACME Trading Co., Ltd.")).id
        contacts.add_contact(session, ContactDraft(display_name="Old Friend", tags=("VIP",)))
    path = tmp_path / "people.csv"
    rows = [
        (f"Person {n}", "acme trading co., ltd.", "vip" if n % 2 else "Ｎｅｗ") for n in range(40)
    ] + [(f"Other {n}", "Brand New Ltd.", "vip") for n in range(3)]
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows([("Name", "Company", "Labels"), *rows])
    info = inspect_file(path).with_mapping(
        ColumnMapping({"Name": "display_name", "Company": "company", "Labels": "tags"})
    )
    monkeypatch.setattr(reader_process, "WORKER_MIN_BYTES", 0 if reader else 1 << 60)
    report = run_import(db, info, ImportOptions(on_duplicate="create"))
    assert report.created == 43
    with db.read() as session:
        people = contacts.list_contacts(session, limit=100)
        records = [contacts.get_contact(session, p.id) for p in people]
        firms = companies.list_companies(session, limit=10)
    assert {r.company_id for r in records if r.display_name.startswith("Person")} == {acme}
    assert sorted(f.name for f in firms) == ["ACME Trading Co., Ltd.", "Brand New Ltd."]
    assert {t for r in records for t in r.tags} == {"VIP", "Ｎｅｗ"}
    before = _documents(db)
    assert any(d[3] == "ACME Trading Co., Ltd." for d in before)
    with db.write() as session:
        search_index.rebuild_all(session.connection())
    assert _documents(db) == before


def test_a_contact_with_custom_values_and_runs_share_the_new_company(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "people.csv"
    rows = [f"Person {n},Siam Widgets,{'' if n % 3 else 'gold'}" for n in range(30)]
    path.write_text("Name,Company,Level\n" + "\n".join(rows) + "\n", encoding="utf-8")
    info = inspect_file(path).with_mapping(
        ColumnMapping({"Name": "display_name", "Company": "company", "Level": "custom:Level"})
    )
    monkeypatch.setattr(reader_process, "WORKER_MIN_BYTES", 0)
    report = run_import(db, info, ImportOptions(on_duplicate="create"))
    assert (report.created, report.error_count) == (30, 0)
    with db.read() as session:
        firms = companies.list_companies(session, limit=10)
        people = contacts.list_contacts(session, limit=100)
        linked = {contacts.get_contact(session, p.id).company_id for p in people}
    assert [f.name for f in firms] == ["Siam Widgets"]
    assert linked == {firms[0].id}
