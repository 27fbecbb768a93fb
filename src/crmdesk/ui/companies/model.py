"""The company table model: pages of rows fetched off the UI thread as the view scrolls."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from crmdesk import companies
from crmdesk.companies import CompanyRow
from crmdesk.ui.guard import while_alive
from crmdesk.ui.ops import AppContext

PAGE_SIZE = 200
ID_ROLE = Qt.ItemDataRole.UserRole
_Index = QModelIndex | QPersistentModelIndex


class CompanyTableModel(QAbstractTableModel):
    loaded = Signal()

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self._ctx = ctx
        self._rows: list[CompanyRow] = []
        self.total = 0
        self._generation = 0
        self._loading = False

    def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        self._loading = True

        def first(session: Any) -> tuple[int, list[CompanyRow]]:
            return companies.count_companies(session), companies.list_companies(
                session, offset=0, limit=PAGE_SIZE
            )

        self._ctx.query(first, while_alive(self, lambda result: self._reset(generation, *result)))

    def _reset(self, generation: int, total: int, rows: list[CompanyRow]) -> None:
        if generation != self._generation:
            return
        self.beginResetModel()
        self.total, self._rows, self._loading = total, rows, False
        self.endResetModel()
        self.loaded.emit()

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and not self._loading and len(self._rows) < self.total

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: N802, B008
        if not self.canFetchMore(parent):
            return
        self._loading = True
        generation, offset = self._generation, len(self._rows)
        self._ctx.query(
            lambda s: companies.list_companies(s, offset=offset, limit=PAGE_SIZE),
            while_alive(self, lambda rows: self._append(generation, offset, rows)),
        )

    def _append(self, generation: int, offset: int, rows: list[CompanyRow]) -> None:
        if generation != self._generation or offset != len(self._rows):
            return
        self._loading = False
        if not rows:
            self.total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()
        self.loaded.emit()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 4

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Company"), self.tr("Industry"), self.tr("Contacts"), self.tr("Updated"))[
            section
        ]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            row.name,
            row.industry or "",
            str(row.contact_count),
            row.updated_at.astimezone().strftime("%Y-%m-%d"),
        )[index.column()]
