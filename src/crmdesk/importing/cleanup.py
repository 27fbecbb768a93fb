"""Turn loosely read contact parts into a valid draft; bad emails and phones are kept as notes."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from crmdesk import phones
from crmdesk.importing.model import ImportedContact, Photo
from crmdesk.importing.wire import ContactRow, from_row
from crmdesk.records import AddressValue, LabeledValue
from crmdesk.validation import is_email

#: Year stored for birthdays written without one (``--MMDD``); Apple uses the same.
NO_YEAR = 1604

_CJK = re.compile("[\u4e00-\u9fff]")
_DATE_FORMS = (
    re.compile(r"^(\d{4})-?(\d{2})-?(\d{2})"),
    re.compile(r"^--(\d{2})-?(\d{2})$"),
    re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$"),
)


def parse_birthday(text: str | None) -> date | None:
    """A birthday from ISO, vCard ``--MMDD`` or day/month/year text; None when unreadable."""
    if not text:
        return None
    text = text.strip()
    if parse_birthday_blank(text):
        return None
    try:
        if m := _DATE_FORMS[0].match(text):
            return date(int(m[1]), int(m[2]), int(m[3]))
        if m := _DATE_FORMS[1].match(text):
            return date(NO_YEAR, int(m[1]), int(m[2]))
        if m := _DATE_FORMS[2].match(text):
            return date(int(m[3]), int(m[2]), int(m[1]))
    except ValueError:
        return None
    return None


def parse_birthday_blank(text: str) -> bool:
    """True when the text is one of the ways exports write "no birthday"."""
    return text.strip() in ("0/0/00", "0/0/0000", "00.00.0000")


def _clean(text: str | None) -> str | None:
    if text is None:
        return None
    text = " ".join(text.split())
    return text or None


def join_name(given: str | None, family: str | None) -> str:
    """A display name from parts: Chinese family name first and unspaced, others given first."""
    given, family = given or "", family or ""
    if family and given and (_CJK.search(family) or _CJK.search(given)):
        return family + given
    return " ".join(p for p in (given, family) if p)


@dataclass
class ContactParts:
    """Everything a reader found for one contact, before it is checked."""

    line: int
    display_name: str | None = None
    given_name: str | None = None
    family_name: str | None = None
    title: str | None = None
    company: str | None = None
    emails: list[LabeledValue] = field(default_factory=list)
    phones: list[LabeledValue] = field(default_factory=list)
    addresses: list[AddressValue] = field(default_factory=list)
    birthday: str | None = None
    tags: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    urls: list[str] = field(default_factory=list)
    photo: Photo | None = None
    uid: str | None = None
    custom: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def finish(self, source: str, region: str | None) -> ImportedContact | None:
        """The checked contact; None when the row holds nothing at all."""
        row = self.finish_row(source, region)
        return None if row is None else from_row(row)

    def finish_row(self, source: str, region: str | None) -> ContactRow | None:
        """``finish`` as the tuple ``wire.to_row`` makes of it, without the objects between.

        A reader process sends tuples: building the contact's dataclasses first and
        taking them apart again cost as much as the checks.
        """
        given, family = _clean(self.given_name), _clean(self.family_name)
        company = _clean(self.company)
        warnings = self.warnings
        emails: list[tuple[str, str | None]] = []
        kept: list[str] = []
        for e in self.emails:
            value = e.value.strip()
            if value.lower().startswith("mailto:"):
                value = value[7:]
            if not value:
                continue
            if is_email(value):
                if not emails or value.lower() not in {x[0].lower() for x in emails}:
                    emails.append((value, e.label))
            else:
                kept.append(f"Email ({e.label or 'other'}): {value}")
                warnings.append(f"'{value}' is not an email address; kept in a note")
        numbers: list[tuple[str, str | None]] = []
        e164s: list[str | None] = []
        for p in self.phones:
            value = p.value.strip()
            if value.lower().startswith("tel:"):
                value = value[4:]
            if not value:
                continue
            e164 = phones.to_e164(value, region)
            if e164 is not None:
                numbers.append((value, p.label))
                e164s.append(e164)
            else:
                kept.append(f"Phone ({p.label or 'other'}): {value}")
                warnings.append(f"'{value}' is not a phone number; kept in a note")
        birthday = parse_birthday(self.birthday)
        if self.birthday and birthday is None and not parse_birthday_blank(self.birthday):
            kept.append(f"Birthday: {self.birthday}")
            warnings.append(f"birthday '{self.birthday}' not understood; kept in a note")
        addresses = [
            (a.label, a.street, a.city, a.region, a.postal_code, a.country)
            for a in self.addresses
            if not a.is_empty()
        ]
        display = _clean(self.display_name) or _clean(join_name(given, family))
        company_only = False
        if not display:
            if company:
                display, company_only = company, True
            elif emails:
                display = emails[0][0]
            elif numbers:
                display = numbers[0][0]
            else:
                if not (addresses or self.notes or kept):
                    return None
                display = "(no name)"
        photo = self.photo
        return (
            self.line,
            display,
            given,
            family,
            _clean(self.title),
            None if company_only else company,
            tuple(emails),
            tuple(numbers),
            tuple(addresses),
            birthday,
            source,
            tuple([t.strip() for t in self.tags if t.strip()]),
            tuple([n for n in (*self.notes, *kept) if n.strip()]),
            tuple([u.strip() for u in self.urls if u.strip()]),
            (photo.mime, photo.data) if photo else None,
            _clean(self.uid),
            tuple(self.custom),
            tuple(warnings),
            company_only,
            tuple(e164s),
        )
