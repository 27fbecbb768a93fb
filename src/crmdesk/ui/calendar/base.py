"""What day, week and month views share: drawn activities, dragging, double-clicking a slot."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QPoint, QRect, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPalette
from PySide6.QtWidgets import QWidget

from crmdesk.activities import ActivityRecord

DRAG_DISTANCE = 4
_COLOURS = {"call": "#4e79a7", "meeting": "#59a14f", "todo": "#f28e2b"}


class CalendarView(QWidget):
    """Shows activities for ``days``; subclasses place them and map points to times."""

    #: An activity was dragged to a new start (activity id, aware datetime).
    activity_moved = Signal(str, object)
    #: An empty slot was double-clicked (aware datetime to schedule at).
    slot_double_clicked = Signal(object)
    #: An activity was double-clicked (its ActivityRecord).
    activity_double_clicked = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.days: list[date] = []
        self.records: list[ActivityRecord] = []
        self._press: tuple[ActivityRecord, QPoint, QPoint] | None = None  # record, press, offset
        self._drag_at: QPoint | None = None
        self.setMouseTracking(False)

    def show_activities(self, days: list[date], records: list[ActivityRecord]) -> None:
        self.days = days
        self.records = records
        self.update()

    # Subclasses: geometry.
    def activity_rect(self, record: ActivityRecord) -> QRect:
        raise NotImplementedError

    def datetime_at(self, point: QPoint) -> datetime | None:
        """The slot start under ``point`` (None outside the days)."""
        raise NotImplementedError

    def drop_time(self, record: ActivityRecord, top_left: QPoint) -> datetime | None:
        """Where ``record`` starts if its drawn box is let go with its corner at ``top_left``."""
        raise NotImplementedError

    # Shared behaviour.
    def record_at(self, point: QPoint) -> ActivityRecord | None:
        for record in reversed(self.records):
            if self.activity_rect(record).contains(point):
                return record
        return None

    def colour(self, record: ActivityRecord) -> QColor:
        return QColor(_COLOURS.get(record.kind, "#9c755f"))

    def paint_activity(self, painter: QPainter, record: ActivityRecord, rect: QRect) -> None:
        if rect.isEmpty():
            return
        painter.fillRect(rect.adjusted(1, 1, -1, -1), self.colour(record))
        painter.setPen(QColor("white"))
        text = record.regarding
        who = record.contact_name or record.company_name
        if who:
            text = self.tr("{regarding} ({who})").format(regarding=record.regarding, who=who)
        inner = rect.adjusted(4, 1, -2, -1)
        metrics = painter.fontMetrics()
        if inner.height() < 2 * metrics.height():  # one line: cut it with an ellipsis
            text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, inner.width())
            flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        else:
            flags = (
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
            )
        painter.save()
        painter.setClipRect(inner)
        painter.drawText(inner, int(flags), text)
        painter.restore()

    def paint_drag(self, painter: QPainter) -> None:
        if self._press is None or self._drag_at is None:
            return
        record, _, offset = self._press
        rect = self.activity_rect(record)
        rect.moveTopLeft(self._drag_at - offset)
        colour = self.palette().color(QPalette.ColorRole.Highlight)
        colour.setAlpha(120)
        painter.fillRect(rect, colour)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt)
        point = event.position().toPoint()
        record = self.record_at(point) if event.button() == Qt.MouseButton.LeftButton else None
        if record is not None:
            offset = point - self.activity_rect(record).topLeft()
            self._press = (record, point, offset)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt)
        if self._press is not None:
            point = event.position().toPoint()
            if (point - self._press[1]).manhattanLength() >= DRAG_DISTANCE:
                self._drag_at = point
                self.update()
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt)
        press, dragged_to = self._press, self._drag_at
        self._press = None
        self._drag_at = None
        if press is not None and dragged_to is not None:
            record, _, offset = press
            when = self.drop_time(record, dragged_to - offset)
            if when is not None and when != record.starts_at:
                self.activity_moved.emit(record.id, when)
            self.update()
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt)
        point = event.position().toPoint()
        record = self.record_at(point)
        if record is not None:
            self.activity_double_clicked.emit(record)
            return
        when = self.datetime_at(point)
        if when is not None:
            self.slot_double_clicked.emit(when)
