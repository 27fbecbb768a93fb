"""The opportunity list's table model: pages of deals fetched in the background."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from crmdesk import opportunities
from crmdesk.dates import DateStyle, format_date
from crmdesk.opportunities import OpportunityRecord
from crmdesk.ui.guard import while_alive
from crmdesk.ui.ops import AppContext

PAGE = 200
_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class ListFilter:
    """What the list shows: status ('' for all), stage id and owners (None for any)."""

    status: str = "open"
    stage_id: str | None = None
    owner_ids: frozenset[str] | None = None


class OpportunityTableModel(QAbstractTableModel):
    """Deals, largest first, loaded page by page as the view scrolls."""

    COLUMNS = ("name", "company", "stage", "amount", "probability", "expected_close", "status")

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self._ctx = ctx
        self.rows: list[OpportunityRecord] = []
        self.flt = ListFilter()
        self.date_style = DateStyle.ISO
        self._more = False
        self._loading = False
        self._generation = 0

    def reload(self, flt: ListFilter, date_style: DateStyle = DateStyle.ISO) -> None:
        """Start over with a new filter."""
        self.flt = flt
        self.date_style = date_style
        self._generation += 1
        self.beginResetModel()
        self.rows = []
        self._more = True
        self._loading = False
        self.endResetModel()
        self._fetch()

    def _fetch(self) -> None:
        if self._loading or not self._more:
            return
        self._loading = True
        flt, offset, generation = self.flt, len(self.rows), self._generation
        self._ctx.query(
            lambda s: opportunities.list_opportunities(
                s,
                status=flt.status or None,
                stage_id=flt.stage_id,
                owner_ids=flt.owner_ids,
                limit=PAGE,
                offset=offset,
            ),
            while_alive(self, lambda page: self._append(generation, page)),
        )

    def _append(self, generation: int, page: list[OpportunityRecord]) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self._more = len(page) == PAGE
        if page:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(page) - 1)
            self.rows.extend(page)
            self.endInsertRows()
        self.layoutChanged.emit()

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and self._more and not self._loading

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: N802, B008
        self._fetch()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            "name": self.tr("Opportunity"),
            "company": self.tr("Company"),
            "stage": self.tr("Stage"),
            "amount": self.tr("Amount"),
            "probability": self.tr("Probability"),
            "expected_close": self.tr("Expected close"),
            "status": self.tr("Status"),
        }
        return titles[self.COLUMNS[section]]

    def status_label(self, status: str) -> str:
        return {"open": self.tr("Open"), "won": self.tr("Won"), "lost": self.tr("Lost")}.get(
            status, status
        )

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        deal = self.rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return deal.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("amount", "probability"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        close = deal.expected_close
        return {
            "name": deal.name,
            "company": deal.company_name or "",
            "stage": deal.stage_name,
            "amount": deal.amount.format(),
            "probability": f"{deal.probability}%",
            "expected_close": format_date(close, self.date_style) if close else "",
            "status": self.status_label(deal.status),
        }[column]
