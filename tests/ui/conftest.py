"""GUI test fixtures: a real encrypted vault in tmp_path, its AppContext, and a main window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot
from tests.conftest import PASSPHRASE

from crmdesk.db.engine import Database
from crmdesk.ui import i18n, prefs
from crmdesk.ui.main_window import MainWindow
from crmdesk.ui.ops import AppContext
from crmdesk.vault import Vault


@pytest.fixture
def vault(tmp_path: Path) -> Vault:
    return Vault(tmp_path / "data")


@pytest.fixture
def settings(vault: Vault) -> QSettings:
    s = prefs.interface_settings(vault.data_dir)
    prefs.use(s)
    return s


@pytest.fixture
def db(vault: Vault) -> Iterator[Database]:
    database = vault.init(PASSPHRASE, region="TH")
    yield database
    database.close()


@pytest.fixture
def ctx(db: Database) -> Iterator[AppContext]:
    context = AppContext(db)
    yield context
    context.wait()


@pytest.fixture
def window(ctx: AppContext, vault: Vault, settings: QSettings, qtbot: QtBot) -> MainWindow:
    win = MainWindow(ctx, settings, vault=vault)
    qtbot.addWidget(win)
    win.show()
    return win


@pytest.fixture(autouse=True)
def _english_afterwards() -> Iterator[None]:
    """A test that switches language must not leave its translators to the next test."""
    yield
    i18n.install("en")
