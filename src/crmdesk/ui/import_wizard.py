"""The import wizard: file, detected format and encoding, column mapping, dry run, import, undo."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crmdesk import custom_fields
from crmdesk.changes import Changes
from crmdesk.errors import CrmError
from crmdesk.importing.batches import ImportCancelled, ImportOptions, run_import, undo_batch
from crmdesk.importing.detect import FileInfo, inspect_file
from crmdesk.importing.encodings import CHOICES
from crmdesk.importing.mapping import SIMPLE_TARGETS, ColumnMapping
from crmdesk.importing.presets import PRESET_NAMES
from crmdesk.importing.report import ACTIONS, DuplicateAction, ImportReport
from crmdesk.importing.saved_mappings import list_mappings, load_mapping, save_mapping
from crmdesk.importing.undo import LaterChanges, UndoResult
from crmdesk.ui.ops import AppContext
from crmdesk.ui.undo_prompt import ChangedRecord, KeepChangedPrompt, reason_text

IMPORTED = Changes(contacts=True, companies=True, notes=True)
KEEP_IN_NOTE = ""


class _Signals(QObject):
    progress = Signal(int, int)
    done = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    """Runs one import step off the UI thread, reporting progress through signals."""

    def __init__(self, work: Callable[[Callable[[int, int], None]], Any]) -> None:
        super().__init__()
        self.signals = _Signals()
        self._work = work

    def run(self) -> None:
        try:
            result = self._work(self.signals.progress.emit)
        except BaseException as exc:  # shown to the user on the UI thread
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


class ImportWizard(QDialog):
    """Import contacts from a vCard or CSV file, one undoable batch."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.info: FileInfo | None = None
        self.report: ImportReport | None = None
        self.batch_id: str | None = None
        self.prompt: KeepChangedPrompt | None = None
        self._cancel = threading.Event()
        self._pool = QThreadPool(self)
        self._tasks: set[_Task] = set()
        self.setWindowTitle(self.tr("Import contacts"))
        self.resize(820, 560)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._file_page())
        self.pages.addWidget(self._format_page())
        self.pages.addWidget(self._mapping_page())
        self.pages.addWidget(self._dry_run_page())
        self.pages.addWidget(self._import_page())
        self.back_button = QPushButton(self.tr("Back"))
        self.next_button = QPushButton(self.tr("Next"))
        self.close_button = QPushButton(self.tr("Close"))
        self.back_button.clicked.connect(self._back)
        self.next_button.clicked.connect(self._next)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for b in (self.back_button, self.next_button, self.close_button):
            buttons.addWidget(b)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020")
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        self._show_page(0)

    # Pages -------------------------------------------------------------------------------

    def _file_page(self) -> QWidget:
        page = QWidget()
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(self.tr("A vCard (.vcf) or CSV file"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(self.tr("Choose the file to import.")))
        layout.addLayout(row)
        layout.addStretch(1)
        return page

    def _format_page(self) -> QWidget:
        page = QWidget()
        self.format_label = QLabel()
        self.encoding_combo = QComboBox()
        self.encoding_combo.addItems(["utf-8", "utf-8-sig", "utf-16", *CHOICES[2:]])
        self.encoding_combo.activated.connect(self._encoding_chosen)
        self.unsure_label = QLabel()
        self.unsure_label.setWordWrap(True)
        self.layout_label = QLabel()
        form = QFormLayout(page)
        form.addRow(self.tr("Format:"), self.format_label)
        form.addRow(self.tr("Encoding:"), self.encoding_combo)
        form.addRow("", self.unsure_label)
        form.addRow(self.tr("Layout:"), self.layout_label)
        return page

    def _mapping_page(self) -> QWidget:
        page = QWidget()
        self.saved_combo = QComboBox()
        self.saved_combo.activated.connect(self._saved_chosen)
        self.save_name = QLineEdit()
        self.save_name.setPlaceholderText(self.tr("Name for this mapping"))
        save = QPushButton(self.tr("Save mapping"))
        save.clicked.connect(self._save_mapping)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Saved mappings:")))
        top.addWidget(self.saved_combo, 1)
        top.addWidget(self.save_name, 1)
        top.addWidget(save)
        self.new_field = QLineEdit()
        self.new_field.setPlaceholderText(self.tr("New custom field"))
        self.add_field_button = QPushButton(self.tr("Add field"))
        self.add_field_button.clicked.connect(self._add_field)
        top.addWidget(self.new_field)
        top.addWidget(self.add_field_button)
        self.mapping_table = QTableWidget(0, 3)
        self.mapping_table.setHorizontalHeaderLabels(
            [self.tr("Column"), self.tr("First rows"), self.tr("Goes into")]
        )
        self.mapping_table.horizontalHeader().setStretchLastSection(True)
        self.preview_table = QTableWidget(0, 0)
        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addWidget(self.mapping_table, 2)
        layout.addWidget(QLabel(self.tr("Preview of the file:")))
        layout.addWidget(self.preview_table, 1)
        return page

    def _dry_run_page(self) -> QWidget:
        page = QWidget()
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.all_combo = QComboBox()
        for action in ACTIONS:
            self.all_combo.addItem(self._action_text(action), action)
        self.all_combo.activated.connect(self._apply_to_all)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("For every duplicate:")))
        row.addWidget(self.all_combo)
        row.addStretch(1)
        self.duplicates_table = QTableWidget(0, 4)
        self.duplicates_table.setHorizontalHeaderLabels(
            [self.tr("Line"), self.tr("Name"), self.tr("Why"), self.tr("Action")]
        )
        self.duplicates_table.horizontalHeader().setStretchLastSection(True)
        self.problems_table = QTableWidget(0, 2)
        self.problems_table.setHorizontalHeaderLabels([self.tr("Line"), self.tr("Problem")])
        self.problems_table.horizontalHeader().setStretchLastSection(True)
        self.shortened_label = QLabel()
        self.shortened_label.setWordWrap(True)
        self.shortened_label.hide()
        layout = QVBoxLayout(page)
        layout.addWidget(self.summary_label)
        layout.addLayout(row)
        layout.addWidget(self.duplicates_table, 1)
        layout.addWidget(self.problems_table, 1)
        layout.addWidget(self.shortened_label)
        return page

    def _import_page(self) -> QWidget:
        page = QWidget()
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.cancel_button = QPushButton(self.tr("Cancel import"))
        self.cancel_button.clicked.connect(self._cancel.set)
        self.undo_button = QPushButton(self.tr("Undo this import"))
        self.undo_button.setEnabled(False)
        self.undo_button.clicked.connect(self._undo)
        layout = QVBoxLayout(page)
        layout.addWidget(self.progress)
        layout.addWidget(self.result_label)
        row = QHBoxLayout()
        row.addWidget(self.cancel_button)
        row.addWidget(self.undo_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        return page

    # Navigation --------------------------------------------------------------------------

    def _show_page(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        self.back_button.setEnabled(0 < index < 4)
        self.next_button.setEnabled(index < 4)
        self.next_button.setText(self.tr("Import") if index == 3 else self.tr("Next"))

    def _back(self) -> None:
        index = self.pages.currentIndex() - 1
        if index == 2 and self.info is not None and self.info.format != "csv":
            index = 1
        self._show_page(max(0, index))

    def _next(self) -> None:
        index = self.pages.currentIndex()
        if index == 0:
            self._inspect(Path(self.path_edit.text().strip()), None)
        elif index == 1:
            if self.info is not None and self.info.format == "csv":
                self._fill_mapping()
                self._show_page(2)
            else:
                self._dry_run()
        elif index == 2:
            self._take_mapping()
            self._dry_run()
        elif index == 3:
            self._import()

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import contacts"), "", self.tr("Contacts (*.vcf *.csv *.txt);;All (*)")
        )
        if name:
            self.path_edit.setText(name)

    def _run(
        self,
        work: Callable[[Callable[[int, int], None]], Any],
        on_done: Callable[[Any], None],
        on_failed: Callable[[BaseException], None] | None = None,
    ) -> None:
        task = _Task(work)
        self._tasks.add(task)
        task.signals.progress.connect(self._progress)

        def done(result: Any) -> None:
            self._tasks.discard(task)
            on_done(result)

        def failed(exc: BaseException) -> None:
            self._tasks.discard(task)
            (on_failed or self._failed)(exc)

        task.signals.done.connect(done)
        task.signals.failed.connect(failed)
        self.next_button.setEnabled(False)
        self.error_label.setText("")
        self._pool.start(task)

    def _failed(self, exc: BaseException) -> None:
        self._show_page(self.pages.currentIndex())
        self._show_error(exc)

    def _show_error(self, exc: BaseException) -> None:
        # Shown in the wizard itself: the user fixes the choice and tries again.
        if isinstance(exc, CrmError):
            self.error_label.setText(str(exc))
        else:
            self.error_label.setText(self.tr("Something went wrong: {0}").format(exc))

    def wait(self, msecs: int = 30000) -> bool:
        """Wait for the running step (tests and closing)."""
        return bool(self._pool.waitForDone(msecs))

    # Steps -------------------------------------------------------------------------------

    def _inspect(self, path: Path, encoding: str | None) -> None:
        self._run(lambda _p: inspect_file(path, "auto", encoding), self._inspected)

    def _inspected(self, info: FileInfo) -> None:
        self.info = info
        fmt = self.tr("vCard") if info.format == "vcard" else self.tr("CSV")
        if info.format == "csv":
            names = {",": self.tr("comma"), ";": self.tr("semicolon"), "\t": self.tr("tab")}
            delim = names.get(info.dialect.delimiter, info.dialect.delimiter)
            fmt = self.tr("CSV, separated by {0}").format(delim)
        self.format_label.setText(fmt)
        if self.encoding_combo.findText(info.encoding.encoding) < 0:
            self.encoding_combo.addItem(info.encoding.encoding)
        self.encoding_combo.setCurrentText(info.encoding.encoding)
        if info.encoding.sure:
            self.unsure_label.setText("")
        else:
            self.unsure_label.setText(
                self.tr(
                    "Not sure about the encoding: it could also be {0}. Pick the one "
                    "whose preview shows the names correctly."
                ).format(", ".join(info.encoding.alternatives) or "cp1252")
            )
        if info.format == "csv":
            preset = PRESET_NAMES.get(info.preset or "", "")
            self.layout_label.setText(
                self.tr("Recognised as a {0} export").format(preset)
                if preset
                else self.tr("Unknown layout: check the column mapping on the next page")
            )
        else:
            self.layout_label.setText("")
        self._fill_preview()
        self._show_page(1)

    def _encoding_chosen(self) -> None:
        if self.info is not None:
            self._inspect(self.info.path, self.encoding_combo.currentText())

    def _fill_preview(self) -> None:
        info = self.info
        if info is None:
            return
        self.preview_table.setColumnCount(len(info.header))
        self.preview_table.setHorizontalHeaderLabels(list(info.header))
        self.preview_table.setRowCount(len(info.preview))
        for r, row in enumerate(info.preview):
            for c, cell in enumerate(row[: len(info.header)]):
                self.preview_table.setItem(r, c, QTableWidgetItem(cell))

    def _targets(self) -> list[tuple[str, str]]:
        fields = self.ctx.run_now(lambda s: custom_fields.list_fields(s, "contact"))
        choices = [(self.tr("(keep in a note)"), KEEP_IN_NOTE)]
        choices += [(t, t) for t in SIMPLE_TARGETS]
        choices += [
            (self.tr("custom field: {0}").format(f.label), f"custom:{f.name}") for f in fields
        ]
        return choices

    def _fill_mapping(self, mapping: ColumnMapping | None = None) -> None:
        info = self.info
        if info is None:
            return
        mapping = mapping or info.mapping
        saved = self.ctx.run_now(list_mappings)
        self.saved_combo.clear()
        self.saved_combo.addItem(self.tr("(choose)"), "")
        for name in [*PRESET_NAMES.values(), *saved]:
            self.saved_combo.addItem(name, name)
        choices = self._targets()
        self.mapping_table.setRowCount(len(info.header))
        for r, name in enumerate(info.header):
            self.mapping_table.setItem(r, 0, QTableWidgetItem(name))
            sample = " | ".join(row[r] for row in info.preview[:3] if r < len(row) and row[r])
            self.mapping_table.setItem(r, 1, QTableWidgetItem(sample))
            combo = QComboBox()
            for text, target in choices:
                combo.addItem(text, target)
            target = mapping.targets.get(name, KEEP_IN_NOTE)
            if combo.findData(target) < 0:
                combo.addItem(target, target)
            combo.setCurrentIndex(combo.findData(target))
            self.mapping_table.setCellWidget(r, 2, combo)

    def _add_field(self) -> None:
        """Offer a new custom field in every column's choices; the import creates it."""
        name = self.new_field.text().strip()
        if not name:
            return
        target = f"custom:{name}"
        for r in range(self.mapping_table.rowCount()):
            combo = self.mapping_table.cellWidget(r, 2)
            if isinstance(combo, QComboBox) and combo.findData(target) < 0:
                combo.addItem(self.tr("custom field: {0}").format(name), target)
        self.new_field.clear()

    def _take_mapping(self) -> None:
        if self.info is None or self.info.format != "csv":
            return
        targets: dict[str, str] = {}
        for r, name in enumerate(self.info.header):
            combo = self.mapping_table.cellWidget(r, 2)
            if isinstance(combo, QComboBox) and combo.currentData():
                targets[name] = str(combo.currentData())
        self.info = self.info.with_mapping(ColumnMapping(targets, self.info.mapping.name))

    def _saved_chosen(self) -> None:
        name = str(self.saved_combo.currentData() or "")
        if name and self.info is not None:
            header = self.info.header
            self._fill_mapping(self.ctx.run_now(lambda s: load_mapping(s, name, header)))

    def _save_mapping(self) -> None:
        name = self.save_name.text().strip()
        if not name:
            return
        self._take_mapping()
        assert self.info is not None
        mapping = self.info.mapping
        self.ctx.change(lambda s: save_mapping(s, name, mapping), Changes(settings=True))

    def _options(self, dry_run: bool) -> ImportOptions:
        decisions: dict[int, DuplicateAction] = {}
        for r in range(self.duplicates_table.rowCount()):
            combo = self.duplicates_table.cellWidget(r, 3)
            line = self.duplicates_table.item(r, 0)
            if isinstance(combo, QComboBox) and line is not None:
                decisions[int(line.text())] = combo.currentData()
        return ImportOptions(
            on_duplicate=self.all_combo.currentData(), decisions=decisions, dry_run=dry_run
        )

    def _dry_run(self) -> None:
        info = self.info
        assert info is not None
        options = self._options(dry_run=True)
        self._run(lambda p: run_import(self.ctx.db, info, options, progress=p), self._dry_run_done)

    def _dry_run_done(self, report: ImportReport) -> None:
        self.report = report
        self.summary_label.setText(
            self.tr(
                "{0} will be created, {1} updated, {2} skipped as duplicates, "
                "{3} companies created; {4} rows have errors."
            ).format(
                report.created,
                report.updated,
                report.skipped,
                report.companies_created,
                report.error_count,
            )
        )
        shortened = self._shortened(report)
        self.shortened_label.setText(shortened)
        self.shortened_label.setVisible(bool(shortened))
        self.duplicates_table.setRowCount(len(report.duplicates))
        for r, d in enumerate(report.duplicates):
            self.duplicates_table.setItem(r, 0, QTableWidgetItem(str(d.line)))
            self.duplicates_table.setItem(r, 1, QTableWidgetItem(d.name))
            self.duplicates_table.setItem(r, 2, QTableWidgetItem(d.reason))
            combo = QComboBox()
            for action in ACTIONS:
                combo.addItem(self._action_text(action), action)
            combo.setCurrentIndex(combo.findData(d.action))
            self.duplicates_table.setCellWidget(r, 3, combo)
        problems = [(e.line, e.reason) for e in report.errors]
        problems += [(w.line, w.reason) for w in report.warnings]
        self.problems_table.setRowCount(len(problems))
        for r, (line, reason) in enumerate(problems):
            item = QTableWidgetItem()
            item.setData(Qt.ItemDataRole.DisplayRole, line)
            self.problems_table.setItem(r, 0, item)
            self.problems_table.setItem(r, 1, QTableWidgetItem(reason))
        self._show_page(3)

    def _shortened(self, report: ImportReport) -> str:
        """Which lists show only their first entries (every entry is counted)."""
        notes = []
        if report.error_count > len(report.errors):
            notes.append(
                self.tr("Only the first {0} of the {1} errors are listed.").format(
                    len(report.errors), report.error_count
                )
            )
        if report.warning_count > len(report.warnings):
            notes.append(
                self.tr("Only the first {0} of the {1} warnings are listed.").format(
                    len(report.warnings), report.warning_count
                )
            )
        if report.duplicate_count > len(report.duplicates):
            notes.append(
                self.tr(
                    "Only the first {0} of the {1} duplicates are listed; the others "
                    "follow the choice for every duplicate."
                ).format(len(report.duplicates), report.duplicate_count)
            )
        return " ".join(notes)

    def _apply_to_all(self) -> None:
        action = self.all_combo.currentData()
        for r in range(self.duplicates_table.rowCount()):
            combo = self.duplicates_table.cellWidget(r, 3)
            if isinstance(combo, QComboBox):
                combo.setCurrentIndex(combo.findData(action))

    def _action_text(self, action: str) -> str:
        return {
            "skip": self.tr("Skip"),
            "update": self.tr("Update the existing contact"),
            "create": self.tr("Create a new contact"),
            "merge": self.tr("Merge (fill empty fields only)"),
        }[action]

    def _import(self) -> None:
        info = self.info
        assert info is not None
        options = self._options(dry_run=False)
        self._cancel.clear()
        self.progress.setValue(0)
        self.result_label.setText(self.tr("Importing…"))
        self.cancel_button.setEnabled(True)
        self._show_page(4)
        self.back_button.setEnabled(False)
        self._run(
            lambda p: run_import(
                self.ctx.db, info, options, progress=p, cancelled=self._cancel.is_set
            ),
            self._imported,
            self._import_failed,
        )

    def _progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setValue(int(done * 1000 / total))

    def _imported(self, report: ImportReport) -> None:
        self.report = report
        self.batch_id = report.batch_id
        self.progress.setValue(1000)
        self.cancel_button.setEnabled(False)
        self.undo_button.setEnabled(bool(report.batch_id))
        self.result_label.setText(
            self.tr("Imported: {0} created, {1} updated, {2} skipped, {3} errors.").format(
                report.created + report.companies_created,
                report.updated,
                report.skipped,
                report.error_count,
            )
        )
        self.ctx.changed.emit(IMPORTED)

    def _import_failed(self, exc: BaseException) -> None:
        self.cancel_button.setEnabled(False)
        self.back_button.setEnabled(True)
        if isinstance(exc, ImportCancelled):
            self.result_label.setText(self.tr("Cancelled: nothing was imported."))
            return
        self.result_label.setText(self.tr("The import failed: nothing was imported."))
        self._show_error(exc)

    def _undo(self) -> None:
        batch = self.batch_id
        if not batch:
            return
        self.undo_button.setEnabled(False)
        self.error_label.setText("")
        self.ctx.change(
            lambda s: undo_batch(s, batch),
            IMPORTED,
            lambda _n: self.result_label.setText(self.tr("The import was undone.")),
            self._undo_refused,
        )

    def _undo_refused(self, exc: BaseException) -> None:
        if not isinstance(exc, LaterChanges):
            self.undo_button.setEnabled(True)
            self._show_error(exc)
            return
        records = [ChangedRecord(r.name, reason_text(r.reason)) for r in exc.records]
        self.prompt = KeepChangedPrompt(
            self.tr("Undo this import"),
            self.tr(
                "%n record(s) from this import were changed after it, so nothing was undone yet:",
                "",
                len(records),
            ),
            records,
            self,
        )
        self.prompt.accepted.connect(self._undo_keeping_changed)
        self.prompt.rejected.connect(lambda: self.undo_button.setEnabled(True))
        self.prompt.open()

    def _undo_keeping_changed(self) -> None:
        batch = self.batch_id
        if not batch:
            return
        self.result_label.setText(self.tr("Undoing the import…"))
        self.ctx.change(
            lambda s: undo_batch(s, batch, keep_changed=True),
            IMPORTED,
            self._undone_keeping,
            self._undo_failed,
        )

    def _undone_keeping(self, result: UndoResult) -> None:
        self.result_label.setText(
            self.tr(
                "The import was undone: {0} records removed, {1} put back as they were, "
                "{2} changed records kept."
            ).format(result.removed, result.restored, len(result.kept))
        )

    def _undo_failed(self, exc: BaseException) -> None:
        self.undo_button.setEnabled(True)
        self.result_label.setText(self.tr("The import was not undone."))
        self._show_error(exc)
