"""Alarms fire with a controllable clock: dialog, snooze, complete, missed while closed."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from crmdesk import activities, clock, contacts
from crmdesk.activities import ActivityDraft
from crmdesk.clock import FakeClock
from crmdesk.records import ContactDraft
from crmdesk.ui import prefs
from crmdesk.ui.activity_dialog import ActivityDialog, CompleteDialog, RescheduleDialog
from crmdesk.ui.alarms import AlarmDialog, AlarmWatcher
from crmdesk.ui.contact_view import ContactView
from crmdesk.ui.main_window import MainWindow
from crmdesk.ui.ops import AppContext
from crmdesk.vault import Vault

PASSPHRASE = "correct horse battery"
START = datetime(2026, 11, 23, 8, 0).astimezone()


@pytest.fixture
def ctx(tmp_path: Path, qtbot: QtBot) -> Iterator[AppContext]:
    db = Vault(tmp_path / "vault").init(PASSPHRASE, user_name="somchai", region="TH")
    context = AppContext(db)
    yield context
    context.wait()
    db.close()


def _call_at_nine(ctx: AppContext, alarm_minutes: int = 15) -> tuple[str, str]:
    with ctx.db.write() as s:
        contact = contacts.add_contact(s, ContactDraft(display_name="Somchai"))
        call = activities.schedule(
            s,
            ActivityDraft(
                "call",
                "Renewal",
                starts_at=START + timedelta(hours=1),
                alarm_minutes=alarm_minutes,
                contact_id=contact.id,
            ),
        )
    return contact.id, call.id


def _check(watcher: AlarmWatcher, ctx: AppContext, qtbot: QtBot) -> None:
    watcher.check_now()
    ctx.wait()
    qtbot.waitUntil(lambda: not watcher._checking)


def test_call_alarm_fires_then_complete_puts_it_in_history(ctx: AppContext, qtbot: QtBot) -> None:
    contact_id, call_id = _call_at_nine(ctx)
    clock = FakeClock(START)
    watcher = AlarmWatcher(ctx, clock)
    watcher.start()
    ctx.wait()
    qtbot.waitUntil(lambda: not watcher._checking)
    assert watcher.dialog is None  # 08:00, the alarm is at 08:45

    clock.advance(timedelta(minutes=46))
    with qtbot.waitSignal(watcher.alarm_shown) as shown:
        watcher.check_now()
    dialog: AlarmDialog = shown.args[0]
    qtbot.addWidget(dialog)
    assert dialog.isVisible()
    assert "Somchai" in dialog.list.item(0).text() and "Renewal" in dialog.list.item(0).text()

    qtbot.mouseClick(dialog.complete_button, Qt.MouseButton.LeftButton)
    complete = dialog.child_dialog
    assert isinstance(complete, CompleteDialog)
    qtbot.waitUntil(complete.complete_button.isEnabled)
    qtbot.keyClicks(complete.outcome_edit, "Renewed for two years")
    with qtbot.waitSignal(complete.completed):
        qtbot.mouseClick(complete.complete_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()  # nothing left to show
    with ctx.db.read() as s:
        [done] = activities.history(s, contact_id=contact_id)
    assert (done.id, done.outcome) == (call_id, "Renewed for two years")


def test_an_alarm_fires_only_once(ctx: AppContext, qtbot: QtBot) -> None:
    _call_at_nine(ctx)
    clock = FakeClock(START + timedelta(minutes=50))
    watcher = AlarmWatcher(ctx, clock)
    with qtbot.waitSignal(watcher.alarm_shown) as shown:
        watcher.check_now()
    dialog: AlarmDialog = shown.args[0]
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.dismiss_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    clock.advance(timedelta(minutes=1))
    _check(watcher, ctx, qtbot)
    assert not dialog.isVisible()


def test_snoozed_alarm_returns_only_after_its_snooze(ctx: AppContext, qtbot: QtBot) -> None:
    _call_at_nine(ctx)
    clock = FakeClock(START + timedelta(minutes=45))
    watcher = AlarmWatcher(ctx, clock)
    with qtbot.waitSignal(watcher.alarm_shown) as shown:
        watcher.check_now()
    dialog: AlarmDialog = shown.args[0]
    qtbot.addWidget(dialog)
    dialog.snooze_box.setCurrentIndex(dialog.snooze_box.findData(10))
    qtbot.mouseClick(dialog.snooze_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()

    clock.advance(timedelta(minutes=9))
    _check(watcher, ctx, qtbot)
    assert not dialog.isVisible()
    clock.advance(timedelta(minutes=2))
    _check(watcher, ctx, qtbot)
    assert dialog.isVisible()
    assert "Renewal" in dialog.list.item(0).text()


def test_alarm_missed_while_closed_shows_at_next_start(ctx: AppContext, qtbot: QtBot) -> None:
    _call_at_nine(ctx)
    clock = FakeClock(START)
    first_run = AlarmWatcher(ctx, clock)
    _check(first_run, ctx, qtbot)
    assert first_run.dialog is None
    first_run.stop()  # the app closes at 08:00 and opens again at 10:30

    clock.set(START + timedelta(hours=2, minutes=30))
    next_run = AlarmWatcher(ctx, clock)
    with qtbot.waitSignal(next_run.alarm_shown) as shown:
        next_run.start()
    next_run.stop()
    dialog: AlarmDialog = shown.args[0]
    qtbot.addWidget(dialog)
    assert [r.regarding for r in dialog.records()] == ["Renewal"]


def test_open_record_and_reschedule_from_the_alarm(ctx: AppContext, qtbot: QtBot) -> None:
    contact_id, call_id = _call_at_nine(ctx)
    clock = FakeClock(START + timedelta(minutes=46))
    watcher = AlarmWatcher(ctx, clock)
    with qtbot.waitSignal(watcher.alarm_shown) as shown:
        watcher.check_now()
    dialog: AlarmDialog = shown.args[0]
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(watcher.open_record) as opened:
        qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert opened.args == ["contact", contact_id]

    qtbot.mouseClick(dialog.reschedule_button, Qt.MouseButton.LeftButton)
    move = dialog.child_dialog
    assert isinstance(move, RescheduleDialog)
    move.date_edit.setDate(move.date_edit.date().addDays(1))
    with qtbot.waitSignal(move.rescheduled):
        move.save()
    with ctx.db.read() as s:
        moved = activities.get_activity(s, call_id)
    assert moved.starts_at == START + timedelta(days=1, hours=1)
    assert not dialog.isVisible()


@pytest.fixture
def app_clock() -> Iterator[FakeClock]:
    """The app-wide clock replaced by one the test moves (the outside world we do not own)."""
    fake = FakeClock(START)
    clock.use(fake)
    yield fake
    clock.use(None)


def test_main_window_call_alarm_to_history(
    ctx: AppContext, tmp_path: Path, qtbot: QtBot, app_clock: FakeClock
) -> None:
    """Schedule a call in the main window, its alarm fires, complete it, see it in History."""
    with ctx.db.write() as s:
        somchai = contacts.add_contact(s, ContactDraft(display_name="สมชาย ใจดี")).id
    window = MainWindow(ctx, prefs.interface_settings(tmp_path / "interface"))
    qtbot.addWidget(window)
    window.show()
    window.open_record("contact", somchai)

    dialog = window.schedule("call")
    assert isinstance(dialog, ActivityDialog)
    qtbot.waitUntil(lambda: dialog.contact_picker.record_id() == somchai)
    qtbot.keyClicks(dialog.regarding_edit, "Contract renewal")
    dialog.time_edit.setTime(dialog.time_edit.time().addSecs(3600))  # 09:30
    dialog.alarm_spin.setValue(10)
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    watcher = window.alarms
    assert isinstance(watcher, AlarmWatcher)
    app_clock.advance(timedelta(hours=1, minutes=21))  # 09:21, the alarm was at 09:20
    with qtbot.waitSignal(watcher.alarm_shown) as shown:
        watcher.check_now()
    alarm: AlarmDialog = shown.args[0]
    assert "Contract renewal" in alarm.list.item(0).text()
    qtbot.mouseClick(alarm.complete_button, Qt.MouseButton.LeftButton)
    complete = alarm.child_dialog
    assert isinstance(complete, CompleteDialog)
    qtbot.waitUntil(complete.complete_button.isEnabled)
    qtbot.keyClicks(complete.outcome_edit, "Signed for two years")
    with qtbot.waitSignal(complete.completed):
        qtbot.mouseClick(complete.complete_button, Qt.MouseButton.LeftButton)

    window.open_record("contact", somchai)
    view = window.record
    assert isinstance(view, ContactView)
    qtbot.waitUntil(lambda: bool(view.history.texts()))
    assert view.history.texts()[0][2:] == ["Contract renewal", "Signed for two years"]
    window.close()
