"""Tools › Compact Database…: the space it frees, a confirmation, then the work off the UI thread.

One dialog walks through the steps: it measures the free space (in the background),
asks to go ahead, shows a busy bar while ``compact.compact_database`` runs in the
``AppContext`` pool (so locking the app waits for it), and then says what it freed.
It does not start while the app's backup service is writing a backup.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crmdesk import compact
from crmdesk.compact import CompactResult, NotEnoughDiskSpace, SpaceReport
from crmdesk.errors import CrmError
from crmdesk.ui.guard import while_alive
from crmdesk.ui.ops import AppContext, run_in_background
from crmdesk.ui.startup.working import WorkingIndicator


class BackupWatch(QObject):
    """Whether the app's backup service is writing a backup right now."""

    def __init__(self, service: Any = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.running = False
        if service is not None:
            service.started.connect(self._started)
            service.succeeded.connect(self._ended)
            service.failed.connect(self._ended)

    @Slot()
    def _started(self) -> None:
        self.running = True

    @Slot(object)
    def _ended(self, _value: object) -> None:
        self.running = False


def size_text(size: int) -> str:
    """A size as the dialogs show it (MB, or GB from 1,000 MB; the units read the same in
    Thai and Chinese)."""
    if size >= 1_000_000_000:
        return f"{size / 1_000_000_000:.1f} GB"
    return compact.mb(size)


class CompactDialog(QDialog):
    """Measure, confirm, compact, report — one window for the whole command."""

    #: The database was compacted (a ``CompactResult``).
    compacted = Signal(object)

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, *, backups: BackupWatch | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.backups = backups
        self.report: SpaceReport | None = None
        self.outcome: CompactResult | None = None
        self.setWindowTitle(self.tr("Compact Database"))
        self.message = QLabel(self.tr("Measuring the free space in the database…"))
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.working = WorkingIndicator(self)
        buttons = QDialogButtonBox()
        self.compact_button: QPushButton = buttons.addButton(
            self.tr("Compact"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.close_button: QPushButton = buttons.addButton(
            self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.compact_button.setEnabled(False)
        self.compact_button.clicked.connect(self.start)
        self.close_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.working)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(520, 200)
        self.ctx.query(
            lambda _s: compact.space_of(ctx.db),
            while_alive(self, self._measured),
            while_alive(self, self._failed),
        )

    def _measured(self, report: SpaceReport) -> None:
        self.report = report
        if report.free_pages == 0:
            self.message.setText(
                self.tr("The database file ({0}) has no free space to give back.").format(
                    size_text(report.file_bytes)
                )
            )
            self.close_button.setText(self.tr("Close"))
            return
        self.message.setText(
            self.tr(
                "Compacting frees about {0} of the {1} database file ({2}% of it is free "
                "space that every backup copies). It rewrites the whole file and takes a "
                "while, about a minute for each GB; crmdesk cannot be used meanwhile. "
                "Compact now?"
            ).format(
                size_text(report.free_bytes),
                size_text(report.file_bytes),
                round(report.free_share * 100),
            )
        )
        self.compact_button.setEnabled(True)
        self.compact_button.setDefault(True)

    def start(self) -> None:
        """Compact now (the user confirmed)."""
        if self.backups is not None and self.backups.running:
            self.message.setText(
                self.tr("A backup is being made. Compact the database after it has finished.")
            )
            return
        self.compact_button.setEnabled(False)
        self.close_button.setEnabled(False)
        self.working.label.setText(self.tr("Compacting the database…"))
        self.working.show()
        db = self.ctx.db
        run_in_background(
            self.ctx.pool,
            lambda: compact.compact_database(db),
            while_alive(self, self._done),
            while_alive(self, self._failed),
        )

    def _done(self, result: CompactResult) -> None:
        self.outcome = result
        self.working.hide()
        self.message.setText(
            self.tr(
                "The database was compacted: {0} before, {1} now ({2} given back to the disk)."
            ).format(
                size_text(result.before.file_bytes),
                size_text(result.after.file_bytes),
                size_text(result.freed_bytes),
            )
        )
        self._finished()
        self.compacted.emit(result)

    def _failed(self, exc: BaseException) -> None:
        self.working.hide()
        self.message.setText(self.failure_text(exc))
        self._finished()

    def _finished(self) -> None:
        self.compact_button.hide()
        self.close_button.setText(self.tr("Close"))
        self.close_button.setEnabled(True)

    def failure_text(self, exc: BaseException) -> str:
        """One sentence for the user, in their language where the cause is known."""
        if isinstance(exc, NotEnoughDiskSpace):
            return self.tr(
                "Not enough free disk space to compact the database: it needs {0}, the disk "
                "has {1}. Free some space and try again; nothing was changed."
            ).format(size_text(exc.needed), size_text(exc.available))
        if isinstance(exc, compact.CompactionRunning):
            return self.tr("The database is already being compacted; wait until it is done.")
        if isinstance(exc, CrmError):
            return str(exc)
        return self.tr("The database could not be compacted: {0}").format(exc)

    def reject(self) -> None:
        if self.compacting():  # it cannot be stopped halfway
            return
        super().reject()

    def compacting(self) -> bool:
        return self.working.isVisible()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt)
        if self.compacting():
            event.ignore()
            return
        super().closeEvent(event)
