"""An imported file reaches a second laptop through a real server (set-based outbox rows)."""

from __future__ import annotations

from pathlib import Path

import pytest
from benchmarks.bench_import import write_csv
from tests.sync.conftest import (
    MakeLaptop,
    RunningServer,
    assert_equal_to_server,
    local_rows,
)
from tests.sync.helpers import add_contact

from crmdesk.importing import batches
from crmdesk.importing.batches import ImportOptions, run_import
from crmdesk.importing.detect import inspect_file


def test_imported_contacts_reach_the_users_other_laptop(
    sqlite_server: RunningServer,
    make_laptop: MakeLaptop,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(batches, "_CHUNK", 400)  # two chunks, several transactions each
    sqlite_server.add_user("anna")
    office = make_laptop(sqlite_server, "office", "anna")
    home = make_laptop(sqlite_server, "home", "anna")
    add_contact(office.db, "Typed Before The Import")  # a small transaction first
    path = tmp_path / "people.csv"
    write_csv(path, 600)
    report = run_import(office.db, inspect_file(path), ImportOptions())
    assert report.created == 600
    office.sync.sync_once()
    assert office.sync.status().pending == 0
    home.sync.sync_once()
    mine, theirs = local_rows(office.db), local_rows(home.db)
    assert sum(1 for table, _ in theirs if table == "contacts") == 601
    assert {k for k in mine if k[0] != "pipeline_stages"} <= set(theirs)
    for key, row in mine.items():
        if key[0] != "pipeline_stages":
            assert theirs[key] == row, key
    assert_equal_to_server(office, sqlite_server.store)
    assert_equal_to_server(home, sqlite_server.store)
