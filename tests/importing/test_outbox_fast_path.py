"""The import's set-based change capture writes the outbox rows the capture triggers would."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
from benchmarks.bench_import import write_csv
from tests.sync.helpers import add_contact

from crmdesk import local_settings
from crmdesk.db import set_capture
from crmdesk.db.capture import enable_capture
from crmdesk.db.engine import Database
from crmdesk.db.models import ImportBatch
from crmdesk.importing import batches
from crmdesk.importing.batches import ImportOptions, _Writer, run_import
from crmdesk.importing.detect import inspect_file, read_contacts
from crmdesk.importing.model import ImportedContact
from crmdesk.sync import local_state
from crmdesk.sync.protocol import MAX_BATCH
from crmdesk.vault import Vault

_ID = re.compile(r"^[0-9a-f]{32}$")
_TIME = re.compile(r"^\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d")


def _items(path: Path) -> list[ImportedContact]:
    items = [i for i in read_contacts(inspect_file(path), "TH") if isinstance(i, ImportedContact)]
    # Something of every kind a chunk writes: web addresses and a second email too.
    first = items[0]
    items[0] = ImportedContact(
        first.line, first.draft, first.notes, ("https://example.com/a", "https://b.example")
    )
    return items


def _write(db: Database, items: list[ImportedContact], *, set_based: bool) -> list[tuple[Any, ...]]:
    """Write the items as an import does; the outbox rows that came of it."""
    before = len(_outbox(db))
    with db.write() as session:
        batch = ImportBatch(source_name="t.csv", file_format="csv")
        session.add(batch)
        session.flush()
        owner = local_settings.local_user_id(session)
        writer = _Writer(session, batch.id, owner, db.clock if set_based else None)
        for slot, item in enumerate(items):
            writer.create(slot, item)
        writer.flush()
    return _outbox(db)[before:]


def _outbox(db: Database) -> list[tuple[Any, ...]]:
    with db.engine.connect() as conn:
        return list(
            conn.exec_driver_sql(
                "SELECT change_id, tx_id, entity, row_id, op, fields, hlc, device_id "
                "FROM outbox ORDER BY counter"
            ).all()
        )


def _normalised(rows: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """The rows with ids named by first appearance and timestamps blanked."""
    names: dict[str, str] = {}

    def name(value: Any) -> Any:
        if isinstance(value, str) and _ID.match(value):
            return names.setdefault(value, f"id{len(names)}")
        if isinstance(value, str) and _TIME.match(value):
            return "<time>"
        return value

    txs: dict[str, int] = {}
    out = []
    for _change, tx, entity, row_id, op, fields, _hlc, device in rows:
        data = {k: name(v) for k, v in json.loads(fields).items()}
        out.append((txs.setdefault(tx, len(txs)), entity, name(row_id), op, data, device))
    return out


@pytest.fixture
def second_db(tmp_path: Path, vault_template: tuple[Path, bytes]) -> Any:
    source, key = vault_template
    copy = tmp_path / "second"
    shutil.copytree(source, copy)
    database = Database(Vault(copy).db_path, key)
    yield database
    database.close()


def test_set_based_outbox_rows_equal_the_trigger_rows(
    db: Database, second_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(batches, "_CHUNK", 40)  # three chunks
    enable_capture(db)
    enable_capture(second_db)
    path = tmp_path / "people.csv"
    write_csv(path, 100)
    items = _items(path)
    by_triggers = _write(db, items, set_based=False)
    set_based = _write(second_db, items, set_based=True)
    assert {r[2] for r in by_triggers} >= {
        "companies",
        "contacts",
        "emails",
        "phones",
        "addresses",
        "record_tags",
        "notes",
        "contact_urls",
    }
    assert _normalised(set_based) == _normalised(by_triggers)
    # An outbox transaction for the new tags, then one a chunk (40 contacts).
    assert len({r[1] for r in set_based}) == 4
    change_ids = [r[0] for r in set_based]
    assert len(set(change_ids)) == len(change_ids)
    assert all(_ID.match(c) and c[12] == "7" and c[16] in "89ab" for c in change_ids)
    hlcs = [r[6] for r in set_based]
    assert hlcs == sorted(hlcs) and len(set(hlcs)) == len(hlcs)


def test_changes_after_an_import_get_later_timestamps(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "people.csv"
    write_csv(path, 30)
    enable_capture(db)
    run_import(db, inspect_file(path), ImportOptions())
    add_contact(db, "Later Person")
    rows = _outbox(db)
    hlcs = [r[6] for r in rows]
    assert rows[-1][2] == "contacts" and hlcs[-1] > max(hlcs[:-1])
    assert hlcs == sorted(hlcs) and len(set(hlcs)) == len(hlcs)


def test_no_outbox_rows_while_capture_is_paused(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "people.csv"
    write_csv(path, 30)
    items = _items(path)
    enable_capture(db)
    before = _outbox(db)
    with db.write() as session:
        raw = set_capture.raw_connection(session.connection())
        raw.capture = False
        try:
            batch = ImportBatch(source_name="t.csv", file_format="csv")
            session.add(batch)
            session.flush()
            writer = _Writer(session, batch.id, local_settings.local_user_id(session), db.clock)
            for slot, item in enumerate(items):
                writer.create(slot, item)
            writer.flush()
            assert raw.capture is False
        finally:
            raw.capture = True
    assert _outbox(db) == before
    with db.read() as session:
        count = session.connection().exec_driver_sql("SELECT count(*) FROM contacts").scalar()
    assert count == 30


def _uploads(rows: list[tuple[Any, ...]], limit: int = MAX_BATCH) -> list[list[tuple[Any, ...]]]:
    """The batches ``local_state.next_batch`` takes, one after the other."""
    out, start = [], 0
    while start < len(rows):
        batch = rows[start : start + limit]
        if len(batch) == limit:
            last = batch[-1][1]
            end = start + limit
            while end < len(rows) and rows[end][1] == last:
                end += 1
            batch = rows[start:end]
        out.append(batch)
        start += len(batch)
    return out


def test_an_imported_chunk_uploads_in_batches_the_server_accepts(
    db: Database, tmp_path: Path
) -> None:
    enable_capture(db)
    add_contact(db, "Edited Before The Import")  # a small transaction first
    path = tmp_path / "people.csv"
    write_csv(path, 600)  # one chunk of about 4,000 changes
    run_import(db, inspect_file(path), ImportOptions())
    rows = _outbox(db)
    assert len(rows) > 3000
    # Each transaction's rows follow one another, and none is bigger than 1,500.
    order = [tx for i, (_c, tx, *_rest) in enumerate(rows) if i == 0 or rows[i - 1][1] != tx]
    assert len(order) == len(set(order))
    assert max(sum(1 for r in rows if r[1] == tx) for tx in order) <= 1500
    for batch in _uploads(rows):
        # The server's rule (sync/server.py upload): more than 2,000 only as one transaction.
        assert len(batch) <= MAX_BATCH * 4 or len({r[1] for r in batch}) == 1
    with db.engine.connect() as conn:
        first = local_state.next_batch(conn)
    assert [c["change_id"] for c in first] == [r[0] for r in _uploads(rows)[0]]
