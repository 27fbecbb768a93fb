"""The main window: navigation, stacked pages, the lookup bar, menus, toolbar and status bar."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QSettings, QSize, Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from crmdesk import __version__
from crmdesk.changes import EVERYTHING, Changes
from crmdesk.ui.actions import MainActions
from crmdesk.ui.activity_launch import schedule
from crmdesk.ui.compact_dialog import BackupWatch, CompactDialog
from crmdesk.ui.export_dialog import ExportCommand
from crmdesk.ui.icons import icon
from crmdesk.ui.lookup_bar import LookupBar
from crmdesk.ui.ops import AppContext
from crmdesk.ui.pages import PAGES, PageSpec, build_page, load_class
from crmdesk.ui.sync import install_sync
from crmdesk.vault import Vault

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """Built from an unlocked ``AppContext``; ``lock_requested`` asks the shell to lock."""

    lock_requested = Signal()
    closing = Signal()
    #: The user chose another interface language ("" follows the system).
    language_changed = Signal(str)

    def __init__(
        self,
        ctx: AppContext,
        settings: QSettings,
        parent: QWidget | None = None,
        *,
        vault: Vault | None = None,
        backup: Any = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.vault = vault
        self.backup = backup  # the app's BackupService, shared with the backup page
        self._settings = settings
        self.pages: dict[str, QWidget] = {}
        self.record: QWidget | None = None
        self._last_page = "today"
        self.setWindowTitle(self.tr("crmdesk"))
        self.actions_ = MainActions(self)

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setUniformItemSizes(True)
        for spec in PAGES:
            item = QListWidgetItem(icon(spec.icon), spec.title())
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            self.nav.addItem(item)
        self.nav.setMinimumWidth(self._nav_width())
        self.nav.setMaximumWidth(self._nav_width() + 80)
        self.stack = QStackedWidget()
        splitter = QSplitter()
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setCollapsible(1, False)
        self.setCentralWidget(splitter)

        self.dialog: QWidget | None = None
        self.lookup = LookupBar(ctx, self)
        self.lookup.open_record.connect(self.open_record)
        self.export = ExportCommand(ctx, self)  # File › Export…, gated by the export right
        self.backup_watch = BackupWatch(backup, self)  # Compact Database waits for a backup
        self._build_menus()
        self._build_toolbar()
        self._connect_actions()
        self.nav.currentRowChanged.connect(self._nav_changed)
        ctx.changed.connect(self.apply_changes)
        self.statusBar().showMessage(self.tr("Ready"), 3000)
        self.resize(1200, 760)
        geometry = settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        self.show_page(str(settings.value("window/page", "today")))
        self.alarms = self._start_alarms()
        self.sync = install_sync(self, ctx)

    def _start_alarms(self) -> Any:
        cls = load_class("crmdesk.ui.alarms", "AlarmWatcher")
        if cls is None:
            return None
        watcher = cls(self.ctx, parent=self)
        watcher.open_record.connect(self.open_record)
        watcher.start()
        return watcher

    def _nav_width(self) -> int:
        metrics = self.nav.fontMetrics()
        return max(metrics.horizontalAdvance(spec.title()) for spec in PAGES) + 64

    # -- menus and toolbar ---------------------------------------------------------
    def _build_menus(self) -> None:
        a = self.actions_
        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("&File"))
        file_menu.addActions([a.new_contact, a.new_company])
        file_menu.addSeparator()
        file_menu.addActions([a.import_, self.export.action])
        file_menu.addSeparator()
        file_menu.addActions([a.lock, a.quit])
        view_menu = menu.addMenu(self.tr("&View"))
        for number, spec in enumerate(PAGES, start=1):
            action = view_menu.addAction(icon(spec.icon), spec.title())
            action.setShortcut(f"Ctrl+{number}")
            action.triggered.connect(lambda _c=False, k=spec.key: self.show_page(k))
        view_menu.addSeparator()
        view_menu.addActions([a.find, a.back, a.refresh])
        activity_menu = menu.addMenu(self.tr("&Activities"))
        activity_menu.addActions([a.schedule_call, a.schedule_meeting, a.schedule_todo])
        tools_menu = menu.addMenu(self.tr("&Tools"))
        tools_menu.addActions([a.duplicates, a.compact_database, a.change_passphrase, a.settings])
        help_menu = menu.addMenu(self.tr("&Help"))
        help_menu.addAction(a.about)

    def _build_toolbar(self) -> None:
        a = self.actions_
        bar = QToolBar(self.tr("Main toolbar"))
        bar.setObjectName("main_toolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        bar.addActions([a.new_contact, a.schedule_call, a.schedule_meeting, a.schedule_todo])
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        bar.addWidget(self.lookup)
        bar.addAction(a.lock)
        self.addToolBar(bar)
        self.toolbar = bar

    def _connect_actions(self) -> None:
        a = self.actions_
        a.find.triggered.connect(self.lookup.focus_bar)
        a.lock.triggered.connect(self.lock_requested)
        a.quit.triggered.connect(self.close)
        a.refresh.triggered.connect(self.refresh_all)
        a.back.triggered.connect(lambda: self.show_page(self._last_page))
        a.new_contact.triggered.connect(self.new_contact)
        a.new_company.triggered.connect(self.new_company)
        for action, kind in (
            (a.schedule_call, "call"),
            (a.schedule_meeting, "meeting"),
            (a.schedule_todo, "todo"),
        ):
            action.triggered.connect(lambda _c=False, k=kind: self.schedule(k))
        a.settings.triggered.connect(
            lambda: self.open_dialog(
                "crmdesk.ui.settings_dialog", "SettingsDialog", self.tr("Settings")
            )
        )
        a.import_.triggered.connect(
            lambda: self.open_dialog("crmdesk.ui.import_wizard", "ImportWizard", self.tr("Import"))
        )
        a.duplicates.triggered.connect(self.find_duplicates)
        a.compact_database.triggered.connect(self.compact_database)
        a.change_passphrase.triggered.connect(self.change_passphrase)
        a.change_passphrase.setEnabled(self.vault is not None)
        a.about.triggered.connect(self.about)

    # -- pages and records ---------------------------------------------------------
    def page(self, key: str) -> QWidget:
        """The page for ``key``, built the first time it is needed."""
        if key not in self.pages:
            spec = next(s for s in PAGES if s.key == key)
            widget = build_page(spec, self.ctx, self, self.vault, self.backup)
            signal = getattr(widget, "open_record", None)
            if signal is not None:
                signal.connect(self.open_record)
            compact = getattr(widget, "compact_requested", None)
            if compact is not None:  # the backup page's free-space hint
                compact.connect(self.compact_database)
            restored = getattr(widget, "restored", None)
            if restored is not None:  # a restore replaced the database: unlock it afresh
                restored.connect(self.lock_requested)
            self.pages[key] = widget
            self.stack.addWidget(widget)
        return self.pages[key]

    def show_page(self, key: str) -> None:
        if key not in {s.key for s in PAGES}:
            key = "today"
        self.stack.setCurrentWidget(self.page(key))
        self._last_page = key
        row = next(i for i, s in enumerate(PAGES) if s.key == key)
        if self.nav.currentRow() != row:
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(row)
            self.nav.blockSignals(False)
        self._drop_record()

    @Slot(int)
    def _nav_changed(self, row: int) -> None:
        if 0 <= row < len(PAGES):
            self.show_page(PAGES[row].key)

    def current_page_key(self) -> str | None:
        current = self.stack.currentWidget()
        return next((k for k, w in self.pages.items() if w is current), None)

    @Slot(str, str)
    def open_record(self, entity: str, record_id: str) -> None:
        """Show a contact, company or opportunity (the one path every view uses)."""
        view: QWidget | None = None
        if entity == "contact":
            from crmdesk.ui.contact_view import ContactView

            view = ContactView(self.ctx, record_id, self)
        elif entity == "company":
            from crmdesk.ui.companies.view import CompanyView

            view = CompanyView(self.ctx, record_id, self)
        elif entity == "opportunity":
            from crmdesk.ui.opportunity_view import OpportunityView

            view = OpportunityView(self.ctx, record_id, self)
        if view is None:
            return
        signal = getattr(view, "open_record", None)
        if signal is not None:
            signal.connect(self.open_record)
        self._drop_record()
        self.record = view
        self.stack.addWidget(view)
        self.stack.setCurrentWidget(view)
        self.nav.blockSignals(True)
        self.nav.clearSelection()
        self.nav.setCurrentRow(-1)
        self.nav.blockSignals(False)

    def _drop_record(self) -> None:
        if self.record is not None:
            self.stack.removeWidget(self.record)
            self.record.deleteLater()
            self.record = None

    # -- commands ------------------------------------------------------------------
    def current_contact_id(self) -> str | None:
        return getattr(self.record, "contact_id", None)

    def schedule(self, kind: str) -> Any:
        return schedule(
            self.ctx,
            self,
            kind,
            contact_id=self.current_contact_id(),
            company_id=getattr(self.record, "company_id", None),
            opportunity_id=getattr(self.record, "opportunity_id", None),
        )

    @Slot()
    def new_contact(self) -> Any:
        from crmdesk.ui.contact_dialog import ContactDialog

        dialog = ContactDialog(self.ctx, self)
        dialog.saved.connect(lambda record: self.open_record("contact", record.id))
        dialog.open()
        self.dialog = dialog
        return dialog

    @Slot()
    def new_company(self) -> Any:
        from crmdesk.ui.companies.dialog import CompanyDialog

        dialog = CompanyDialog(self.ctx, self)
        dialog.saved.connect(lambda record: self.open_record("company", record.id))
        dialog.open()
        self.dialog = dialog
        return dialog

    def open_dialog(self, module: str, class_name: str, title: str) -> Any:
        cls = load_class(module, class_name)
        if cls is None:
            QMessageBox.information(
                self, title, self.tr("%1 is not available in this build yet.").replace("%1", title)
            )
            return None
        dialog = cls(self.ctx, self)
        signal = getattr(dialog, "language_changed", None)
        if signal is not None:
            signal.connect(self.language_changed)
        dialog.open()
        self.dialog = dialog
        return dialog

    @Slot()
    def find_duplicates(self) -> Any:
        """The merge screen, already searching (in the background) when it opens."""
        dialog = self.open_dialog(
            "crmdesk.ui.merge_dialog", "DuplicatesDialog", self.tr("Find duplicates")
        )
        search = getattr(dialog, "search", None)
        if callable(search):
            search()
        return dialog

    @Slot()
    def compact_database(self) -> CompactDialog:
        """Tools › Compact Database…: measure, confirm, compact in the background."""
        dialog = CompactDialog(self.ctx, self, backups=self.backup_watch)
        page = self.pages.get("backup")
        refresh = getattr(page, "refresh_space", None)
        if refresh is not None:
            dialog.compacted.connect(lambda _result: refresh())
        dialog.open()
        self.dialog = dialog
        return dialog

    @Slot()
    def change_passphrase(self) -> Any:
        from crmdesk.ui.startup.change_passphrase import ChangePassphraseDialog

        if self.vault is None:
            return None
        dialog = ChangePassphraseDialog(self.vault, self)
        dialog.accepted.connect(
            lambda: self.statusBar().showMessage(self.tr("The passphrase was changed."), 5000)
        )
        dialog.open()
        self.dialog = dialog
        return dialog

    @Slot()
    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About crmdesk"),
            self.tr("crmdesk %1: contacts and sales, kept encrypted on this computer.").replace(
                "%1", __version__
            ),
        )

    @Slot(object)
    def apply_changes(self, changes: Changes) -> None:
        """Tell my pages and the open record that data changed (the one handler of ``changed``).

        Pages written elsewhere may subscribe to ``AppContext.changed`` themselves; they
        expose a plain ``refresh()`` instead, which only the Refresh command calls.
        """
        for widget in [*self.pages.values(), self.record]:
            handler = getattr(widget, "apply_changes", None)
            if handler is not None:
                try:
                    handler(changes)
                except Exception:  # one broken page must not stop the others refreshing
                    log.exception("refresh failed")

    def refresh_all(self) -> None:
        """F5: reload every page, whichever way it listens for changes."""
        self.apply_changes(EVERYTHING)
        for widget in self.pages.values():
            if getattr(widget, "apply_changes", None) is None:
                refresh = getattr(widget, "refresh", None)
                if refresh is not None:
                    refresh()

    def spec_of(self, key: str) -> PageSpec:
        return next(s for s in PAGES if s.key == key)

    # -- geometry ------------------------------------------------------------------
    def save_geometry(self) -> None:
        self._settings.setValue("window/geometry", self.saveGeometry())
        self._settings.setValue("window/page", self._last_page)
        self._settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt)
        if self.alarms is not None:
            self.alarms.stop()
        self.save_geometry()
        self.closing.emit()
        super().closeEvent(event)
