"""The contact table model: pages of ~200 rows fetched off the UI thread as the view scrolls."""

from __future__ import annotations

from typing import Any, NamedTuple

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from crmdesk import contacts
from crmdesk.records import ContactRow
from crmdesk.ui.contacts.state import COLUMNS, ContactListState
from crmdesk.ui.guard import while_alive
from crmdesk.ui.ops import AppContext

PAGE_SIZE = 200
#: One shown row: the id, then the text of each column in COLUMNS order. Plain tuples of
#: strings are small and not tracked by Python's garbage collector, so 100,000 loaded rows
#: neither fill the memory nor make collections pause the UI thread.
ShownRow = tuple[str, ...]


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


def shown(row: ContactRow) -> ShownRow:
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


ID_ROLE = Qt.ItemDataRole.UserRole
_Index = QModelIndex | QPersistentModelIndex


def _lookups() -> Any:
    try:
        from crmdesk import lookups
    except ImportError:
        return None
    return lookups


class ContactTableModel(QAbstractTableModel):
    """Rows appear page by page; ``total`` is the count the current filter finds."""

    loaded = Signal()  # after the count or a page arrived

    def __init__(self, ctx: AppContext, state: ContactListState) -> None:
        super().__init__()
        self._ctx = ctx
        self.state = state
        self._rows: list[ShownRow] = []
        self.total = 0
        self._generation = 0
        self._loading = False

    # -- loading -------------------------------------------------------------
    def reload(self, state: ContactListState | None = None) -> None:
        """Start again from the first page (new sort, filter, or changed data)."""
        if state is not None:
            self.state = state
        self._generation += 1
        generation, st = self._generation, self.state
        self._loading = True

        def first(session: Any) -> tuple[int, list[ShownRow]]:
            return self._count(session, st), self._page(session, st, 0)

        self._ctx.query(first, while_alive(self, lambda result: self._reset(generation, *result)))

    @staticmethod
    def _count(session: Any, st: ContactListState) -> int:
        lookups = _lookups()
        if st.lookup and lookups is not None:
            return int(lookups.count_lookup(session, st.lookup))
        return contacts.count_contacts(session, st.contact_filter())

    @staticmethod
    def _page(session: Any, st: ContactListState, offset: int) -> list[ShownRow]:
        lookups = _lookups()
        if st.lookup and lookups is not None:
            return [shown(r) for r in lookups.run_lookup(session, st.lookup, offset, PAGE_SIZE)]
        rows = contacts.list_contacts(
            session,
            offset=offset,
            limit=PAGE_SIZE,
            sort=st.sort,  # type: ignore[arg-type]
            descending=st.descending,
            flt=st.contact_filter(),
        )
        return [shown(r) for r in rows]

    def _reset(self, generation: int, total: int, rows: list[ShownRow]) -> None:
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
        generation, st, offset = self._generation, self.state, len(self._rows)
        self._ctx.query(
            lambda s: self._page(s, st, offset),
            while_alive(self, lambda rows: self._append(generation, offset, rows)),
        )

    def _append(self, generation: int, offset: int, rows: list[ShownRow]) -> None:
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

    @property
    def loading(self) -> bool:
        return self._loading

    # -- the table -----------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def row(self, index: int) -> ShownContact:
        """The texts of row ``index``, by name."""
        return ShownContact(*self._rows[index])

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

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == ID_ROLE:
            return row[0]
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return row[index.column() + 1]
