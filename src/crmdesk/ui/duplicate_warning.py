"""On manual entry: the new contact looks like an existing one; open it, merge, or add anyway."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crmdesk import contacts, duplicates, phones
from crmdesk.records import ContactDraft

_ID_ROLE = Qt.ItemDataRole.UserRole
_SHOWN = 20  # more than this many look-alikes means the name is simply common


@dataclass(frozen=True)
class SimilarContact:
    """An existing contact the new one may duplicate, with what they share."""

    id: str
    display_name: str
    company_name: str | None
    email: str | None
    reason: str  # "email", "phone" or "name"


def similar_contacts(session: Any, draft: ContactDraft, region: str | None) -> list[SimilarContact]:
    """Existing contacts matching ``draft`` by email, normalised phone, or name and company."""
    hits = duplicates.matches_for(
        session,
        draft.display_name,
        emails=[e.value for e in draft.emails],
        e164s=[phones.to_e164(p.value, region) for p in draft.phones],
        company=draft.company_name,
    )[:_SHOWN]
    if not hits:
        return []
    rows = contacts.list_contacts(
        session, limit=len(hits), flt=contacts.ContactFilter(ids=tuple(h.contact_id for h in hits))
    )
    by_id = {r.id: r for r in rows}
    found = []
    for hit in hits:
        row = by_id.get(hit.contact_id)
        if row is None:
            continue
        found.append(
            SimilarContact(
                row.id, row.display_name, row.company_name, row.email, reason_kind(hit.reason)
            )
        )
    return found


def reason_kind(reason: str) -> str:
    """ "email", "phone" or "name" for the service's reason ("same phone +66…")."""
    return next((k for k in ("email", "phone", "name") if k in reason), "name")


def reason_text(reason: str) -> str:
    """The user's words for a reason kind."""
    return {
        "email": QCoreApplication.translate("duplicates", "same email"),
        "phone": QCoreApplication.translate("duplicates", "same phone number"),
        "name": QCoreApplication.translate("duplicates", "same name"),
    }.get(reason, reason)


class Choice(enum.Enum):
    """What the user decided about the look-alike."""

    EDIT = "edit"  # go back to the form
    OPEN = "open"
    MERGE = "merge"
    CREATE = "create"


class DuplicateWarning(QDialog):
    """Lists the look-alikes; ``choice`` and ``chosen_id`` hold the answer once it closes."""

    def __init__(self, matches: list[SimilarContact], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice = Choice.EDIT
        self.chosen_id: str | None = None
        self.setWindowTitle(self.tr("Possible duplicate"))
        intro = QLabel(
            self.tr(
                "%n contact(s) like this one already exist. Is it the same person?",
                "",
                len(matches),
            )
        )
        intro.setWordWrap(True)
        self.list = QListWidget()
        for match in matches:
            details = [match.display_name]
            if match.company_name:
                details.append(match.company_name)
            if match.email:
                details.append(match.email)
            text = self.tr("{contact} ({reason})").format(
                contact=" · ".join(details), reason=reason_text(match.reason)
            )
            item = QListWidgetItem(text)
            item.setData(_ID_ROLE, match.id)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.list.itemDoubleClicked.connect(lambda _item: self._choose(Choice.OPEN))

        buttons = QDialogButtonBox()
        self.open_button = QPushButton(self.tr("&Open existing"))
        self.merge_button = QPushButton(self.tr("&Merge with it"))
        self.merge_button.setToolTip(
            self.tr("Add this contact, then combine it with the selected one field by field")
        )
        self.create_button = QPushButton(self.tr("&Add anyway"))
        self.back_button = QPushButton(self.tr("&Back to editing"))
        for button, role in (
            (self.open_button, QDialogButtonBox.ButtonRole.AcceptRole),
            (self.merge_button, QDialogButtonBox.ButtonRole.AcceptRole),
            (self.create_button, QDialogButtonBox.ButtonRole.AcceptRole),
            (self.back_button, QDialogButtonBox.ButtonRole.RejectRole),
        ):
            buttons.addButton(button, role)
        self.open_button.clicked.connect(lambda: self._choose(Choice.OPEN))
        self.merge_button.clicked.connect(lambda: self._choose(Choice.MERGE))
        self.create_button.clicked.connect(lambda: self._choose(Choice.CREATE))
        self.back_button.clicked.connect(self.reject)
        self.open_button.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(560, 300)

    @Slot()
    def _choose(self, choice: Choice) -> None:
        item = self.list.currentItem()
        self.chosen_id = str(item.data(_ID_ROLE)) if item is not None else None
        self.choice = choice
        self.accept()
