"""Review of sync conflicts (keep mine, keep theirs, restore) and of changes the server refused."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crmdesk.changes import EVERYTHING, Changes
from crmdesk.sync import conflicts
from crmdesk.sync.conflicts import ConflictItem, Resolution
from crmdesk.ui.guard import while_alive
from crmdesk.ui.ops import AppContext
from crmdesk.ui.sync.parked_page import RefusedList, entity_title


class ConflictsPage(QWidget):
    """Values that lost a merge, newest first; the chosen value is saved as a normal edit."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.items: list[ConflictItem] = []
        self.setWindowTitle(self.tr("Sync Conflicts"))
        self.summary = QLabel()
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Record"),
                self.tr("Field"),
                self.tr("Mine"),
                self.tr("Theirs"),
                self.tr("Kept now"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.keep_mine = QPushButton(self.tr("Keep &Mine"))
        self.keep_theirs = QPushButton(self.tr("Keep &Theirs"))
        self.restore = QPushButton(self.tr("&Restore"))
        self.dismiss = QPushButton(self.tr("Mark &Reviewed"))
        self.restore.setToolTip(self.tr("Bring back the deleted record with your edits"))
        self.dismiss.setToolTip(self.tr("Both versions are kept; nothing to choose"))
        self.refused = RefusedList(ctx, self)

        buttons = QHBoxLayout()
        for button in (self.keep_mine, self.keep_theirs, self.restore, self.dismiss):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 3)
        layout.addLayout(buttons)
        layout.addWidget(QLabel(self.tr("Changes the office server refused:")))
        layout.addWidget(self.refused, 1)

        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.keep_mine.clicked.connect(lambda: self.resolve_selected("mine"))
        self.keep_theirs.clicked.connect(lambda: self.resolve_selected("theirs"))
        self.restore.clicked.connect(lambda: self.resolve_selected("restore"))
        self.dismiss.clicked.connect(self._dismiss)
        ctx.changed.connect(self.apply_changes)
        self._update_buttons()
        self.reload()

    @Slot(object)
    def apply_changes(self, _changes: Changes) -> None:
        self.reload()

    def reload(self) -> None:
        self.ctx.query(conflicts.open_conflicts, while_alive(self, self._show))
        self.refused.reload()

    @Slot(object)
    def _show(self, items: list[ConflictItem]) -> None:
        self.items = items
        self.summary.setText(self.tr("%n conflict(s) to review", "", len(items)))
        self.table.setRowCount(len(items))
        for row, item in enumerate(items):
            cells = (
                entity_title(item.entity),
                item.field or "",
                self._value(item, item.mine, "mine"),
                self._value(item, item.theirs, "theirs"),
                self.tr("Mine") if item.winner == "mine" else self.tr("Theirs"),
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        if items:
            self.table.selectRow(0)
        self._update_buttons()

    def _value(self, item: ConflictItem, value: Any, side: str) -> str:
        if item.kind == "delete" and value is None:
            return self.tr("(deleted)")
        if item.kind == "delete" and side == "mine":
            return self.tr("(edited, then deleted elsewhere)")
        if value is None:
            return self.tr("(empty)")
        if isinstance(value, str):
            return value
        return json.dumps(value, ensure_ascii=False)

    def selected(self) -> ConflictItem | None:
        rows = self.table.selectionModel().selectedRows()
        return self.items[rows[0].row()] if rows else None

    @Slot()
    def _update_buttons(self) -> None:
        item = self.selected()
        kind = item.kind if item is not None else None
        self.keep_mine.setEnabled(kind == "field")
        self.keep_theirs.setEnabled(kind == "field")
        self.restore.setEnabled(kind == "delete" and isinstance(item and item.mine, dict))
        self.dismiss.setEnabled(kind in ("note", "delete"))

    @Slot()
    def _dismiss(self) -> None:
        self.resolve_selected("mine")  # writes nothing for notes and deletes: only marks it

    def resolve_selected(self, choice: Resolution) -> None:
        item = self.selected()
        if item is None:
            return
        for button in (self.keep_mine, self.keep_theirs, self.restore, self.dismiss):
            button.setEnabled(False)
        self.ctx.change(lambda s: conflicts.resolve(s, item.id, choice), EVERYTHING)
