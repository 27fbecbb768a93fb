"""The Opportunities page: board, list and forecast, with one owner scope for all three."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from crmdesk import local_settings
from crmdesk.changes import Changes
from crmdesk.ui.ops import AppContext
from crmdesk.ui.pipeline.board import PipelineBoard
from crmdesk.ui.pipeline.forecast_view import ForecastView
from crmdesk.ui.pipeline.list_view import OpportunityList


class PipelinePage(QWidget):
    """Tabs: Board (drag between stages), List (filters), Forecast (by close month)."""

    open_record = Signal(str, str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._me: str | None = None
        self.owner_box = QComboBox()
        self.owner_box.addItem(self.tr("Everyone"), "all")
        self.owner_box.addItem(self.tr("Mine"), "mine")
        self.board = PipelineBoard(ctx)
        self.list = OpportunityList(ctx)
        self.forecast = ForecastView(ctx)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.board, self.tr("&Board"))
        self.tabs.addTab(self.list, self.tr("&List"))
        self.tabs.addTab(self.forecast, self.tr("&Forecast"))
        top = QHBoxLayout()
        caption = QLabel(self.tr("S&how:"))
        caption.setBuddy(self.owner_box)
        top.addWidget(caption)
        top.addWidget(self.owner_box)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs)
        self.board.open_record.connect(self.open_record)
        self.list.open_record.connect(self.open_record)
        self.owner_box.currentIndexChanged.connect(self._owner_changed)
        ctx.changed.connect(self._on_changed)
        ctx.query(local_settings.local_user_id, self._know_me)
        self.refresh()

    def _know_me(self, user_id: str) -> None:
        self._me = user_id

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

    @Slot()
    def _owner_changed(self) -> None:
        owner = self._me if self.owner_box.currentData() == "mine" else None
        self.board.set_owner(owner)
        self.list.set_owner(owner)
        self.forecast.set_owner(owner)
