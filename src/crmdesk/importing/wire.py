"""Imported contacts as plain tuples: what the reading process sends, and what the writer reads.

Unpickling 100k frozen dataclasses (a contact, its draft, every email and address)
cost the writing process more than reading the file did; tuples of strings cost a
tenth. The writer creates contacts straight from these tuples and turns one back
into an ``ImportedContact`` only when it must update an existing contact.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from crmdesk.importing.model import ImportedContact, Photo, ReadItem, RowProblem
from crmdesk.records import AddressValue, ContactDraft, LabeledValue

#: One contact: ``(line, display_name, given_name, family_name, title, company_name,
#: emails, phones, addresses, birthday, source, tags, notes, urls, photo, uid, custom,
#: warnings, company_only, e164s)``; emails and phones as ``(value, label)`` pairs,
#: addresses as ``(label, street, city, region, postal_code, country)``, the photo as
#: ``(mime, data)``.
ContactRow = tuple[Any, ...]

LINE, DISPLAY, GIVEN, FAMILY, TITLE, COMPANY = 0, 1, 2, 3, 4, 5
EMAILS, PHONES, ADDRESSES, BIRTHDAY, SOURCE, TAGS = 6, 7, 8, 9, 10, 11
NOTES, URLS, PHOTO, UID, CUSTOM, WARNINGS, COMPANY_ONLY, E164S = 12, 13, 14, 15, 16, 17, 18, 19


class NewContact(NamedTuple):
    """A contact row made ready to be created, by the reader process (``chunk_rows.prepare``).

    Everything that does not depend on the database: the contact's ids, its checked
    and blanked values as JSON text of its table rows (``chunk_rows.NEW_*_KEYS``
    column orders; the writer's values, which follow, stand as ``chunk_rows.TAIL``),
    the duplicate check's keys and its search document. Few objects a row: the
    writer unpickles about a third of what a ``ContactRow`` cost.
    """

    line: int
    #: The ``ContactRow`` itself (an update, or a document to make again, needs it).
    row: ContactRow
    display_name: str
    warnings: tuple[str, ...]
    #: ``uid:UID`` for the duplicate index, or None.
    uid_key: str | None
    emails: tuple[str, ...]
    e164s: tuple[str | None, ...]
    name_key: str
    company_key: str
    #: The company name stripped (None when blank), and its sort key.
    company: str | None
    company_sort_key: str
    tags: tuple[str, ...]
    custom: tuple[tuple[str, str], ...]
    #: How many changes the contact counts for in an outbox transaction.
    changes: int
    contact_id: str
    #: ``[id, display_name, ... source`` (no closing bracket: the writer's values follow).
    contact: str
    #: Comma-separated JSON rows of each table, each ending in ``TAIL]``; "" for none.
    emails_json: str
    phones_json: str
    addresses_json: str
    notes_json: str
    urls_json: str
    external_ids_json: str
    #: The ``PHOTO_KEYS`` row but its owner: ``(id, contact_id, mime, data)``, or None.
    photo: tuple[str, str, str, bytes] | None
    #: The search document for the names the file gives: ``(company name, tag names,
    #: title, name_key, keys, body)``; None for a contact with custom values.
    document: tuple[Any, ...] | None


WireItem = ContactRow | NewContact | RowProblem


def to_row(c: ImportedContact) -> ContactRow:
    """The tuple form of a contact read from a file."""
    d = c.draft
    return (
        c.line,
        d.display_name,
        d.given_name,
        d.family_name,
        d.title,
        d.company_name,
        tuple((e.value, e.label) for e in d.emails),
        tuple((p.value, p.label) for p in d.phones),
        tuple((a.label, a.street, a.city, a.region, a.postal_code, a.country) for a in d.addresses),
        d.birthday,
        d.source,
        d.tags,
        c.notes,
        c.urls,
        (c.photo.mime, c.photo.data) if c.photo else None,
        c.uid,
        c.custom,
        c.warnings,
        c.company_only,
        c.e164s,
    )


def from_row(row: ContactRow) -> ImportedContact:
    """The contact a tuple stands for (equal to the one ``to_row`` was given)."""
    draft = ContactDraft(
        display_name=row[DISPLAY],
        given_name=row[GIVEN],
        family_name=row[FAMILY],
        title=row[TITLE],
        company_name=row[COMPANY],
        emails=tuple(LabeledValue(v, label) for v, label in row[EMAILS]),
        phones=tuple(LabeledValue(v, label) for v, label in row[PHONES]),
        addresses=tuple(AddressValue(*a) for a in row[ADDRESSES]),
        birthday=row[BIRTHDAY],
        source=row[SOURCE],
        tags=row[TAGS],
    )
    photo = row[PHOTO]
    return ImportedContact(
        line=row[LINE],
        draft=draft,
        notes=row[NOTES],
        urls=row[URLS],
        photo=Photo(photo[0], photo[1]) if photo else None,
        uid=row[UID],
        custom=row[CUSTOM],
        warnings=row[WARNINGS],
        company_only=row[COMPANY_ONLY],
        e164s=row[E164S],
    )


def to_wire(item: ReadItem) -> WireItem:
    return item if isinstance(item, RowProblem) else to_row(item)
