"""What the contact and company dialogs share: Save/Cancel, loading, saving, field errors."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QWidget

from crmdesk import local_settings
from crmdesk.changes import Changes
from crmdesk.ui import field_checks
from crmdesk.ui.guard import while_alive
from crmdesk.ui.ops import AppContext, show_error
from crmdesk.ui.startup.fields import error_label
from crmdesk.validation import ValidationError


class RecordDialog(QDialog):
    """A form for one record; ``errors`` maps a field to the label under it."""

    saved = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None, fields: list[str]) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._region: str | None = ctx.run_now(local_settings.default_region)
        self.errors: dict[str, QLabel] = {field: error_label() for field in fields}
        self.form_error = error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.rejected.connect(self.reject)

    def load(self, fetch: Callable[[Any], Any], fill: Callable[[Any], None]) -> None:
        """Read the record off the UI thread; Save stays off until the form holds it."""
        self.save_button.setEnabled(False)

        def filled(record: Any) -> None:
            fill(record)
            self.save_button.setEnabled(True)

        self._ctx.query(fetch, while_alive(self, filled))

    def show_problems(self, found: dict[str, str]) -> None:
        field_checks.show_problems(self.errors, found, self.form_error)

    def store(self, fn: Callable[[Any], Any], changes: Changes) -> None:
        """Write in a worker; then ``saved`` and close, or show what the service refused."""
        self.save_button.setEnabled(False)
        self._ctx.change(fn, changes, on_done=self._stored, on_error=self._failed)

    def _stored(self, record: Any) -> None:
        self.saved.emit(record)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, ValidationError):
            self.show_problems(field_checks.problems_of(exc))
        else:
            show_error(exc, self)
