"""Changes the office server refused (forbidden or invalid), each with the server's reason."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from crmdesk.sync.parked import ParkedChange, parked_changes
from crmdesk.ui.guard import while_alive
from crmdesk.ui.ops import AppContext
from crmdesk.ui.sync.messages import refusal_reason


class RefusedList(QTableWidget):
    """The refused changes; they never block the rest of the queue, so this is for reading."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(0, 4, parent)
        self.ctx = ctx
        self.refused: list[ParkedChange] = []
        self.setHorizontalHeaderLabels(
            [self.tr("Record"), self.tr("Change"), self.tr("Reason"), self.tr("When")]
        )
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

    def reload(self) -> None:
        self.ctx.query(parked_changes, while_alive(self, self._show))

    @Slot(object)
    def _show(self, items: list[ParkedChange]) -> None:
        self.refused = items
        ops = {
            "insert": self.tr("added"),
            "update": self.tr("changed"),
            "delete": self.tr("deleted"),
        }
        self.setRowCount(len(items))
        for row, item in enumerate(items):
            name = item.fields.get("display_name") or item.fields.get("name") or item.row_id
            cells = (
                self.tr("{0}: {1}").format(entity_title(item.entity), name),
                ops.get(item.op, item.op),
                refusal_reason(item.reason),
                item.parked_at[:16].replace("T", " "),
            )
            for column, text in enumerate(cells):
                self.setItem(row, column, QTableWidgetItem(str(text)))


def entity_title(entity: str) -> str:
    """A record kind in the user's words (the table name when it has none)."""
    return {
        "contacts": QCoreApplication.translate("sync", "Contact"),
        "companies": QCoreApplication.translate("sync", "Company"),
        "activities": QCoreApplication.translate("sync", "Activity"),
        "opportunities": QCoreApplication.translate("sync", "Opportunity"),
        "notes": QCoreApplication.translate("sync", "Note"),
        "custom_values": QCoreApplication.translate("sync", "Custom field"),
    }.get(entity, entity)
