"""Import test fixtures: a fresh real encrypted database per test, and the test data folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from crmdesk.db.engine import Database
from crmdesk.vault import Vault

PASSPHRASE = "correct horse battery"
DATA = Path(__file__).resolve().parent.parent / "data"


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    """An empty initialised database (region TH)."""
    database = Vault(tmp_path / "vault").init(PASSPHRASE, user_name="somchai", region="TH")
    yield database
    database.close()
