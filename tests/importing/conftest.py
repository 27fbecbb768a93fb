"""Import test fixtures: a fresh real encrypted database per test, and the test data folder.

Each test gets a copy of one initialised vault (unlocked with its raw key), which is
much faster than creating a vault, and deriving its key, for every test.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from crmdesk.db.engine import Database
from crmdesk.vault import Vault

PASSPHRASE = "correct horse battery"
DATA = Path(__file__).resolve().parent.parent / "data"


@pytest.fixture(scope="session")
def vault_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bytes]:
    vault = Vault(tmp_path_factory.mktemp("import-template") / "vault")
    vault.init(PASSPHRASE, user_name="somchai", region="TH").close()
    return vault.data_dir, vault.raw_key(PASSPHRASE)


def _copy(template: tuple[Path, bytes], folder: Path) -> Database:
    source, key = template
    shutil.copytree(source, folder)
    return Database(Vault(folder).db_path, key)


@pytest.fixture
def db(tmp_path: Path, vault_template: tuple[Path, bytes]) -> Iterator[Database]:
    """An empty initialised database (region TH)."""
    database = _copy(vault_template, tmp_path / "vault")
    yield database
    database.close()


@pytest.fixture
def other_db(tmp_path: Path, vault_template: tuple[Path, bytes]) -> Iterator[Database]:
    """A second empty database, to compare two ways of importing the same file."""
    database = _copy(vault_template, tmp_path / "other")
    yield database
    database.close()
