"""The calendar: ranges, drag to reschedule, double-click a free slot to schedule."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale, QPoint, Qt, QTime
from pytestqt.qtbot import QtBot

from crmdesk import activities, local_settings
from crmdesk.activities import ActivityDraft
from crmdesk.changes import Changes
from crmdesk.clock import FakeClock
from crmdesk.ui.activity_dialog import ActivityDialog
from crmdesk.ui.calendar import CalendarPage
from crmdesk.ui.calendar.base import CalendarView
from crmdesk.ui.calendar.ranges import Mode, assign_lanes, step, visible_days
from crmdesk.ui.ops import AppContext
from crmdesk.vault import Vault

PASSPHRASE = "correct horse battery"
MONDAY = datetime(2026, 11, 23, 8, 30).astimezone()


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute).astimezone()


@pytest.fixture
def ctx(tmp_path: Path, qtbot: QtBot) -> Iterator[AppContext]:
    db = Vault(tmp_path / "vault").init(PASSPHRASE, user_name="somchai", region="TH")
    context = AppContext(db)
    yield context
    context.wait()
    db.close()


def _schedule(ctx: AppContext, regarding: str, starts: datetime, minutes: int = 60) -> str:
    with ctx.db.write() as s:
        draft = ActivityDraft(
            "meeting", regarding, starts_at=starts, ends_at=starts + timedelta(minutes=minutes)
        )
        return activities.schedule(s, draft).id


def _page(ctx: AppContext, qtbot: QtBot) -> CalendarPage:
    page = CalendarPage(ctx, clock=FakeClock(MONDAY))
    qtbot.addWidget(page)
    page.resize(1100, 700)
    with qtbot.waitSignal(page.loaded):
        page.show()
    return page


def _drag(qtbot: QtBot, view: CalendarView, start: QPoint, end: QPoint) -> None:
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(view, start + QPoint(0, 8))
    qtbot.mouseMove(view, end)
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=end)


def test_visible_ranges_for_day_week_and_month() -> None:
    thursday = date(2026, 11, 26)
    assert visible_days(Mode.DAY, thursday) == [thursday]
    week = visible_days(Mode.WEEK, thursday)
    assert (week[0], week[-1]) == (date(2026, 11, 23), date(2026, 11, 29))
    month = visible_days(Mode.MONTH, thursday)
    assert len(month) == 42 and month[0] == date(2026, 10, 26) and date(2026, 11, 30) in month
    assert step(Mode.MONTH, date(2026, 12, 31), 1) == date(2027, 1, 1)


def test_week_shows_only_the_weeks_activities(ctx: AppContext, qtbot: QtBot) -> None:
    inside = _schedule(ctx, "Demo at Acme", at(24, 10))
    _schedule(ctx, "Next week", at(30, 10))
    page = _page(ctx, qtbot)
    assert [r.id for r in page.grid.records] == [inside]
    rect = page.grid.activity_rect(page.grid.records[0])
    assert rect.intersects(page.grid.slot_rect(at(24, 10))) and rect.height() > 0
    with qtbot.waitSignal(page.loaded):
        qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert [r.regarding for r in page.grid.records] == ["Next week"]


def test_dragging_a_meeting_to_another_slot_reschedules_it(ctx: AppContext, qtbot: QtBot) -> None:
    meeting = _schedule(ctx, "Demo at Acme", at(24, 10), minutes=90)
    page = _page(ctx, qtbot)
    grid = page.grid
    box = grid.activity_rect(grid.records[0])
    grab = box.topLeft() + QPoint(6, 6)
    target = grid.slot_rect(at(26, 14, 30)).topLeft() + QPoint(6, 6)
    with qtbot.waitSignal(page.loaded):  # it reloads after the change
        _drag(qtbot, grid, grab, target)
    with ctx.db.read() as s:
        moved = activities.get_activity(s, meeting)
    assert moved.starts_at == at(26, 14, 30)
    assert moved.ends_at == at(26, 16)  # the length is kept
    assert grid.activity_rect(grid.records[0]).intersects(grid.slot_rect(at(26, 14, 30)))


def test_double_clicking_a_free_slot_schedules_at_that_time(ctx: AppContext, qtbot: QtBot) -> None:
    page = _page(ctx, qtbot)
    slot = page.grid.slot_rect(at(27, 15))
    qtbot.mouseDClick(page.grid, Qt.MouseButton.LeftButton, pos=slot.center())
    dialog = page.dialog
    assert isinstance(dialog, ActivityDialog) and dialog.isVisible()
    assert dialog.date_edit.date() == QDate(2026, 11, 27)
    assert dialog.time_edit.time() == QTime(15, 0)
    qtbot.keyClicks(dialog.regarding_edit, "Call back Khun Lek")
    with qtbot.waitSignal(page.loaded):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert [(r.regarding, r.starts_at) for r in page.grid.records] == [
        ("Call back Khun Lek", at(27, 15))
    ]


def test_month_view_drag_moves_to_another_day_keeping_the_time(
    ctx: AppContext, qtbot: QtBot
) -> None:
    meeting = _schedule(ctx, "Quarterly review", at(10, 13, 15))
    page = _page(ctx, qtbot)
    with qtbot.waitSignal(page.loaded):
        qtbot.mouseClick(page.mode_buttons[Mode.MONTH], Qt.MouseButton.LeftButton)
    view = page.month_view
    assert page.stack.currentWidget() is view
    assert [r.id for r in view.records] == [meeting]
    box = view.activity_rect(view.records[0])
    grab = box.topLeft() + QPoint(4, 4)
    target = view.day_rect(date(2026, 11, 18)).topLeft() + (grab - box.topLeft())
    target += QPoint(0, 18)  # the box sits below the day number
    with qtbot.waitSignal(page.loaded):
        _drag(qtbot, view, grab, target)
    with ctx.db.read() as s:
        assert activities.get_activity(s, meeting).starts_at == at(18, 13, 15)

    qtbot.mouseDClick(
        view, Qt.MouseButton.LeftButton, pos=view.day_rect(date(2026, 11, 5)).center()
    )
    assert isinstance(page.dialog, ActivityDialog)
    assert page.dialog.date_edit.date() == QDate(2026, 11, 5)
    assert page.dialog.time_edit.time() == QTime(9, 0)


def test_titles_follow_the_buddhist_era_date_setting(ctx: AppContext, qtbot: QtBot) -> None:
    page = _page(ctx, qtbot)
    assert page.title.text() == "2026-11-23 – 2026-11-29"
    with qtbot.waitSignal(page.loaded):
        ctx.change(
            lambda s: local_settings.set_value(s, "date_format", "dmy_be"),
            Changes(settings=True),
        )
    assert page.title.text() == "23/11/2569 – 29/11/2569"
    with qtbot.waitSignal(page.loaded):
        page.set_mode(Mode.MONTH)
    assert page.title.text().endswith("2569")


def test_overlapping_spans_share_the_width() -> None:
    lanes = assign_lanes([("a", 0, 60), ("b", 30, 90), ("c", 60, 120), ("d", 200, 230)])
    assert lanes == {"a": (0, 2), "b": (1, 2), "c": (0, 2), "d": (0, 1)}


def test_meetings_at_the_same_time_are_drawn_side_by_side(ctx: AppContext, qtbot: QtBot) -> None:
    _schedule(ctx, "Demo", at(24, 10))
    _schedule(ctx, "Lunch", at(24, 10, 30))
    page = _page(ctx, qtbot)
    first, second = (page.grid.activity_rect(r) for r in page.grid.records)
    assert not first.intersects(second)
    assert first.width() == second.width() < page.grid.column_width()
    assert page.grid.record_at(second.center()).regarding == "Lunch"  # type: ignore[union-attr]


def test_day_view_shows_one_day_and_schedules_in_it(ctx: AppContext, qtbot: QtBot) -> None:
    _schedule(ctx, "Tuesday demo", at(24, 10))
    page = _page(ctx, qtbot)
    with qtbot.waitSignal(page.loaded):
        qtbot.mouseClick(page.mode_buttons[Mode.DAY], Qt.MouseButton.LeftButton)
    assert page.grid.days == [date(2026, 11, 23)] and page.grid.records == []
    monday = QLocale().dayName(1, QLocale.FormatType.ShortFormat)
    assert page.day_header.labels() == [f"{monday} 23"]
    with qtbot.waitSignal(page.loaded):
        qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert [r.regarding for r in page.grid.records] == ["Tuesday demo"]
    assert page.title.text() == "2026-11-24"
    qtbot.mouseDClick(
        page.grid, Qt.MouseButton.LeftButton, pos=page.grid.slot_rect(at(24, 16, 30)).center()
    )
    assert isinstance(page.dialog, ActivityDialog)
    assert page.dialog.time_edit.time() == QTime(16, 30)
    with qtbot.waitSignal(page.loaded):
        qtbot.mouseClick(page.today_button, Qt.MouseButton.LeftButton)
    assert page.grid.days == [date(2026, 11, 23)]
