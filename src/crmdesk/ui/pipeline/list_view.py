"""The opportunity list with status, stage and owner filters."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crmdesk import local_settings, pipeline
from crmdesk.dates import DateStyle
from crmdesk.pipeline import Stage
from crmdesk.ui.guard import while_alive
from crmdesk.ui.ops import AppContext
from crmdesk.ui.pipeline.model import ListFilter, OpportunityTableModel


def load_filter_choices(session: Any) -> tuple[list[Stage], DateStyle]:
    style = DateStyle.parse(local_settings.get_value(session, "date_format"))
    return pipeline.list_stages(session), style


class OpportunityList(QWidget):
    """A table of deals; filters apply at once. Double-click opens the deal."""

    open_record = Signal(str, str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.owner_ids: frozenset[str] | None = None
        self.status_box = QComboBox()
        for value, text in (
            ("open", self.tr("Open")),
            ("won", self.tr("Won")),
            ("lost", self.tr("Lost")),
            ("", self.tr("Any status")),
        ):
            self.status_box.addItem(text, value)
        self.stage_box = QComboBox()
        self.stage_box.addItem(self.tr("Any stage"), None)
        self.model = OpportunityTableModel(ctx)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(self._open)
        self._style = DateStyle.ISO
        filters = QHBoxLayout()
        for label, box in (
            (self.tr("&Status:"), self.status_box),
            (self.tr("S&tage:"), self.stage_box),
        ):
            caption = QLabel(label)
            caption.setBuddy(box)
            filters.addWidget(caption)
            filters.addWidget(box)
        filters.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.table)
        self.status_box.currentIndexChanged.connect(self._reload)
        self.stage_box.currentIndexChanged.connect(self._reload)

    @Slot()
    def refresh(self) -> None:
        """Reload the stage choices and the rows."""
        self._ctx.query(load_filter_choices, while_alive(self, self._choices_loaded))

    def set_owners(self, owner_ids: frozenset[str] | None) -> None:
        """Show only deals of these owners (None: everyone's)."""
        self.owner_ids = owner_ids
        self._reload()

    def _choices_loaded(self, loaded: tuple[list[Stage], DateStyle]) -> None:
        stages, self._style = loaded
        chosen = self.stage_box.currentData()
        self.stage_box.blockSignals(True)
        while self.stage_box.count() > 1:
            self.stage_box.removeItem(1)
        for stage in stages:
            self.stage_box.addItem(stage.name, stage.id)
        self.stage_box.setCurrentIndex(max(0, self.stage_box.findData(chosen)))
        self.stage_box.blockSignals(False)
        self._reload()

    @Slot()
    def _reload(self) -> None:
        flt = ListFilter(
            status=str(self.status_box.currentData()),
            stage_id=self.stage_box.currentData(),
            owner_ids=self.owner_ids,
        )
        self.model.reload(flt, self._style)

    @Slot(QModelIndex)
    def _open(self, index: QModelIndex) -> None:
        deal_id = self.model.data(index, Qt.ItemDataRole.UserRole)
        if deal_id:
            self.open_record.emit("opportunity", str(deal_id))
