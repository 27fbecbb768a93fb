"""Desktop app benchmarks (issue 3, Responsiveness): launch, lookup, record, scrolling, memory.

Drives the real widgets offscreen on a copy of the demo database: every figure is
measured on the UI thread from the user's action to the moment the answer is on
screen (the signal the widget emits after painting its data).
"""

from __future__ import annotations

import os
import resource
import time
from datetime import UTC, datetime, timedelta

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QObject, QSettings, QTimer, SignalInstance
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from benchmarks.harness import BenchContext, Row, median, percentile
from crmdesk import activities, contacts
from crmdesk.activities import ActivityDraft
from crmdesk.ui import prefs
from crmdesk.ui.app import make_application
from crmdesk.ui.contact_view import ContactView
from crmdesk.ui.contacts.table import ContactsPage
from crmdesk.ui.lookup_bar import DEBOUNCE_MS
from crmdesk.ui.main_window import MainWindow
from crmdesk.ui.startup.shell import Shell
from crmdesk.ui.today import TodayPage
from crmdesk.vault import PASSPHRASE_ENV, Vault

AREA = "ui"
LOOKUPS = ("sm", "wa", "li", "สม", "ใจ", "小明", "有限", "陈伟", "0812", "golden")
HISTORY_ITEMS = 200


def wait_for(signal: SignalInstance, timeout_ms: int = 60_000) -> bool:
    """Run the event loop until ``signal`` fires (False on timeout)."""
    loop = QEventLoop()
    fired: list[bool] = []

    def done(*_args: object) -> None:
        fired.append(True)
        loop.quit()

    signal.connect(done)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    signal.disconnect(done)
    return bool(fired)


def settle(window: MainWindow) -> None:
    """Let background work finish and its results paint."""
    window.ctx.wait()
    QApplication.processEvents()


class StallMeter(QObject):
    """The longest the UI thread went without serving a 5 ms timer (how janky it felt)."""

    def __init__(self) -> None:
        super().__init__()
        self.worst = 0.0
        self._last = time.perf_counter()
        self._timer = QTimer(self)
        self._timer.setInterval(5)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> float:
        self._timer.stop()
        return self.worst * 1000

    def _tick(self) -> None:
        now = time.perf_counter()
        self.worst = max(self.worst, now - self._last)
        self._last = now


def run(ctx: BenchContext) -> list[Row]:
    size = 300 if ctx.quick else 100_000
    folder = ctx.demo_dir(size)
    vault = Vault(folder)
    os.environ[PASSPHRASE_ENV] = ctx.PASSPHRASE
    app = make_application([])
    settings = QSettings(str(ctx.tmp_dir() / "ui.ini"), QSettings.Format.IniFormat)
    rows = [_launch(vault, settings)]
    shell_window: list[MainWindow] = []
    rows += _lookup(vault, settings, shell_window, 2 if ctx.quick else 5)
    window = shell_window[0]
    rows += _record(window, 3 if ctx.quick else 10)
    rows += _scroll(window, size)
    rows.append(_rss())
    window.close()
    app.processEvents()
    return rows


def _launch(vault: Vault, settings: QSettings) -> Row:
    started = time.perf_counter()
    shell = Shell(vault, settings)
    shell.start()
    window = shell.window
    assert window is not None, "the passphrase in the environment should unlock"
    today = window.page("today")
    assert isinstance(today, TodayPage)
    if not today.items:
        wait_for(today.loaded)
    elapsed = (time.perf_counter() - started) * 1000
    window.close()
    note = "Shell.start → unlock (passphrase, Argon2id) → main window → Today page filled"
    return Row(AREA, "launch to main window usable", elapsed, "ms", "", note)


def _lookup(vault: Vault, settings: QSettings, keep: list[MainWindow], reps: int) -> list[Row]:
    shell = Shell(vault, settings)
    prefs.use(settings)
    shell.start()
    window = shell.window
    assert window is not None
    keep.append(window)
    bar = window.lookup
    samples: list[float] = []
    for _ in range(reps):
        for query in LOOKUPS:
            bar.clear()
            bar.popup.hide()
            bar.setFocus()
            settle(window)
            started = time.perf_counter()
            event = QInputMethodEvent()
            event.setCommitString(query)
            QApplication.sendEvent(bar, event)  # the last keystroke of the query
            wait_for(bar.results_shown, 5000)
            samples.append(time.perf_counter() - started)
    p50 = median(samples) * 1000
    p95 = percentile(samples, 95) * 1000
    note = f"{', '.join(LOOKUPS)}; includes the {DEBOUNCE_MS} ms typing pause"
    return [
        Row(AREA, "lookup keystroke to results shown, p50", p50, "ms", "", note),
        Row(AREA, "lookup keystroke to results shown, p95", p95, "ms", "≤ 100", ""),
    ]


def _give_history(window: MainWindow) -> str:
    """A contact with 200 completed activities (the demo has a few per contact)."""
    with window.ctx.db.write() as s:
        contact_id = contacts.list_contacts(s, limit=1, offset=7)[0].id
        start = datetime.now(UTC) - timedelta(days=400)
        done = [
            (
                ActivityDraft(
                    kind="call",
                    regarding=f"Follow-up call {i}",
                    starts_at=start + timedelta(days=2 * i),
                    contact_id=contact_id,
                ),
                f"Outcome {i}",
            )
            for i in range(HISTORY_ITEMS)
        ]
        activities.log_done_many(s, done)
    return contact_id


def _record(window: MainWindow, reps: int) -> list[Row]:
    contact_id = _give_history(window)
    samples: list[float] = []
    for _ in range(reps):
        window.show_page("contacts")
        settle(window)  # the user opens the record from an idle app
        started = time.perf_counter()
        window.open_record("contact", contact_id)
        view = window.record
        assert isinstance(view, ContactView)
        wait_for(view.loaded)
        samples.append(time.perf_counter() - started)
        assert view.history.topLevelItemCount() >= HISTORY_ITEMS
    first, warm = samples[0], samples[1:] or samples
    name = f"open a contact record with {HISTORY_ITEMS} history items"
    return [
        Row(AREA, f"{name}, first open", first * 1000, "ms", "", "cold caches, after launch"),
        Row(
            AREA,
            f"{name}, p50",
            median(warm) * 1000,
            "ms",
            "",
            "all tabs filled: scheduled, history, deals, notes, fields, tags",
        ),
        Row(AREA, f"{name}, p95", percentile(warm, 95) * 1000, "ms", "≤ 150", ""),
    ]


def _scroll(window: MainWindow, size: int) -> list[Row]:
    window.show_page("contacts")
    page = window.page("contacts")
    assert isinstance(page, ContactsPage)
    page.model.reload()
    wait_for(page.model.loaded)
    meter = StallMeter()
    meter.start()
    started = time.perf_counter()
    pages = 0
    while page.model.rowCount() < page.model.total and pages < size:
        page.table.scrollToBottom()  # at the bottom, the view asks the model for a page
        QApplication.processEvents()  # the view lays out the rows that arrived
        if page.model.loading:
            wait_for(page.model.loaded)
            pages += 1
    elapsed = time.perf_counter() - started
    stall = meter.stop()
    note = f"{page.model.rowCount()} rows in {pages} pages of 200"
    return [
        Row(AREA, "scroll the whole contact list, end to end", elapsed, "s", "", note),
        Row(AREA, "longest UI-thread stall while scrolling", stall, "ms", "≤ 50", ""),
    ]


def _rss() -> Row:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return Row(AREA, "peak memory (RSS), app with every contact row loaded", peak, "MiB", "≤ 400")
