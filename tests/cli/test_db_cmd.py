"""``crmdesk db compact``: sizes before and after, and one clear line when it cannot run."""

from __future__ import annotations

import shutil
from collections import namedtuple
from pathlib import Path

import pytest
from sqlalchemy import text

from crmdesk import contacts
from crmdesk.db.engine import Database
from crmdesk.records import ContactDraft

from .conftest import Run

DiskUsage = namedtuple("DiskUsage", "total used free")


def _free_space(data_dir: Path, raw_key: bytes) -> None:
    """Add many contacts, then delete most of them for good: free pages in the file."""
    db = Database(data_dir / "crmdesk.db", raw_key)
    try:
        with db.write() as session:
            contacts.add_contacts(
                session, [ContactDraft(f"Anong Wattana {i:04d}") for i in range(1500)]
            )
        with db.write() as session:
            session.execute(text("DELETE FROM contacts WHERE display_name >= 'Anong Wattana 0030'"))
    finally:
        db.close()


def test_compact_prints_sizes_before_and_after(
    run: Run, data_dir: Path, cli_template: tuple[Path, bytes]
) -> None:
    _free_space(data_dir, cli_template[1])
    result = run("db", "compact")
    assert result.code == 0, result.err
    assert result.out.startswith("Compacted crmdesk.db: ")
    assert "before" in result.out and "freed" in result.out
    assert result.out.count("\n") == 1


def test_compacting_again_has_nothing_to_do(run: Run, data_dir: Path) -> None:
    assert run("db", "compact").code == 0
    mtime = (data_dir / "crmdesk.db").stat().st_mtime_ns
    again = run("db", "compact")
    assert again.code == 0
    assert again.out.endswith("has no free space to give back; nothing to do.\n")
    assert (data_dir / "crmdesk.db").stat().st_mtime_ns == mtime


def test_compact_json_reports_both_sizes(
    run: Run, data_dir: Path, cli_template: tuple[Path, bytes]
) -> None:
    _free_space(data_dir, cli_template[1])
    listed = run("contact", "list").out
    result = run("db", "compact", "--json")
    assert result.code == 0, result.err
    data = result.json()
    assert set(data) == {"before", "after", "freed_bytes"}
    assert data["after"]["free_pages"] == 0
    assert data["after"]["file_bytes"] == (data_dir / "crmdesk.db").stat().st_size
    assert run("contact", "list").out == listed


def test_compact_is_refused_while_the_database_is_open(
    run: Run, data_dir: Path, cli_template: tuple[Path, bytes]
) -> None:
    db = Database(data_dir / "crmdesk.db", cli_template[1])
    try:
        result = run("db", "compact")
    finally:
        db.close()
    assert result.code == 2
    assert result.out == ""
    assert result.err.count("\n") == 1
    assert result.err == (
        "crmdesk: crmdesk.db is open in crmdesk (the app or another command). "
        "Close it, then compact again; nothing was changed.\n"
    )


def test_compact_is_refused_without_disk_space(
    run: Run, data_dir: Path, cli_template: tuple[Path, bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    _free_space(data_dir, cli_template[1])
    before = (data_dir / "crmdesk.db").read_bytes()

    def fake_full_disk(_path: object) -> DiskUsage:  # the operating system's answer, faked
        return DiskUsage(10**9, 10**9 - 4096, 4096)

    monkeypatch.setattr(shutil, "disk_usage", fake_full_disk)
    result = run("db", "compact")
    assert result.code == 2
    assert result.err.startswith("crmdesk: Not enough free disk space to compact the database")
    assert result.err.count("\n") == 1
    assert (data_dir / "crmdesk.db").read_bytes() == before
