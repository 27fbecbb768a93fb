"""The main window opens on every page without errors."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from crmdesk.ui.main_window import MainWindow
from crmdesk.ui.pages import PAGES


def test_every_navigation_entry_shows_a_page(window: MainWindow, qtbot: QtBot) -> None:
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert titles == [
        "Today",
        "Contacts",
        "Companies",
        "Calendar",
        "Opportunities",
        "Dashboard",
        "Backup & Restore",
    ]
    for row, spec in enumerate(PAGES):
        window.nav.setCurrentRow(row)
        assert window.stack.currentWidget() is window.pages[spec.key]
    window.ctx.wait()
