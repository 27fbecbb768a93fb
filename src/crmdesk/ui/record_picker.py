"""A combo box that finds a contact, company or opportunity as the user types."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit, QWidget

from crmdesk import companies, contacts, opportunities, search
from crmdesk.ui.ops import AppContext

_NAMERS: dict[str, Any] = {
    "contact": lambda s, i: contacts.get_contact(s, i).display_name,
    "company": lambda s, i: companies.get_company(s, i).name,
    "opportunity": lambda s, i: opportunities.get_opportunity(s, i).name,
}


class RecordPicker(QComboBox):
    """Pick one record of ``entity``; the first entry means "none"."""

    picked = Signal(object)  # the chosen id, or None

    def __init__(self, ctx: AppContext, entity: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._entity = entity
        self._pending = ""
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self._edit = QLineEdit(self)
        self.setLineEdit(self._edit)
        self._edit.setPlaceholderText(self.tr("Type to find…"))
        self.addItem("", None)  # nothing chosen: the placeholder text shows
        self.hits = QStandardItemModel(self)
        self.finder = QCompleter(self.hits, self)
        self.finder.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.setCompleter(self.finder)
        self.finder.activated[QModelIndex].connect(self._choose)  # type: ignore[index]
        self._edit.textEdited.connect(self._search)
        self.activated.connect(lambda _i: self.picked.emit(self.record_id()))

    def record_id(self) -> str | None:
        """The chosen record's id (None when nothing is chosen)."""
        value = self.currentData()
        if not value or self.currentText() != self.itemText(self.currentIndex()):
            return None
        return str(value)

    def set_record(self, record_id: str | None) -> None:
        """Show ``record_id`` as chosen (its name is looked up in the background)."""
        if not record_id:
            self.setCurrentIndex(0)
            return
        namer = _NAMERS[self._entity]
        self._ctx.query(lambda s: namer(s, record_id), lambda name: self._show(record_id, name))

    def _show(self, record_id: str, name: str) -> None:
        index = self.findData(record_id)
        if index < 0:
            self.addItem(name, record_id)
            index = self.count() - 1
        self.setCurrentIndex(index)
        self.picked.emit(record_id)

    @Slot(str)
    def _search(self, text: str) -> None:
        self._pending = text
        if len(text.strip()) < 2:
            return
        entity = self._entity
        self._ctx.query(
            lambda s: [h for h in search.search(s, text, limit=40) if h.entity == entity][:15],
            lambda hits: self._fill(text, hits),
        )

    def _fill(self, text: str, hits: list[search.SearchHit]) -> None:
        if text != self._pending:
            return  # the user typed on; a newer search is coming
        self.hits.clear()
        for hit in hits:
            item = QStandardItem(hit.title)
            item.setData(hit.id, Qt.ItemDataRole.UserRole)
            if hit.subtitle:
                item.setToolTip(hit.subtitle)
            self.hits.appendRow(item)
        if hits:
            self.finder.complete()

    @Slot(QModelIndex)
    def _choose(self, index: QModelIndex) -> None:
        """A suggestion was picked: it becomes the chosen record."""
        record_id = str(index.data(Qt.ItemDataRole.UserRole))
        self._show(record_id, str(index.data(Qt.ItemDataRole.DisplayRole)))
