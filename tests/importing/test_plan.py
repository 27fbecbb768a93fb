"""The reader process decides each row (create, update, skip) exactly as the importing process.

The duplicate check runs where the file is read (importing/plan.py): against contacts
already in the database, against earlier rows of the same file, and for a card whose
UID is a contact's own id, with a copy of the duplicate index in the reader process.
"""

from __future__ import annotations

import multiprocessing
import pickle
from dataclasses import asdict
from pathlib import Path
from typing import Any

import pytest

from crmdesk import contacts
from crmdesk.db.engine import Database
from crmdesk.duplicate_keys import DuplicateIndex
from crmdesk.duplicates import read_seed
from crmdesk.importing import reader_process
from crmdesk.importing.batches import ImportOptions, run_import
from crmdesk.importing.detect import inspect_file
from crmdesk.importing.plan import SlotIds
from crmdesk.importing.report import ImportReport
from crmdesk.records import ContactDraft, LabeledValue

from .test_reader_process import _tables, _write_mixed_csv


def _names(db: Database) -> dict[str, str]:
    with db.read() as session:
        return {r.id: r.display_name for r in contacts.list_contacts(session, limit=10_000)}


def _report(db: Database, report: ImportReport) -> dict[str, Any]:
    """The report with the ids of existing contacts as their names (ids differ by database)."""
    names = _names(db)
    data = asdict(report)
    data.pop("batch_id")
    for found in data["duplicates"]:
        found["existing_id"] = names.get(found["existing_id"], found["existing_id"])
    return data


def _first_rows(path: Path, target: Path, rows: int) -> None:
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    target.write_text("".join(lines[: rows + 1]), encoding="utf-8")


@pytest.mark.parametrize("on_duplicate", ["update", "merge", "skip"])
def test_reader_process_decides_like_the_importing_process_against_existing_contacts(
    db: Database,
    other_db: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    on_duplicate: Any,
) -> None:
    path = tmp_path / "mixed.csv"
    _write_mixed_csv(path)
    first = tmp_path / "first.csv"
    _first_rows(path, first, 120)
    monkeypatch.setattr(reader_process, "WORKER_MIN_BYTES", 1 << 60)
    for database in (db, other_db):
        run_import(database, inspect_file(first))
    info = inspect_file(path)
    # One choice by line: line 30 (a row already in the database) is created anyway.
    options = ImportOptions(on_duplicate=on_duplicate, decisions={30: "create"})
    here = run_import(db, info, options)
    monkeypatch.setattr(reader_process, "WORKER_MIN_BYTES", 0)
    there = run_import(other_db, info, options)
    assert _report(other_db, there) == _report(db, here)
    # Rows 1-120 match the database; rows 200-249 repeat emails of rows 0-49.
    assert here.duplicate_count >= 120
    if on_duplicate == "skip":
        assert here.updated == 0 and here.skipped >= 119
    else:
        assert here.updated >= 119
    assert {d.action for d in here.duplicates if d.line == 30} == {"create"}
    assert _tables(other_db) == _tables(db)
    assert multiprocessing.active_children() == []


def test_a_card_whose_uid_is_a_contacts_own_id_updates_it_in_the_reader_process(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with db.write() as session:
        cid = contacts.add_contact(
            session,
            ContactDraft(display_name="Somchai Jaidee", emails=(LabeledValue("s@example.th"),)),
        ).id
    card = tmp_path / "exported.vcf"
    card.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Somchai J.\r\nN:J.;Somchai;;;\r\n"
        f"UID:{cid}\r\nTITLE:Director\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(reader_process, "WORKER_MIN_BYTES", 0)
    report = run_import(db, inspect_file(card))
    assert (report.created, report.updated) == (0, 1)
    assert [(d.existing_id, d.reason) for d in report.duplicates] == [(cid, "same UID")]
    with db.read() as session:
        assert contacts.get_contact(session, cid).title == "Director"


def test_a_seed_sent_to_another_process_builds_an_index_that_finds_the_same_contacts(
    db: Database,
) -> None:
    with db.write() as session:
        cid = contacts.add_contact(
            session,
            ContactDraft(display_name="Malee Jaidee", emails=(LabeledValue("m@example.th"),)),
        ).id
    with db.read() as session:
        seed = read_seed(session)
    # A KeyTable holds this process's hash() values: it must not travel.
    with pytest.raises(TypeError, match="cannot be pickled"):
        pickle.dumps(DuplicateIndex.from_seed(seed))
    ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(1) as pool:
        hits = pool.apply(_match_elsewhere, (pickle.dumps(seed), cid))
    assert hits == [(cid, "same email M@example.th"), (cid, "same UID"), None]


def _match_elsewhere(seed: bytes, cid: str) -> list[tuple[str, str] | None]:
    """In another process (another hash seed): the index built there, asked three ways."""
    index = DuplicateIndex.from_seed(pickle.loads(seed))
    asks = (
        index.match(uid=None, emails=["M@example.th"], e164s=[], display_name="X", company=None),
        index.match(uid=f"uid:{cid}", emails=[], e164s=[], display_name="X", company=None),
        index.match(uid="uid:" + "0" * 32, emails=[], e164s=[], display_name="X", company=None),
    )
    return [(h.contact_id, h.reason) if h else None for h in asks]


@pytest.mark.parametrize(
    "ids",
    [
        ["01a2" * 8, "01b3" * 8, "ffff" * 8],
        ["01a2" * 8, "legacy-7", "ABCDEF0123456789ABCDEF0123456789"],
        ["0" * 32, "01a2" * 8],
    ],
)
def test_slot_ids_take_a_run_as_they_take_each_id(ids: list[str]) -> None:
    one_by_one, at_once = SlotIds(10), SlotIds(10)
    for slot, cid in enumerate(ids, 12):
        one_by_one.resolve(slot, cid)
    at_once.resolve_run(12, ids)
    for slot in range(10, 16):
        assert at_once.contact_id(slot) == one_by_one.contact_id(slot)
    assert [at_once.contact_id(s) for s in range(12, 12 + len(ids))] == ids
