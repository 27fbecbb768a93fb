"""Asks whether to undo the rest of an import or merge and keep the records changed since."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

#: How many changed records the prompt names; the rest are counted ("and 12 more").
SHOWN = 8


@dataclass(frozen=True)
class ChangedRecord:
    """A record the undo would keep, as the prompt lists it."""

    name: str
    why: str


def reason_text(reason: str) -> str:
    """The user's-language text for one of the undo service's reasons (joined by ", ")."""
    known = {
        "edited after the import": QCoreApplication.translate(
            "UndoPrompt", "edited after the import"
        ),
        "has activities": QCoreApplication.translate("UndoPrompt", "has activities"),
        "has deals": QCoreApplication.translate("UndoPrompt", "has deals"),
        "has notes written after the import": QCoreApplication.translate(
            "UndoPrompt", "has notes written after the import"
        ),
        "has contacts from outside the import": QCoreApplication.translate(
            "UndoPrompt", "has contacts from outside the import"
        ),
    }
    parts = [known.get(part.strip(), part.strip()) for part in reason.split(",")]
    return QCoreApplication.translate("UndoPrompt", ", ").join(p for p in parts if p)


class KeepChangedPrompt(QDialog):
    """Lists the changed records; "Undo the rest, keep changed records" accepts."""

    def __init__(
        self,
        title: str,
        message: str,
        records: Sequence[ChangedRecord],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.message = QLabel(message)
        self.message.setWordWrap(True)
        self.records = QListWidget()
        for record in records[:SHOWN]:
            self.records.addItem(self.tr("{0} — {1}").format(record.name, record.why))
        self.records.setMaximumHeight(self.records.sizeHintForRow(0) * (SHOWN + 1) + 8)
        more = len(records) - SHOWN
        self.more = QLabel(self.tr("and {0} more").format(more) if more > 0 else "")
        self.more.setVisible(more > 0)
        self.question = QLabel(
            self.tr(
                "Undo everything else and keep these records as they are now, or cancel "
                "and leave everything as it is."
            )
        )
        self.question.setWordWrap(True)
        buttons = QDialogButtonBox()
        self.keep_button: QPushButton = buttons.addButton(
            self.tr("Undo the rest, keep changed records"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.cancel_button: QPushButton = buttons.addButton(
            self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.cancel_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.records)
        layout.addWidget(self.more)
        layout.addWidget(self.question)
        layout.addWidget(buttons)
        self.resize(max(self.sizeHint().width(), 480), self.sizeHint().height())

    def shown_names(self) -> list[str]:
        """The lines of the list, as the user sees them."""
        return [self.records.item(i).text() for i in range(self.records.count())]
