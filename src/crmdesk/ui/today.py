"""The Today page: calls, meetings and to-dos due today or overdue, each with a Complete button."""

from __future__ import annotations

from datetime import datetime, time
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crmdesk import activities
from crmdesk.activities import ActivityRecord
from crmdesk.changes import Changes
from crmdesk.clock import Clock, SystemClock
from crmdesk.ui.activity_launch import complete, schedule
from crmdesk.ui.guard import LatestAnswer
from crmdesk.ui.icons import icon
from crmdesk.ui.ops import AppContext
from crmdesk.ui.record_tabs import ID_ROLE, kind_name, priority_name, when

#: Rows with a Complete button; more would make the page slow to build (each is a widget).
MAX_ROWS = 200


def end_of_today(now: datetime) -> datetime:
    local = now.astimezone()
    return datetime.combine(local.date(), time(23, 59, 59), tzinfo=local.tzinfo)


class TodayPage(QWidget):
    """What to do today; double-click opens the contact, Complete asks for the outcome."""

    open_record = Signal(str, str)
    loaded = Signal()

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, *, clock: Clock | None = None
    ) -> None:
        super().__init__(parent)
        # Reloads overlap: only the newest request's answer is shown.
        self._answers = LatestAnswer(self)
        self._ctx = ctx
        self._clock = clock or SystemClock()
        self.items: list[ActivityRecord] = []
        self.total = 0
        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.summary = QLabel()
        self.more_label = QLabel()
        self.more_label.setVisible(False)
        self.list = QTreeWidget()
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setAlternatingRowColors(True)
        self.list.setHeaderLabels(
            [
                self.tr("Due"),
                self.tr("Type"),
                self.tr("Regarding"),
                self.tr("With"),
                self.tr("Priority"),
                "",
            ]
        )
        self.list.itemActivated.connect(self._open_item)
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.ResizeToContents)
        self.complete_buttons: dict[str, QPushButton] = {}
        add = QHBoxLayout()
        for kind, text in (
            ("call", self.tr("Schedule &call…")),
            ("meeting", self.tr("Schedule &meeting…")),
            ("todo", self.tr("Schedule &to-do…")),
        ):
            button = QPushButton(icon(kind), text)
            button.clicked.connect(lambda _c=False, k=kind: schedule(self._ctx, self, k))
            add.addWidget(button)
        add.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.more_label)
        layout.addLayout(add)
        self.reload()

    def reload(self) -> None:
        now = self._clock.now()
        until = end_of_today(now)

        def load(session: Any) -> tuple[list[ActivityRecord], int, int]:
            total, late = activities.count_due(session, until, now)
            return activities.due(session, until, limit=MAX_ROWS), total, late

        self._ctx.query(load, self._answers.callback(lambda result: self._show(*result)))

    def _show(self, items: list[ActivityRecord], total: int, overdue: int) -> None:
        now = self._clock.now()
        self.items = items
        self.total = total
        self.heading.setText(
            self.tr("Today, %1").replace("%1", now.astimezone().strftime("%Y-%m-%d"))
        )
        self.summary.setText(
            self.tr("%n activity(ies) due", "", total) + " · " + self.tr("%n overdue", "", overdue)
            if total
            else self.tr("Nothing due today. Enjoy!")
        )
        self.list.clear()
        self.complete_buttons = {}
        self.more_label.setText(
            self.tr("Showing the first %1 of %2, oldest first.")
            .replace("%1", str(len(items)))
            .replace("%2", str(total))
        )
        self.more_label.setVisible(total > len(items))
        for a in items:
            item = QTreeWidgetItem(
                [
                    when(a.starts_at),
                    kind_name(a.kind),
                    a.regarding,
                    a.contact_name or a.company_name or "",
                    priority_name(a.priority),
                    "",
                ]
            )
            item.setData(0, ID_ROLE, a.id)
            if a.starts_at and a.starts_at < now:
                item.setForeground(0, Qt.GlobalColor.red)
                item.setToolTip(0, self.tr("Overdue"))
            self.list.addTopLevelItem(item)
            button = QPushButton(icon("complete"), self.tr("Complete"))
            button.clicked.connect(lambda _c=False, i=a.id: self.complete(i))
            self.list.setItemWidget(item, 5, button)
            self.complete_buttons[a.id] = button
        for column in (0, 1, 3, 4):
            self.list.resizeColumnToContents(column)
        self.loaded.emit()

    def complete(self, activity_id: str) -> object:
        """Ask for the outcome of ``activity_id`` and mark it done (returns the dialog)."""
        return complete(self._ctx, self, activity_id)

    @Slot(QTreeWidgetItem, int)
    def _open_item(self, item: QTreeWidgetItem, _column: int) -> None:
        activity = next((a for a in self.items if a.id == item.data(0, ID_ROLE)), None)
        if activity and activity.contact_id:
            self.open_record.emit("contact", activity.contact_id)
        elif activity and activity.company_id:
            self.open_record.emit("company", activity.company_id)

    def apply_changes(self, changes: Changes) -> None:
        if changes.touches("activities", "contacts", "companies"):
            self.reload()
