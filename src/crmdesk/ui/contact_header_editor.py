"""Editing a contact in place, in its record's header: name, job title, phones and emails."""

from __future__ import annotations

from dataclasses import replace
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

from crmdesk import contacts, local_settings
from crmdesk.changes import Changes
from crmdesk.records import ContactRecord
from crmdesk.ui import field_checks
from crmdesk.ui.contact_form import edited_points, form_problems
from crmdesk.ui.guard import while_alive
from crmdesk.ui.ops import AppContext, show_error
from crmdesk.ui.startup.fields import error_label
from crmdesk.validation import ValidationError


class HeaderEditor(QWidget):
    """The header's fields as edit boxes, checked like the contact dialog; Enter saves, Esc
    cancels. ``finished`` fires when the user is done (saved or not)."""

    finished = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._record: ContactRecord | None = None
        self._region: str | None = None
        self.name_edit = QLineEdit()
        self.title_edit = QLineEdit()
        self.phone_edits = [QLineEdit(), QLineEdit()]
        self.email_edits = [QLineEdit(), QLineEdit()]
        fields = ["display_name", "phones[0]", "phones[1]", "emails[0]", "emails[1]"]
        self.errors: dict[str, QLabel] = {field: error_label() for field in fields}
        self.form_error = error_label()

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        rows: list[tuple[str, QLineEdit, str | None]] = [
            (self.tr("&Name:"), self.name_edit, "display_name"),
            (self.tr("&Job title:"), self.title_edit, None),
            (self.tr("&Phone:"), self.phone_edits[0], "phones[0]"),
            (self.tr("&Mobile:"), self.phone_edits[1], "phones[1]"),
            (self.tr("&Email:"), self.email_edits[0], "emails[0]"),
            (self.tr("Other email:"), self.email_edits[1], "emails[1]"),
        ]
        for text, edit, field in rows:
            form.addRow(text, edit)
            if field is not None:
                form.addRow("", self.errors[field])
            edit.returnPressed.connect(self.save)

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
        layout.addLayout(form)
        layout.addWidget(self.form_error)
        layout.addLayout(buttons)

    def start(self, record: ContactRecord) -> None:
        """Fill the boxes from ``record`` and put the cursor in the name."""
        self._record = record
        if self._region is None:
            self._region = self._ctx.run_now(local_settings.default_region)
        self.name_edit.setText(record.display_name)
        self.title_edit.setText(record.title or "")
        for i, edit in enumerate(self.phone_edits):
            edit.setText(record.phones[i].number if i < len(record.phones) else "")
        for i, edit in enumerate(self.email_edits):
            edit.setText(record.emails[i].value if i < len(record.emails) else "")
        field_checks.show_problems(self.errors, {}, self.form_error)
        self.save_button.setEnabled(True)
        self.name_edit.setFocus()
        self.name_edit.selectAll()

    def problems(self) -> dict[str, str]:
        return form_problems(self.name_edit, self.email_edits, self.phone_edits, self._region)

    @Slot()
    def save(self) -> None:
        record = self._record
        if record is None or not self.save_button.isEnabled():
            return
        found = self.problems()
        field_checks.show_problems(self.errors, found, self.form_error)
        if found:
            return
        emails, numbers = edited_points(
            [e.text() for e in self.email_edits], [e.text() for e in self.phone_edits], record
        )
        draft = replace(
            record.to_draft(),
            display_name=self.name_edit.text().strip(),
            title=self.title_edit.text().strip() or None,
            emails=emails,
            phones=numbers,
        )
        self.save_button.setEnabled(False)

        def store(session: Any) -> ContactRecord:
            return contacts.update_contact(session, record.id, draft)

        self._ctx.change(
            store,
            Changes(contacts=True),
            on_done=while_alive(self, self._saved),
            on_error=while_alive(self, self._failed),
        )

    def _saved(self, _record: ContactRecord) -> None:
        self.finished.emit()

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
