"""A company's record: details, its contacts, activities, history, deals and notes."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from typing import Any

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTabWidget, QVBoxLayout, QWidget

from crmdesk import activities, companies, contacts, notes, opportunities
from crmdesk.activities import ActivityRecord
from crmdesk.changes import Changes
from crmdesk.contacts import ContactFilter
from crmdesk.notes import NoteRecord
from crmdesk.opportunities import OpportunityRecord
from crmdesk.records import CompanyRecord, ContactRow
from crmdesk.ui.activity_launch import complete, schedule
from crmdesk.ui.companies.header_editor import CompanyHeaderEditor
from crmdesk.ui.guard import LatestAnswer
from crmdesk.ui.icons import icon
from crmdesk.ui.ops import AppContext
from crmdesk.ui.owner_line import OwnerLine
from crmdesk.ui.record_header import follow_link, heading_label, link, link_label
from crmdesk.ui.record_tabs import DealList, HistoryList, NotesPanel, RecordList, ScheduledList

CONTACT_LIMIT = 500


@dataclass(frozen=True)
class CompanyBundle:
    record: CompanyRecord
    people: list[ContactRow]
    scheduled: list[ActivityRecord]
    history: list[ActivityRecord]
    deals: list[OpportunityRecord]
    notes: list[NoteRecord]


def load_bundle(session: Any, company_id: str) -> CompanyBundle:
    return CompanyBundle(
        record=companies.get_company(session, company_id),
        people=contacts.list_contacts(
            session, limit=CONTACT_LIMIT, flt=ContactFilter(company_id=company_id)
        ),
        scheduled=activities.list_scheduled(session, company_id=company_id),
        history=activities.history(session, company_id=company_id, limit=200),
        deals=opportunities.list_opportunities(session, status=None, company_id=company_id),
        notes=notes.notes_of(session, "company", company_id),
    )


class CompanyView(QWidget):
    """Shows one company; ``open_record`` when the user opens one of its contacts or deals."""

    open_record = Signal(str, str)
    loaded = Signal()

    def __init__(self, ctx: AppContext, company_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Reloads overlap: only the newest request's answer is shown.
        self._answers = LatestAnswer(self)
        self._ctx = ctx
        self.company_id = company_id
        self.bundle: CompanyBundle | None = None
        self.name_label = heading_label()
        self.details_label = link_label(self.follow_link, wrap=True)
        self.edit_here_button = QPushButton(icon("edit"), self.tr("Edit &here"))
        self.edit_here_button.setToolTip(
            self.tr("Change name, industry, website, phone and email here")
        )
        self.edit_here_button.clicked.connect(self.edit_in_place)
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.clicked.connect(self.edit)
        self.call_button = QPushButton(icon("call"), self.tr("Schedule &call…"))
        self.call_button.clicked.connect(
            lambda: schedule(self._ctx, self, "call", company_id=self.company_id)
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_here_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.call_button)
        buttons.addStretch(1)

        self.people = RecordList(
            [self.tr("Name"), self.tr("Job title"), self.tr("Email"), self.tr("Phone")]
        )
        self.people.activated_id.connect(lambda i: self.open_record.emit("contact", i))
        self.scheduled = ScheduledList()
        self.scheduled.activated_id.connect(lambda i: complete(self._ctx, self, i))
        self.history = HistoryList()
        self.deals = DealList()
        self.deals.activated_id.connect(lambda i: self.open_record.emit("opportunity", i))
        self.notes = NotesPanel()
        self.notes.add_requested.connect(self.add_note)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.people, self.tr("Contacts"))
        self.tabs.addTab(self.scheduled, self.tr("Activities"))
        self.tabs.addTab(self.history, self.tr("History"))
        self.tabs.addTab(self.deals, self.tr("Opportunities"))
        self.tabs.addTab(self.notes, self.tr("Notes"))
        self.header = QWidget()
        header = QVBoxLayout(self.header)
        header.setContentsMargins(0, 0, 0, 0)
        header.addWidget(self.name_label)
        self.owner_line = OwnerLine(ctx, "company", company_id)  # Owner: NAME, Reassign to…
        header.addWidget(self.owner_line)
        header.addWidget(self.details_label)
        header.addLayout(buttons)
        self.header_editor = CompanyHeaderEditor(ctx)
        self.header_editor.stand_in_for(self.header, self.edit_here_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.header_editor)
        layout.addWidget(self.tabs, 1)
        self.reload()

    def reload(self) -> None:
        cid = self.company_id
        self._ctx.query(lambda s: load_bundle(s, cid), self._answers.callback(self._show))

    def _show(self, bundle: CompanyBundle) -> None:
        self.bundle = bundle
        r = bundle.record
        self.name_label.setText(r.name)
        parts = [escape(r.industry)] if r.industry else []
        if r.website:
            url = r.website if "://" in r.website else f"https://{r.website}"
            parts.append(link(url, r.website))
        parts += [link("copy:" + p.number, p.number) for p in r.phones]
        parts += [link("mailto:" + e.value, e.value) for e in r.emails]
        parts += [escape(a.one_line()) for a in r.addresses]
        self.details_label.setText(" · ".join(parts))
        self.people.set_rows(
            [
                (p.id, [p.display_name, p.title or "", p.email or "", p.phone or ""])
                for p in bundle.people
            ]
        )
        self.scheduled.show_activities(bundle.scheduled)
        self.history.show_activities(bundle.history)
        self.deals.show_deals(bundle.deals)
        self.notes.show_notes(bundle.notes)
        self.loaded.emit()

    @Slot(str)
    def follow_link(self, href: str) -> None:
        follow_link(href, self.open_record.emit)

    @Slot()
    def edit_in_place(self) -> None:
        """Swap the header for its edit boxes (the record must have loaded)."""
        if self.bundle is None:
            return
        self.header_editor.start(self.bundle.record)

    @Slot()
    def edit(self) -> None:
        from crmdesk.ui.companies.dialog import CompanyDialog

        dialog = CompanyDialog(self._ctx, self, company_id=self.company_id)
        dialog.open()
        self.edit_dialog = dialog

    @Slot(str)
    def add_note(self, body: str) -> None:
        cid = self.company_id
        self._ctx.change(lambda s: notes.add_note(s, "company", cid, body), Changes(notes=True))

    def apply_changes(self, changes: Changes) -> None:
        if changes.touches("contacts", "companies", "activities", "opportunities", "notes"):
            self.reload()
