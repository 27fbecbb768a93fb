"""An opportunity's record: stage, amount and dates, links to its company and contact, notes."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QFormLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from crmdesk import activities, notes, opportunities
from crmdesk.activities import ActivityRecord
from crmdesk.changes import Changes
from crmdesk.notes import NoteRecord
from crmdesk.opportunities import OpportunityRecord
from crmdesk.ui.activity_launch import complete, schedule
from crmdesk.ui.guard import LatestAnswer
from crmdesk.ui.icons import icon
from crmdesk.ui.ops import AppContext
from crmdesk.ui.owner_line import OwnerLine
from crmdesk.ui.record_header import follow_link, heading_label, link, link_label
from crmdesk.ui.record_tabs import HistoryList, NotesPanel, ScheduledList


@dataclass(frozen=True)
class DealBundle:
    record: OpportunityRecord
    scheduled: list[ActivityRecord]
    history: list[ActivityRecord]
    notes: list[NoteRecord]


def load_bundle(session: Any, opportunity_id: str) -> DealBundle:
    return DealBundle(
        record=opportunities.get_opportunity(session, opportunity_id),
        scheduled=activities.list_scheduled(session, opportunity_id=opportunity_id),
        history=activities.history(session, opportunity_id=opportunity_id, limit=200),
        notes=notes.notes_of(session, "opportunity", opportunity_id),
    )


class OpportunityView(QWidget):
    """Shows one deal; the company and contact open through ``open_record``."""

    open_record = Signal(str, str)
    loaded = Signal()

    def __init__(self, ctx: AppContext, opportunity_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Reloads overlap: only the newest request's answer is shown.
        self._answers = LatestAnswer(self)
        self._ctx = ctx
        self.opportunity_id = opportunity_id
        self.bundle: DealBundle | None = None
        self.name_label = heading_label()
        self.stage_label = QLabel()
        self.amount_label = QLabel()
        self.close_label = QLabel()
        self.company_label = link_label(self._follow)
        self.contact_label = link_label(self._follow)
        form = QFormLayout()
        form.addRow(self.tr("Stage:"), self.stage_label)
        form.addRow(self.tr("Amount:"), self.amount_label)
        form.addRow(self.tr("Expected close:"), self.close_label)
        form.addRow(self.tr("Company:"), self.company_label)
        form.addRow(self.tr("Contact:"), self.contact_label)
        self.call_button = QPushButton(icon("call"), self.tr("Schedule &call…"))
        self.call_button.clicked.connect(self._schedule_call)
        self.scheduled = ScheduledList()
        self.scheduled.activated_id.connect(lambda i: complete(self._ctx, self, i))
        self.history = HistoryList()
        self.notes = NotesPanel()
        self.notes.add_requested.connect(self.add_note)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.scheduled, self.tr("Activities"))
        self.tabs.addTab(self.history, self.tr("History"))
        self.tabs.addTab(self.notes, self.tr("Notes"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.name_label)
        self.owner_line = OwnerLine(ctx, "opportunity", opportunity_id)  # Owner: NAME, Reassign…
        layout.addWidget(self.owner_line)
        layout.addLayout(form)
        layout.addWidget(self.call_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.tabs, 1)
        self.reload()

    def reload(self) -> None:
        oid = self.opportunity_id
        self._ctx.query(lambda s: load_bundle(s, oid), self._answers.callback(self._show))

    def _show(self, bundle: DealBundle) -> None:
        self.bundle = bundle
        r = bundle.record
        self.name_label.setText(r.name)
        status = {"won": self.tr("Won"), "lost": self.tr("Lost")}.get(r.status)
        self.stage_label.setText(
            f"{status} ({r.close_reason})" if status and r.close_reason else status or r.stage_name
        )
        self.amount_label.setText(
            self.tr("%1 at %2% probability")
            .replace("%1", r.amount.format())
            .replace("%2", str(r.probability))
        )
        self.close_label.setText(r.expected_close.isoformat() if r.expected_close else "")
        self.company_label.setText(
            link(f"company:{r.company_id}", r.company_name)
            if r.company_id and r.company_name
            else ""
        )
        self.contact_label.setText(
            link(f"contact:{r.contact_id}", r.contact_name)
            if r.contact_id and r.contact_name
            else ""
        )
        self.scheduled.show_activities(bundle.scheduled)
        self.history.show_activities(bundle.history)
        self.notes.show_notes(bundle.notes)
        self.loaded.emit()

    @Slot(str)
    def _follow(self, href: str) -> None:
        follow_link(href, self.open_record.emit)

    @Slot()
    def _schedule_call(self) -> None:
        r = self.bundle.record if self.bundle else None
        schedule(
            self._ctx,
            self,
            "call",
            contact_id=r.contact_id if r else None,
            company_id=r.company_id if r else None,
            opportunity_id=self.opportunity_id,
        )

    @Slot(str)
    def add_note(self, body: str) -> None:
        oid = self.opportunity_id
        self._ctx.change(lambda s: notes.add_note(s, "opportunity", oid, body), Changes(notes=True))

    def apply_changes(self, changes: Changes) -> None:
        if changes.touches("opportunities", "activities", "notes", "contacts", "companies"):
            self.reload()
