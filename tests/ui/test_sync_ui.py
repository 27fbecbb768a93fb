"""Sync in the app: connecting with a pinned certificate, Sync now, offline, conflict review.

A real server over TLS on 127.0.0.1 (the sync tests' fixtures), real encrypted laptops.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from tests.sync.conftest import (  # noqa: F401 - fixtures shared with the sync tests
    PASSWORD,
    Laptop,
    MakeLaptop,
    RunningServer,
    cheap_passphrase_kdf,
    make_laptop,
    server_rows,
    sqlite_server,
)
from tests.sync.helpers import add_contact, delete_contact, edit_contact

from crmdesk import contacts
from crmdesk.changes import Changes
from crmdesk.records import ContactDraft
from crmdesk.sync import store as st
from crmdesk.sync import tls
from crmdesk.sync.client import SyncClient, SyncResult
from crmdesk.ui.main_window import MainWindow
from crmdesk.ui.sync.connect_dialog import ConnectDialog

LEFT = Qt.MouseButton.LeftButton
WAIT = 30000  # ms: an upper bound for a round on a slow machine, not a timing assertion
USER = "ann"


def fill_and_check(window: MainWindow, qtbot: QtBot, url: str) -> ConnectDialog:
    dialog: ConnectDialog = window.sync.open_connect()
    qtbot.keyClicks(dialog.url, url)
    qtbot.keyClicks(dialog.user, USER)
    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.mouseClick(dialog.check, LEFT)
    qtbot.waitUntil(lambda: dialog.certificate is not None, timeout=WAIT)
    return dialog


def connect(window: MainWindow, qtbot: QtBot, server: RunningServer) -> None:
    dialog = fill_and_check(window, qtbot, server.url)
    assert not dialog.connect_button.isEnabled()  # not before the user compared it
    dialog.matches.setChecked(True)
    with qtbot.waitSignal(dialog.connected, timeout=WAIT):
        qtbot.mouseClick(dialog.connect_button, LEFT)
    wait_idle(window, qtbot)


def wait_idle(window: MainWindow, qtbot: QtBot) -> None:
    controller = window.sync.controller
    qtbot.waitUntil(lambda: not controller.running, timeout=WAIT)


def sync_now(window: MainWindow, qtbot: QtBot) -> object:
    wait_idle(window, qtbot)
    with qtbot.waitSignal(window.sync.controller.finished, timeout=WAIT) as blocker:
        window.sync.sync_action.trigger()
    return blocker.args[0] if blocker.args else None


def link_text(window: MainWindow) -> str:
    return str(window.sync.indicator.link.text())


def pinned(window: MainWindow) -> str | None:
    client = SyncClient(window.ctx.db)
    try:
        return client.status().fingerprint
    finally:
        client.close()


def add_in_app(window: MainWindow, qtbot: QtBot, name: str) -> str:
    made: list[str] = []
    window.ctx.change(
        lambda s: contacts.add_contact(s, ContactDraft(display_name=name)).id,
        Changes(contacts=True),
        made.append,
    )
    qtbot.waitUntil(lambda: bool(made), timeout=WAIT)
    return made[0]


def set_title_in_app(window: MainWindow, qtbot: QtBot, contact_id: str, title: str) -> None:
    def edit(session: object) -> None:
        rec = contacts.get_contact(session, contact_id)  # type: ignore[arg-type]
        draft = ContactDraft(display_name=rec.display_name, title=rec.title)
        contacts.update_contact(session, contact_id, replace(draft, title=title))  # type: ignore[arg-type]

    done: list[object] = []
    window.ctx.change(edit, Changes(contacts=True), done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=WAIT)


def title_in_app(window: MainWindow, contact_id: str) -> str | None:
    return window.ctx.run_now(lambda s: contacts.get_contact(s, contact_id).title)


@pytest.fixture
def office(sqlite_server: RunningServer) -> RunningServer:  # noqa: F811
    sqlite_server.add_user(USER)
    return sqlite_server


def test_connect_dialog_shows_the_fingerprint_and_pins_it(
    window: MainWindow, qtbot: QtBot, office: RunningServer
) -> None:
    assert link_text(window) == "Not connected to an office server"
    dialog = fill_and_check(window, qtbot, office.url)
    assert tls.show(office.fingerprint) in dialog.fingerprint.text()
    assert dialog.matches.isVisible() and not dialog.warning.isVisible()
    assert not dialog.connect_button.isEnabled()
    dialog.matches.setChecked(True)
    assert dialog.connect_button.isEnabled()
    with qtbot.waitSignal(dialog.connected, timeout=WAIT):
        qtbot.mouseClick(dialog.connect_button, LEFT)
    assert pinned(window) == office.fingerprint
    wait_idle(window, qtbot)
    qtbot.waitUntil(lambda: link_text(window) == "Online", timeout=WAIT)
    assert window.sync.indicator.last_sync.text().startswith("Last sync:")


def test_another_certificate_at_the_same_address_is_refused_with_a_warning(
    window: MainWindow, qtbot: QtBot, office: RunningServer, tmp_path: Path
) -> None:
    connect(window, qtbot, office)
    office.stop()
    impostor_dir = tmp_path / "impostor"
    impostor_dir.mkdir()
    store = st.SyncStore(st.sqlite_url(impostor_dir))
    store.create()
    impostor = RunningServer(store, impostor_dir, port=office.port)
    impostor.start()
    try:
        impostor.add_user(USER)
        assert impostor.fingerprint != office.fingerprint

        dialog = fill_and_check(window, qtbot, impostor.url)
        assert dialog.warning.isVisible()
        warning = dialog.warning.text()
        assert "certificate has changed" in warning
        assert tls.show(office.fingerprint) in warning and tls.show(impostor.fingerprint) in warning
        assert not dialog.matches.isVisible()
        assert not dialog.connect_button.isEnabled()
        qtbot.keyClicks(dialog.replacement, "ab" * 32)  # not what the server shows
        assert not dialog.connect_button.isEnabled()
        dialog.reject()

        add_in_app(window, qtbot, "Kept Local")
        result = sync_now(window, qtbot)
        assert not isinstance(result, SyncResult)
        assert link_text(window) == "Certificate changed: sync stopped"
        assert pinned(window) == office.fingerprint
        assert server_rows(store) == {}  # nothing was sent to the impostor
    finally:
        impostor.stop()
        store.dispose()


def test_sync_now_brings_in_another_laptops_contact(
    window: MainWindow,
    qtbot: QtBot,
    office: RunningServer,
    make_laptop: MakeLaptop,  # noqa: F811
) -> None:
    connect(window, qtbot, office)
    other: Laptop = make_laptop(office, "laptop2", user=USER)
    add_contact(other.db, "Somchai Jaidee", "somchai@example.co.th")
    other.sync.sync_once()

    window.show_page("contacts")
    page = window.pages["contacts"]
    model = page.model  # type: ignore[attr-defined]

    def names() -> list[str]:
        return [model.row(i).display_name for i in range(model.rowCount())]

    qtbot.waitUntil(lambda: not model.loading, timeout=WAIT)
    assert "Somchai Jaidee" not in names()

    result = sync_now(window, qtbot)
    assert isinstance(result, SyncResult) and result.downloaded >= 1
    qtbot.waitUntil(lambda: "Somchai Jaidee" in names(), timeout=WAIT)

    qtbot.keyClicks(window.lookup, "Somchai")
    qtbot.waitUntil(
        lambda: any("Somchai Jaidee" in text for _e, _i, text in window.lookup.hits()),
        timeout=WAIT,
    )


def test_offline_shows_offline_and_local_edits_queue(
    window: MainWindow, qtbot: QtBot, office: RunningServer
) -> None:
    connect(window, qtbot, office)
    pending = window.sync.indicator.pending
    qtbot.waitUntil(lambda: pending.text().startswith("0 "), timeout=WAIT)
    office.stop()

    sync_now(window, qtbot)
    assert link_text(window).startswith("Offline")

    add_in_app(window, qtbot, "Written Offline")
    qtbot.waitUntil(lambda: pending.text().startswith("1 "), timeout=WAIT)
    add_in_app(window, qtbot, "Also Offline")
    qtbot.waitUntil(lambda: pending.text().startswith("2 "), timeout=WAIT)
    window.show_page("contacts")
    model = window.pages["contacts"].model  # type: ignore[attr-defined]
    qtbot.waitUntil(
        lambda: (
            {"Written Offline", "Also Offline"}
            <= {model.row(i).display_name for i in range(model.rowCount())}
        ),
        timeout=WAIT,
    )
    assert link_text(window).startswith("Offline")


@pytest.mark.parametrize(
    ("choice", "expected"), [("mine", "App title"), ("theirs", "Laptop title")]
)
def test_a_conflict_is_listed_and_resolved_from_the_conflicts_page(
    window: MainWindow,
    qtbot: QtBot,
    office: RunningServer,
    make_laptop: MakeLaptop,  # noqa: F811
    choice: str,
    expected: str,
) -> None:
    connect(window, qtbot, office)
    other: Laptop = make_laptop(office, "laptop2", user=USER)
    contact_id = add_in_app(window, qtbot, "Nok Srisuk")
    sync_now(window, qtbot)
    other.sync.sync_once()
    edit_contact(other.db, contact_id, title="Laptop title")
    other.sync.sync_once()
    set_title_in_app(window, qtbot, contact_id, "App title")

    result = sync_now(window, qtbot)
    assert isinstance(result, SyncResult) and result.conflicts == 1
    review = window.sync.indicator.review
    qtbot.waitUntil(review.isVisible, timeout=WAIT)
    assert review.text().startswith("1 conflict")

    qtbot.mouseClick(review, LEFT)
    page = window.sync.review
    qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=WAIT)
    row = [page.table.item(0, c).text() for c in range(5)]
    assert row[:4] == ["Contact", "title", "App title", "Laptop title"]

    button = page.keep_mine if choice == "mine" else page.keep_theirs
    qtbot.mouseClick(button, LEFT)
    qtbot.waitUntil(lambda: page.table.rowCount() == 0, timeout=WAIT)
    assert title_in_app(window, contact_id) == expected
    qtbot.waitUntil(lambda: not review.isVisible(), timeout=WAIT)

    sync_now(window, qtbot)
    other.sync.sync_once()
    with other.db.read() as session:
        assert contacts.get_contact(session, contact_id).title == expected


def test_an_edit_lost_to_a_delete_elsewhere_can_be_restored(
    window: MainWindow,
    qtbot: QtBot,
    office: RunningServer,
    make_laptop: MakeLaptop,  # noqa: F811
) -> None:
    connect(window, qtbot, office)
    other: Laptop = make_laptop(office, "laptop2", user=USER)
    contact_id = add_in_app(window, qtbot, "Pim Rattana")
    sync_now(window, qtbot)
    other.sync.sync_once()
    delete_contact(other.db, contact_id)
    other.sync.sync_once()
    set_title_in_app(window, qtbot, contact_id, "Edited here")

    result = sync_now(window, qtbot)
    assert isinstance(result, SyncResult) and result.conflicts == 1
    window.sync.review_action.trigger()
    page = window.sync.review
    qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=WAIT)
    assert page.table.item(0, 3).text() == "(deleted)"
    assert page.restore.isEnabled() and not page.keep_mine.isEnabled()

    qtbot.mouseClick(page.restore, LEFT)
    qtbot.waitUntil(lambda: page.table.rowCount() == 0, timeout=WAIT)
    assert title_in_app(window, contact_id) == "Edited here"
    sync_now(window, qtbot)
    other.sync.sync_once()
    with other.db.read() as session:
        assert contacts.get_contact(session, contact_id).title == "Edited here"


def test_sync_now_during_a_round_runs_one_more_round_after_it_not_two_at_once(
    window: MainWindow, qtbot: QtBot, office: RunningServer
) -> None:
    connect(window, qtbot, office)
    controller = window.sync.controller
    rounds: list[object] = []
    controller.finished.connect(rounds.append)
    assert controller.sync_now() is True
    assert controller.sync_now() is False  # queued behind the running round
    assert controller.running
    qtbot.waitUntil(lambda: len(rounds) == 2 and not controller.running, timeout=WAIT)
    assert all(isinstance(r, SyncResult) for r in rounds)


def test_the_timer_starts_rounds_without_a_click(
    window: MainWindow, qtbot: QtBot, office: RunningServer
) -> None:
    connect(window, qtbot, office)
    controller = window.sync.controller
    # Connecting saves settings, and the controller re-reads its interval in the background:
    # let that answer land first, or it puts the 5 minutes back over the 1 ms below.
    window.ctx.wait()
    qtbot.wait(50)
    wait_idle(window, qtbot)
    assert controller.interval_ms() == 5 * 60 * 1000
    with qtbot.waitSignal(controller.finished, timeout=WAIT):
        controller.set_interval(1)
    controller.stop()
    wait_idle(window, qtbot)


def test_a_wrong_password_is_shown_and_nothing_is_pinned(
    window: MainWindow, qtbot: QtBot, office: RunningServer
) -> None:
    dialog: ConnectDialog = window.sync.open_connect()
    qtbot.keyClicks(dialog.url, office.url)
    qtbot.keyClicks(dialog.user, USER)
    qtbot.keyClicks(dialog.password, "not the password")
    qtbot.mouseClick(dialog.check, LEFT)
    qtbot.waitUntil(lambda: dialog.certificate is not None, timeout=WAIT)
    dialog.matches.setChecked(True)
    qtbot.mouseClick(dialog.connect_button, LEFT)
    qtbot.waitUntil(dialog.connect_button.isEnabled, timeout=WAIT)
    assert dialog.isVisible()
    assert dialog.message.text() not in ("", "Signing in…")
    assert pinned(window) is None
