"""Service test fixtures: one real encrypted database per test module."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from crmdesk.db.engine import Database
from crmdesk.vault import Vault

PASSPHRASE = "correct horse battery"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """An initialised database (region TH, currency THB) shared by one module's tests."""
    vault = Vault(tmp_path_factory.mktemp("vault"))
    database = vault.init(PASSPHRASE, user_name="somchai", region="TH", currency="THB")
    yield database
    database.close()
