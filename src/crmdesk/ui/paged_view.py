"""A table view over a ``PagedTableModel``: tells it which rows are on screen, selects by spans."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from crmdesk.ui.paged_model import PagedTableModel, Span

ROW_HEIGHT_EXTRA = 8


class PagedTableView(QTableView):
    """Uniform rows, whole-row selection; scrolling asks the model for the rows it will show."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setShowGrid(False)
        self.setSortingEnabled(False)  # the model sorts through the service
        vertical = self.verticalHeader()
        vertical.setVisible(False)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + ROW_HEIGHT_EXTRA)
        self.horizontalHeader().setStretchLastSection(True)
        self.verticalScrollBar().valueChanged.connect(self.tell_model)

    def setModel(self, model: QAbstractItemModel | None) -> None:  # noqa: N802
        super().setModel(model)
        if isinstance(model, PagedTableModel):
            model.modelReset.connect(self.tell_model)

    def tell_model(self) -> None:
        """Tell the model which rows the viewport shows now."""
        model = self.model()
        if not isinstance(model, PagedTableModel) or model.rowCount() == 0:
            return
        first = max(0, self.rowAt(0))
        last = self.rowAt(self.viewport().height() - 1)
        model.show_rows(first, model.rowCount() - 1 if last < 0 else last)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.tell_model()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self.tell_model()

    def selected_spans(self) -> list[Span]:
        """The selected rows as sorted, merged (first, last) spans (never one index a row)."""
        selection = self.selectionModel().selection()
        spans = sorted(
            (r.top(), r.bottom()) for r in (selection.at(i) for i in range(selection.size()))
        )
        merged: list[Span] = []
        for first, last in spans:
            if merged and first <= merged[-1][1] + 1:
                merged[-1] = (merged[-1][0], max(last, merged[-1][1]))
            else:
                merged.append((first, last))
        return merged

    def selected_count(self) -> int:
        """How many rows are selected."""
        return sum(last - first + 1 for first, last in self.selected_spans())
