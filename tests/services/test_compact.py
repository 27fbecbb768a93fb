"""Compacting a real SQLCipher database: smaller file, same records, search still works."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from crmdesk import compact, contacts, search
from crmdesk.db.engine import Database
from crmdesk.db.in_use import DatabaseInUse
from crmdesk.db.models import Contact
from crmdesk.records import ContactDraft, LabeledValue

ROWS = 2500
KEPT = 500


@pytest.fixture
def db(tmp_path: Path, services_template: tuple[Path, bytes]) -> Iterator[Database]:
    folder, raw_key = services_template
    shutil.copytree(folder, tmp_path / "data")
    database = Database(tmp_path / "data" / "crmdesk.db", raw_key)
    yield database
    database.close()


def fill_and_empty(db: Database) -> None:
    """Many contacts, then most of them deleted for good (and any outbox rows gone)."""
    drafts = [
        ContactDraft(
            f"Somchai Prasert {i:05d}",
            title="Purchasing manager for the northern region",
            emails=(LabeledValue(f"somchai.{i}@example.co.th", "work"),),
            tags=("lead",),
        )
        for i in range(ROWS)
    ]
    with db.write() as session:
        contacts.add_contacts(session, drafts)
    with db.write() as session:
        session.execute(
            text("DELETE FROM contacts WHERE display_name >= :first"),
            {"first": f"Somchai Prasert {KEPT:05d}"},
        )
        session.execute(text("DELETE FROM outbox"))


def test_space_report_counts_free_pages(db: Database) -> None:
    fill_and_empty(db)
    report = compact.space_of(db)
    assert report.free_pages > 0
    assert report.free_bytes == report.free_pages * report.page_size
    assert report.worth_compacting
    assert report.file_bytes >= report.pages * report.page_size


def test_compacting_shrinks_the_file_and_keeps_every_record(db: Database) -> None:
    fill_and_empty(db)
    db.raw_connection().execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    size_before = db.path.stat().st_size
    result = compact.compact_database(db)
    assert result.before.free_pages > 0
    assert result.after.free_pages == 0
    assert db.path.stat().st_size < size_before
    assert result.after.file_bytes < result.before.file_bytes
    assert result.freed_bytes == result.before.file_bytes - result.after.file_bytes
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(Contact)) == KEPT
        hits = search.search(session, "Prasert 00234")
        assert [h.title for h in hits][:1] == ["Somchai Prasert 00234"]
        assert search.search(session, "somchai.401@example")
        assert not search.search(session, "Prasert 01234")
    with db.write() as session:  # still writable: the file is a normal database again
        contacts.add_contacts(session, [ContactDraft("Malee Srisuk")])
    with db.read() as session:
        assert search.search(session, "Malee")


def test_refuses_without_enough_disk_space_and_changes_nothing(db: Database) -> None:
    fill_and_empty(db)
    before = compact.space_of(db)
    with pytest.raises(compact.NotEnoughDiskSpace) as caught:
        compact.compact_database(db, free_disk=lambda _folder: 1_000_000)
    assert "Not enough free disk space" in str(caught.value)
    assert caught.value.needed == compact.needed_space(before)
    assert compact.space_of(db).free_pages == before.free_pages


def test_compacting_a_file_is_refused_while_the_database_is_open(
    db: Database, services_template: tuple[Path, bytes]
) -> None:
    with pytest.raises(DatabaseInUse):
        compact.compact_file(db.path, services_template[1])


def test_compacting_a_closed_file(tmp_path: Path, services_template: tuple[Path, bytes]) -> None:
    folder, raw_key = services_template
    shutil.copytree(folder, tmp_path / "data")
    path = tmp_path / "data" / "crmdesk.db"
    database = Database(path, raw_key)
    fill_and_empty(database)
    database.close()
    result = compact.compact_file(path, raw_key)
    assert result.after.file_bytes < result.before.file_bytes
    reopened = Database(path, raw_key)
    try:
        with reopened.read() as session:
            assert session.scalar(select(func.count()).select_from(Contact)) == KEPT
    finally:
        reopened.close()


def test_the_message_names_both_sizes() -> None:
    error = compact.NotEnoughDiskSpace(250_000_000, 40_000_000)
    assert str(error) == (
        "Not enough free disk space to compact the database: it needs 250 MB, "
        "the disk has 40 MB. Free some space; nothing was changed."
    )
