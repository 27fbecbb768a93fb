"""New contacts as table rows, made straight from the reader's tuples.

The same rows ``contacts.add_contacts`` and ``parties.insert_many`` write for the same
drafts (values stripped and blanked the same way, the same checks), without building
a draft or a dict a row, and with the phone numbers' E.164 forms the reader worked out.
``prepare`` makes one contact's rows as JSON text (in the reader process, where it
can); ``build`` makes a chunk's rows as tuples (the reference ``prepare`` is tested
against, and the search document of a contact whose stored names differ).
"""

from __future__ import annotations

import functools
import json
import os
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from crmdesk.db import search_index
from crmdesk.duplicate_keys import company_key, name_key
from crmdesk.importing import wire
from crmdesk.importing.wire import ContactRow, NewContact
from crmdesk.phones import to_e164
from crmdesk.tag_names import clean as clean_tags
from crmdesk.text import sort_key
from crmdesk.validation import FieldProblem, is_email, require

UID_SOURCE = "uid"
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_RAND_B = (1 << 62) - 1

CONTACT_KEYS = (
    "id",
    "display_name",
    "given_name",
    "family_name",
    "title",
    "company_id",
    "birthday",
    "source",
    "owner_id",
    "created_at",
    "updated_at",
    "deleted_at",
)
EMAIL_KEYS = ("id", "contact_id", "owner_id", "label", "position", "address")
PHONE_KEYS = ("id", "contact_id", "owner_id", "label", "position", "number", "e164")
ADDRESS_KEYS = (
    "id",
    "contact_id",
    "owner_id",
    "label",
    "position",
    "street",
    "city",
    "region",
    "postal_code",
    "country",
)
RECORD_TAG_KEYS = ("id", "tag_id", "entity", "entity_id", "owner_id")
NOTE_KEYS = ("id", "entity", "entity_id", "body", "owner_id", "created_at", "updated_at")
URL_KEYS = ("id", "contact_id", "owner_id", "url", "label", "position")
PHOTO_KEYS = ("id", "contact_id", "owner_id", "mime", "data")
EXTERNAL_ID_KEYS = ("id", "source", "external_id", "contact_id", "owner_id")

#: Where a prepared row's writer values go (``NewContact``): JSON text never holds a raw
#: NUL (``json`` escapes every control character), so no value can be taken for it.
TAIL = "\x00"
#: The column orders of prepared rows: the reader's values, then the writer's (owner,
#: and for contacts and notes the company and the times).
_WRITER_COLUMNS = frozenset({"company_id", "owner_id", "created_at", "updated_at", "deleted_at"})


def _writer_last(keys: tuple[str, ...]) -> tuple[str, ...]:
    """A table's columns in prepared-row order: the reader's, then the writer's."""
    return (
        *(k for k in keys if k not in _WRITER_COLUMNS),
        *(k for k in keys if k in _WRITER_COLUMNS),
    )


NEW_CONTACT_KEYS = _writer_last(CONTACT_KEYS)
NEW_EMAIL_KEYS = _writer_last(EMAIL_KEYS)
NEW_PHONE_KEYS = _writer_last(PHONE_KEYS)
NEW_ADDRESS_KEYS = _writer_last(ADDRESS_KEYS)
NEW_NOTE_KEYS = _writer_last(NOTE_KEYS)
NEW_URL_KEYS = _writer_last(URL_KEYS)
NEW_EXTERNAL_ID_KEYS = _writer_last(EXTERNAL_ID_KEYS)
#: What ``bulk.insert_tuples`` would send: the same JSON (values as the driver gets them).
_encode = json.JSONEncoder(ensure_ascii=False, allow_nan=False).encode
#: How ``_encode`` writes a string (its C function where there is one).
_quoted: Callable[[str], str] = json.encoder.encode_basestring


def _birthday(value: date) -> str:
    """A birthday as the contacts table stores it: what SQLAlchemy's SQLite ``Date`` binds.

    Written out here so the reader process needs no SQLAlchemy (a test compares them).
    """
    return f"{value.year:04d}-{value.month:02d}-{value.day:02d}"


class IdSource:
    """UUIDv7 ids (32 hex digits, as ``crmdesk.ids.new_id``) made many at a time.

    RFC 9562's first method for ids made within one millisecond (section 6.2): the
    random 62 bits of the last part are drawn once for a chunk and counted up from
    there, so a chunk's ids cost one clock read and one random draw, not one each.
    Ids stay unique across devices (74 random bits a chunk) and sorted by creation.
    """

    def __init__(self) -> None:
        ms = time.time_ns() // 1_000_000
        rand = int.from_bytes(os.urandom(10), "big")
        self._high = (ms & ((1 << 48) - 1)) << 80 | 0x7 << 76 | (rand >> 68 & 0xFFF) << 64
        self._low = rand & _RAND_B

    def __call__(self) -> str:
        self._low = (self._low + 1) & _RAND_B
        return f"{self._high | 0b10 << 62 | self._low:032x}"


@dataclass
class ChunkRows:
    """The rows of every table a chunk of new contacts fills, in insert order."""

    ids: list[str] = field(default_factory=list)
    contacts: list[tuple[Any, ...]] = field(default_factory=list)
    emails: list[tuple[Any, ...]] = field(default_factory=list)
    phones: list[tuple[Any, ...]] = field(default_factory=list)
    addresses: list[tuple[Any, ...]] = field(default_factory=list)
    record_tags: list[tuple[Any, ...]] = field(default_factory=list)
    notes: list[tuple[Any, ...]] = field(default_factory=list)
    urls: list[tuple[Any, ...]] = field(default_factory=list)
    photos: list[tuple[Any, ...]] = field(default_factory=list)
    external_ids: list[tuple[Any, ...]] = field(default_factory=list)
    #: Search documents of the contacts without custom values (``search_index`` rows).
    documents: list[tuple[Any, ...]] = field(default_factory=list)


def _blank(text: str | None) -> str | None:
    if text is None:
        return None
    stripped = text.strip()
    return stripped or None


def _check(row: ContactRow, e164s: Sequence[str | None]) -> None:
    """The checks ``add_contacts`` makes (rows built by other code than the reader)."""
    problems: list[FieldProblem] = []
    if not row[wire.DISPLAY] or not row[wire.DISPLAY].strip():
        problems.append(FieldProblem("display_name", "A name is required."))
    for i, (value, _label) in enumerate(row[wire.EMAILS]):
        if not is_email(value.strip()):
            problems.append(FieldProblem(f"emails[{i}]", f"'{value}' is not an email address."))
    for i, ((value, _label), e164) in enumerate(zip(row[wire.PHONES], e164s, strict=True)):
        if not value.strip() or e164 is None:
            problems.append(FieldProblem(f"phones[{i}]", f"'{value}' is not a phone number."))
    require(problems)


def build(
    rows: Sequence[ContactRow],
    owner: str,
    company_id: Callable[[str], str],
    tag_ids: Callable[[tuple[str, ...]], list[str]],
    region: str | None,
    now: datetime,
    names: Callable[[str | None, tuple[str, ...]], tuple[str | None, list[str]]],
    new_id: Callable[[], str] | None = None,
) -> ChunkRows:
    """The table rows for ``rows``, and their contacts' search documents.

    ``company_id`` names (or creates) a company by name; ``tag_ids`` gives the ids of
    a contact's tags (each tag once, as ``tags.link_many`` links them); ``names`` the
    stored names of a company id and of a contact's tags, for the documents.
    """
    out = ChunkRows()
    new_id = new_id or IdSource()
    for row in rows:
        phones = row[wire.PHONES]
        e164s = row[wire.E164S]
        if len(e164s) != len(phones):
            e164s = tuple(to_e164(value, region) for value, _ in phones)
        _check(row, e164s)
        cid = new_id()
        out.ids.append(cid)
        first = (len(out.emails), len(out.phones), len(out.addresses), len(out.notes))
        company = row[wire.COMPANY]
        out.contacts.append(
            (
                cid,
                row[wire.DISPLAY].strip(),
                _blank(row[wire.GIVEN]),
                _blank(row[wire.FAMILY]),
                _blank(row[wire.TITLE]),
                company_id(company.strip()) if company and company.strip() else None,
                row[wire.BIRTHDAY],
                _blank(row[wire.SOURCE]),
                owner,
                now,
                now,
                None,
            )
        )
        for i, (value, label) in enumerate(row[wire.EMAILS]):
            out.emails.append((new_id(), cid, owner, label, i, value.strip()))
        for i, ((value, label), e164) in enumerate(zip(phones, e164s, strict=True)):
            out.phones.append((new_id(), cid, owner, label, i, value.strip(), e164))
        for i, a in enumerate(a for a in row[wire.ADDRESSES] if any(a[1:])):
            out.addresses.append((new_id(), cid, owner, a[0], i, *a[1:]))
        if row[wire.TAGS]:
            for tag_id in tag_ids(row[wire.TAGS]):
                out.record_tags.append((new_id(), tag_id, "contact", cid, owner))
        for body in row[wire.NOTES]:
            out.notes.append((new_id(), "contact", cid, body.strip(), owner, now, now))
        for i, url in enumerate(row[wire.URLS]):
            out.urls.append((new_id(), cid, owner, url, None, i))
        if not row[wire.CUSTOM]:
            shown = names(out.contacts[-1][5], row[wire.TAGS])
            out.documents.append(_document(out, first, shown))
        photo = row[wire.PHOTO]
        if photo:
            out.photos.append((new_id(), cid, owner, photo[0], photo[1]))
        if row[wire.UID]:
            out.external_ids.append((new_id(), UID_SOURCE, row[wire.UID], cid, owner))
    return out


def _document(
    out: ChunkRows, first: tuple[int, int, int, int], shown: tuple[str | None, list[str]]
) -> tuple[Any, ...]:
    """The search document of the contact just added to ``out`` (its rows from ``first``)."""
    contact = out.contacts[-1]
    company, tag_names = shown
    return search_index.contact_document(
        search_index.NewContactDocument(
            contact_id=contact[0],
            display_name=contact[1],
            given_name=contact[2],
            family_name=contact[3],
            title=contact[4],
            company_name=company,
            emails=[e[5] for e in out.emails[first[0] :]],
            phones=[(p[6], p[5]) for p in out.phones[first[1] :]],
            addresses=[a[6:] for a in out.addresses[first[2] :]],
            tags=tag_names,
            notes=[n[3] for n in out.notes[first[3] :]],
        )
    )


@functools.lru_cache(maxsize=4096)
def _company_keys(raw: str) -> tuple[str | None, str, str]:
    """A company cell's name, duplicate key and sort key, worked out once a distinct cell.

    Files name the same few companies again and again; folding a name twice a row
    (the key and the sort key) cost more than a dictionary look-up. Bounded, as a
    file of all-different names gains nothing from it.
    """
    company = raw.strip() or None
    return company, company_key(raw), sort_key(company) if company else ""


@functools.lru_cache(maxsize=1024)
def _clean_tags(names: tuple[str, ...]) -> tuple[str, ...]:
    """``tags.clean`` of a contact's tags; files give the same few sets again and again."""
    return tuple(clean_tags(names))


def _json(value: Any) -> str:
    """``value`` as ``_encode`` writes it inside a list."""
    if value is None:
        return "null"
    if value.__class__ is str:
        return _quoted(value)
    return _encode(value)


def prepare(row: ContactRow, region: str | None, new_id: Callable[[], str]) -> NewContact:
    """``row`` made ready to be created: what ``build`` works out for it, as JSON text.

    The same values, checks and document as ``build`` (a test compares the rows each
    writes); raises ``ValidationError`` as ``build`` does.

    The JSON text is written here value by value, not by ``_encode`` a row (which
    cost more in setting up than in writing): the same text, as a test checks.
    """
    phones = row[wire.PHONES]
    e164s = row[wire.E164S]
    if len(e164s) != len(phones):
        e164s = tuple(to_e164(value, region) for value, _ in phones)
    raw_display = row[wire.DISPLAY]
    emails = [(value.strip(), label) for value, label in row[wire.EMAILS]]
    numbers = [
        (value.strip(), label, e164) for (value, label), e164 in zip(phones, e164s, strict=True)
    ]
    if not (
        raw_display
        and raw_display.strip()
        and all(is_email(e) for e, _ in emails)
        and all(n and e164 is not None for n, _, e164 in numbers)
    ):
        _check(row, e164s)  # raises the ValidationError ``build`` raises
    cid = new_id()
    display = raw_display.strip()
    given, family, title = (
        _blank(row[wire.GIVEN]),
        _blank(row[wire.FAMILY]),
        _blank(row[wire.TITLE]),
    )
    raw_company = row[wire.COMPANY]
    if raw_company:
        company, company_match, company_sort = _company_keys(raw_company)
    else:
        company, company_match, company_sort = None, company_key(raw_company), ""
    birthday = row[wire.BIRTHDAY]
    if birthday is not None:
        birthday = _birthday(birthday)
    places = [a for a in row[wire.ADDRESSES] if any(a[1:])]
    notes = [body.strip() for body in row[wire.NOTES]]
    photo = row[wire.PHOTO]
    custom = row[wire.CUSTOM]
    tag_names = row[wire.TAGS]
    document = None
    if not custom:
        tags = list(_clean_tags(tag_names)) if tag_names else []
        doc = search_index.contact_document(
            search_index.NewContactDocument(
                contact_id=cid,
                display_name=display,
                given_name=given,
                family_name=family,
                title=title,
                company_name=company,
                emails=[e for e, _ in emails],
                phones=[(e164, n) for n, _, e164 in numbers],
                addresses=[a[2:] for a in places],
                tags=tags,
                notes=notes,
            )
        )
        document = (company, tags, display, doc[4], doc[5], doc[6])
        # fold(display) is fold(raw_display): folding drops the spaces strip() drops.
        duplicate_name = name_key(doc[4], folded=True)
    else:
        duplicate_name = name_key(raw_display)
    uid = row[wire.UID]
    q = _quoted
    qcid = q(cid)
    tail = f",{TAIL}]"
    return NewContact(
        line=row[wire.LINE],
        row=row,
        display_name=raw_display,
        warnings=row[wire.WARNINGS],
        uid_key=f"{UID_SOURCE}:{uid}" if uid else None,
        emails=tuple([value for value, _ in row[wire.EMAILS]]),
        e164s=tuple(e164s),
        name_key=duplicate_name,
        company_key=company_match,
        company=company,
        company_sort_key=company_sort,
        tags=tag_names,
        custom=custom,
        changes=2
        + len(row[wire.EMAILS])
        + len(phones)
        + len(row[wire.ADDRESSES])
        + len(tag_names)
        + len(row[wire.NOTES])
        + len(row[wire.URLS]),
        contact_id=cid,
        contact=(
            f"[{qcid}, {q(display)}, {'null' if given is None else q(given)}, "
            f"{'null' if family is None else q(family)}, {'null' if title is None else q(title)}, "
            f"{_json(birthday)}, {_json(_blank(row[wire.SOURCE]))}"
        ),
        emails_json=",".join(
            [
                f"[{q(new_id())}, {qcid}, {_json(label)}, {i}, {q(e)}{tail}"
                for i, (e, label) in enumerate(emails)
            ]
        ),
        phones_json=",".join(
            [
                f"[{q(new_id())}, {qcid}, {_json(label)}, {i}, {q(n)}, {q(e164)}{tail}"
                for i, (n, label, e164) in enumerate(numbers)
            ]
        ),
        addresses_json=",".join(
            [
                f"[{q(new_id())}, {qcid}, {_json(a[0])}, {i}, "
                f"{', '.join([_json(v) for v in a[1:]])}{tail}"
                for i, a in enumerate(places)
            ]
        ),
        notes_json=",".join([f'[{q(new_id())}, "contact", {qcid}, {q(b)}{tail}' for b in notes]),
        urls_json=",".join(
            [
                f"[{q(new_id())}, {qcid}, {_json(url)}, null, {i}{tail}"
                for i, url in enumerate(row[wire.URLS])
            ]
        ),
        external_ids_json=(
            f'[{q(new_id())}, "{UID_SOURCE}", {_json(uid)}, {qcid}{tail}' if uid else ""
        ),
        photo=(new_id(), cid, photo[0], photo[1]) if photo else None,
        document=document,
    )


def document_of(
    row: ContactRow,
    contact_id: str,
    shown: tuple[str | None, list[str]],
    region: str | None,
) -> tuple[Any, ...]:
    """The search document ``build`` makes for ``row`` with the stored names ``shown``."""

    def tag_names(_names: tuple[str, ...]) -> list[str]:
        return shown[1]

    def names(_company: str | None, _tags: tuple[str, ...]) -> tuple[str | None, list[str]]:
        return shown

    built = build([row], "", _same, tag_names, region, _EPOCH, names, _no_id)
    return ("contact", contact_id, *built.documents[0][2:])


def _same(name: str) -> str:
    return name


def _no_id() -> str:
    return ""
