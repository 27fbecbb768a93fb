"""The connect dialog at a laptop's first connection: preparing its records shows progress,
closing the dialog meanwhile leaves a connected database the next sync round finishes, and
every new message fits in each language.

A real server over TLS on 127.0.0.1 (the sync tests' fixtures), real encrypted laptops.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from contextlib import suppress
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.exceptions import TimeoutError
from pytestqt.qtbot import QtBot
from tests.sync.conftest import (  # noqa: F401 - fixtures shared with the sync tests
    Laptop,
    MakeLaptop,
    RunningServer,
    cheap_passphrase_kdf,
    local_rows,
    make_laptop,
    sqlite_server,
)
from tests.ui.test_sync_ui import LEFT, USER, WAIT, fill_and_check, sync_now, wait_idle
from tests.ui.text_fit import cut_off_text

from crmdesk import demo
from crmdesk.db.engine import Database
from crmdesk.sync import seed
from crmdesk.sync.client import LocalDatabaseFailed, SyncClient, SyncResult
from crmdesk.ui import i18n
from crmdesk.ui.main_window import MainWindow
from crmdesk.ui.ops import AppContext
from crmdesk.ui.sync import connect_dialog
from crmdesk.ui.sync.connect_dialog import ConnectDialog
from crmdesk.vault import Vault


@pytest.fixture
def office(sqlite_server: RunningServer) -> RunningServer:  # noqa: F811
    sqlite_server.add_user(USER)
    return sqlite_server


def _work_alone(db: Database, people: int) -> int:
    """Records made before ever connecting; how many synced rows they are."""
    demo.generate(db, contacts=people, seed=3, today=date(2026, 11, 23))
    return len(local_rows(db))


def _seed_state(db: Database) -> str | None:
    with db.engine.connect() as conn:
        value = conn.exec_driver_sql(
            "SELECT value FROM local_meta WHERE key = ?", (seed.STATE_KEY,)
        ).scalar()
    return None if value is None else str(value)


def _outbox(db: Database) -> int:
    with db.engine.connect() as conn:
        return int(conn.exec_driver_sql("SELECT count(*) FROM outbox").scalar() or 0)


def _hold_after_first_chunk(
    monkeypatch: pytest.MonkeyPatch,
) -> tuple[threading.Event, threading.Event]:
    """Make the real connect wait after the seed's first chunk until the test lets it go on.

    Without it the test raced the seed: a fast run prepared every record before the test
    could close the dialog (it failed about one run in three).
    """
    reached, go_on = threading.Event(), threading.Event()
    real = connect_dialog.connect_to

    def held(
        db: Database,
        cert: Any,
        user: str,
        password: str,
        confirmed: str | None,
        progress: Callable[[int, int], None] | None = None,
        stop: threading.Event | None = None,
    ) -> Any:
        def report(done: int, total: int) -> None:
            if progress is not None:
                progress(done, total)
            reached.set()
            go_on.wait(WAIT / 1000)

        return real(db, cert, user, password, confirmed, report, stop)

    monkeypatch.setattr(connect_dialog, "connect_to", held)
    return reached, go_on


def _connected(db: Database) -> bool:
    client = SyncClient(db)
    try:
        return client.status().connected
    finally:
        client.close()


def test_connecting_shows_the_records_being_prepared_and_another_laptop_receives_them(
    window: MainWindow,
    qtbot: QtBot,
    office: RunningServer,
    make_laptop: MakeLaptop,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(seed, "CHUNK_ROWS", 50)
    db = window.ctx.db
    total = _work_alone(db, people=30)
    dialog = fill_and_check(window, qtbot, office.url)
    dialog.matches.setChecked(True)
    seen: list[tuple[int, str]] = []
    dialog.preparing.valueChanged.connect(lambda v: seen.append((v, dialog.message.text())))
    assert not dialog.preparing.isVisible()
    with qtbot.waitSignal(dialog.connected, timeout=WAIT):
        qtbot.mouseClick(dialog.connect_button, LEFT)
    assert (dialog.preparing.maximum(), dialog.preparing.value()) == (total, total)
    values = [v for v, _ in seen]
    assert len(values) >= 3 and values == sorted(values), values
    shown = dialog.locale().toString
    assert seen[-1][1] == (
        f"Preparing your records for the office server… {shown(total)} of {shown(total)}"
    )
    assert not dialog.isVisible()

    wait_idle(window, qtbot)  # the first round, started by connecting, uploads them
    state = window.sync.controller.state
    assert state.status is not None and state.status.pending == 0, state
    other: Laptop = make_laptop(office, "laptop2", user=USER)
    other.sync.sync_once()
    assert local_rows(other.db) == local_rows(db)


def test_closing_the_dialog_while_preparing_leaves_it_connected_and_the_next_sync_finishes(
    window: MainWindow,
    qtbot: QtBot,
    office: RunningServer,
    make_laptop: MakeLaptop,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(seed, "CHUNK_ROWS", 2)  # hundreds of chunks: time to close it
    db = window.ctx.db
    total = _work_alone(db, people=60)
    dialog = fill_and_check(window, qtbot, office.url)
    dialog.matches.setChecked(True)
    after_first_chunk, go_on = _hold_after_first_chunk(monkeypatch)
    qtbot.mouseClick(dialog.connect_button, LEFT)
    qtbot.waitUntil(dialog.preparing.isVisible, timeout=WAIT)
    assert dialog.preparing_hint.isVisible()
    qtbot.waitUntil(after_first_chunk.is_set, timeout=WAIT)
    assert _seed_state(db) is not None  # the dialog is closed while it is still preparing
    with qtbot.waitSignal(dialog.connected_unprepared, timeout=WAIT):
        cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        qtbot.mouseClick(cancel, LEFT)
        go_on.set()
    assert not dialog.isVisible()
    assert _connected(db)
    assert _seed_state(db) is not None  # where it stopped, for the next round
    assert 0 < _outbox(db) < total
    assert not window.sync.controller.running  # not resumed behind the user's back
    qtbot.waitUntil(
        lambda: (
            window.sync.controller.state.status is not None
            and window.sync.controller.state.status.connected
        ),
        timeout=WAIT,
    )

    result = sync_now(window, qtbot)  # finishes the preparation, then uploads everything
    assert isinstance(result, SyncResult), result
    assert result.parked == 0
    assert _seed_state(db) is None and _outbox(db) == 0
    other: Laptop = make_laptop(office, "laptop2", user=USER)
    other.sync.sync_once()
    assert local_rows(other.db) == local_rows(db)


@pytest.mark.parametrize("code", ("en", "th", "zh_TW", "zh_CN"))
def test_the_preparation_and_its_failures_fit_the_connect_dialog(
    code: str, ctx: AppContext, vault: Vault, settings: QSettings, qtbot: QtBot
) -> None:
    assert i18n.install(code)
    window = MainWindow(ctx, settings, vault=vault)
    qtbot.addWidget(window)
    window.show()
    dialog = ConnectDialog(ctx, window)
    qtbot.addWidget(dialog)
    dialog.show()
    states = {
        "preparing": lambda: dialog._show_progress(412_500, 890_212),
        "seed stopped": lambda: dialog._failed(LocalDatabaseFailed("busy", connected=True)),
        "connect stopped": lambda: dialog._failed(LocalDatabaseFailed("busy")),
    }
    problems: list[str] = []
    for name, show in states.items():
        show()
        if code != "en":
            assert dialog.message.text().isascii() is False, f"{name}: not translated"
        with suppress(TimeoutError):
            qtbot.waitUntil(lambda: not cut_off_text(dialog), timeout=1000)
        problems += [f"[{name}] {p}" for p in cut_off_text(dialog)]
    dialog.close()
    assert problems == [], "\n".join(problems)


def test_a_busy_database_stops_connecting_with_a_plain_message_and_connecting_again_works(
    window: MainWindow, qtbot: QtBot, office: RunningServer
) -> None:
    db = window.ctx.db
    _work_alone(db, people=5)
    before = local_rows(db)
    dialog = fill_and_check(window, qtbot, office.url)
    dialog.matches.setChecked(True)
    blocker = db.raw_connection()  # another writer holds the database longer than we wait
    try:
        blocker.execute("BEGIN IMMEDIATE")
        qtbot.mouseClick(dialog.connect_button, LEFT)
        qtbot.waitUntil(lambda: "busy or full" in dialog.message.text(), timeout=WAIT)
    finally:
        blocker.rollback()
        blocker.close()
    assert dialog.message.text().startswith("Connecting stopped because")
    assert dialog.isVisible() and dialog.connect_button.isEnabled()
    assert not _connected(db) and local_rows(db) == before and _outbox(db) == 0

    with qtbot.waitSignal(dialog.connected, timeout=WAIT):
        qtbot.mouseClick(dialog.connect_button, LEFT)
    wait_idle(window, qtbot)
    assert _connected(db) and _seed_state(db) is None and _outbox(db) == 0


def test_closing_the_app_while_preparing_stops_it_after_the_chunk_being_written(
    window: MainWindow, qtbot: QtBot, office: RunningServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(seed, "CHUNK_ROWS", 2)
    db = window.ctx.db
    total = _work_alone(db, people=60)
    dialog = fill_and_check(window, qtbot, office.url)
    dialog.matches.setChecked(True)
    after_first_chunk, go_on = _hold_after_first_chunk(monkeypatch)
    qtbot.mouseClick(dialog.connect_button, LEFT)
    qtbot.waitUntil(after_first_chunk.is_set, timeout=WAIT)
    assert _seed_state(db) is not None  # the app is closed while it is still preparing
    window.close()
    go_on.set()
    assert window.ctx.wait(WAIT)  # the worker returns after one more chunk
    assert _connected(db) and _seed_state(db) is not None
    assert 0 < _outbox(db) < total
