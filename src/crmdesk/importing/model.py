"""The values an import reader produces: one contact read from a file, or one problem."""

from __future__ import annotations

from dataclasses import dataclass

from crmdesk.records import ContactDraft


@dataclass(frozen=True)
class Photo:
    """A contact's picture as read from the file."""

    mime: str
    data: bytes


@dataclass(frozen=True)
class ImportedContact:
    """One contact read from a file, with what the contact service does not hold itself.

    ``company_only`` marks a row that names a company and no person: it becomes a
    company record, not a contact.
    """

    line: int
    draft: ContactDraft
    notes: tuple[str, ...] = ()
    urls: tuple[str, ...] = ()
    photo: Photo | None = None
    uid: str | None = None
    custom: tuple[tuple[str, str], ...] = ()
    warnings: tuple[str, ...] = ()
    company_only: bool = False
    #: The E.164 form of each phone in ``draft.phones`` (worked out once, while checking).
    e164s: tuple[str | None, ...] = ()


@dataclass(frozen=True)
class RowProblem:
    """A row or card that could not be read, with the line it starts on and why."""

    line: int
    reason: str


ReadItem = ImportedContact | RowProblem
