"""Backup test fixtures: a real encrypted data folder with mixed-language records."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from crmdesk import contacts, notes
from crmdesk.db.engine import Database
from crmdesk.records import ContactDraft, LabeledValue
from crmdesk.vault import Vault

PASSPHRASE = "correct horse battery"
BANGKOK = timezone(timedelta(hours=7))
NAMES = ("สมชาย ใจดี", "王小明", "Alice Walker", "นภา ศรีสุข", "陳美玲", "Bob O'Neil")


def at(day: int, hour: int = 12, minute: int = 30, month: int = 11) -> datetime:
    """A moment in November 2026, Bangkok time."""
    return datetime(2026, month, day, hour, minute, tzinfo=BANGKOK)


def fill(db: Database, count: int, start: int = 0) -> None:
    """Add ``count`` contacts (with companies, emails and a note each)."""
    with db.write() as session:
        for i in range(start, start + count):
            record = contacts.add_contact(
                session,
                ContactDraft(
                    display_name=f"{NAMES[i % len(NAMES)]} {i}",
                    company_name=f"บริษัท {i % 7} จำกัด",
                    emails=(LabeledValue(f"person{i}@example.com", "work"),),
                ),
            )
            notes.add_note(session, "contact", record.id, f"พบกันที่งาน {i} — 会议记录")


@pytest.fixture(scope="session")
def _template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bytes]:
    folder = tmp_path_factory.mktemp("template") / "data"
    db = Vault(folder).init(PASSPHRASE, user_name="somchai", region="TH", currency="THB")
    fill(db, 60)
    db.close()
    return folder, Vault(folder).raw_key(PASSPHRASE)


@pytest.fixture
def vault(_template: tuple[Path, bytes], tmp_path: Path) -> Vault:
    """A fresh copy of an initialised data folder holding 60 contacts."""
    folder = tmp_path / "data"
    shutil.copytree(_template[0], folder)
    return Vault(folder)


@pytest.fixture
def raw_key(_template: tuple[Path, bytes]) -> bytes:
    """The copies' database key (unwrapped once: Argon2 is slow on purpose)."""
    return _template[1]


@pytest.fixture
def db(vault: Vault, raw_key: bytes) -> Iterator[Database]:
    database = Database(vault.db_path, raw_key)
    yield database
    database.close()
