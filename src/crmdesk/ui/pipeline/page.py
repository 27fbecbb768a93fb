"""The Opportunities page: board, list and forecast, with one owner scope for all three."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QTabWidget, QVBoxLayout, QWidget

from crmdesk.changes import Changes
from crmdesk.ui.ops import AppContext
from crmdesk.ui.owner_scope import OwnerScopeBox
from crmdesk.ui.pipeline.board import PipelineBoard
from crmdesk.ui.pipeline.forecast_view import ForecastView
from crmdesk.ui.pipeline.list_view import OpportunityList


class PipelinePage(QWidget):
    """Tabs: Board (drag between stages), List (filters), Forecast (by close month)."""

    open_record = Signal(str, str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.owner_box = OwnerScopeBox(ctx)
        self.board = PipelineBoard(ctx)
        self.list = OpportunityList(ctx)
        self.forecast = ForecastView(ctx)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.board, self.tr("&Board"))
        self.tabs.addTab(self.list, self.tr("&List"))
        self.tabs.addTab(self.forecast, self.tr("&Forecast"))
        top = QHBoxLayout()
        top.addWidget(self.owner_box)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs)
        self.board.open_record.connect(self.open_record)
        self.list.open_record.connect(self.open_record)
        self.owner_box.scope_changed.connect(self._owners_changed)
        ctx.changed.connect(self._on_changed)
        self.refresh()

    @Slot(object)
    def _on_changed(self, changes: Changes) -> None:
        # the board follows ctx.changed by itself
        if changes.touches("opportunities", "settings", "companies"):
            self.list.refresh()
            self.forecast.refresh()

    @Slot()
    def refresh(self) -> None:
        self.board.refresh()
        self.list.refresh()
        self.forecast.refresh()

    @Slot(object)
    def _owners_changed(self, owner_ids: frozenset[str] | None) -> None:
        self.board.set_owners(owner_ids)
        self.list.set_owners(owner_ids)
        self.forecast.set_owners(owner_ids)
