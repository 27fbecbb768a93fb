"""Every file in tests/data imports with its expected counts, names, and reported problems."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from crmdesk import contacts
from crmdesk.db.engine import Database
from crmdesk.db.models import ContactPhoto, ContactUrl, Note
from crmdesk.importing.batches import ImportOptions, run_import
from crmdesk.importing.detect import UnreadableFile, inspect_file

from .conftest import DATA

# file: (created contacts, companies created, error lines, some display names expected)
EXPECTED: dict[str, tuple[int, int, list[int], set[str]]] = {
    "apple-contacts.vcf": (1, 1, [], {"Napat Chaiyaporn"}),
    "android-contacts.vcf": (3, 0, [], {"Kittipong Wongsa", "มาลี ศรีสุข", "Somsak"}),
    "outlook-2.1-qp.vcf": (1, 0, [], {"Jürgen Müller"}),
    "vcard4-chinese.vcf": (1, 0, [], {"陳志明"}),
    "evolution-john-doe.vcf": (1, 0, [], {"Mr. John Richter, James Doe Sr."}),
    "gmail-list.vcf": (3, 0, [], {"Arnold Smith", "Chris Beatle", "Doug White"}),
    "truncated.vcf": (1, 0, [6], {"Complete Card"}),
    "google-contacts.csv": (3, 0, [], {"Priya Raman", "王小明", "+66 82 000 1111"}),
    "outlook-contacts.csv": (2, 1, [], {"Anan Sukprasert", "Tanaka"}),
    "thai-excel-cp874.csv": (4, 0, [], {"สมชาย ใจดี", "สมหญิง รักไทย", "วิชัย ศรีสุข", "ประยุทธ์"}),
    "chinese-excel-big5.csv": (3, 0, [], {"陳志明", "林淑芬", "王大同"}),
    "semicolon-bom.csv": (3, 0, [], {"Jürgen Müller", "Anaïs Lefèvre", "Søren"}),
    "ragged.csv": (4, 0, [3], {"Alice Adams", "Carol Chen", "Dan Dare", "Eve Evans"}),
}


def _names(db: Database) -> set[str]:
    with db.read() as session:
        return {r.display_name for r in contacts.list_contacts(session, limit=1000)}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_file_imports_with_expected_result(db: Database, name: str) -> None:
    created, companies, error_lines, names = EXPECTED[name]
    report = run_import(db, inspect_file(DATA / name))
    assert report.created == created
    assert report.companies_created == companies
    assert [e.line for e in report.errors] == error_lines
    assert names <= _names(db)
    assert len(_names(db)) == created


def test_dry_run_counts_without_writing(db: Database) -> None:
    report = run_import(db, inspect_file(DATA / "ragged.csv"), ImportOptions(dry_run=True))
    assert (report.created, report.batch_id) == (4, None)
    assert report.errors[0].reason.startswith("row has 5 fields")
    assert report.warnings[0].line == 5
    assert _names(db) == set()


def test_apple_card_keeps_labels_photo_birthday_tags_and_url(db: Database) -> None:
    run_import(db, inspect_file(DATA / "apple-contacts.vcf"))
    with db.read() as session:
        (row,) = contacts.list_contacts(session)
        rec = contacts.get_contact(session, row.id)
        mime, data = session.execute(select(ContactPhoto.mime, ContactPhoto.data)).one()
        urls = session.scalars(select(ContactUrl.url)).all()
        bodies = session.scalars(select(Note.body).where(Note.entity_id == row.id)).all()
    assert rec.company_name == "Siam Logistics Co., Ltd."
    assert (rec.emails[0].value, rec.emails[0].label) == ("napat@siamlogistics.co.th", "other")
    assert ("02 555 0102", "office direct") in [(p.number, p.label) for p in rec.phones]
    assert rec.birthday is not None and (rec.birthday.month, rec.birthday.day) == (4, 15)
    assert set(rec.tags) == {"Customers", "VIP"}
    assert mime == "image/png" and data.startswith(b"\x89PNG")
    assert urls == ["https://siamlogistics.co.th"]
    assert "Department: Sales" in bodies


def test_quoted_printable_with_windows_charset_is_decoded(db: Database) -> None:
    run_import(db, inspect_file(DATA / "outlook-2.1-qp.vcf"))
    with db.read() as session:
        (row,) = contacts.list_contacts(session)
        rec = contacts.get_contact(session, row.id)
        bodies = session.scalars(select(Note.body)).all()
    assert rec.addresses[0].street == "Hauptstraße 5"
    assert rec.company_name == "Müller & Söhne GmbH"
    assert "Erster Kontakt auf der Messe.\nMag Kaffee mit Milch." in bodies


def test_unreadable_files_are_refused_with_a_reason(tmp_path: Path) -> None:
    with pytest.raises(UnreadableFile, match="binary"):
        inspect_file(DATA / "garbage.bin")
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    with pytest.raises(UnreadableFile, match="empty"):
        inspect_file(empty)
    json_file = tmp_path / "contacts.json"
    json_file.write_text('{"contacts": []}')
    with pytest.raises(UnreadableFile, match="JSON"):
        inspect_file(json_file)


def test_encodings_are_detected_and_the_unsure_case_offers_choices(tmp_path: Path) -> None:
    assert inspect_file(DATA / "thai-excel-cp874.csv").encoding.encoding == "cp874"
    assert inspect_file(DATA / "chinese-excel-big5.csv").encoding.encoding == "cp950"
    assert inspect_file(DATA / "semicolon-bom.csv").encoding.encoding == "utf-8-sig"
    assert inspect_file(DATA / "semicolon-bom.csv").dialect.delimiter == ";"
    utf16 = tmp_path / "u16.csv"
    utf16.write_bytes("Name,Email\r\nสมชาย,s@example.com\r\n".encode("utf-16"))
    assert inspect_file(utf16).encoding.encoding == "utf-16"
    short = tmp_path / "short.csv"
    short.write_bytes("Name,Note\r\n张伟,x\r\n".encode("gbk"))
    guess = inspect_file(short).encoding
    assert not guess.sure and guess.alternatives
    chosen = inspect_file(short).with_encoding("gbk")
    assert chosen.preview[0][0] == "张伟"
