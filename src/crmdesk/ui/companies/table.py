"""The Companies page: the paged company list with New and Delete."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crmdesk import companies
from crmdesk.changes import Changes
from crmdesk.ui.companies.model import ID_ROLE, CompanyTableModel
from crmdesk.ui.icons import icon
from crmdesk.ui.ops import AppContext
from crmdesk.ui.owner_scope import OwnerFilter, OwnerScopeBox
from crmdesk.ui.paged_view import PagedTableView
from crmdesk.ui.reassign_dialog import ReassignAction
from crmdesk.ui.rights_gate import RightsGate


class CompaniesPage(QWidget):
    open_record = Signal(str, str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.model = CompanyTableModel(ctx)
        self.table = PagedTableView()
        self.table.setModel(self.model)
        self.table.setColumnWidth(0, 280)
        self.table.setColumnWidth(1, 180)
        self.count_label = QLabel()
        self.new_action = QAction(icon("new"), self.tr("&New Company…"), self)
        self.new_action.triggered.connect(self.new_company)
        self.delete_action = QAction(icon("delete"), self.tr("&Delete…"), self)
        self.delete_action.triggered.connect(self._delete_current)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.table.addAction(self.delete_action)
        # Reassign to… (needs the reassign right; hidden in single-user mode)
        self.rights = RightsGate(ctx, self)
        self.reassign_action = ReassignAction(
            ctx,
            self,
            "company",
            self.rights,
            with_ids=self._with_current_id,
            count=lambda: int(self.table.currentIndex().isValid()),
        )
        self.table.addAction(self.reassign_action)
        self.table.selectionModel().currentChanged.connect(self.rights.apply)
        bar = QHBoxLayout()
        # Mine / My team / Everyone (hidden in single-user mode): crmdesk.ui.owner_scope
        self.owner_box = OwnerScopeBox(ctx)
        self.owner_box.scope_changed.connect(lambda ids: self.model.reload(OwnerFilter(ids)))
        bar.addWidget(self.owner_box)
        bar.addWidget(self.count_label)
        bar.addStretch(1)
        for action in (self.new_action, self.delete_action):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        self.table.activated.connect(self._open)
        self.table.doubleClicked.connect(self._open)
        self.model.loaded.connect(self._show_count)  # a method: disconnected when closed
        self.model.reload()

    @Slot()
    def _show_count(self) -> None:
        self.count_label.setText(self.tr("%n company(ies)", "", self.model.total))

    def _with_current_id(self, fn: Callable[[list[str]], None]) -> None:
        row = self.table.currentIndex().row()
        if row >= 0:
            self.model.resolve_ids([(row, row)], fn)

    @Slot(QModelIndex)
    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.model.resolve_ids(
                [(index.row(), index.row())],
                lambda ids: self.open_record.emit("company", ids[0]) if ids else None,
            )

    @Slot()
    def new_company(self) -> None:
        from crmdesk.ui.companies.dialog import CompanyDialog

        dialog = CompanyDialog(self._ctx, self)
        dialog.saved.connect(lambda record: self.open_record.emit("company", record.id))
        dialog.open()
        self.dialog = dialog

    @Slot()
    def _delete_current(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid() or self.model.data(index, ID_ROLE) is None:
            return  # not loaded yet: nothing the user could have read to confirm
        name = str(self.model.data(self.model.index(index.row(), 0)))
        answer = QMessageBox.question(
            self,
            self.tr("Delete company"),
            self.tr("Delete “%1”? Its contacts are kept.").replace("%1", name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.delete(str(self.model.data(index, ID_ROLE)))

    def delete(self, company_id: str) -> None:
        self._ctx.change(lambda s: companies.delete_company(s, company_id), Changes(companies=True))

    def apply_changes(self, changes: Changes) -> None:
        if changes.touches("companies", "contacts"):
            self.model.reload()
