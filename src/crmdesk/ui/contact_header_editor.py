"""Editing a contact in place, in its record's header: name, job title, phones and emails."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtWidgets import QLineEdit, QWidget

from crmdesk import contacts
from crmdesk.changes import Changes
from crmdesk.records import ContactRecord
from crmdesk.ui.contact_form import edited_points, form_problems
from crmdesk.ui.inline_editor import InlineEditor
from crmdesk.ui.ops import AppContext


class HeaderEditor(InlineEditor):
    """The contact header's fields as edit boxes, checked like the contact dialog."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._record: ContactRecord | None = None
        self.name_edit = QLineEdit()
        self.title_edit = QLineEdit()
        self.phone_edits = [QLineEdit(), QLineEdit()]
        self.email_edits = [QLineEdit(), QLineEdit()]
        self.add_row(self.tr("&Name:"), self.name_edit, "display_name")
        self.add_row(self.tr("&Job title:"), self.title_edit)
        self.add_row(self.tr("&Phone:"), self.phone_edits[0], "phones[0]")
        self.add_row(self.tr("&Mobile:"), self.phone_edits[1], "phones[1]")
        self.add_row(self.tr("&Email:"), self.email_edits[0], "emails[0]")
        self.add_row(self.tr("Other email:"), self.email_edits[1], "emails[1]")

    def start(self, record: ContactRecord) -> None:
        """Fill the boxes from ``record`` and put the cursor in the name."""
        self._record = record
        self.name_edit.setText(record.display_name)
        self.title_edit.setText(record.title or "")
        for i, edit in enumerate(self.phone_edits):
            edit.setText(record.phones[i].number if i < len(record.phones) else "")
        for i, edit in enumerate(self.email_edits):
            edit.setText(record.emails[i].value if i < len(record.emails) else "")
        self.begin()

    def problems(self) -> dict[str, str]:
        return form_problems(self.name_edit, self.email_edits, self.phone_edits, self._region)

    def storing(self) -> tuple[Callable[[Any], Any], Changes] | None:
        record = self._record
        if record is None:
            return None
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
        return (lambda s: contacts.update_contact(s, record.id, draft)), Changes(contacts=True)
