"""The company edit dialog with field-level errors."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QFormLayout, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from crmdesk import companies
from crmdesk.changes import Changes
from crmdesk.records import AddressValue, CompanyDraft, CompanyRecord, LabeledValue
from crmdesk.ui.field_checks import collect, email_problem, name_problem, phone_problem
from crmdesk.ui.ops import AppContext
from crmdesk.ui.record_dialog import RecordDialog


class CompanyDialog(RecordDialog):
    """Add a company (``company_id`` None) or edit one; ``saved`` carries the stored record."""

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, *, company_id: str | None = None
    ) -> None:
        super().__init__(ctx, parent, ["name", "emails[0]", "phones[0]"])
        self._company_id = company_id
        self._record: CompanyRecord | None = None
        self.setWindowTitle(self.tr("Edit company") if company_id else self.tr("New company"))
        self.name_edit = QLineEdit()
        self.industry_edit = QLineEdit()
        self.website_edit = QLineEdit()
        self.email_edit = QLineEdit()
        self.phone_edit = QLineEdit()
        self.street_edit = QLineEdit()
        self.city_edit = QLineEdit()
        self.country_edit = QLineEdit()
        self.background_edit = QPlainTextEdit()
        self.background_edit.setMaximumHeight(100)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("Company &name:"), self.name_edit)
        form.addRow("", self.errors["name"])
        form.addRow(self.tr("&Industry:"), self.industry_edit)
        form.addRow(self.tr("&Website:"), self.website_edit)
        form.addRow(self.tr("&Email:"), self.email_edit)
        form.addRow("", self.errors["emails[0]"])
        form.addRow(self.tr("&Phone:"), self.phone_edit)
        form.addRow("", self.errors["phones[0]"])
        form.addRow(self.tr("&Street:"), self.street_edit)
        form.addRow(self.tr("City:"), self.city_edit)
        form.addRow(self.tr("Country:"), self.country_edit)
        form.addRow(self.tr("&Background:"), self.background_edit)
        self.buttons.accepted.connect(self._save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.form_error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        if company_id:
            self.load(lambda s: companies.get_company(s, company_id), self._fill)

    def _fill(self, record: CompanyRecord) -> None:
        self._record = record
        self.name_edit.setText(record.name)
        self.industry_edit.setText(record.industry or "")
        self.website_edit.setText(record.website or "")
        self.email_edit.setText(record.emails[0].value if record.emails else "")
        self.phone_edit.setText(record.phones[0].number if record.phones else "")
        if record.addresses:
            a = record.addresses[0]
            self.street_edit.setText(a.street or "")
            self.city_edit.setText(a.city or "")
            self.country_edit.setText(a.country or "")
        self.background_edit.setPlainText(record.background or "")

    def problems(self) -> dict[str, str]:
        return collect(
            {
                "name": name_problem(self.name_edit.text()),
                "emails[0]": email_problem(self.email_edit.text()),
                "phones[0]": phone_problem(self.phone_edit.text(), self._region),
            }
        )

    def draft(self) -> CompanyDraft:
        def text(edit: QLineEdit) -> str | None:
            return edit.text().strip() or None

        kept = self._record
        emails = (
            [LabeledValue(self.email_edit.text().strip(), "work")] if text(self.email_edit) else []
        )
        numbers = (
            [LabeledValue(self.phone_edit.text().strip(), "work")] if text(self.phone_edit) else []
        )
        address = AddressValue(
            label="work",
            street=text(self.street_edit),
            city=text(self.city_edit),
            country=text(self.country_edit),
        )
        addresses = [] if address.is_empty() else [address]
        if kept is not None:
            emails += list(kept.emails[1:])
            numbers += [LabeledValue(p.number, p.label) for p in kept.phones[1:]]
            addresses += list(kept.addresses[1:])
        return CompanyDraft(
            name=self.name_edit.text().strip(),
            industry=text(self.industry_edit),
            website=text(self.website_edit),
            background=self.background_edit.toPlainText().strip() or None,
            emails=tuple(emails),
            phones=tuple(numbers),
            addresses=tuple(addresses),
            tags=kept.tags if kept else (),
            owner_id=kept.owner_id if kept else None,
        )

    @Slot()
    def _save(self) -> None:
        found = self.problems()
        self.show_problems(found)
        if found:
            return
        draft, company_id = self.draft(), self._company_id

        def store(session: Any) -> CompanyRecord:
            if company_id:
                return companies.update_company(session, company_id, draft)
            return companies.add_company(session, draft)

        self.store(store, Changes(companies=True))
