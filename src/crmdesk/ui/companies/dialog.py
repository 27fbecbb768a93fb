"""The company edit dialog with field-level errors."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from crmdesk import companies, local_settings, phones
from crmdesk.changes import Changes
from crmdesk.records import AddressValue, CompanyDraft, CompanyRecord, LabeledValue
from crmdesk.ui.guard import while_alive
from crmdesk.ui.ops import AppContext, show_error
from crmdesk.ui.startup.fields import error_label
from crmdesk.validation import ValidationError, is_email


class CompanyDialog(QDialog):
    saved = Signal(object)

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, *, company_id: str | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._company_id = company_id
        self._record: CompanyRecord | None = None
        self._region: str | None = ctx.run_now(local_settings.default_region)
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
        self.errors: dict[str, QLabel] = {
            "name": error_label(),
            "emails[0]": error_label(),
            "phones[0]": error_label(),
        }
        self.form_error = error_label()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("&Name:"), self.name_edit)
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
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.form_error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        if company_id:
            self.save_button.setEnabled(False)
            ctx.query(lambda s: companies.get_company(s, company_id), while_alive(self, self._fill))

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
        self.save_button.setEnabled(True)

    def problems(self) -> dict[str, str]:
        found: dict[str, str] = {}
        if not self.name_edit.text().strip():
            found["name"] = self.tr("A name is required.")
        email = self.email_edit.text().strip()
        if email and not is_email(email):
            found["emails[0]"] = self.tr("This is not an email address (name@example.com).")
        phone = self.phone_edit.text().strip()
        if phone and not phones.is_valid(phone, self._region):
            found["phones[0]"] = self.tr(
                "This is not a valid phone number (add the country code, e.g. +66)."
            )
        return found

    def show_problems(self, found: dict[str, str]) -> None:
        for field, label in self.errors.items():
            label.setText(found.get(field, ""))
            label.setVisible(field in found)
        unplaced = [m for f, m in found.items() if f not in self.errors]
        self.form_error.setText("\n".join(unplaced))
        self.form_error.setVisible(bool(unplaced))

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
        self.save_button.setEnabled(False)

        def store(session: Any) -> CompanyRecord:
            if company_id:
                return companies.update_company(session, company_id, draft)
            return companies.add_company(session, draft)

        self._ctx.change(
            store, Changes(companies=True), on_done=self._stored, on_error=self._failed
        )

    def _stored(self, record: CompanyRecord) -> None:
        self.saved.emit(record)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, ValidationError):
            self.show_problems({p.field: p.message for p in exc.problems})
        else:
            show_error(exc, self)
