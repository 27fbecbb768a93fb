"""In the app: an edit that lost elsewhere is in the conflicts list; no keyring is said plainly."""

from __future__ import annotations

from pytestqt.qtbot import QtBot
from tests.sync.conftest import (  # noqa: F401 - fixtures shared with the sync tests
    Laptop,
    MakeLaptop,
    RunningServer,
    cheap_passphrase_kdf,
    make_laptop,
    sqlite_server,
)
from tests.sync.helpers import edit_contact
from tests.ui.test_sync_ui import (  # noqa: F401 - the office fixture
    LEFT,
    USER,
    WAIT,
    add_in_app,
    connect,
    office,
    set_title_in_app,
    sync_now,
    title_in_app,
)

from crmdesk import contacts
from crmdesk.sync.client import SyncResult
from crmdesk.ui.main_window import MainWindow


def test_an_edit_uploaded_first_that_lost_is_listed_and_can_be_kept(
    window: MainWindow,
    qtbot: QtBot,
    office: RunningServer,  # noqa: F811
    make_laptop: MakeLaptop,  # noqa: F811
) -> None:
    connect(window, qtbot, office)
    other: Laptop = make_laptop(office, "laptop2", user=USER)
    contact_id = add_in_app(window, qtbot, "Nok Srisuk")
    sync_now(window, qtbot)
    other.sync.sync_once()
    set_title_in_app(window, qtbot, contact_id, "App title")
    edit_contact(other.db, contact_id, title="Laptop title")  # later, from the same base
    first = sync_now(window, qtbot)  # the app's edit arrives first: applied
    assert isinstance(first, SyncResult) and first.conflicts == 0
    other.sync.sync_once()  # the later edit wins over the app's

    result = sync_now(window, qtbot)
    assert isinstance(result, SyncResult) and result.conflicts == 1
    assert title_in_app(window, contact_id) == "Laptop title"
    review = window.sync.indicator.review
    qtbot.waitUntil(review.isVisible, timeout=WAIT)
    qtbot.mouseClick(review, LEFT)
    page = window.sync.review
    qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=WAIT)
    row = [page.table.item(0, c).text() for c in range(5)]
    assert row == ["Contact", "title", "App title", "Laptop title", "Theirs"]
    assert page.keep_mine.isEnabled()
    qtbot.mouseClick(page.keep_mine, LEFT)
    qtbot.waitUntil(lambda: page.table.rowCount() == 0, timeout=WAIT)
    assert title_in_app(window, contact_id) == "App title"
    sync_now(window, qtbot)
    assert sync_now(window, qtbot).conflicts == 0  # type: ignore[union-attr]
    other.sync.sync_once()
    with other.db.read() as session:
        assert contacts.get_contact(session, contact_id).title == "App title"


def test_connecting_without_a_keyring_says_so_in_the_dialog(
    window: MainWindow,
    qtbot: QtBot,
    office: RunningServer,  # noqa: F811
) -> None:
    import keyring
    import keyring.backends.fail
    from tests.ui.test_sync_ui import fill_and_check, pinned

    from crmdesk.ui.sync.connect_dialog import ConnectDialog

    keyring.set_keyring(keyring.backends.fail.Keyring())  # fake_keyring restores it afterwards
    dialog: ConnectDialog = fill_and_check(window, qtbot, office.url)
    dialog.matches.setChecked(True)
    qtbot.mouseClick(dialog.connect_button, LEFT)
    qtbot.waitUntil(lambda: "keyring" in dialog.message.text(), timeout=WAIT)
    assert dialog.isVisible()
    assert pinned(window) is None
