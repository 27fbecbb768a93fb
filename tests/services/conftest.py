"""Service test fixtures: one real encrypted database per test module."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from crmdesk.db.engine import Database
from crmdesk.vault import Vault

PASSPHRASE = "correct horse battery"


@pytest.fixture(scope="session")
def services_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bytes]:
    """An initialised, closed data folder (region TH, currency THB, user somchai) and its key."""
    vault = Vault(tmp_path_factory.mktemp("services-template") / "data")
    vault.init(PASSPHRASE, user_name="somchai", region="TH", currency="THB").close()
    return vault.data_dir, vault.raw_key(PASSPHRASE)


@pytest.fixture(scope="module")
def db(
    tmp_path_factory: pytest.TempPathFactory, services_template: tuple[Path, bytes]
) -> Iterator[Database]:
    """A copy of the initialised database, shared by one module's tests."""
    folder, raw_key = services_template
    copy = tmp_path_factory.mktemp("vault") / "data"
    shutil.copytree(folder, copy)
    database = Database(copy / "crmdesk.db", raw_key)
    yield database
    database.close()
