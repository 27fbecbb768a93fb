"""Marking a deal won or lost, with the reason."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QWidget,
)

from crmdesk import opportunities
from crmdesk.changes import Changes
from crmdesk.opportunities import OpportunityRecord
from crmdesk.ui.ops import AppContext, show_error

OPPORTUNITIES_CHANGED = Changes(opportunities=True)


class CloseDialog(QDialog):
    """Ask why a deal was won or lost, then close it."""

    closed = Signal(object)  # the closed OpportunityRecord

    def __init__(
        self,
        ctx: AppContext,
        opportunity_id: str,
        name: str,
        *,
        won: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._id = opportunity_id
        self._won = won
        reasons: tuple[str, ...]
        if won:
            self.setWindowTitle(self.tr("Mark as won"))
            question = self.tr("Why did we win “{0}”?").format(name)
            reasons = (self.tr("Price"), self.tr("Product fit"), self.tr("Relationship"))
        else:
            self.setWindowTitle(self.tr("Mark as lost"))
            question = self.tr("Why did we lose “{0}”?").format(name)
            reasons = (
                self.tr("Price"),
                self.tr("Competitor"),
                self.tr("No budget"),
                self.tr("No decision"),
            )
        self.reason_box = QComboBox()
        self.reason_box.setEditable(True)
        self.reason_box.addItems(["", *reasons])
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        label = QLabel(question)
        label.setWordWrap(True)
        form.addRow(label)
        form.addRow(self.tr("&Reason:"), self.reason_box)
        form.addRow(buttons)

    @Slot()
    def save(self) -> None:
        reason = self.reason_box.currentText()
        opportunity_id, won = self._id, self._won
        self.ok_button.setEnabled(False)
        self._ctx.change(
            lambda s: opportunities.close(s, opportunity_id, won=won, reason=reason),
            OPPORTUNITIES_CHANGED,
            self._done,
            self._failed,
        )

    def _failed(self, exc: BaseException) -> None:
        self.ok_button.setEnabled(True)
        show_error(exc, self)

    def _done(self, record: OpportunityRecord) -> None:
        self.closed.emit(record)
        self.accept()
