"""A file read in the reader process imports exactly as one read in the importing process."""

from __future__ import annotations

import csv
import multiprocessing
import shutil
from dataclasses import asdict
from pathlib import Path
from typing import Any

import pytest
from benchmarks.bench_import import write_csv

from crmdesk import contacts
from crmdesk.db.engine import Database
from crmdesk.importing import reader_process
from crmdesk.importing.batches import ImportCancelled, ImportOptions, run_import
from crmdesk.importing.detect import inspect_file
from crmdesk.importing.report import ImportReport

from .conftest import DATA


def _write_mixed_csv(path: Path) -> None:
    """Rows of every kind: people, a ragged row, bad cells, in-file duplicates, a company."""
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(
            ["First Name", "Last Name", "Company", "E-mail Address", "Mobile Phone", "Notes"]
        )
        for n in range(250):
            w.writerow(
                [
                    ["สมชาย", "Anna", "志明"][n % 3] + str(n),
                    ["ใจดี", "Müller", "陳"][n % 3],
                    f"Company {n % 7}",
                    f"p{n % 200}@example.com",  # rows 200-249 repeat an email
                    f"+66 81 {n:03d} 1000",
                    "" if n % 4 else "Met at the fair.",
                ]
            )
        w.writerow(["Bad", "Email", "", "not-an-email", "12", ""])
        w.writerow(["Ragged", "Row", "", "r@example.com", "", "", "extra", "cells"])
        w.writerow(["", "", "Only A Company Ltd.", "", "", ""])
        w.writerow(["", "", "", "", "", ""])


def _report(report: ImportReport) -> dict[str, Any]:
    data = asdict(report)
    data.pop("batch_id")
    return data


def _contents(db: Database) -> list[tuple[Any, ...]]:
    with db.read() as session:
        rows = contacts.list_contacts(session, limit=10_000)
        records = [contacts.get_contact(session, r.id) for r in rows]
    return sorted(
        (
            r.display_name,
            r.given_name,
            r.family_name,
            r.company_name,
            tuple((e.value, e.label) for e in r.emails),
            tuple((p.number, p.e164, p.label) for p in r.phones),
            tuple(sorted(r.tags)),
        )
        for r in records
    )


_TABLES = (
    "SELECT c.display_name, c.given_name, c.family_name, c.title, c.birthday, c.source, "
    "co.name, c.sort_key FROM contacts c LEFT JOIN companies co ON co.id = c.company_id",
    "SELECT c.display_name, e.address, e.label, e.position, e.owner_id = c.owner_id "
    "FROM emails e JOIN contacts c ON c.id = e.contact_id",
    "SELECT c.display_name, p.number, p.e164, p.label, p.position FROM phones p "
    "JOIN contacts c ON c.id = p.contact_id",
    "SELECT c.display_name, a.label, a.position, a.street, a.city, a.region, a.postal_code, "
    "a.country FROM addresses a JOIN contacts c ON c.id = a.contact_id",
    "SELECT c.display_name, n.body, n.created_at = c.created_at FROM notes n "
    "JOIN contacts c ON c.id = n.entity_id",
    "SELECT c.display_name, u.url, u.label, u.position FROM contact_urls u "
    "JOIN contacts c ON c.id = u.contact_id",
    "SELECT c.display_name, x.source, x.external_id FROM external_ids x "
    "JOIN contacts c ON c.id = x.contact_id",
    "SELECT c.display_name, t.name FROM record_tags r JOIN contacts c ON c.id = r.entity_id "
    "JOIN tags t ON t.id = r.tag_id",
    "SELECT title, subtitle, name_key, keys, body FROM search_docs",
    "SELECT i.entity, i.action, c.display_name FROM import_batch_items i "
    "LEFT JOIN contacts c ON c.id = i.entity_id",
)


def _tables(db: Database) -> list[list[tuple[Any, ...]]]:
    """Every row an import writes, without its ids and times."""
    with db.read() as session:
        conn = session.connection()
        return [sorted(conn.exec_driver_sql(sql).all(), key=repr) for sql in _TABLES]


@pytest.mark.parametrize("name", ["mixed.csv", "android-contacts.vcf"])
@pytest.mark.parametrize("on_duplicate", ["skip", "create"])
def test_reader_process_imports_like_the_importing_process(
    db: Database,
    other_db: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    name: str,
    on_duplicate: Any,
) -> None:
    path = tmp_path / name
    if name == "mixed.csv":
        _write_mixed_csv(path)
    else:
        shutil.copy(DATA / name, path)
    info = inspect_file(path)
    options = ImportOptions(on_duplicate=on_duplicate)
    monkeypatch.setattr(reader_process, "WORKER_MIN_BYTES", 1 << 60)
    here = run_import(db, info, options)
    monkeypatch.setattr(reader_process, "WORKER_MIN_BYTES", 0)
    seen: list[tuple[int, int]] = []
    there = run_import(other_db, info, options, progress=lambda d, t: seen.append((d, t)))
    assert _report(there) == _report(here)
    assert here.created > 0
    if name == "mixed.csv":
        assert here.error_count == 1 and here.warning_count >= 2 and here.duplicate_count == 50
    assert _contents(other_db) == _contents(db)
    assert _tables(other_db) == _tables(db)
    assert seen[-1] == (info.size, info.size)
    assert multiprocessing.active_children() == []


def test_cancel_while_the_reader_process_reads_leaves_nothing(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reader_process, "WORKER_MIN_BYTES", 0)
    path = tmp_path / "people.csv"
    # More rows than the queue holds: the reader is still at work, or waiting to send.
    write_csv(path, 8000)
    asked = [0]

    def cancelled() -> bool:
        asked[0] += 1
        return asked[0] > 30  # after 3,000 rows, one chunk written

    with pytest.raises(ImportCancelled):
        run_import(db, inspect_file(path), ImportOptions(), cancelled=cancelled)
    assert _contents(db) == []
    with db.read() as session:
        batches = session.connection().exec_driver_sql("SELECT count(*) FROM import_batches")
        assert batches.scalar() == 0
    assert multiprocessing.active_children() == []


def test_an_error_in_the_reader_process_stops_the_import(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reader_process, "WORKER_MIN_BYTES", 0)
    path = tmp_path / "mixed.csv"
    _write_mixed_csv(path)
    info = inspect_file(path)
    path.unlink()  # gone between looking at the file and importing it
    with pytest.raises(FileNotFoundError):
        run_import(db, info, ImportOptions())
    assert _contents(db) == []
    assert multiprocessing.active_children() == []
