"""The Backup & Restore page, used like a user would: back up, see the list, restore."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from crmdesk import contacts
from crmdesk.clock import FakeClock
from crmdesk.db.engine import Database
from crmdesk.ui.backup_page import BackupPage
from crmdesk.ui.backup_service import BackupService
from crmdesk.ui.ops import AppContext
from crmdesk.vault import Vault

from .conftest import BANGKOK, fill


@pytest.fixture
def page(qtbot: QtBot, vault: Vault, db: Database) -> Iterator[BackupPage]:
    ctx = AppContext(db)
    clock = FakeClock(datetime.now(BANGKOK))
    service = BackupService(vault, db, clock=clock)
    widget = BackupPage(ctx, vault, service=service)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(widget.refresh_button.isEnabled)
    yield widget
    ctx.wait()
    service.stop(wait=True)


def back_up(qtbot: QtBot, page: BackupPage) -> None:
    with qtbot.waitSignal(page.service.succeeded, timeout=30000):
        qtbot.mouseClick(page.backup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.table.rowCount() > 0 and page.refresh_button.isEnabled())


def test_no_backup_yet_shows_the_warning_banner(page: BackupPage) -> None:
    assert page.banner.isVisible()
    assert "no backup yet" in page.banner.text()
    assert page.table.rowCount() == 0
    assert not page.restore_button.isEnabled()


def test_back_up_now_lists_the_backup_with_its_counts(qtbot: QtBot, page: BackupPage) -> None:
    back_up(qtbot, page)
    assert page.table.rowCount() == 1
    cells = [page.table.item(0, c).text() for c in range(page.table.columnCount())]
    assert cells[0] == page.service.clock.now().date().isoformat()
    assert cells[3] == "60"
    assert cells[6] == "Yes"
    assert not page.banner.isVisible()
    assert "Last successful backup" in page.last_label.text()


def test_banner_returns_when_the_last_backup_is_older_than_two_days(
    qtbot: QtBot, page: BackupPage
) -> None:
    back_up(qtbot, page)
    clock = page.service.clock
    assert isinstance(clock, FakeClock)
    clock.advance(timedelta(days=2, hours=1))
    qtbot.mouseClick(page.refresh_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(page.banner.isVisible)
    assert "more than 2 days old" in page.banner.text()


def test_failed_backup_is_shown_and_keeps_the_list(
    qtbot: QtBot, page: BackupPage, db: Database
) -> None:
    back_up(qtbot, page)
    with db.write() as session:
        from crmdesk.local_settings import set_value

        set_value(session, "backup_destination", "/nonexistent/usb-stick")
    with qtbot.waitSignal(page.service.failed, timeout=30000):
        qtbot.mouseClick(page.backup_button, Qt.MouseButton.LeftButton)
    assert "not available" in page.message.text()


def test_restore_asks_then_replaces_the_database(
    qtbot: QtBot,
    page: BackupPage,
    db: Database,
    vault: Vault,
    raw_key: bytes,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    back_up(qtbot, page)
    fill(db, 3, start=900)
    asked: list[str] = []

    def answer(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    page.table.selectRow(0)
    assert page.restore_button.isEnabled()
    with qtbot.waitSignal(page.restored, timeout=30000):
        qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    assert asked and "Replace all current data" in asked[0]
    reopened = Database(vault.db_path, raw_key)
    try:
        with reopened.read() as session:
            assert contacts.count_contacts(session) == 60
    finally:
        reopened.close()
    assert list(vault.data_dir.glob("before-restore-*"))


def test_chosen_folder_and_on_exit_are_saved(
    qtbot: QtBot, page: BackupPage, db: Database, tmp_path: Path
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    page.set_folder(usb)
    qtbot.waitUntil(lambda: str(usb) in page.folder_label.text())
    assert page.default_folder_button.isVisible()
    box = page.on_exit_box
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(6, box.height() // 2))
    qtbot.waitUntil(lambda: page.service.settings().on_exit)
    back_up(qtbot, page)
    assert page.table.rowCount() == 1
    assert list(usb.glob("crmdesk-*.crmbak"))


def test_verify_finds_a_damaged_backup(qtbot: QtBot, page: BackupPage) -> None:
    back_up(qtbot, page)
    path = page._entries[0].path
    data = bytearray(path.read_bytes())
    data[len(data) // 3] ^= 0x08
    path.write_bytes(bytes(data))
    page.table.selectRow(0)
    qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "damaged" in page.message.text(), timeout=30000)
