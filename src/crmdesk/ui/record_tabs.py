"""Lists shared by the contact and company records: scheduled, history, deals, notes."""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QFont, QFontMetrics, QTextLayout
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crmdesk.activities import ActivityRecord
from crmdesk.notes import NoteRecord
from crmdesk.opportunities import OpportunityRecord

ID_ROLE = Qt.ItemDataRole.UserRole
MIN_COLUMN_WIDTH = 110


def when(moment: datetime | None) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M") if moment else ""


def kind_name(kind: str) -> str:
    return {
        "call": QCoreApplication.translate("record_tabs", "Call"),
        "meeting": QCoreApplication.translate("record_tabs", "Meeting"),
        "todo": QCoreApplication.translate("record_tabs", "To-do"),
        "email": QCoreApplication.translate("record_tabs", "Email"),
        "letter": QCoreApplication.translate("record_tabs", "Letter"),
        "note": QCoreApplication.translate("record_tabs", "Note"),
    }.get(kind, kind)


def priority_name(priority: str) -> str:
    return {
        "low": QCoreApplication.translate("record_tabs", "Low"),
        "medium": QCoreApplication.translate("record_tabs", "Medium"),
        "high": QCoreApplication.translate("record_tabs", "High"),
    }.get(priority, priority)


#: text whose line is as tall as any the records hold: Thai marks above and below, CJK
_TALL_SAMPLE = "Ag ปั้ญู่ 國"


def tall_line_height(font: QFont) -> int:
    """Height of a line of Thai or Chinese in ``font`` (with whatever fallback fonts draw it),
    which is more than ``QFontMetrics.height()`` of a Latin font."""
    layout = QTextLayout(_TALL_SAMPLE, font)
    layout.beginLayout()
    line = layout.createLine()
    layout.endLayout()
    return max(math.ceil(line.height()), QFontMetrics(font).height())


class _RoomyRows(QStyledItemDelegate):
    """Rows tall enough for every script, though the first row sets them all (uniform)."""

    def sizeHint(  # noqa: N802 (Qt)
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(hint.width(), max(hint.height(), tall_line_height(option.font) + 4))


class RecordList(QTreeWidget):
    """A flat, sortable-looking list of rows with an id per row."""

    activated_id = Signal(str)

    def __init__(self, headers: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(_RoomyRows(self))
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setHeaderLabels(list(headers))
        self.itemActivated.connect(self._activated)

    def set_rows(self, rows: Sequence[tuple[str, Sequence[str]]]) -> None:
        self.clear()
        for row_id, texts in rows:
            item = QTreeWidgetItem(list(texts))
            item.setData(0, ID_ROLE, row_id)
            self.addTopLevelItem(item)
        for column in range(self.columnCount() - 1):
            self.resizeColumnToContents(column)
            self.setColumnWidth(column, max(self.columnWidth(column), MIN_COLUMN_WIDTH))

    def texts(self) -> list[list[str]]:
        items = [self.topLevelItem(i) for i in range(self.topLevelItemCount())]
        return [[item.text(c) for c in range(self.columnCount())] for item in items if item]

    @Slot(QTreeWidgetItem, int)
    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        self.activated_id.emit(str(item.data(0, ID_ROLE)))


class ScheduledList(RecordList):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [self.tr("When"), self.tr("Type"), self.tr("Priority"), self.tr("Regarding")], parent
        )

    def show_activities(self, items: Sequence[ActivityRecord]) -> None:
        self.set_rows(
            [
                (
                    a.id,
                    [when(a.starts_at), kind_name(a.kind), priority_name(a.priority), a.regarding],
                )
                for a in items
            ]
        )


class HistoryList(RecordList):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [self.tr("Completed"), self.tr("Type"), self.tr("Regarding"), self.tr("Outcome")],
            parent,
        )

    def show_activities(self, items: Sequence[ActivityRecord]) -> None:
        ordered = sorted(
            items, key=lambda a: a.completed_at or datetime.min.astimezone(), reverse=True
        )
        self.set_rows(
            [
                (a.id, [when(a.completed_at), kind_name(a.kind), a.regarding, a.outcome or ""])
                for a in ordered
            ]
        )


class DealList(RecordList):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [self.tr("Deal"), self.tr("Stage"), self.tr("Amount"), self.tr("Expected close")],
            parent,
        )

    def show_deals(self, items: Sequence[OpportunityRecord]) -> None:
        self.set_rows(
            [
                (
                    o.id,
                    [
                        o.name,
                        o.stage_name if o.status == "open" else self._status(o.status),
                        o.amount.format(),
                        o.expected_close.isoformat() if o.expected_close else "",
                    ],
                )
                for o in items
            ]
        )

    def _status(self, status: str) -> str:
        return {"won": self.tr("Won"), "lost": self.tr("Lost")}.get(status, status)


class NotesPanel(QWidget):
    """The notes of a record, newest first, and a box to add one."""

    add_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.editor = QPlainTextEdit()
        self.editor.setPlaceholderText(self.tr("Write a note…"))
        self.editor.setMaximumHeight(90)
        self.add_button = QPushButton(self.tr("&Add note"))
        self.add_button.clicked.connect(self._add)
        row = QHBoxLayout()
        row.addWidget(self.editor, 1)
        row.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)

    def show_notes(self, notes: Sequence[NoteRecord]) -> None:
        self.list.clear()
        for note in sorted(notes, key=lambda n: n.created_at, reverse=True):
            self.list.addItem(f"{when(note.created_at)}\n{note.body}")

    @Slot()
    def _add(self) -> None:
        body = self.editor.toPlainText().strip()
        if body:
            self.add_requested.emit(body)
            self.editor.clear()
