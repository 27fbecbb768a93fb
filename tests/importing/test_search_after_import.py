"""After imports (creates, updates, a cancelled one) the search index equals a full rebuild."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from benchmarks.bench_import import write_csv

from crmdesk import companies, local_settings, search, tags
from crmdesk.db import search_index
from crmdesk.db.engine import Database
from crmdesk.db.types import utcnow
from crmdesk.importing import chunk_rows, reader_process, wire
from crmdesk.importing.batches import ImportOptions, run_import
from crmdesk.importing.detect import inspect_file, read_contacts
from crmdesk.importing.model import ImportedContact

from .conftest import DATA

_DOCS = "SELECT entity, entity_id, title, subtitle, name_key, keys, body FROM search_docs"


def _docs(db: Database) -> set[tuple[Any, ...]]:
    with db.read() as session:
        return {tuple(r) for r in session.connection().exec_driver_sql(_DOCS)}


def _rebuilt(db: Database) -> set[tuple[Any, ...]]:
    """The documents a full rebuild gives (in a transaction that is thrown away)."""
    with db.read() as session:
        conn = session.connection()
        conn.exec_driver_sql("DELETE FROM search_docs")
        search_index.rebuild_all(conn)
        return {tuple(r) for r in conn.exec_driver_sql(_DOCS)}


def _triggers(db: Database) -> list[tuple[str, str]]:
    with db.read() as session:
        rows = session.connection().exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name"
        )
        return [(r[0], r[1]) for r in rows]


def test_index_after_imports_and_updates_equals_a_full_rebuild(
    db: Database, tmp_path: Path
) -> None:
    triggers = _triggers(db)
    for name in ("outlook-contacts.csv", "google-contacts.csv", "apple-contacts.vcf"):
        run_import(db, inspect_file(DATA / name))
    changed = tmp_path / "changed.csv"
    changed.write_text(
        (DATA / "outlook-contacts.csv")
        .read_text(encoding="utf-8")
        .replace("Golf on Satu", "Badminton on Satu"),
        encoding="utf-8",
    )
    report = run_import(db, inspect_file(changed), ImportOptions(on_duplicate="update"))
    assert report.updated >= 1
    docs = _docs(db)
    assert len(docs) > 5
    assert docs == _rebuilt(db)
    assert _triggers(db) == triggers
    with db.read() as session:
        assert [h.title for h in search.search(session, "anantrading")] == ["Anan Sukprasert"]
        assert [h.title for h in search.search(session, "Badminton")] == ["Anan Sukprasert"]


def test_a_cancelled_import_leaves_index_and_triggers_as_they_were(
    db: Database, tmp_path: Path
) -> None:
    triggers = _triggers(db)
    run_import(db, inspect_file(DATA / "outlook-contacts.csv"), cancelled=lambda: False)
    try:
        run_import(db, inspect_file(DATA / "google-contacts.csv"), cancelled=lambda: True)
    except Exception as exc:  # ImportCancelled
        assert "cancelled" in str(exc)
    else:
        raise AssertionError("the import was not cancelled")
    assert _triggers(db) == triggers
    assert _docs(db) == _rebuilt(db)


@pytest.mark.parametrize("reader", ["this process", "reader process"])
def test_documents_written_with_imported_rows_equal_a_rebuild(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, reader: str
) -> None:
    if reader == "reader process":  # documents worked out there, for the file's names
        monkeypatch.setattr(reader_process, "WORKER_MIN_BYTES", 0)
    # A tag and a company that exist already, spelled otherwise than in the file: the
    # documents show the stored names, as a rebuild does.
    with db.write() as session:
        tags.ensure_tags(session, ["customers"])
        owner = local_settings.local_user_id(session)
        companies.find_or_create(session, "COMPANY 5 CO., LTD.", owner)
    people = tmp_path / "people.csv"
    write_csv(people, 300)
    files = [people, *sorted(p for p in DATA.iterdir() if p.suffix in (".csv", ".vcf"))]
    for path in files:
        run_import(db, inspect_file(path), ImportOptions(on_duplicate="create"))
    docs = _docs(db)
    assert len(docs) > 300
    assert docs == _rebuilt(db)
    with db.read() as session:
        hits = search.search(session, "company 5 co")
    assert hits and all(h.subtitle in (None, "COMPANY 5 CO., LTD.") for h in hits)


def test_documents_from_the_reader_equal_those_the_writer_works_out(tmp_path: Path) -> None:
    people = tmp_path / "people.csv"
    write_csv(people, 200)
    rows = [
        wire.to_row(i)
        for i in read_contacts(inspect_file(people), "TH")
        if isinstance(i, ImportedContact)
    ]
    new_id = chunk_rows.IdSource()
    ready = [chunk_rows.prepare(r, "TH", new_id) for r in rows]

    def documents(batch: list[wire.ContactRow], company: str | None) -> list[tuple[Any, ...]]:
        built = chunk_rows.build(
            batch,
            "owner",
            lambda name: name,
            tags.clean,
            "TH",
            utcnow(),
            lambda cid, names: (company or cid, tags.clean(names)),
        )
        return [d[2:] for d in built.documents]

    assert [(d[2], d[0], *d[3:]) for d in (r.document for r in ready) if d] == documents(rows, None)
    # A company stored under another spelling: the writer works the document out itself.
    shown = ("STORED NAME", tags.clean(rows[0][wire.TAGS]))
    assert (
        chunk_rows.document_of(rows[0], "x", shown, "TH")[2:]
        == documents(rows[:1], "STORED NAME")[0]
    )
    assert "stored name" in documents(rows[:1], "STORED NAME")[0][-1]
