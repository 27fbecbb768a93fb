"""The Contacts page: filter bar, the windowed table, column chooser, tag and delete."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crmdesk import contacts, local_settings, tags
from crmdesk.changes import Changes
from crmdesk.rights import Right
from crmdesk.ui import prefs
from crmdesk.ui.activity_launch import schedule
from crmdesk.ui.contacts.model import ContactTableModel, _lookups
from crmdesk.ui.contacts.state import COLUMNS, SORTABLE, ContactListState
from crmdesk.ui.guard import while_alive
from crmdesk.ui.icons import icon
from crmdesk.ui.ops import AppContext
from crmdesk.ui.owner_scope import OwnerScopeBox
from crmdesk.ui.paged_view import PagedTableView
from crmdesk.ui.reassign_dialog import ReassignAction
from crmdesk.ui.rights_gate import RightsGate, bulk_delete_rule

COLUMN_WIDTHS = (180, 200, 140, 200, 130, 100, 90)  # in the order of COLUMNS


class ContactTable(PagedTableView):
    """The table itself: uniform row height, whole-row multi-selection."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        header = self.horizontalHeader()
        header.setSectionsClickable(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)


class ContactsPage(QWidget):
    """Every contact, a page at a time; double-click or Enter opens the record."""

    open_record = Signal(str, str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._settings = prefs.current()
        self.model = ContactTableModel(ctx, ContactListState.load(self._settings))
        self.table = ContactTable(self)
        self.table.setModel(self.model)

        self.tag_box = QComboBox()
        self.tag_box.setMinimumContentsLength(12)
        # Mine / My team / Everyone (hidden in single-user mode): crmdesk.ui.owner_scope
        self.owner_box = OwnerScopeBox(ctx)
        self.owner_box.scope_changed.connect(self.set_owners)
        self.lookup_box = QComboBox()
        self.lookup_box.setMinimumContentsLength(12)
        self.count_label = QLabel()

        self.new_action = QAction(icon("new"), self.tr("&New Contact…"), self)
        self.tag_action = QAction(icon("tag"), self.tr("&Tag…"), self)
        self.call_action = QAction(icon("call"), self.tr("Schedule &call…"), self)
        self.open_action = QAction(self.tr("&Open"), self)
        self.delete_action = QAction(icon("delete"), self.tr("&Delete…"), self)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addActions([self.tag_action, self.delete_action])
        # Function rights: bulk delete past the threshold, reassign (crmdesk.ui.rights_gate).
        self.rights = RightsGate(ctx, self)
        self.reassign_action = ReassignAction(
            ctx,
            self,
            "contact",
            self.rights,
            with_ids=self.with_selected_ids,
            count=self.table.selected_count,
        )

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Tag:")))
        bar.addWidget(self.tag_box)
        bar.addWidget(self.owner_box)
        bar.addWidget(QLabel(self.tr("Saved lookup:")))
        bar.addWidget(self.lookup_box)
        bar.addStretch(1)
        bar.addWidget(self.count_label)
        for action in (self.new_action, self.tag_action, self.delete_action):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table)

        self.table.doubleClicked.connect(self._open)
        self.table.activated.connect(self._open)
        header = self.table.horizontalHeader()
        header.sectionClicked.connect(self._sort_by)
        header.customContextMenuRequested.connect(self._choose_columns)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.table.addActions(
            [
                self.open_action,
                self.call_action,
                self.tag_action,
                self.reassign_action,
                self.delete_action,
            ]
        )
        self.open_action.triggered.connect(lambda: self._open(self.table.currentIndex()))
        self.call_action.triggered.connect(self._schedule_call)
        self.new_action.triggered.connect(self.new_contact)
        self.tag_action.triggered.connect(self._tag_selected)
        self.delete_action.triggered.connect(self._delete_selected)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.model.loaded.connect(self._show_count)
        self.model.modelReset.connect(self._update_actions)
        self.rights.require(
            self.delete_action,
            Right.BULK_DELETE,
            when=bulk_delete_rule(self.table.selected_count),
            enabled=lambda: self.table.selected_count() > 0,
        )
        self._apply_columns()
        self._update_actions()
        self._fill_filters()
        self.model.reload()

    # -- filters -------------------------------------------------------------
    def _fill_filters(self) -> None:
        def load(session: Any) -> tuple[list[tuple[str, int]], list[str], str]:
            lookups = _lookups()
            names = [s.name for s in lookups.list_lookups(session, "contact")] if lookups else []
            return tags.all_tags(session), names, local_settings.local_user_id(session)

        self._ctx.query(load, while_alive(self, lambda result: self._show_filters(*result)))

    def _show_filters(self, all_tags: list[tuple[str, int]], names: list[str], me: str) -> None:
        for box in (self.tag_box, self.lookup_box):
            box.blockSignals(True)
        current_tag, current_lookup = self.tag_box.currentData(), self.lookup_box.currentData()
        self.tag_box.clear()
        self.tag_box.addItem(self.tr("All tags"), None)
        for name, count in all_tags:
            self.tag_box.addItem(f"{name} ({count})", name)
        self.tag_box.setCurrentIndex(max(0, self.tag_box.findData(current_tag)))
        self.lookup_box.clear()
        self.lookup_box.addItem(self.tr("None"), None)
        for name in names:
            self.lookup_box.addItem(name, name)
        self.lookup_box.setCurrentIndex(max(0, self.lookup_box.findData(current_lookup)))
        for box in (self.tag_box, self.lookup_box):
            box.blockSignals(False)
            box.currentIndexChanged.connect(
                self._filter_changed, Qt.ConnectionType.UniqueConnection
            )

    @Slot()
    def _filter_changed(self) -> None:
        state = replace(
            self.model.state,
            tag=self.tag_box.currentData(),
            owner_ids=self.owner_box.owner_ids(),
            lookup=self.lookup_box.currentData(),
        )
        self._show(state)

    def set_filter(self, *, tag: str | None = None, owner_ids: Iterable[str] | None = None) -> None:
        """Show only contacts with ``tag`` / of any of ``owner_ids`` (None shows all)."""
        owners = None if owner_ids is None else frozenset(owner_ids)
        self._show(replace(self.model.state, tag=tag, owner_ids=owners))

    def set_owners(self, owner_ids: Iterable[str] | None) -> None:
        """Show contacts of any of ``owner_ids`` (None: everyone's); other filters stay."""
        owners = None if owner_ids is None else frozenset(owner_ids)
        if owners != self.model.state.owner_ids:
            self._show(replace(self.model.state, owner_ids=owners))

    def _show(self, state: ContactListState) -> None:
        """A new sort or filter: from the top, with placeholders until its rows arrive."""
        self.table.scrollToTop()
        self.model.reload(state)

    # -- sorting and columns -------------------------------------------------
    @Slot(int)
    def _sort_by(self, section: int) -> None:
        column = COLUMNS[section]
        if column not in SORTABLE:
            return
        st = self.model.state
        sort = SORTABLE[column]
        descending = not st.descending if st.sort == sort else sort == "updated"
        state = replace(st, sort=sort, descending=descending)
        state.save(self._settings)
        self._show(state)
        self._show_sort_indicator()

    def _show_sort_indicator(self) -> None:
        st = self.model.state
        header = self.table.horizontalHeader()
        section = next(i for i, c in enumerate(COLUMNS) if SORTABLE.get(c) == st.sort)
        order = Qt.SortOrder.DescendingOrder if st.descending else Qt.SortOrder.AscendingOrder
        header.setSortIndicatorShown(True)
        header.setSortIndicator(section, order)

    @Slot(QPoint)
    def _choose_columns(self, pos: QPoint) -> None:
        menu = QMenu(self)
        for column in COLUMNS:
            action = menu.addAction(self.model.column_title(column))
            action.setCheckable(True)
            action.setChecked(column not in self.model.state.hidden)
            action.toggled.connect(lambda on, c=column: self.show_column(c, on))
        menu.popup(self.table.horizontalHeader().mapToGlobal(pos))
        self.column_menu = menu

    def show_column(self, column: str, visible: bool) -> None:
        self.model.state = self.model.state.with_column(column, visible)
        self.model.state.save(self._settings)
        self._apply_columns()

    def _apply_columns(self) -> None:
        for i, column in enumerate(COLUMNS):
            self.table.setColumnHidden(i, column in self.model.state.hidden)
        for i, width in enumerate(COLUMN_WIDTHS):
            self.table.setColumnWidth(i, width)
        self._show_sort_indicator()

    # -- selection and actions -----------------------------------------------
    def with_selected_ids(self, fn: Callable[[list[str]], None]) -> None:
        """Call ``fn`` with the ids of the selected rows, loaded or not (queried if need be)."""
        spans = self.table.selected_spans()
        if spans:
            self.model.resolve_ids(spans, fn)

    @Slot()
    def _update_actions(self) -> None:
        count = self.table.selected_count()
        self.tag_action.setEnabled(count > 0)
        self.delete_action.setEnabled(count > 0)
        self.call_action.setEnabled(count == 1)
        self.open_action.setEnabled(count == 1)
        self.rights.apply()

    @Slot()
    def _show_count(self) -> None:
        self.count_label.setText(self.tr("%n contact(s)", "", self.model.total))

    @Slot(QModelIndex)
    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.model.resolve_ids(
                [(index.row(), index.row())],
                lambda ids: self.open_record.emit("contact", ids[0]) if ids else None,
            )

    @Slot()
    def new_contact(self) -> None:
        from crmdesk.ui.contact_dialog import ContactDialog

        dialog = ContactDialog(self._ctx, self)
        dialog.saved.connect(lambda record: self.open_record.emit("contact", record.id))
        dialog.open()
        self.dialog = dialog

    @Slot()
    def _schedule_call(self) -> None:
        if self.table.selected_count() == 1:
            self.with_selected_ids(lambda ids: schedule(self._ctx, self, "call", contact_id=ids[0]))

    @Slot()
    def _tag_selected(self) -> None:
        if not self.table.selected_count():
            return
        text, ok = QInputDialog.getText(
            self, self.tr("Tag contacts"), self.tr("Tags to add (comma separated):")
        )
        names = [t.strip() for t in text.split(",") if t.strip()]
        if ok and names:
            self.with_selected_ids(lambda ids: self.tag(ids, names))

    def tag(self, ids: list[str], names: list[str]) -> None:
        self._ctx.change(
            lambda s: tags.add_tags(s, "contact", ids, local_settings.local_user_id(s), names),
            Changes(contacts=True),
        )

    @Slot()
    def _delete_selected(self) -> None:
        count = self.table.selected_count()
        if not count:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete contacts"),
            self.tr("Delete %n contact(s)? This cannot be undone here.", "", count),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.with_selected_ids(self.delete)

    def delete(self, ids: list[str]) -> None:
        self._ctx.change(lambda s: contacts.delete_contacts(s, ids), Changes(contacts=True))

    def apply_changes(self, changes: Changes) -> None:
        if changes.touches("contacts", "companies", "settings"):
            self.model.reload()
            self._fill_filters()
