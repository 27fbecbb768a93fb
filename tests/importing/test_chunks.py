"""A file longer than one write chunk: rows matching earlier rows, written or still pending."""

from __future__ import annotations

from pathlib import Path

import pytest

from crmdesk import contacts, search
from crmdesk.db.engine import Database
from crmdesk.importing import batches
from crmdesk.importing.batches import ImportOptions, run_import
from crmdesk.importing.detect import inspect_file
from crmdesk.importing.mapping import ColumnMapping


def test_rows_matching_earlier_rows_update_them_across_chunks(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(batches, "_CHUNK", 3)
    path = tmp_path / "people.csv"
    path.write_text(
        "Name,E-mail Address,Job Title\n"
        "Anan Sukprasert,anan@example.co.th,\n"
        "Malee Jaidee,malee@example.co.th,\n"
        "Wichai Rakthai,wichai@example.co.th,\n"
        "Priya Raman,priya@example.in,\n"
        "Anan Sukprasert,anan@example.co.th,Director\n"  # written in the first chunk
        "Priya R.,priya@example.in,Buyer\n",  # still waiting in the second
        encoding="utf-8",
    )
    info = inspect_file(path).with_mapping(
        ColumnMapping({"Name": "display_name", "E-mail Address": "email", "Job Title": "title"})
    )
    report = run_import(db, info, ImportOptions(on_duplicate="update"))
    assert (report.created, report.updated, report.errors) == (4, 2, [])
    assert [(d.line, d.existing_id) for d in report.duplicates][1] == (7, "pending:5")
    assert report.duplicates[0].line == 6 and not report.duplicates[0].existing_id.startswith("p")
    with db.read() as session:
        people = {r.display_name: r for r in contacts.list_contacts(session, limit=10)}
        assert set(people) == {"Anan Sukprasert", "Malee Jaidee", "Wichai Rakthai", "Priya R."}
        assert contacts.get_contact(session, people["Anan Sukprasert"].id).title == "Director"
        assert contacts.get_contact(session, people["Priya R."].id).title == "Buyer"
        assert [h.title for h in search.search(session, "priya@example")] == ["Priya R."]


def test_report_lists_the_first_details_and_counts_them_all(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from crmdesk.importing import report as report_module

    monkeypatch.setattr(report_module, "DETAIL_CAP", 2)
    path = tmp_path / "same.csv"
    path.write_text(
        "Name,E-mail Address\n" + "".join(f"Anan {n},anan@example.co.th\n" for n in range(6)),
        encoding="utf-8",
    )
    info = inspect_file(path).with_mapping(
        ColumnMapping({"Name": "display_name", "E-mail Address": "email"})
    )
    report = run_import(db, info)
    assert (report.created, report.skipped) == (1, 5)
    assert (report.duplicate_count, len(report.duplicates)) == (5, 2)
    assert [d.line for d in report.duplicates] == [3, 4]
