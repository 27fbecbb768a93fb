"""Main window navigation: page shortcuts, records and Back, refresh, placeholders."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from crmdesk import contacts
from crmdesk.records import ContactDraft
from crmdesk.ui.contact_view import ContactView
from crmdesk.ui.contacts.table import ContactsPage
from crmdesk.ui.main_window import MainWindow
from crmdesk.ui.pages import PageSpec, PlaceholderPage, build_page


def test_ctrl_number_switches_pages_and_back_leaves_a_record(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == "contacts"
    assert window.nav.currentItem().text() == "Contacts"  # type: ignore[union-attr]

    with window.ctx.db.write() as s:
        person = contacts.add_contact(s, ContactDraft(display_name="Wang Wei"))
    window.open_record("contact", person.id)
    assert isinstance(window.record, ContactView)
    assert window.nav.currentRow() == -1
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.record is None
    assert window.current_page_key() == "contacts"


def test_a_change_refreshes_the_open_pages(window: MainWindow, qtbot: QtBot) -> None:
    window.show_page("contacts")
    page = window.pages["contacts"]
    assert isinstance(page, ContactsPage)
    qtbot.waitUntil(lambda: not page.model.loading, timeout=5000)
    assert page.model.rowCount() == 0
    window.actions_.new_contact.trigger()
    dialog = window.dialog
    qtbot.keyClicks(dialog.name_edit, "Lin Mei")  # type: ignore[union-attr]
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    assert page.model.index(0, 0).data() == "Lin Mei"


def test_a_page_whose_module_is_missing_shows_a_placeholder(window: MainWindow) -> None:
    spec = PageSpec("calendar", "calendar", "crmdesk.ui.no_such_module", "Nothing")
    page = build_page(spec, window.ctx, window)
    assert isinstance(page, PlaceholderPage)
