"""The contact table model: the whole count up front, pages near the view loaded in a worker."""

from __future__ import annotations

from typing import Any, NamedTuple

from PySide6.QtCore import Qt

from crmdesk import contacts
from crmdesk.paging import Page
from crmdesk.records import ContactRow
from crmdesk.ui.contacts.state import COLUMNS, ContactListState
from crmdesk.ui.ops import AppContext
from crmdesk.ui.paged_model import ID_ROLE, PAGE_SIZE, PagedTableModel, PageRequest, Shown

__all__ = ["ID_ROLE", "PAGE_SIZE", "ContactTableModel", "ShownContact", "shown"]


class ShownContact(NamedTuple):
    """One shown row with names, for callers outside the model (``ContactTableModel.row``)."""

    id: str
    display_name: str
    company_name: str
    title: str
    email: str
    phone: str
    city: str
    updated: str


def shown(row: ContactRow) -> Shown:
    """What the table shows of a row (built in the worker thread)."""
    return (
        row.id,
        row.display_name,
        row.company_name or "",
        row.title or "",
        row.email or "",
        row.phone or "",
        row.city or "",
        row.updated_at.astimezone().strftime("%Y-%m-%d"),
    )


def _lookups() -> Any:
    try:
        from crmdesk import lookups
    except ImportError:
        return None
    return lookups


class ContactTableModel(PagedTableModel):
    """Every contact the filter finds, in the chosen order; only a window of pages in memory."""

    def __init__(self, ctx: AppContext, state: ContactListState) -> None:
        super().__init__(ctx, state, len(COLUMNS))

    @property
    def state(self) -> ContactListState:
        """Sort, filters and hidden columns; ``reload(state)`` to apply a new sort or filter."""
        st: ContactListState = self._state
        return st

    @state.setter
    def state(self, state: ContactListState) -> None:
        self._state = state  # columns only: the rows stay

    # -- in a worker thread --------------------------------------------------
    def count_rows(self, session: Any, state: ContactListState) -> int:
        lookups = _lookups()
        if state.lookup and lookups is not None:
            return int(lookups.count_lookup(session, state.lookup))
        return contacts.count_contacts(session, state.contact_filter())

    def fetch_page(
        self, session: Any, state: ContactListState, request: PageRequest
    ) -> Page[Shown]:
        lookups = _lookups()
        if state.lookup and lookups is not None:
            rows = lookups.run_lookup(session, state.lookup, request.offset, request.limit)
            return Page([shown(r) for r in rows], None, None)
        page = contacts.page_contacts(
            session,
            sort=state.sort,  # type: ignore[arg-type]
            descending=state.descending,
            flt=state.contact_filter(),
            **request.seek(),
        )
        return Page([shown(r) for r in page.rows], page.first, page.last)

    def fetch_ids(
        self, session: Any, state: ContactListState, offset: int, limit: int
    ) -> list[str]:
        lookups = _lookups()
        if state.lookup and lookups is not None:
            return [r.id for r in lookups.run_lookup(session, state.lookup, offset, limit)]
        return contacts.list_contact_ids(
            session,
            offset=offset,
            limit=limit,
            sort=state.sort,  # type: ignore[arg-type]
            descending=state.descending,
            flt=state.contact_filter(),
        )

    # -- the table -----------------------------------------------------------
    def row(self, index: int) -> ShownContact | None:
        """The texts of row ``index``, by name (None while the row is not loaded)."""
        found = self.shown_row(index)
        return None if found is None else ShownContact(*found)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.column_title(COLUMNS[section])

    def column_title(self, column: str) -> str:
        return {
            "name": self.tr("Name"),
            "company": self.tr("Company"),
            "title": self.tr("Job title"),
            "email": self.tr("Email"),
            "phone": self.tr("Phone"),
            "city": self.tr("City"),
            "updated": self.tr("Updated"),
        }[column]
