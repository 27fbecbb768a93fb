"""The day and week views: a column per day, half-hour rows, activities as boxes."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QEvent, QLocale, QObject, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QWidget

from crmdesk.activities import ActivityRecord
from crmdesk.ui.calendar.base import CalendarView
from crmdesk.ui.calendar.ranges import assign_lanes, local_midnight

SLOT_MINUTES = 30
SLOT_HEIGHT = 22
GUTTER = 56
HEADER = 0  # the day names are in DayHeader, which does not scroll away
ALL_DAY = 24
SLOTS = 24 * 60 // SLOT_MINUTES


class TimeGridView(CalendarView):
    """Day or week: drag a box to another slot; double-click an empty slot to schedule."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lanes: dict[str, tuple[int, int]] = {}
        self.setMinimumHeight(HEADER + ALL_DAY + SLOTS * SLOT_HEIGHT)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt)
        return QSize(800, HEADER + ALL_DAY + SLOTS * SLOT_HEIGHT)

    @property
    def top(self) -> int:
        return HEADER + ALL_DAY

    def column_width(self) -> int:
        return max(1, (self.width() - GUTTER) // max(1, len(self.days)))

    def column_of(self, day: date) -> int:
        return self.days.index(day)

    def slot_rect(self, when: datetime) -> QRect:
        """The cell of the half hour starting at ``when``."""
        local = when.astimezone()
        column = self.column_of(local.date())
        slot = (local.hour * 60 + local.minute) // SLOT_MINUTES
        width = self.column_width()
        return QRect(GUTTER + column * width, self.top + slot * SLOT_HEIGHT, width, SLOT_HEIGHT)

    def show_activities(self, days: list[date], records: list[ActivityRecord]) -> None:
        spans = []
        for record in records:
            span = self._span(record)
            if span is not None:
                day, start, end = span
                # all-day items share their own band, so give them a separate time line
                offset = (self.days_index(days, day) * 2 + (0 if record.all_day else 1)) * 10**5
                spans.append((record.id, offset + start, offset + end))
        self._lanes = assign_lanes(spans)
        super().show_activities(days, records)

    @staticmethod
    def days_index(days: list[date], day: date) -> int:
        return days.index(day) if day in days else -1

    def _span(self, record: ActivityRecord) -> tuple[date, int, int] | None:
        """(day, start minute, end minute) as drawn; short items take a full slot."""
        if record.starts_at is None:
            return None
        start = record.starts_at.astimezone()
        if record.all_day:
            return start.date(), 0, 1
        minutes = start.hour * 60 + start.minute
        length = SLOT_MINUTES
        if record.ends_at is not None:
            length = max(SLOT_MINUTES, int((record.ends_at - start).total_seconds() // 60))
        return start.date(), minutes, min(24 * 60, minutes + length)

    def activity_rect(self, record: ActivityRecord) -> QRect:
        span = self._span(record)
        if span is None or span[0] not in self.days:
            return QRect()
        day, start, end = span
        width = self.column_width()
        lane, lanes = self._lanes.get(record.id, (0, 1))
        lane_width = max(1, width // lanes)
        left = GUTTER + self.column_of(day) * width + lane * lane_width
        if record.all_day:
            return QRect(left, HEADER, lane_width, ALL_DAY)
        top = self.top + start * SLOT_HEIGHT // SLOT_MINUTES
        return QRect(left, top, lane_width, (end - start) * SLOT_HEIGHT // SLOT_MINUTES)

    def _day_at(self, x: int) -> date | None:
        if x < GUTTER or not self.days:
            return None
        column = (x - GUTTER) // self.column_width()
        return self.days[column] if 0 <= column < len(self.days) else None

    def datetime_at(self, point: QPoint) -> datetime | None:
        day = self._day_at(point.x())
        if day is None or point.y() < self.top:
            return None
        slot = min(SLOTS - 1, (point.y() - self.top) // SLOT_HEIGHT)
        return local_midnight(day) + timedelta(minutes=slot * SLOT_MINUTES)

    def drop_time(self, record: ActivityRecord, top_left: QPoint) -> datetime | None:
        day = self._day_at(top_left.x() + self.column_width() // 2)
        if day is None:
            return None
        if record.all_day:
            return local_midnight(day)
        # snap the box's top edge to the nearest slot
        y = top_left.y() - self.top + SLOT_HEIGHT // 2
        slot = max(0, min(SLOTS - 1, y // SLOT_HEIGHT))
        return local_midnight(day) + timedelta(minutes=slot * SLOT_MINUTES)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt)
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        grid = palette.color(QPalette.ColorRole.Mid)
        text = palette.color(QPalette.ColorRole.Text)
        width = self.column_width()
        for i in range(len(self.days)):
            left = GUTTER + i * width
            painter.setPen(grid)
            painter.drawLine(left, 0, left, self.height())
        if self.days:
            painter.setPen(text)
            painter.drawText(
                QRect(0, 0, GUTTER - 4, ALL_DAY),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                self.tr("All day"),
            )
        for slot in range(SLOTS + 1):
            y = self.top + slot * SLOT_HEIGHT
            painter.setPen(grid)
            painter.drawLine(GUTTER if slot % 2 else 0, y, self.width(), y)
            if slot % 2 == 0 and slot < SLOTS:
                painter.setPen(text)
                painter.drawText(
                    QRect(0, y, GUTTER - 4, SLOT_HEIGHT),
                    int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop),
                    f"{slot // 2:02d}:00",
                )
        for record in self.records:
            self.paint_activity(painter, record, self.activity_rect(record))
        self.paint_drag(painter)
        painter.end()


class DayHeader(QWidget):
    """The day names above a time grid, outside its scroll area so they stay in view."""

    def __init__(self, grid: TimeGridView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = grid
        self.setFixedHeight(self.fontMetrics().height() + 10)
        grid.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt)
        if watched is self.grid and event.type() in (QEvent.Type.Resize, QEvent.Type.Paint):
            self.update()
        return False

    def labels(self) -> list[str]:
        locale = self.locale()
        return [
            self.tr("{weekday} {day}").format(
                weekday=locale.dayName(day.isoweekday(), QLocale.FormatType.ShortFormat),
                day=day.day,
            )
            for day in self.grid.days
        ]

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt)
        painter = QPainter(self)
        offset = self.grid.mapTo(self.window(), QPoint(0, 0)).x()
        offset -= self.mapTo(self.window(), QPoint(0, 0)).x()
        width = self.grid.column_width()
        painter.setPen(self.palette().color(QPalette.ColorRole.Text))
        for i, label in enumerate(self.labels()):
            painter.drawText(
                QRect(offset + GUTTER + i * width, 0, width, self.height()),
                int(Qt.AlignmentFlag.AlignCenter),
                label,
            )
        painter.end()
