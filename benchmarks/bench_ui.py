"""Desktop app benchmarks (issue 3, Responsiveness): launch, lookup, record, scrolling, memory.

Drives the real widgets offscreen on a copy of the demo database: every figure is
measured on the UI thread from the user's action to the moment the answer is on
screen (the signal the widget emits after painting its data).
"""

from __future__ import annotations

import contextlib
import os
import resource
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QEventLoop, QObject, QSettings, Qt, QTimer, SignalInstance
from PySide6.QtGui import QInputMethodEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QTableView

from benchmarks.harness import BenchContext, Row, median, percentile
from crmdesk import activities, contacts
from crmdesk.activities import ActivityDraft
from crmdesk.ui import prefs
from crmdesk.ui.app import make_application
from crmdesk.ui.contact_view import ContactView
from crmdesk.ui.contacts.table import ContactsPage
from crmdesk.ui.lookup_bar import DEBOUNCE_MS
from crmdesk.ui.main_window import MainWindow
from crmdesk.ui.paged_model import PAGE_SIZE, PLACEHOLDER, PagedTableModel
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
    """The longest the UI thread went without serving a 5 ms timer (how janky it felt).

    ``worst`` is wall time; ``worst_cpu`` the most CPU the UI thread itself used between two
    ticks. On a quiet machine they agree; when other processes share the cores, the wall
    figure also holds the time the thread waited for a core.
    """

    def __init__(self) -> None:
        super().__init__()
        self.worst = 0.0
        self.worst_cpu = 0.0
        self._last = time.perf_counter()
        self._last_cpu = time.thread_time()
        self._timer = QTimer(self)
        self._timer.setInterval(5)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self._last, self._last_cpu = time.perf_counter(), time.thread_time()
        self._timer.start()

    def stop(self) -> float:
        self._timer.stop()
        return self.worst * 1000

    def _tick(self) -> None:
        now, cpu = time.perf_counter(), time.thread_time()
        self.worst = max(self.worst, now - self._last)
        self.worst_cpu = max(self.worst_cpu, cpu - self._last_cpu)
        self._last, self._last_cpu = now, cpu


def run(ctx: BenchContext) -> list[Row]:
    size = 300 if ctx.quick else 100_000
    folder = ctx.demo_dir(size)
    vault = Vault(folder)
    os.environ[PASSPHRASE_ENV] = ctx.PASSPHRASE
    app = make_application([])
    settings = QSettings(str(ctx.tmp_dir() / "ui.ini"), QSettings.Format.IniFormat)
    # The cached demo may predate the newest migrations: a one-time upgrade is not launch time.
    vault.unlock(ctx.PASSPHRASE).close()
    rows = [_launch(vault, settings)]
    shell = Shell(vault, settings)
    prefs.use(settings)
    shell.start()
    window = shell.window
    assert window is not None
    rows.append(_daily_backup(shell, window))
    reset_peak_rss()
    rows += _lookup(window, 2 if ctx.quick else 5)
    rows += _record(window, 3 if ctx.quick else 10)
    rows += _scroll(window, size)
    rows.append(_rss(window))
    window.close()
    app.processEvents()
    return rows


def peak_rss() -> float:
    """This process's peak RSS in MiB since start or the last ``reset_peak_rss`` (Linux)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def reset_peak_rss() -> None:
    """Start a new peak (writing 5 to clear_refs resets VmHWM on Linux)."""
    with contextlib.suppress(OSError):
        Path("/proc/self/clear_refs").write_text("5")


def _daily_backup(shell: Shell, window: MainWindow) -> Row:
    """The day's first backup, made at once and waited for.

    Left to the schedule it starts a minute after launch, in the middle of the other
    measurements (its memory and CPU would be counted as the list's). Its peak is its own row.
    """
    service = shell.backup
    assert service is not None
    settle(window)
    reset_peak_rss()
    before = peak_rss()
    started = time.perf_counter()
    done: list[bool] = []
    service.succeeded.connect(lambda _outcome: done.append(True))
    service.failed.connect(lambda _message: done.append(False))
    service.backup_now()
    while not done:
        wait_for(service.succeeded, 1000)
    elapsed = time.perf_counter() - started
    assert done == [True], "the day's backup should succeed"
    note = (
        f"back up now (the catch-up a minute after launch, made at once); {elapsed:.0f} s; "
        f"RSS {before:.0f} MiB before it"
    )
    return Row(
        AREA,
        "peak memory (RSS) of the app during its daily backup",
        peak_rss(),
        "MiB",
        "≤ 400",
        note,
    )


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


def _lookup(window: MainWindow, reps: int) -> list[Row]:
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


def wait_until(model: PagedTableModel, ready: Callable[[], bool], timeout_s: float = 60) -> None:
    """Run the event loop until ``ready()`` holds (the model says when a page arrived)."""
    deadline = time.perf_counter() + timeout_s
    while not ready() and time.perf_counter() < deadline:
        wait_for(model.loaded, 1000)


def _on_screen(table: QTableView) -> tuple[int, int]:
    last = table.rowAt(table.viewport().height() - 1)
    return max(0, table.rowAt(0)), table.model().rowCount() - 1 if last < 0 else last


def _scroll(window: MainWindow, size: int) -> list[Row]:
    window.show_page("contacts")
    page = window.page("contacts")
    assert isinstance(page, ContactsPage)
    model, table = page.model, page.table
    table.scrollToTop()
    model.reload()
    wait_until(model, lambda: not model.loading)
    settle(window)
    table.setFocus()
    table.setCurrentIndex(model.index(0, 0))
    total = model.rowCount()
    meter = StallMeter()
    meter.start()
    started, cpu = time.perf_counter(), time.process_time()
    steps = waited = 0
    while True:  # Page Down from the first row to the last, as a user holding the key
        press = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_PageDown, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(table, press)
        QApplication.processEvents()  # the view paints what it has
        steps += 1
        first, last = _on_screen(table)
        if not model.is_loaded(first, last):  # the user would see placeholders
            waited += 1
            wait_until(model, lambda: model.is_loaded(first, last))  # noqa: B023
        if last >= total - 1:
            break
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
    assert model.index(total - 1, 0).data() not in (None, PLACEHOLDER)
    jumps: list[float] = []
    bar = table.verticalScrollBar()
    for share in (0.5, 0.1, 0.9, 0.25, 1.0):  # the scroll bar's thumb dragged far away
        wait_until(model, lambda: not model.loading)
        began = time.perf_counter()
        bar.setValue(int(bar.maximum() * share))
        QApplication.processEvents()
        first, last = _on_screen(table)
        wait_until(model, lambda: model.is_loaded(first, last))  # noqa: B023
        jumps.append(time.perf_counter() - began)
    stall = meter.stop()
    held = model.pages_held() * PAGE_SIZE
    note = (
        f"{total} rows, {steps} Page Down steps, {waited} of them showed placeholders "
        f"until their page came; CPU {cpu:.1f} s; at most {model.max_pages} pages of "
        f"{PAGE_SIZE} rows held ({held} rows at the end)"
    )
    return [
        Row(AREA, "scroll the whole contact list, end to end", elapsed, "s", "", note),
        Row(
            AREA,
            "jump far down the list (scroll bar dragged), rows shown, worst of 5",
            max(jumps) * 1000,
            "ms",
            "",
            "to 50%, 10%, 90%, 25%, 100% of the list; the pages are loaded by offset",
        ),
        Row(
            AREA,
            "longest UI-thread stall while scrolling",
            stall,
            "ms",
            "≤ 50",
            "a 5 ms timer's longest wait over the Page Down run and the jumps (wall); "
            f"the most UI-thread CPU between two ticks: {meter.worst_cpu * 1000:.1f} ms",
        ),
    ]


def _rss(window: MainWindow) -> Row:
    page = window.page("contacts")
    held = page.model.pages_held() * PAGE_SIZE if isinstance(page, ContactsPage) else 0
    note = (
        "peak RSS of the app process after its daily backup: lookups, record opens, the full "
        f"scroll; the contact list holds a window of pages ({held} rows at the end), never "
        "every row"
    )
    return Row(AREA, "peak memory (RSS) of the app", peak_rss(), "MiB", "≤ 400", note)
