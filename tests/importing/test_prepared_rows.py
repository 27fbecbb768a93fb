"""Contacts prepared by the reader process make the rows ``chunk_rows.build`` makes."""

from __future__ import annotations

import json
import pickle
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, cast

import pytest
from sqlalchemy import Table
from sqlalchemy.dialects.sqlite.pysqlite import SQLiteDialect_pysqlite

from crmdesk import tags
from crmdesk.db.engine import Database
from crmdesk.db.models import (
    Address,
    Base,
    Contact,
    ContactUrl,
    Email,
    ExternalId,
    ImportBatchItem,
    Note,
    Phone,
)
from crmdesk.duplicates import company_key, name_key
from crmdesk.importing import chunk_rows, wire
from crmdesk.importing.batches import ImportOptions, _page_cache, run_import
from crmdesk.importing.detect import inspect_file, read_contacts
from crmdesk.importing.model import ImportedContact
from crmdesk.text import sort_key
from crmdesk.validation import ValidationError

from .conftest import DATA
from .test_reader_process import _write_mixed_csv

_OWNER = "0" * 32
_NOW = datetime(2026, 1, 2, 3, 4, 5, 6, tzinfo=UTC)
_DIALECT = SQLiteDialect_pysqlite()


def _counter() -> Callable[[], str]:
    n = [0]

    def new_id() -> str:
        n[0] += 1
        return f"{n[0]:032x}"

    return new_id


def _rows(path: Path) -> list[wire.ContactRow]:
    rows = [
        wire.to_row(i)
        for i in read_contacts(inspect_file(path), "TH")
        if isinstance(i, ImportedContact) and not i.company_only
    ]
    first = rows[0]
    # A birthday, web addresses and a UID on the first row, whatever the file has.
    return [
        (
            *first[: wire.BIRTHDAY],
            date(979, 3, 2),
            *first[wire.BIRTHDAY + 1 : wire.URLS],
            ("https://example.com/a", "https://b.example"),
            first[wire.PHOTO],
            "card-1",
            *first[wire.CUSTOM :],
        ),
        *rows[1:],
    ]


def _sent(model: type[Base], keys: tuple[str, ...], row: tuple[Any, ...]) -> dict[str, Any]:
    """A ``build`` row as ``bulk.insert_tuples`` sends it (bind-processed), by column."""
    table = cast(Table, model.__table__)
    out = {}
    for k, v in zip(keys, row, strict=True):
        process = table.c[k].type.dialect_impl(_DIALECT).bind_processor(_DIALECT)
        out[k] = process(v) if process and v is not None else v
    return out


def _decoded(keys: tuple[str, ...], text: str, tail: list[Any]) -> list[dict[str, Any]]:
    if not text:
        return []
    filler = ",".join(json.dumps(v) for v in tail)
    return [
        dict(zip(keys, r, strict=True))
        for r in json.loads(f"[{text}]".replace(chunk_rows.TAIL, filler))
    ]


def _without_ids(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{k: v for k, v in r.items() if k != "id"} for r in rows]


@pytest.mark.parametrize(
    "name", ["mixed.csv", "android-contacts.vcf", "google-contacts.csv", "vcard4-chinese.vcf"]
)
def test_prepared_rows_equal_the_rows_build_makes(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    if name == "mixed.csv":
        _write_mixed_csv(path)
    else:
        path.write_bytes((DATA / name).read_bytes())
    checked = 0
    for row in _rows(path):
        try:
            built = chunk_rows.build(
                [row],
                _OWNER,
                lambda company: company,
                tags.clean,
                "TH",
                _NOW,
                lambda company, names: (company, tags.clean(names)),
                _counter(),
            )
        except ValidationError:
            with pytest.raises(ValidationError):
                chunk_rows.prepare(row, "TH", _counter())
            continue
        item = chunk_rows.prepare(row, "TH", _counter())
        checked += 1
        assert item.row == row
        cid = built.ids[0]
        assert item.contact_id == cid
        contact = _sent(Contact, chunk_rows.CONTACT_KEYS, built.contacts[0])
        company = contact["company_id"]
        ours = json.loads(f"{item.contact},null,null,null,null,null]")
        assert dict(zip(chunk_rows.NEW_CONTACT_KEYS[:7], ours, strict=False)) == {
            k: contact[k] for k in chunk_rows.NEW_CONTACT_KEYS[:7]
        }
        assert item.company == company
        for model, keys, new_keys, text, rows, tail in (
            (Email, chunk_rows.EMAIL_KEYS, chunk_rows.NEW_EMAIL_KEYS, item.emails_json,
             built.emails, [_OWNER]),
            (Phone, chunk_rows.PHONE_KEYS, chunk_rows.NEW_PHONE_KEYS, item.phones_json,
             built.phones, [_OWNER]),
            (Address, chunk_rows.ADDRESS_KEYS, chunk_rows.NEW_ADDRESS_KEYS, item.addresses_json,
             built.addresses, [_OWNER]),
            (Note, chunk_rows.NOTE_KEYS, chunk_rows.NEW_NOTE_KEYS, item.notes_json,
             built.notes, [_OWNER, contact["created_at"], contact["updated_at"]]),
            (ContactUrl, chunk_rows.URL_KEYS, chunk_rows.NEW_URL_KEYS, item.urls_json,
             built.urls, [_OWNER]),
            (ExternalId, chunk_rows.EXTERNAL_ID_KEYS, chunk_rows.NEW_EXTERNAL_ID_KEYS,
             item.external_ids_json, built.external_ids, [_OWNER]),
        ):  # fmt: skip
            assert _without_ids(_decoded(new_keys, text, tail)) == _without_ids(
                [_sent(model, keys, r) for r in rows]
            ), model.__tablename__
        assert (item.photo is None) == (not built.photos)
        if item.photo:
            assert item.photo[1:] == (cid, *built.photos[0][3:])
        if row[wire.CUSTOM]:
            assert item.document is None and not built.documents
        else:
            assert item.document is not None
            doc = built.documents[0]
            assert ("contact", cid, item.document[2], item.document[0], *item.document[3:]) == doc
            assert item.document[1] == tags.clean(row[wire.TAGS])
            assert chunk_rows.document_of(row, cid, (company, item.document[1]), "TH") == doc
        # The duplicate check's keys, as the index would work them out.
        assert item.name_key == name_key(row[wire.DISPLAY])
        assert item.company_key == company_key(row[wire.COMPANY])
        assert item.emails == tuple(v for v, _ in row[wire.EMAILS])
        assert item.uid_key == (f"uid:{row[wire.UID]}" if row[wire.UID] else None)
        assert item.changes == 2 + sum(
            len(row[k])
            for k in (wire.EMAILS, wire.PHONES, wire.ADDRESSES, wire.TAGS, wire.NOTES, wire.URLS)
        )
        assert pickle.loads(pickle.dumps(item)) == item
    assert checked > 0


def test_an_imported_birthday_is_stored_as_the_orm_stores_it(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "born.csv"
    path.write_text("Name,Birthday\nMalee Born,1979-03-22\n", encoding="utf-8")
    report = run_import(db, inspect_file(path), ImportOptions())
    assert report.created == 1
    with db.read() as session:
        stored = session.connection().exec_driver_sql("SELECT birthday FROM contacts").scalar()
        assert stored == "1979-03-22"
        items = session.connection().exec_driver_sql(
            "SELECT entity, action FROM import_batch_items"
        )
        assert items.all() == [("contact", "created")]
    assert ImportBatchItem.__tablename__ == "import_batch_items"


def test_the_page_cache_is_larger_during_an_import_and_restored_after(db: Database) -> None:
    with db.write() as session:
        conn = session.connection()
        before = conn.exec_driver_sql("PRAGMA cache_size").scalar()
        with _page_cache(session, 65536):
            assert conn.exec_driver_sql("PRAGMA cache_size").scalar() == -65536
        assert conn.exec_driver_sql("PRAGMA cache_size").scalar() == before


@pytest.mark.parametrize(
    "cells",
    [
        ("Acme Co., Ltd.", " Acme Co., Ltd. ", "Acme Co., Ltd.", "ACME"),
        ("บริษัท ใจดี จำกัด", "  บริษัท ใจดี จำกัด", "เอกชัย", "บริษัท ใจดี จำกัด"),
        ("  ", "", "北京公司", "  ", "北京公司"),
    ],
)
def test_a_company_named_again_gets_the_keys_it_got_the_first_time(cells: tuple[str, ...]) -> None:
    # prepare works a company cell's keys out once and reuses them: every repeat of a
    # cell (and cells differing only in spaces) must get what working them out gives.
    first = _rows(DATA / "google-contacts.csv")[0]
    new_id = _counter()
    for cell in cells:
        row = (*first[: wire.COMPANY], cell, *first[wire.COMPANY + 1 :])
        item = chunk_rows.prepare(row, "TH", new_id)
        stripped = cell.strip() or None
        assert item.company == stripped
        assert item.company_key == company_key(cell)
        assert item.company_sort_key == (sort_key(stripped) if stripped else "")
        if item.document is not None:
            assert item.document[0] == stripped
