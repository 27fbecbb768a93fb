"""The sync interval in the Settings dialog: saved in the database and applied at once."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from crmdesk import local_settings
from crmdesk.sync import interval
from crmdesk.ui import prefs
from crmdesk.ui.ops import AppContext
from crmdesk.ui.settings_dialog import SettingsDialog
from crmdesk.ui.sync.engine import SyncController
from crmdesk.vault import Vault

PASSPHRASE = "correct horse battery"
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def ctx(tmp_path: Path, qtbot: QtBot) -> Iterator[AppContext]:
    db = Vault(tmp_path / "vault").init(PASSPHRASE, user_name="somchai", currency="THB")
    context = AppContext(db)
    yield context
    context.wait()
    db.close()


@pytest.fixture(autouse=True)
def interface(tmp_path: Path) -> Iterator[QSettings]:
    previous = prefs._current
    settings = prefs.interface_settings(tmp_path / "interface")
    prefs.use(settings)
    yield settings
    prefs._current = previous


def _open(ctx: AppContext, qtbot: QtBot) -> SettingsDialog:
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.ok_button.isEnabled)
    return dialog


def _type_minutes(dialog: SettingsDialog, qtbot: QtBot, text: str) -> None:
    dialog.sync_spin.setFocus()
    dialog.sync_spin.selectAll()
    qtbot.keyClicks(dialog.sync_spin, text)


def _save(dialog: SettingsDialog, qtbot: QtBot) -> None:
    qtbot.mouseClick(dialog.ok_button, LEFT)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def _stored(ctx: AppContext) -> str | None:
    with ctx.db.read() as session:
        return local_settings.get_value(session, interval.KEY)


def test_turning_sync_off_and_back_on_applies_at_once(ctx: AppContext, qtbot: QtBot) -> None:
    controller = SyncController(ctx)
    controller.start()
    qtbot.waitUntil(lambda: controller.automatic)
    assert controller.interval_ms() == 5 * 60 * 1000
    dialog = _open(ctx, qtbot)
    assert dialog.sync_spin.value() == interval.DEFAULT_MINUTES
    _type_minutes(dialog, qtbot, "1")
    qtbot.keyClick(dialog.sync_spin, Qt.Key.Key_Down)
    assert dialog.sync_spin.text() == "Off (only Sync Now)"
    _save(dialog, qtbot)
    assert _stored(ctx) == "0"
    qtbot.waitUntil(lambda: not controller.automatic)
    dialog = _open(ctx, qtbot)
    assert dialog.sync_spin.value() == 0
    _type_minutes(dialog, qtbot, "2")
    _save(dialog, qtbot)
    assert _stored(ctx) == "2"
    qtbot.waitUntil(lambda: controller.automatic)
    assert controller.interval_ms() == 2 * 60 * 1000
    controller.stop()


def test_with_sync_off_the_app_does_not_start_rounds_by_itself(
    ctx: AppContext, qtbot: QtBot
) -> None:
    with ctx.db.write() as session:
        interval.set_sync_interval(session, 0)
    controller = SyncController(ctx)
    rounds: list[object] = []
    controller.finished.connect(rounds.append)
    controller.start()
    qtbot.waitUntil(lambda: controller.state.status is not None)
    assert not controller.automatic
    assert rounds == []
    controller.stop()


def test_an_unreadable_interval_falls_back_to_the_default(ctx: AppContext) -> None:
    with ctx.db.write() as session:
        local_settings.set_value(session, interval.KEY, "soon")
    with ctx.db.read() as session:
        assert interval.sync_interval_minutes(session) == interval.DEFAULT_MINUTES
