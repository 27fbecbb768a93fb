"""The contact edit dialog: names (Thai and Chinese friendly), contact points, field errors."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from crmdesk import contacts
from crmdesk.changes import Changes
from crmdesk.records import AddressValue, ContactDraft, ContactRecord
from crmdesk.ui.contact_form import edited_points, form_problems
from crmdesk.ui.duplicate_warning import Choice, DuplicateWarning, SimilarContact, similar_contacts
from crmdesk.ui.guard import while_alive
from crmdesk.ui.ops import AppContext
from crmdesk.ui.record_dialog import RecordDialog

_FIELDS = ["display_name", "emails[0]", "emails[1]", "phones[0]", "phones[1]"]


class ContactDialog(RecordDialog):
    """Add a contact (``contact_id`` None) or edit one; ``saved`` carries the stored record."""

    #: The user chose to open this existing contact instead of adding a look-alike.
    open_existing = Signal(str)
    #: The new contact was saved and should be merged with this existing one: (existing, new).
    merge_requested = Signal(str, str)

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, *, contact_id: str | None = None
    ) -> None:
        super().__init__(ctx, parent, _FIELDS)
        self._contact_id = contact_id
        self._record: ContactRecord | None = None
        self._merge_with: str | None = None
        self.duplicate_warning: DuplicateWarning | None = None
        self.setWindowTitle(self.tr("Edit contact") if contact_id else self.tr("New contact"))

        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("e.g. สมชาย ใจดี, 王小明, Jane Smith"))
        self.given_edit = QLineEdit()
        self.family_edit = QLineEdit()
        self.title_edit = QLineEdit()
        self.company_edit = QLineEdit()
        self.email_edits = [QLineEdit(), QLineEdit()]
        self.phone_edits = [QLineEdit(), QLineEdit()]
        self.street_edit = QLineEdit()
        self.city_edit = QLineEdit()
        self.region_edit = QLineEdit()
        self.postal_edit = QLineEdit()
        self.country_edit = QLineEdit()
        self.tags_edit = QLineEdit()
        self.tags_edit.setPlaceholderText(self.tr("comma separated"))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow("", self.errors["display_name"])
        form.addRow(self.tr("&Given name:"), self.given_edit)
        form.addRow(self.tr("&Family name:"), self.family_edit)
        form.addRow(self.tr("&Job title:"), self.title_edit)
        form.addRow(self.tr("C&ompany:"), self.company_edit)
        form.addRow(self.tr("&Email:"), self.email_edits[0])
        form.addRow("", self.errors["emails[0]"])
        form.addRow(self.tr("Other email:"), self.email_edits[1])
        form.addRow("", self.errors["emails[1]"])
        form.addRow(self.tr("&Phone:"), self.phone_edits[0])
        form.addRow("", self.errors["phones[0]"])
        form.addRow(self.tr("&Mobile:"), self.phone_edits[1])
        form.addRow("", self.errors["phones[1]"])
        form.addRow(self.tr("&Street:"), self.street_edit)
        form.addRow(self.tr("City:"), self.city_edit)
        form.addRow(self.tr("Province / state:"), self.region_edit)
        form.addRow(self.tr("Postal code:"), self.postal_edit)
        form.addRow(self.tr("Country:"), self.country_edit)
        form.addRow(self.tr("&Tags:"), self.tags_edit)
        inner = QWidget()
        inner.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)

        self.buttons.accepted.connect(self._save)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(self.form_error)
        layout.addWidget(self.buttons)
        self.resize(520, 640)
        self.merge_dialog: QDialog | None = None
        self.open_existing.connect(self._open_in_window)
        self.merge_requested.connect(self._open_merge)
        if contact_id:
            self.load(lambda s: contacts.get_contact(s, contact_id), self._fill)

    def _main_window(self) -> QWidget | None:
        parent = self.parentWidget()
        return parent.window() if parent is not None else None

    @Slot(str)
    def _open_in_window(self, contact_id: str) -> None:
        """Show the existing contact through the main window's one path for opening records."""
        opener = getattr(self._main_window(), "open_record", None)
        if callable(opener):
            opener("contact", contact_id)

    @Slot(str, str)
    def _open_merge(self, existing_id: str, new_id: str) -> None:
        from crmdesk.ui.merge_dialog import DuplicatesDialog

        merge = DuplicatesDialog(self._ctx, self._main_window())
        merge.compare(existing_id, new_id)
        merge.show()
        self.merge_dialog = merge

    def _fill(self, record: ContactRecord) -> None:
        self._record = record
        self.name_edit.setText(record.display_name)
        self.given_edit.setText(record.given_name or "")
        self.family_edit.setText(record.family_name or "")
        self.title_edit.setText(record.title or "")
        self.company_edit.setText(record.company_name or "")
        for edit, email in zip(self.email_edits, record.emails, strict=False):
            edit.setText(email.value)
        for edit, phone in zip(self.phone_edits, record.phones, strict=False):
            edit.setText(phone.number)
        if record.addresses:
            a = record.addresses[0]
            self.street_edit.setText(a.street or "")
            self.city_edit.setText(a.city or "")
            self.region_edit.setText(a.region or "")
            self.postal_edit.setText(a.postal_code or "")
            self.country_edit.setText(a.country or "")
        self.tags_edit.setText(", ".join(record.tags))

    # -- validation ------------------------------------------------------------
    def problems(self) -> dict[str, str]:
        """Field -> message for everything wrong in the form as typed."""
        return form_problems(self.name_edit, self.email_edits, self.phone_edits, self._region)

    def draft(self) -> ContactDraft:
        def text(edit: QLineEdit) -> str | None:
            return edit.text().strip() or None

        kept = self._record
        emails, numbers = edited_points(
            [e.text() for e in self.email_edits], [e.text() for e in self.phone_edits], kept
        )
        addresses: list[AddressValue] = []
        address = AddressValue(
            label="work",
            street=text(self.street_edit),
            city=text(self.city_edit),
            region=text(self.region_edit),
            postal_code=text(self.postal_edit),
            country=text(self.country_edit),
        )
        if not address.is_empty():
            addresses.append(address)
        if kept is not None:  # keep addresses this form has no room for
            addresses += list(kept.addresses[1:])
        company = text(self.company_edit)
        same_company = kept is not None and company == kept.company_name
        return ContactDraft(
            display_name=self.name_edit.text().strip(),
            given_name=text(self.given_edit),
            family_name=text(self.family_edit),
            title=text(self.title_edit),
            company_id=kept.company_id if same_company and kept else None,
            company_name=None if same_company else company,
            emails=emails,
            phones=numbers,
            addresses=tuple(addresses),
            birthday=kept.birthday if kept else None,
            source=kept.source if kept else None,
            tags=tuple(t.strip() for t in self.tags_edit.text().split(",") if t.strip()),
            owner_id=kept.owner_id if kept else None,
        )

    @Slot()
    def _save(self) -> None:
        found = self.problems()
        self.show_problems(found)
        if found:
            return
        draft = self.draft()
        self.save_button.setEnabled(False)
        if self._contact_id is None:  # a new contact: does it exist already?
            region = self._region
            self._ctx.query(
                lambda s: similar_contacts(s, draft, region),
                while_alive(self, lambda matches: self._checked(draft, matches)),
                on_error=while_alive(self, self._failed),
            )
            return
        self._store(draft)

    def _checked(self, draft: ContactDraft, matches: list[SimilarContact]) -> None:
        if not self.isVisible():  # cancelled while the check ran: save nothing
            return
        if not matches:
            self._store(draft)
            return
        warning = DuplicateWarning(matches, self)
        self.duplicate_warning = warning
        warning.finished.connect(lambda _result: self._decided(draft, warning))
        warning.open()

    def _decided(self, draft: ContactDraft, warning: DuplicateWarning) -> None:
        existing = warning.chosen_id
        if warning.choice is Choice.CREATE:
            self._store(draft)
        elif warning.choice is Choice.OPEN and existing:
            self.open_existing.emit(existing)
            self.reject()
        elif warning.choice is Choice.MERGE and existing:
            self._store(draft, merge_with=existing)
        else:
            self.save_button.setEnabled(True)
            self.name_edit.setFocus()

    def _store(self, draft: ContactDraft, merge_with: str | None = None) -> None:
        contact_id = self._contact_id
        self._merge_with = merge_with

        def store(session: Any) -> ContactRecord:
            if contact_id:
                return contacts.update_contact(session, contact_id, draft)
            return contacts.add_contact(session, draft)

        self.store(store, Changes(contacts=True, companies=True))

    def _stored(self, record: Any) -> None:
        super()._stored(record)
        if self._merge_with is not None:
            self.merge_requested.emit(self._merge_with, record.id)
