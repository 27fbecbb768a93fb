"""Editing a record in place: edit boxes in its header, checked like its dialog; Enter, Esc."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crmdesk import local_settings
from crmdesk.changes import Changes
from crmdesk.ui import field_checks
from crmdesk.ui.guard import while_alive
from crmdesk.ui.ops import AppContext, show_error
from crmdesk.ui.startup.fields import error_label
from crmdesk.validation import ValidationError


class InlineEditor(QWidget):
    """Rows of edit boxes with an error line under each checked one, then Save and Cancel.

    Subclasses add their rows, fill them in ``fill`` and say what to check and store.
    ``finished`` fires when the user is done, saved or not."""

    finished = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._region: str | None = None
        self.errors: dict[str, QLabel] = {}
        self.form_error = error_label()
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.save_button = QPushButton(self.tr("&Save"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.cancel)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.form)
        layout.addWidget(self.form_error)
        layout.addLayout(buttons)
        self._first: QLineEdit | None = None
        self._replaces: QWidget | None = None
        self._focus_after: QWidget | None = None
        self.hide()

    def stand_in_for(self, header: QWidget, focus_after: QWidget) -> None:
        """Take ``header``'s place while editing; give it back (and focus) when finished."""
        self._replaces, self._focus_after = header, focus_after
        self.finished.connect(self._give_back)

    def open_in_place(self) -> None:
        """Hide the header this editor stands in for and show the edit boxes."""
        if self._replaces is not None:
            self._replaces.hide()
        self.show()

    @Slot()
    def _give_back(self) -> None:
        self.hide()
        if self._replaces is not None:
            self._replaces.show()
        if self._focus_after is not None:
            self._focus_after.setFocus()

    def add_row(self, text: str, edit: QLineEdit, field: str | None = None) -> None:
        """A labelled box; with ``field``, the service's name for it, an error line under it."""
        self.form.addRow(text, edit)
        if field is not None:
            self.errors[field] = error_label()
            self.form.addRow("", self.errors[field])
        edit.returnPressed.connect(self.save)
        if self._first is None:
            self._first = edit

    def begin(self) -> None:
        """Show the boxes in place, clear old messages and put the cursor in the first box
        (after a subclass has filled them)."""
        self.open_in_place()
        if self._region is None:
            self._region = self._ctx.run_now(local_settings.default_region)
        field_checks.show_problems(self.errors, {}, self.form_error)
        self.save_button.setEnabled(True)
        if self._first is not None:
            self._first.setFocus()
            self._first.selectAll()

    def problems(self) -> dict[str, str]:
        raise NotImplementedError

    def storing(self) -> tuple[Callable[[Any], Any], Changes] | None:
        """The write to run in a worker and what it changes (None: nothing to store)."""
        raise NotImplementedError

    @Slot()
    def save(self) -> None:
        if not self.save_button.isEnabled():
            return
        found = self.problems()
        field_checks.show_problems(self.errors, found, self.form_error)
        if found:
            return
        work = self.storing()
        if work is None:
            return
        fn, changes = work
        self.save_button.setEnabled(False)
        self._ctx.change(
            fn,
            changes,
            on_done=while_alive(self, lambda _record: self.finished.emit()),
            on_error=while_alive(self, self._failed),
        )

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, ValidationError):
            field_checks.show_problems(self.errors, field_checks.problems_of(exc), self.form_error)
        else:
            show_error(exc, self)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt)
        if event.key() == Qt.Key.Key_Escape:  # the edit boxes pass Esc up to here
            self.cancel()
            return
        super().keyPressEvent(event)

    @Slot()
    def cancel(self) -> None:
        self.finished.emit()
