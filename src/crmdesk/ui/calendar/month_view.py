"""The month view: six weeks of days, each listing its activities."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QWidget

from crmdesk.activities import ActivityRecord
from crmdesk.ui.calendar.base import CalendarView
from crmdesk.ui.calendar.ranges import local_midnight

HEADER = 24
LINE = 18
DAY_LABEL = 18
DEFAULT_START = time(9, 0)


class MonthView(CalendarView):
    """Drag an activity to another day (same time); double-click a day to schedule at 09:00."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.month = date.today().month

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt)
        return QSize(800, 600)

    def cell_size(self) -> QSize:
        rows = max(1, len(self.days) // 7)
        return QSize(max(1, self.width() // 7), max(1, (self.height() - HEADER) // rows))

    def day_rect(self, day: date) -> QRect:
        index = self.days.index(day)
        size = self.cell_size()
        return QRect(
            (index % 7) * size.width(),
            HEADER + (index // 7) * size.height(),
            size.width(),
            size.height(),
        )

    def _records_on(self, day: date) -> list[ActivityRecord]:
        return [r for r in self.records if r.starts_at and r.starts_at.astimezone().date() == day]

    def activity_rect(self, record: ActivityRecord) -> QRect:
        if record.starts_at is None:
            return QRect()
        day = record.starts_at.astimezone().date()
        if day not in self.days:
            return QRect()
        cell = self.day_rect(day)
        index = self._records_on(day).index(record)
        top = cell.top() + DAY_LABEL + index * LINE
        if top + LINE > cell.bottom():
            return QRect()  # no room: the cell shows "+n more"
        return QRect(cell.left() + 2, top, cell.width() - 4, LINE - 1)

    def _day_at(self, point: QPoint) -> date | None:
        if point.y() < HEADER or not self.days:
            return None
        size = self.cell_size()
        index = (point.y() - HEADER) // size.height() * 7 + point.x() // size.width()
        return self.days[index] if 0 <= index < len(self.days) else None

    def datetime_at(self, point: QPoint) -> datetime | None:
        day = self._day_at(point)
        if day is None:
            return None
        return local_midnight(day) + timedelta(hours=DEFAULT_START.hour)

    def drop_time(self, record: ActivityRecord, top_left: QPoint) -> datetime | None:
        day = self._day_at(top_left + QPoint(self.cell_size().width() // 2, LINE // 2))
        if day is None or record.starts_at is None:
            return None
        start = record.starts_at.astimezone()
        return datetime.combine(day, start.time()).astimezone()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt)
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        grid = palette.color(QPalette.ColorRole.Mid)
        text = palette.color(QPalette.ColorRole.Text)
        faint = palette.color(QPalette.ColorRole.PlaceholderText)
        locale = self.locale()
        size = self.cell_size()
        for i, day in enumerate(self.days[:7]):
            painter.setPen(text)
            painter.drawText(
                QRect(i * size.width(), 0, size.width(), HEADER),
                int(Qt.AlignmentFlag.AlignCenter),
                locale.dayName(day.isoweekday(), locale.FormatType.ShortFormat),
            )
        for day in self.days:
            cell = self.day_rect(day)
            painter.setPen(grid)
            painter.drawRect(cell)
            painter.setPen(text if day.month == self.month else faint)
            painter.drawText(
                cell.adjusted(4, 2, -4, 0),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
                str(day.day),
            )
            hidden = 0
            for record in self._records_on(day):
                rect = self.activity_rect(record)
                if rect.isEmpty():
                    hidden += 1
                    continue
                self.paint_activity(painter, record, rect)
            if hidden:
                painter.setPen(text)
                painter.drawText(
                    cell.adjusted(4, 2, -4, 0),
                    int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop),
                    self.tr("+{0} more").format(hidden),
                )
        self.paint_drag(painter)
        painter.end()
