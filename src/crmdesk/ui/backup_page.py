"""The Backup & Restore page: backups with their counts, a stale-backup banner, back up, restore."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crmdesk.backup.catalog import BackupEntry
from crmdesk.backup.restore import RestoreResult
from crmdesk.backup.runner import BackupOutcome
from crmdesk.backup.settings import BackupSettings
from crmdesk.backup.settings import load as load_settings
from crmdesk.backup.settings import save as save_settings
from crmdesk.changes import Changes
from crmdesk.compact import SpaceReport, space_of
from crmdesk.db.in_use import DatabaseInUse
from crmdesk.ui.backup_service import BackupService, BackupStatus
from crmdesk.ui.compact_dialog import size_text
from crmdesk.ui.guard import while_alive
from crmdesk.ui.ops import AppContext
from crmdesk.ui.sync.messages import database_in_use
from crmdesk.vault import Vault

COLUMNS = 7


class BackupPage(QWidget):
    """Lists the backups of the open database and offers Back up now and Restore."""

    #: The database was replaced by a backup (a ``RestoreResult``): reopen it and reload.
    restored = Signal(object)
    #: The user asked to compact the database (from the free-space hint).
    compact_requested = Signal()
    _restore_failed = Signal(str)

    def __init__(
        self,
        ctx: AppContext,
        vault: Vault,
        parent: QWidget | None = None,
        *,
        service: BackupService | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.vault = vault
        self.service = service or BackupService(vault, ctx.db, parent=self)
        self._entries: list[BackupEntry] = []

        self.banner = QLabel(self)
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(
            "QLabel { background: #fff3cd; color: #664d03; padding: 8px; border-radius: 4px; }"
        )
        self.banner.hide()
        self.space_hint = QLabel(self)
        self.space_hint.setWordWrap(True)
        self.compact_button = QPushButton(self.tr("Compact Database…"), self)
        self.compact_button.clicked.connect(self.compact_requested)
        self.space_row = QWidget(self)
        space_layout = QHBoxLayout(self.space_row)
        space_layout.setContentsMargins(0, 0, 0, 0)
        space_layout.addWidget(self.space_hint, 1)
        space_layout.addWidget(self.compact_button)
        self.space_row.hide()
        self.last_label = QLabel(self)
        self.folder_label = QLabel(self)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.folder_button = QPushButton(self.tr("Change folder…"), self)
        self.default_folder_button = QPushButton(self.tr("Use the default folder"), self)
        self.on_exit_box = QCheckBox(self.tr("Also back up when crmdesk closes"), self)
        self.folder_button.clicked.connect(self.choose_folder)
        self.default_folder_button.clicked.connect(lambda: self.set_folder(None))
        self.on_exit_box.toggled.connect(self._on_exit_toggled)

        self.table = QTableWidget(0, COLUMNS, self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Made at"),
                self.tr("Size"),
                self.tr("Contacts"),
                self.tr("Companies"),
                self.tr("Activities"),
                self.tr("Verified"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._update_buttons)

        self.backup_button = QPushButton(self.tr("Back up now"), self)
        self.restore_button = QPushButton(self.tr("Restore…"), self)
        self.verify_button = QPushButton(self.tr("Verify"), self)
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.verify_button.clicked.connect(self.verify_selected)
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.restore_selected)
        self.refresh_button.clicked.connect(self.refresh)

        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.verify_button)
        buttons.addStretch(1)
        buttons.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.space_row)
        layout.addWidget(self.last_label)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(self.folder_button)
        folder_row.addWidget(self.default_folder_button)
        layout.addLayout(folder_row)
        layout.addWidget(self.on_exit_box)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        self.service.started.connect(self._on_started)
        self.service.succeeded.connect(self._on_succeeded)
        self.service.failed.connect(self._on_failed)
        self.service.restored.connect(self._on_restored)
        self._restore_failed.connect(self._on_restore_failed)
        self._update_buttons()
        self.refresh()

    # -- listing ---------------------------------------------------------------

    def refresh(self) -> None:
        """Re-read the backup folder in the background (every file is checked)."""
        self.refresh_button.setEnabled(False)
        self.ctx.query(lambda _session: self.service.status(), self._show, self._on_list_error)
        self.refresh_space()

    def refresh_space(self) -> None:
        """Show the compact hint when much of the database file is free space."""
        db = self.ctx.db
        self.ctx.query(
            lambda _session: space_of(db),
            while_alive(self, self._show_space),
            while_alive(self, lambda _exc: self.space_row.hide()),
        )

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt)
        super().showEvent(event)
        if not event.spontaneous():  # the page was switched to: records may be gone since
            self.refresh_space()

    def _show_space(self, report: SpaceReport) -> None:
        self.space_hint.setText(
            self.tr(
                "{0} of the database file ({1}%) is free space that every backup copies. "
                "Compacting the database gives it back to the disk."
            ).format(size_text(report.free_bytes), round(report.free_share * 100))
        )
        self.space_row.setVisible(report.worth_compacting)

    def _settings_loaded(self, settings: BackupSettings) -> None:
        self.on_exit_box.blockSignals(True)
        self.on_exit_box.setChecked(settings.on_exit)
        self.on_exit_box.blockSignals(False)
        self.default_folder_button.setVisible(settings.destination is not None)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for backups"))
        if folder:
            self.set_folder(Path(folder))

    def set_folder(self, folder: Path | None) -> None:
        """Back up into ``folder`` from now on (None: ``backups/`` in the data folder)."""
        self._update_settings(lambda s: BackupSettings(s.daily_at, folder, s.policy, s.on_exit))

    def _on_exit_toggled(self, checked: bool) -> None:
        self._update_settings(
            lambda s: BackupSettings(s.daily_at, s.destination, s.policy, checked)
        )

    def _update_settings(self, edit: Any) -> None:
        def work(session: Any) -> None:
            save_settings(session, edit(load_settings(session)))

        self.ctx.change(work, Changes(settings=True), lambda _r: self.refresh())

    def _on_list_error(self, exc: BaseException) -> None:
        self.refresh_button.setEnabled(True)
        self.message.setText(str(exc))

    def _show(self, status: BackupStatus) -> None:
        self.refresh_button.setEnabled(True)
        self._settings_loaded(status.settings)
        self._entries = status.backups
        self.folder_label.setText(self.tr("Backup folder: {0}").format(status.folder))
        if status.last_success is None:
            self.last_label.setText(self.tr("No successful backup yet."))
        else:
            when = status.last_success.astimezone().strftime("%Y-%m-%d %H:%M")
            self.last_label.setText(self.tr("Last successful backup: {0}").format(when))
        if status.stale:
            self.banner.setText(
                self.tr("There is no backup yet. Back up now to protect your data.")
                if status.last_success is None
                else self.tr(
                    "The last successful backup is more than 2 days old. "
                    "Back up now, and check that the backup folder is available."
                )
            )
        self.banner.setVisible(status.stale)
        self.table.setRowCount(len(self._entries))
        for row, entry in enumerate(self._entries):
            for column, text in enumerate(self._cells(entry)):
                item = QTableWidgetItem(text)
                if column >= 2 and column < 6:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if not entry.good:
                    item.setToolTip(entry.problem or "")
                self.table.setItem(row, column, item)
        self._update_buttons()

    def _cells(self, entry: BackupEntry) -> list[str]:
        counts: dict[str, Any] = dict(entry.header.counts) if entry.header else {}
        made = ""
        if entry.created:
            from datetime import datetime

            made = datetime.fromisoformat(entry.created).astimezone().strftime("%H:%M")
        return [
            entry.day.isoformat(),
            made,
            _size(entry.size),
            str(counts.get("contacts", "")),
            str(counts.get("companies", "")),
            str(counts.get("activities", "")),
            self.tr("Yes") if entry.good else self.tr("Damaged"),
        ]

    def selected(self) -> BackupEntry | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self._entries[rows[0].row()]

    def _update_buttons(self) -> None:
        entry = self.selected()
        self.restore_button.setEnabled(entry is not None and entry.good)
        self.verify_button.setEnabled(entry is not None)

    def verify_selected(self) -> None:
        """Reread the selected backup completely and say whether it can be restored."""
        entry = self.selected()
        if entry is None:
            return
        self.verify_button.setEnabled(False)
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Verifying {0}…").format(entry.path.name))
        self.ctx.query(
            lambda _session: self.service.verify(entry.path),
            lambda _result: self._verified(
                self.tr("{0} is complete and sound: it can be restored.").format(entry.path.name),
                ok=True,
            ),
            lambda exc: self._verified(str(exc), ok=False),
        )

    def _verified(self, text: str, *, ok: bool) -> None:
        self._update_buttons()
        self.message.setStyleSheet("" if ok else "QLabel { color: #b02a37; }")
        self.message.setText(text)

    # -- backing up --------------------------------------------------------------

    def back_up_now(self) -> None:
        self.service.backup_now()

    def _on_started(self) -> None:
        self.backup_button.setEnabled(False)
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Backing up…"))

    def _on_succeeded(self, outcome: BackupOutcome) -> None:
        self.backup_button.setEnabled(True)
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Backed up to {0}.").format(outcome.result.path.name))
        self.refresh()

    def _on_failed(self, text: str) -> None:
        self.backup_button.setEnabled(True)
        self.message.setStyleSheet("QLabel { color: #b02a37; }")
        self.message.setText(text)
        self.refresh()

    # -- restoring ---------------------------------------------------------------

    def restore_selected(self) -> None:
        entry = self.selected()
        if entry is None or not entry.good:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Restore backup"),
            self.tr(
                "Replace all current data by the backup of {0}? The current database is "
                "kept in the data folder first. crmdesk reloads afterwards."
            ).format(entry.day.isoformat()),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._start_restore(entry.path)

    def _start_restore(self, path: Path) -> None:
        self.setEnabled(False)
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Restoring…"))
        self.ctx.wait()

        def work() -> None:
            try:
                self.service.restore(path)
            except DatabaseInUse as exc:  # QCoreApplication.translate is thread-safe
                self._restore_failed.emit(database_in_use(exc))
            except Exception as exc:  # shown on the page, nothing was changed
                self._restore_failed.emit(str(exc))

        threading.Thread(target=work, name="crmdesk-restore", daemon=True).start()

    def _on_restored(self, result: RestoreResult) -> None:
        self.setEnabled(True)
        self.message.setStyleSheet("")
        self.message.setText(self.tr("The backup was restored; crmdesk reloads."))
        self.restored.emit(result)

    def _on_restore_failed(self, text: str) -> None:
        self.setEnabled(True)
        self.message.setStyleSheet("QLabel { color: #b02a37; }")
        self.message.setText(text)


def _size(size: int) -> str:
    if size >= 1_000_000:
        return f"{size / 1_000_000:.1f} MB"
    return f"{max(size // 1000, 1)} kB"
