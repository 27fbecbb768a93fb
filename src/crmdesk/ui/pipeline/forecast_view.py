"""The forecast table: open deals by expected close month, weighted by probability."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crmdesk import forecast, local_settings
from crmdesk.dates import DateStyle, buddhist_year
from crmdesk.forecast import ForecastMonth
from crmdesk.money import Money
from crmdesk.ui.guard import LatestAnswer
from crmdesk.ui.ops import AppContext


def load_forecast(
    session: Any, owner_ids: frozenset[str] | None
) -> tuple[list[ForecastMonth], DateStyle]:
    style = DateStyle.parse(local_settings.get_value(session, "date_format"))
    return forecast.forecast_by_month(session, owner_ids=owner_ids), style


class ForecastView(QWidget):
    """Month, currency, number of deals, total and weighted total."""

    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.owner_ids: frozenset[str] | None = None
        self._answers = LatestAnswer(self)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Expected close"),
                self.tr("Currency"),
                self.tr("Deals"),
                self.tr("Total"),
                self.tr("Weighted"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)

    @Slot()
    def refresh(self) -> None:
        owners = self.owner_ids
        self._ctx.query(lambda s: load_forecast(s, owners), self._answers.callback(self._show))

    def set_owners(self, owner_ids: frozenset[str] | None) -> None:
        """Forecast only deals of these owners (None: everyone's)."""
        self.owner_ids = owner_ids
        self.refresh()

    def month_label(self, row: ForecastMonth, style: DateStyle) -> str:
        if row.month is None:
            return self.tr("No date")
        year = buddhist_year(row.month.year) if style is DateStyle.DMY_BE else row.month.year
        return self.tr("{year}-{month:02d}").format(year=year, month=row.month.month)

    def _show(self, loaded: tuple[list[ForecastMonth], DateStyle]) -> None:
        rows, style = loaded
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            cells = (
                self.month_label(row, style),
                row.currency,
                str(row.count),
                Money(row.total_minor, row.currency).format(),
                Money(row.weighted_minor, row.currency).format(),
            )
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c >= 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.loaded.emit()
