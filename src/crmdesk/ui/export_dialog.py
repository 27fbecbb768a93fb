"""File › Export…: contacts to vCard or CSV, scheduled activities to iCalendar, in a worker."""

from __future__ import annotations

import errno
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from crmdesk import lookups
from crmdesk.errors import CrmError
from crmdesk.exporting.csv_export import CsvLayout
from crmdesk.exporting.service import ExportFormat
from crmdesk.exporting.vcard import VCardVersion
from crmdesk.rights import Right
from crmdesk.sync.reports import ExportDone, export_and_report
from crmdesk.team import NotAllowed
from crmdesk.ui.guard import while_alive
from crmdesk.ui.ops import AppContext, run_in_background
from crmdesk.ui.rights_gate import RightsGate


@dataclass(frozen=True)
class _Choice:
    file_format: ExportFormat
    vcard_version: VCardVersion
    csv_layout: CsvLayout
    suffix: str


_CHOICES = (
    _Choice("vcard", "3.0", "google", ".vcf"),
    _Choice("vcard", "4.0", "google", ".vcf"),
    _Choice("csv", "3.0", "google", ".csv"),
    _Choice("csv", "3.0", "outlook", ".csv"),
    _Choice("ics", "3.0", "google", ".ics"),
)


def _contact_lookup_names(session: Any) -> list[str]:
    return [s.name for s in lookups.list_lookups(session, "contact")]


class ExportDialog(QDialog):
    """Choose a format, what to export and a file; the export runs in the thread pool.

    ``exported`` carries the one-line status message after the file is written (and reported
    to the office server when connected); a failure is shown as one line in the dialog.
    """

    exported = Signal(str)

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, selected_ids: list[str] | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._selected = list(selected_ids or [])
        self.running = False
        self.setWindowTitle(self.tr("Export"))

        self.format_box = QComboBox()
        for text in (
            self.tr("vCard 3.0 (.vcf)"),
            self.tr("vCard 4.0 (.vcf)"),
            self.tr("CSV, Google Contacts layout (.csv, UTF-8)"),
            self.tr("CSV, Outlook layout (.csv, UTF-8)"),
            self.tr("iCalendar: scheduled activities (.ics)"),
        ):
            self.format_box.addItem(text)

        self.selected_radio = QRadioButton(
            self.tr("The {count} selected contacts").format(count=len(self._selected))
        )
        self.selected_radio.setEnabled(bool(self._selected))
        self.lookup_radio = QRadioButton(self.tr("Contacts a saved lookup finds:"))
        self.lookup_box = QComboBox()
        self.lookup_box.setMinimumContentsLength(14)
        self.lookup_radio.setEnabled(False)
        self.lookup_box.setEnabled(False)
        self.all_radio = QRadioButton(self.tr("All contacts"))
        self.scope = QButtonGroup(self)
        for radio in (self.selected_radio, self.lookup_radio, self.all_radio):
            self.scope.addButton(radio)
        (self.selected_radio if self._selected else self.all_radio).setChecked(True)
        self.lookup_radio.toggled.connect(self.lookup_box.setEnabled)

        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(self.tr("File to write"))
        self.choose_button = QPushButton(self.tr("Choose…"))
        self.choose_button.clicked.connect(self.choose_file)

        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # busy: the count is known only when the file is written
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(
            self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)

        lookup_row = QHBoxLayout()
        lookup_row.addWidget(self.lookup_radio)
        lookup_row.addWidget(self.lookup_box, 1)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.choose_button)
        what = QVBoxLayout()
        what.addWidget(self.selected_radio)
        what.addLayout(lookup_row)
        what.addWidget(self.all_radio)
        form = QFormLayout()
        form.addRow(self.tr("Format:"), self.format_box)
        form.addRow(self.tr("Export:"), what)
        form.addRow(self.tr("File:"), file_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.busy)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._controls: list[QWidget] = [
            self.format_box,
            self.selected_radio,
            self.lookup_radio,
            self.lookup_box,
            self.all_radio,
            self.path_edit,
            self.choose_button,
            self.export_button,
        ]
        ctx.query(_contact_lookup_names, while_alive(self, self._show_lookups), lambda _e: None)

    def _show_lookups(self, names: list[str]) -> None:
        for name in names:
            self.lookup_box.addItem(name, name)
        self.lookup_radio.setEnabled(bool(names))
        self.lookup_box.setEnabled(self.lookup_radio.isChecked())

    def choice(self) -> _Choice:
        return _CHOICES[self.format_box.currentIndex()]

    @Slot()
    def choose_file(self) -> None:
        suffix = self.choice().suffix
        start = self.path_edit.text() or str(Path.home() / f"crmdesk{suffix}")
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export to"),
            start,
            self.tr("Export file (*{suffix})").format(suffix=suffix),
        )
        if path:
            if not Path(path).suffix:
                path += suffix
            self.path_edit.setText(path)

    def _fail(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    @Slot()
    def start(self) -> None:
        """Export in the background; the dialog stays open, busy, until it is done."""
        if self.running:
            return
        text = self.path_edit.text().strip()
        if not text:
            self._fail(self.tr("Choose a file to export to."))
            return
        path = Path(text).expanduser()
        choice = self.choice()
        ids: list[str] | None = None
        lookup: str | None = None
        if self.selected_radio.isChecked():
            ids = self._selected
        elif self.lookup_radio.isChecked():
            lookup = self.lookup_box.currentData()
            if not lookup:
                self._fail(self.tr("Choose a saved lookup."))
                return
        db = self._ctx.db

        def work() -> ExportDone:
            return export_and_report(
                db,
                path,
                choice.file_format,
                ids=ids,
                lookup=lookup,
                vcard_version=choice.vcard_version,
                csv_layout=choice.csv_layout,
            )

        self._set_running(True)
        run_in_background(
            self._ctx.pool, work, while_alive(self, self._done), while_alive(self, self._error)
        )

    def _set_running(self, running: bool) -> None:
        self.running = running
        self.busy.setVisible(running)
        if running:
            self.message.hide()
        for widget in self._controls:
            widget.setEnabled(not running)
        if not running:
            self.selected_radio.setEnabled(bool(self._selected))
            self.lookup_radio.setEnabled(self.lookup_box.count() > 0)
            self.lookup_box.setEnabled(self.lookup_radio.isChecked())

    def _done(self, done: ExportDone) -> None:
        self._set_running(False)
        if self.choice().file_format == "ics":
            text = self.tr("Exported {count} activities to {file}.")
        else:
            text = self.tr("Exported {count} contacts to {file}.")
        text = text.format(count=done.count, file=str(done.path))
        if done.unreported_reason is not None:
            text += " " + self.tr("The office server could not be reached; it was not told.")
        self.exported.emit(text)
        self.accept()

    def _error(self, exc: BaseException) -> None:
        self._set_running(False)
        self._fail(self.error_text(exc))

    def error_text(self, exc: BaseException) -> str:
        """One line saying what went wrong (nothing was left behind)."""
        if isinstance(exc, NotAllowed):
            return self.tr("Your role does not allow exporting records. Nothing was exported.")
        if isinstance(exc, OSError):
            if exc.errno == errno.ENOSPC:
                return self.tr("The disk is full. Nothing was exported.")
            if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
                folder = Path(self.path_edit.text().strip()).expanduser().parent
                return self.tr(
                    "The folder {folder} cannot be written to. Nothing was exported."
                ).format(folder=str(folder))
            return self.tr(
                "The file could not be written ({reason}). Nothing was exported."
            ).format(reason=exc.strerror or str(exc))
        if isinstance(exc, CrmError):
            return str(exc)
        return self.tr("Something went wrong: {reason}").format(reason=str(exc))


class ExportCommand(QObject):
    """The File › Export… action of the main window, gated by the export right."""

    def __init__(self, ctx: AppContext, window: QMainWindow) -> None:
        super().__init__(window)
        self._ctx = ctx
        self._window = window
        self.dialog: ExportDialog | None = None
        self.action = QAction(self.tr("E&xport…"), window)
        self.action.setToolTip(
            self.tr("Export contacts to vCard or CSV, or scheduled activities to iCalendar")
        )
        window.addAction(self.action)
        self.action.triggered.connect(self.trigger)
        self.rights = RightsGate(ctx, self)
        self.rights.require(self.action, Right.EXPORT)

    @Slot()
    def trigger(self) -> None:
        """Open the dialog with the contact list's selection, if it has one."""
        pages: dict[str, Any] = getattr(self._window, "pages", {})
        page = pages.get("contacts")
        table = getattr(page, "table", None)
        if page is not None and table is not None and table.selected_count() > 0:
            page.with_selected_ids(while_alive(self, self._open_with))
        else:
            self.open([])

    def _open_with(self, ids: list[str]) -> None:
        self.open(ids)

    def open(self, ids: list[str]) -> ExportDialog:
        dialog = ExportDialog(self._ctx, self._window, ids)
        dialog.exported.connect(lambda text: self._window.statusBar().showMessage(text, 10000))
        dialog.open()
        self.dialog = dialog
        return dialog
