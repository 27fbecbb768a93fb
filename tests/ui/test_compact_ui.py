"""Tools › Compact Database… and the Backup page's free-space hint, on a real SQLCipher file."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select, text
from tests.ui.text_fit import cut_off_text

from crmdesk import compact, contacts
from crmdesk.db.engine import Database
from crmdesk.db.models import Contact
from crmdesk.records import ContactDraft
from crmdesk.ui import i18n
from crmdesk.ui.backup_service import BackupService
from crmdesk.ui.compact_dialog import BackupWatch, CompactDialog
from crmdesk.ui.main_window import MainWindow
from crmdesk.ui.ops import AppContext
from crmdesk.vault import Vault

CLICK = Qt.MouseButton.LeftButton
ROWS = 1500
KEPT = 300


def _fill_then_empty(db: Database) -> None:
    """Many contacts, most of them then deleted for good: lots of free pages."""
    drafts = [ContactDraft(f"Nattapong Rattanakul {i:04d}", title="Engineer") for i in range(ROWS)]
    with db.write() as session:
        contacts.add_contacts(session, drafts)
    with db.write() as session:
        session.execute(
            text("DELETE FROM contacts WHERE display_name >= :first"),
            {"first": f"Nattapong Rattanakul {KEPT:04d}"},
        )
        session.execute(text("DELETE FROM outbox"))


def _count(db: Database) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(Contact)) or 0)


def _tools_action(window: MainWindow, name: str) -> bool:
    menus = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
    tools = next(m for m in menus if m.title() == "&Tools")
    return any(a.text() == name for a in tools.actions())


def test_tools_compact_frees_the_space_and_keeps_the_data(
    window: MainWindow, db: Database, qtbot: QtBot
) -> None:
    _fill_then_empty(db)
    assert _tools_action(window, "&Compact Database…")
    window.actions_.compact_database.trigger()
    dialog = window.dialog
    assert isinstance(dialog, CompactDialog)
    qtbot.waitUntil(dialog.compact_button.isEnabled)
    assert dialog.message.text().startswith("Compacting frees about ")
    assert "takes a while" in dialog.message.text()
    before = db.path.stat().st_size + db.path.with_name("crmdesk.db-wal").stat().st_size

    qtbot.mouseClick(dialog.compact_button, CLICK)
    assert dialog.working.isVisible()
    assert not dialog.close_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=20000)
    assert dialog.message.text().startswith("The database was compacted: ")
    assert not dialog.working.isVisible()
    assert dialog.close_button.isEnabled() and dialog.close_button.text() == "Close"
    assert db.path.stat().st_size < before
    assert _count(db) == KEPT
    assert compact.space_of(db).free_pages == 0


def test_nothing_to_free_says_so_and_offers_no_compaction(
    ctx: AppContext, db: Database, qtbot: QtBot
) -> None:
    db.raw_connection().execute("VACUUM")
    dialog = CompactDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.report is not None)
    assert "has no free space to give back" in dialog.message.text()
    assert not dialog.compact_button.isEnabled()


def test_refused_while_a_backup_is_being_made(
    ctx: AppContext, db: Database, vault: Vault, qtbot: QtBot
) -> None:
    _fill_then_empty(db)
    service = BackupService(vault, db)
    watch = BackupWatch(service)
    service.started.emit()  # what the service announces when a backup begins
    dialog = CompactDialog(ctx, backups=watch)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.compact_button.isEnabled)
    free_before = compact.space_of(db).free_pages
    qtbot.mouseClick(dialog.compact_button, CLICK)
    assert dialog.message.text() == (
        "A backup is being made. Compact the database after it has finished."
    )
    ctx.wait()
    assert compact.space_of(db).free_pages == free_before
    service.failed.emit("the disk went away")
    qtbot.mouseClick(dialog.compact_button, CLICK)
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=20000)


def test_not_enough_disk_space_is_said_in_one_sentence(ctx: AppContext, qtbot: QtBot) -> None:
    dialog = CompactDialog(ctx)
    qtbot.addWidget(dialog)
    text_shown = dialog.failure_text(compact.NotEnoughDiskSpace(1_500_000_000, 200_000_000))
    assert text_shown == (
        "Not enough free disk space to compact the database: it needs 1.5 GB, the disk "
        "has 200 MB. Free some space and try again; nothing was changed."
    )


def test_backup_page_hints_at_compacting_when_much_is_free(
    window: MainWindow, db: Database, qtbot: QtBot
) -> None:
    page = window.page("backup")
    window.show_page("backup")
    window.ctx.wait()
    qtbot.wait(10)
    assert not page.space_row.isVisible()  # a new database has hardly any free space

    _fill_then_empty(db)
    page.refresh_space()
    qtbot.waitUntil(page.space_row.isVisible)
    assert "is free space that every backup copies" in page.space_hint.text()
    qtbot.mouseClick(page.compact_button, CLICK)
    dialog = window.dialog
    assert isinstance(dialog, CompactDialog)
    qtbot.waitUntil(dialog.compact_button.isEnabled)
    qtbot.mouseClick(dialog.compact_button, CLICK)
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=20000)
    qtbot.waitUntil(lambda: not page.space_row.isVisible())


@pytest.mark.parametrize("code", ["en", "th", "zh_TW", "zh_CN"])
def test_compact_texts_fit_in_every_language(
    code: str, window: MainWindow, db: Database, qtbot: QtBot
) -> None:
    assert i18n.install(code)
    _fill_then_empty(db)
    dialog = CompactDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.compact_button.isEnabled)
    qtbot.wait(20)
    assert cut_off_text(dialog) == []
    dialog._failed(compact.NotEnoughDiskSpace(1_500_000_000, 200_000_000))
    qtbot.wait(20)
    assert cut_off_text(dialog) == []
    dialog.close()
    page = window.page("backup")
    window.show_page("backup")
    qtbot.waitUntil(page.space_row.isVisible)
    qtbot.wait(20)
    assert cut_off_text(page.space_row) == []
