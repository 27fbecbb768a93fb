"""The company table model: the whole count up front, pages near the view loaded in a worker."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from crmdesk import companies
from crmdesk.companies import CompanyRow
from crmdesk.paging import Page
from crmdesk.ui.ops import AppContext
from crmdesk.ui.owner_scope import OwnerFilter
from crmdesk.ui.paged_model import ID_ROLE, PAGE_SIZE, PagedTableModel, PageRequest, Shown

__all__ = ["ID_ROLE", "PAGE_SIZE", "CompanyTableModel"]
_Index = QModelIndex | QPersistentModelIndex
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def shown(row: CompanyRow) -> Shown:
    """What the table shows of a company (built in the worker thread)."""
    return (
        row.id,
        row.name,
        row.industry or "",
        str(row.contact_count),
        row.updated_at.astimezone().strftime("%Y-%m-%d"),
    )


class CompanyTableModel(PagedTableModel):
    """Every company by name; only a window of pages in memory."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx, OwnerFilter(), 4)

    # -- in a worker thread --------------------------------------------------
    def count_rows(self, session: Any, state: OwnerFilter) -> int:
        return companies.count_companies(session, owner_ids=state.owner_ids)

    def fetch_page(self, session: Any, state: OwnerFilter, request: PageRequest) -> Page[Shown]:
        page = companies.page_companies(session, **request.seek(), owner_ids=state.owner_ids)
        return Page([shown(r) for r in page.rows], page.first, page.last)

    def fetch_ids(self, session: Any, state: OwnerFilter, offset: int, limit: int) -> list[str]:
        return companies.list_company_ids(
            session, offset=offset, limit=limit, owner_ids=state.owner_ids
        )

    # -- the table -----------------------------------------------------------
    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Company"), self.tr("Industry"), self.tr("Contacts"), self.tr("Updated"))[
            section
        ]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if index.column() == 2 else None
        return super().data(index, role)
