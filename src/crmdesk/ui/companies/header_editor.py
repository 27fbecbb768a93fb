"""Editing a company in place, in its record's header: name, industry, website, phone, email."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtWidgets import QLineEdit, QWidget

from crmdesk import companies
from crmdesk.changes import Changes
from crmdesk.records import CompanyRecord, LabeledValue
from crmdesk.ui.field_checks import collect, email_problem, name_problem, phone_problem
from crmdesk.ui.inline_editor import InlineEditor
from crmdesk.ui.ops import AppContext


class CompanyHeaderEditor(InlineEditor):
    """The company header's fields as edit boxes, checked like the company dialog."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._record: CompanyRecord | None = None
        self.name_edit = QLineEdit()
        self.industry_edit = QLineEdit()
        self.website_edit = QLineEdit()
        self.phone_edit = QLineEdit()
        self.email_edit = QLineEdit()
        self.add_row(self.tr("Company &name:"), self.name_edit, "name")
        self.add_row(self.tr("&Industry:"), self.industry_edit)
        self.add_row(self.tr("&Website:"), self.website_edit)
        self.add_row(self.tr("&Phone:"), self.phone_edit, "phones[0]")
        self.add_row(self.tr("&Email:"), self.email_edit, "emails[0]")

    def start(self, record: CompanyRecord) -> None:
        """Fill the boxes from ``record`` and put the cursor in the name."""
        self._record = record
        self.name_edit.setText(record.name)
        self.industry_edit.setText(record.industry or "")
        self.website_edit.setText(record.website or "")
        self.phone_edit.setText(record.phones[0].number if record.phones else "")
        self.email_edit.setText(record.emails[0].value if record.emails else "")
        self.begin()

    def problems(self) -> dict[str, str]:
        return collect(
            {
                "name": name_problem(self.name_edit.text()),
                "emails[0]": email_problem(self.email_edit.text()),
                "phones[0]": phone_problem(self.phone_edit.text(), self._region),
            }
        )

    def storing(self) -> tuple[Callable[[Any], Any], Changes] | None:
        record = self._record
        if record is None:
            return None
        draft = record.to_draft()
        email, phone = self.email_edit.text().strip(), self.phone_edit.text().strip()
        first_email = [LabeledValue(email, draft.emails[0].label if draft.emails else "work")]
        first_phone = [LabeledValue(phone, draft.phones[0].label if draft.phones else "work")]
        draft = replace(
            draft,
            name=self.name_edit.text().strip(),
            industry=self.industry_edit.text().strip() or None,
            website=self.website_edit.text().strip() or None,
            emails=tuple((first_email if email else []) + list(draft.emails[1:])),
            phones=tuple((first_phone if phone else []) + list(draft.phones[1:])),
        )
        return (lambda s: companies.update_company(s, record.id, draft)), Changes(companies=True)
