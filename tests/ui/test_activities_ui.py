"""Scheduling, completing and following up activities through the dialogs."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from pytestqt.qtbot import QtBot

from crmdesk import activities, contacts
from crmdesk.activities import ActivityDraft
from crmdesk.clock import FakeClock
from crmdesk.records import ContactDraft
from crmdesk.ui.activity_dialog import ActivityDialog, CompleteDialog, schedule_activity
from crmdesk.ui.ops import AppContext
from crmdesk.vault import Vault

PASSPHRASE = "correct horse battery"
NOW = datetime(2026, 11, 23, 9, 10).astimezone()


@pytest.fixture
def ctx(tmp_path: Path, qtbot: QtBot) -> Iterator[AppContext]:
    db = Vault(tmp_path / "vault").init(PASSPHRASE, user_name="somchai", region="TH")
    context = AppContext(db)
    yield context
    context.wait()
    db.close()


def _contact(ctx: AppContext, name: str) -> str:
    with ctx.db.write() as s:
        return contacts.add_contact(s, ContactDraft(display_name=name)).id


def test_scheduling_a_call_stores_time_alarm_and_contact(ctx: AppContext, qtbot: QtBot) -> None:
    somchai = _contact(ctx, "สมชาย ใจดี")
    dialog = schedule_activity(ctx, None, kind="call", contact_id=somchai, clock=FakeClock(NOW))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.contact_picker.currentText() == "สมชาย ใจดี")
    assert dialog.time_edit.time() == QTime(9, 30)  # the next half hour
    qtbot.keyClicks(dialog.regarding_edit, "Quote for 20 printers")
    dialog.date_edit.setDate(QDate(2026, 11, 24))
    dialog.time_edit.setTime(QTime(14, 0))
    dialog.duration_spin.setValue(45)
    dialog.alarm_spin.setValue(10)
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    with ctx.db.read() as s:
        [call] = activities.list_scheduled(s, contact_id=somchai)
    assert (call.kind, call.regarding) == ("call", "Quote for 20 printers")
    assert call.starts_at == datetime(2026, 11, 24, 14, 0).astimezone()
    assert call.ends_at == call.starts_at + timedelta(minutes=45)
    assert call.alarm_at == call.starts_at - timedelta(minutes=10)


def test_missing_regarding_is_reported_next_to_the_field(ctx: AppContext, qtbot: QtBot) -> None:
    dialog = ActivityDialog(ctx, clock=FakeClock(NOW))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.errors["regarding"].isVisible()
    assert "about" in dialog.errors["regarding"].text()
    ctx.wait()
    with ctx.db.read() as s:
        assert activities.list_scheduled(s) == []


def test_all_day_to_do_without_alarm(ctx: AppContext, qtbot: QtBot) -> None:
    dialog = ActivityDialog(ctx, kind="todo", clock=FakeClock(NOW))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.regarding_edit, "Send brochure")
    dialog.all_day_check.setChecked(True)
    dialog.alarm_check.setChecked(False)
    assert not dialog.time_edit.isEnabled()
    with qtbot.waitSignal(dialog.saved) as blocker:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    todo = blocker.args[0]
    assert todo.all_day and todo.kind == "todo" and todo.alarm_minutes is None


def test_completing_records_outcome_and_offers_prefilled_follow_up(
    ctx: AppContext, qtbot: QtBot
) -> None:
    somchai = _contact(ctx, "Somchai")
    with ctx.db.write() as s:
        call = activities.schedule(
            s, ActivityDraft("call", "Price check", starts_at=NOW, contact_id=somchai)
        )
    dialog = CompleteDialog(ctx, call.id, clock=FakeClock(NOW))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: "Price check" in dialog.title_label.text())
    assert "Somchai" in dialog.title_label.text()
    qtbot.keyClicks(dialog.outcome_edit, "Wants a discount")
    dialog.follow_up_check.setChecked(True)
    with qtbot.waitSignal(dialog.follow_up_opened) as opened:
        qtbot.mouseClick(dialog.complete_button, Qt.MouseButton.LeftButton)
    with ctx.db.read() as s:
        [done] = activities.history(s, contact_id=somchai)
    assert done.outcome == "Wants a discount"
    follow_up: ActivityDialog = opened.args[0]
    qtbot.addWidget(follow_up)
    assert follow_up.isVisible()
    assert follow_up.regarding_edit.text() == "Follow-up: Price check"
    qtbot.waitUntil(lambda: follow_up.contact_picker.record_id() == somchai)


def test_contact_is_found_by_typing_and_picked_from_suggestions(
    ctx: AppContext, qtbot: QtBot
) -> None:
    wanted = _contact(ctx, "Malee Srisuk")
    _contact(ctx, "Malai Wong")
    _contact(ctx, "Somchai")
    dialog = ActivityDialog(ctx, clock=FakeClock(NOW))
    qtbot.addWidget(dialog)
    dialog.show()
    picker = dialog.contact_picker
    qtbot.keyClicks(picker.lineEdit(), "Mal")
    popup = picker.finder.popup()
    qtbot.waitUntil(lambda: popup.isVisible() and picker.hits.rowCount() == 2)
    names = [picker.hits.item(r).text() for r in range(picker.hits.rowCount())]
    assert sorted(names) == ["Malai Wong", "Malee Srisuk"]
    assert picker.lineEdit().text() == "Mal"  # typing was not taken over
    row = names.index("Malee Srisuk")
    popup.setCurrentIndex(picker.hits.index(row, 0))
    with qtbot.waitSignal(picker.picked) as picked:
        qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert picked.args == [wanted]
    assert picker.record_id() == wanted and picker.currentText() == "Malee Srisuk"
    qtbot.keyClicks(dialog.regarding_edit, "Intro call")
    with qtbot.waitSignal(dialog.saved) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert saved.args[0].contact_id == wanted
