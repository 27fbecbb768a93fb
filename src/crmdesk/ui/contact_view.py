"""A contact's record: header with contact points, tabs for activities, history, deals, notes."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from crmdesk import activities, contacts, custom_fields, local_settings, notes, opportunities, tags
from crmdesk.activities import ActivityRecord
from crmdesk.changes import Changes
from crmdesk.custom_fields import FieldDefinition
from crmdesk.notes import NoteRecord
from crmdesk.opportunities import OpportunityRecord
from crmdesk.records import ContactRecord
from crmdesk.ui.activity_launch import complete, schedule
from crmdesk.ui.contact_header_editor import HeaderEditor
from crmdesk.ui.guard import LatestAnswer
from crmdesk.ui.icons import icon
from crmdesk.ui.ops import AppContext
from crmdesk.ui.owner_line import OwnerLine
from crmdesk.ui.record_header import follow_link, heading_label, link, link_label
from crmdesk.ui.record_tabs import DealList, HistoryList, NotesPanel, ScheduledList

HISTORY_LIMIT = 200


@dataclass(frozen=True)
class ContactBundle:
    """Everything the record shows, read in one background query."""

    record: ContactRecord
    scheduled: list[ActivityRecord]
    history: list[ActivityRecord]
    deals: list[OpportunityRecord]
    notes: list[NoteRecord]
    fields: list[FieldDefinition]


def load_bundle(session: Any, contact_id: str) -> ContactBundle:
    return ContactBundle(
        record=contacts.get_contact(session, contact_id),
        scheduled=activities.list_scheduled(session, contact_id=contact_id),
        history=activities.history(session, contact_id=contact_id, limit=HISTORY_LIMIT),
        deals=opportunities.list_opportunities(session, status=None, contact_id=contact_id),
        notes=notes.notes_of(session, "contact", contact_id),
        fields=custom_fields.list_fields(session, "contact"),
    )


class ContactView(QWidget):
    """Shows one contact; ``open_record`` when the user follows the company or a deal."""

    open_record = Signal(str, str)
    loaded = Signal()

    def __init__(self, ctx: AppContext, contact_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Reloads overlap: only the newest request's answer is shown.
        self._answers = LatestAnswer(self)
        self._ctx = ctx
        self.contact_id = contact_id
        self.bundle: ContactBundle | None = None

        self.name_label = heading_label()
        self.company_label = link_label(self.follow_link)
        self.phones_label = link_label(self.follow_link)
        self.emails_label = link_label(self.follow_link)
        self.address_label = QLabel()
        self.address_label.setWordWrap(True)
        self.address_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.edit_here_button = QPushButton(icon("edit"), self.tr("Edit &here"))
        self.edit_here_button.setToolTip(self.tr("Change name, job title, phones and emails here"))
        self.edit_here_button.clicked.connect(self.edit_in_place)
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.call_button = QPushButton(icon("call"), self.tr("Schedule &call…"))
        self.meeting_button = QPushButton(icon("meeting"), self.tr("Schedule &meeting…"))
        self.edit_button.clicked.connect(self.edit)
        self.call_button.clicked.connect(
            lambda: schedule(self._ctx, self, "call", contact_id=self.contact_id)
        )
        self.meeting_button.clicked.connect(
            lambda: schedule(self._ctx, self, "meeting", contact_id=self.contact_id)
        )
        buttons = QHBoxLayout()
        for button in (
            self.edit_here_button,
            self.edit_button,
            self.call_button,
            self.meeting_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.header = QWidget()
        header = QVBoxLayout(self.header)
        header.setContentsMargins(0, 0, 0, 0)
        header.addWidget(self.name_label)
        self.owner_line = OwnerLine(ctx, "contact", contact_id)  # Owner: NAME, Reassign to…
        header.addWidget(self.owner_line)
        header.addWidget(self.company_label)
        header.addWidget(self.phones_label)
        header.addWidget(self.emails_label)
        header.addWidget(self.address_label)
        header.addLayout(buttons)
        self.header_editor = HeaderEditor(ctx)
        self.header_editor.stand_in_for(self.header, self.edit_here_button)

        self.scheduled = ScheduledList()
        self.scheduled.activated_id.connect(lambda i: complete(self._ctx, self, i))
        self.history = HistoryList()
        self.deals = DealList()
        self.deals.activated_id.connect(lambda i: self.open_record.emit("opportunity", i))
        self.notes = NotesPanel()
        self.notes.add_requested.connect(self.add_note)
        self.fields_page = QWidget()
        self.fields_form = QFormLayout(self.fields_page)
        self.field_edits: dict[str, QLineEdit] = {}
        self.tags_page, self.tag_list, self.tag_edit = self._tags_page()

        self.tabs = QTabWidget()
        self.tabs.addTab(self.scheduled, self.tr("Activities"))
        self.tabs.addTab(self.history, self.tr("History"))
        self.tabs.addTab(self.deals, self.tr("Opportunities"))
        self.tabs.addTab(self.notes, self.tr("Notes"))
        self.tabs.addTab(self.fields_page, self.tr("Custom fields"))
        self.tabs.addTab(self.tags_page, self.tr("Tags"))

        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.header_editor)
        layout.addWidget(self.tabs, 1)
        self.reload()

    def _tags_page(self) -> tuple[QWidget, QListWidget, QLineEdit]:
        page = QWidget()
        tag_list = QListWidget()
        edit = QLineEdit()
        edit.setPlaceholderText(self.tr("New tag"))
        add = QPushButton(self.tr("Add &tag"))
        remove = QPushButton(self.tr("&Remove tag"))
        add.clicked.connect(self._add_tag)
        edit.returnPressed.connect(self._add_tag)
        remove.clicked.connect(self._remove_tag)
        row = QHBoxLayout()
        row.addWidget(edit, 1)
        row.addWidget(add)
        row.addWidget(remove)
        layout = QVBoxLayout(page)
        layout.addWidget(tag_list, 1)
        layout.addLayout(row)
        return page, tag_list, edit

    def reload(self) -> None:
        contact_id = self.contact_id
        self._ctx.query(lambda s: load_bundle(s, contact_id), self._answers.callback(self._show))

    def _show(self, bundle: ContactBundle) -> None:
        self.bundle = bundle
        r = bundle.record
        self.name_label.setText(r.display_name)
        company = (
            link(f"company:{r.company_id}", r.company_name)
            if r.company_id and r.company_name
            else ""
        )
        title = escape(r.title or "")
        self.company_label.setText(" · ".join(t for t in (title, company) if t))
        self.company_label.setVisible(bool(title or company))
        call = self.tr("call")
        phones = [
            f"{link('copy:' + p.number, p.number)} ({link('tel:' + (p.e164 or p.number), call)})"
            for p in r.phones
        ]
        self.phones_label.setText("   ".join(phones))
        self.phones_label.setToolTip(self.tr("Click a number to copy it"))
        self.phones_label.setVisible(bool(phones))
        self.emails_label.setText("   ".join(link("mailto:" + e.value, e.value) for e in r.emails))
        self.emails_label.setVisible(bool(r.emails))
        self.address_label.setText("\n".join(a.one_line() for a in r.addresses))
        self.address_label.setVisible(bool(r.addresses))
        self.scheduled.show_activities(bundle.scheduled)
        self.history.show_activities(bundle.history)
        self.deals.show_deals(bundle.deals)
        self.notes.show_notes(bundle.notes)
        self._show_fields(bundle.fields, r.custom)
        self.tag_list.clear()
        self.tag_list.addItems(list(r.tags))
        self.loaded.emit()

    def _show_fields(self, fields: list[FieldDefinition], values: dict[str, str | None]) -> None:
        while self.fields_form.rowCount():
            self.fields_form.removeRow(0)
        self.field_edits = {}
        if not fields:
            self.fields_form.addRow(QLabel(self.tr("No custom fields are defined (see Settings).")))
            return
        for fd in fields:
            edit = QLineEdit(values.get(fd.name) or "")
            self.field_edits[fd.name] = edit
            self.fields_form.addRow(fd.label + ":", edit)
        save = QPushButton(self.tr("Save fields"))
        save.clicked.connect(self._save_fields)
        self.fields_form.addRow("", save)

    # -- actions -----------------------------------------------------------------
    @Slot(str)
    def follow_link(self, href: str) -> None:
        copied = follow_link(href, self.open_record.emit)
        if copied is not None:
            self.phones_label.setToolTip(self.tr("Copied %1").replace("%1", copied))

    @Slot()
    def edit_in_place(self) -> None:
        """Swap the header for its edit boxes (the record must have loaded)."""
        if self.bundle is None:
            return
        self.header_editor.start(self.bundle.record)

    @Slot()
    def edit(self) -> None:
        from crmdesk.ui.contact_dialog import ContactDialog

        dialog = ContactDialog(self._ctx, self, contact_id=self.contact_id)
        dialog.open()
        self.edit_dialog = dialog

    @Slot(str)
    def add_note(self, body: str) -> None:
        cid = self.contact_id
        self._ctx.change(lambda s: notes.add_note(s, "contact", cid, body), Changes(notes=True))

    @Slot()
    def _add_tag(self) -> None:
        name = self.tag_edit.text().strip()
        if not name:
            return
        cid = self.contact_id
        self.tag_edit.clear()
        self._ctx.change(
            lambda s: tags.add_tags(s, "contact", [cid], local_settings.local_user_id(s), [name]),
            Changes(contacts=True),
        )

    @Slot()
    def _remove_tag(self) -> None:
        item = self.tag_list.currentItem()
        if item is None:
            return
        cid, name = self.contact_id, item.text()
        self._ctx.change(
            lambda s: tags.remove_tags(s, "contact", [cid], [name]), Changes(contacts=True)
        )

    @Slot()
    def _save_fields(self) -> None:
        cid = self.contact_id
        values = {name: edit.text().strip() or None for name, edit in self.field_edits.items()}

        def store(session: Any) -> None:
            for name, value in values.items():
                custom_fields.set_value(session, "contact", cid, name, value)

        self._ctx.change(store, Changes(contacts=True))

    def apply_changes(self, changes: Changes) -> None:
        if changes.touches(
            "contacts", "companies", "activities", "opportunities", "notes", "settings"
        ):
            self.reload()
