"""The day and week views: a column per day, half-hour rows, activities as boxes."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QWidget

from crmdesk.activities import ActivityRecord
from crmdesk.ui.calendar.base import CalendarView
from crmdesk.ui.calendar.ranges import local_midnight

SLOT_MINUTES = 30
SLOT_HEIGHT = 22
GUTTER = 56
HEADER = 26
ALL_DAY = 24
SLOTS = 24 * 60 // SLOT_MINUTES


class TimeGridView(CalendarView):
    """Day or week: drag a box to another slot; double-click an empty slot to schedule."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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

    def activity_rect(self, record: ActivityRecord) -> QRect:
        if record.starts_at is None:
            return QRect()
        start = record.starts_at.astimezone()
        if start.date() not in self.days:
            return QRect()
        width = self.column_width()
        left = GUTTER + self.column_of(start.date()) * width
        if record.all_day:
            return QRect(left, HEADER, width, ALL_DAY)
        minutes = start.hour * 60 + start.minute
        length = SLOT_MINUTES
        if record.ends_at is not None:
            length = max(SLOT_MINUTES // 2, int((record.ends_at - start).total_seconds() // 60))
        length = min(length, 24 * 60 - minutes)
        top = self.top + minutes * SLOT_HEIGHT // SLOT_MINUTES
        return QRect(left, top, width, max(SLOT_HEIGHT // 2, length * SLOT_HEIGHT // SLOT_MINUTES))

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
        locale = self.locale()
        for i, day in enumerate(self.days):
            left = GUTTER + i * width
            painter.setPen(text)
            label = self.tr("{weekday} {day}").format(
                weekday=locale.dayName(day.isoweekday(), locale.FormatType.ShortFormat),
                day=day.day,
            )
            painter.drawText(
                QRect(left, 0, width, HEADER), int(Qt.AlignmentFlag.AlignCenter), label
            )
            painter.setPen(grid)
            painter.drawLine(left, 0, left, self.height())
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
