"""Checked contacts made as tuples equal the contacts (and their tuples) made as dataclasses."""

from __future__ import annotations

import copy

from hypothesis import given, settings
from hypothesis import strategies as st

from crmdesk import phones
from crmdesk.importing import cleanup, wire
from crmdesk.importing.cleanup import ContactParts, join_name, parse_birthday
from crmdesk.importing.model import ImportedContact, Photo
from crmdesk.records import AddressValue, ContactDraft, LabeledValue
from crmdesk.validation import is_email


def _clean(text: str | None) -> str | None:
    if text is None:
        return None
    text = " ".join(text.split())
    return text or None


def _reference_join_name(given: str | None, family: str | None) -> str:
    given, family = given or "", family or ""
    if family and given and any("\u4e00" <= ch <= "\u9fff" for ch in family + given):
        return family + given
    return " ".join(p for p in (given, family) if p)


def _reference_finish(
    self: ContactParts, source: str, region: str | None
) -> ImportedContact | None:
    """``ContactParts.finish`` as it was written before contacts were made as tuples."""
    given, family = _clean(self.given_name), _clean(self.family_name)
    company = _clean(self.company)
    emails: list[LabeledValue] = []
    kept: list[str] = []
    for e in self.emails:
        value = e.value.strip()
        if value.lower().startswith("mailto:"):
            value = value[7:]
        if not value:
            continue
        if is_email(value):
            if value.lower() not in {x.value.lower() for x in emails}:
                emails.append(LabeledValue(value, e.label))
        else:
            kept.append(f"Email ({e.label or 'other'}): {value}")
            self.warnings.append(f"'{value}' is not an email address; kept in a note")
    numbers: list[LabeledValue] = []
    e164s: list[str | None] = []
    for p in self.phones:
        value = p.value.strip()
        if value.lower().startswith("tel:"):
            value = value[4:]
        if not value:
            continue
        e164 = phones.to_e164(value, region)
        if e164 is not None:
            numbers.append(LabeledValue(value, p.label))
            e164s.append(e164)
        else:
            kept.append(f"Phone ({p.label or 'other'}): {value}")
            self.warnings.append(f"'{value}' is not a phone number; kept in a note")
    birthday = parse_birthday(self.birthday)
    if self.birthday and birthday is None and not cleanup.parse_birthday_blank(self.birthday):
        kept.append(f"Birthday: {self.birthday}")
        self.warnings.append(f"birthday '{self.birthday}' not understood; kept in a note")
    addresses = [a for a in self.addresses if not a.is_empty()]
    display = _clean(self.display_name) or _clean(_reference_join_name(given, family))
    company_only = False
    if not display:
        if company:
            display, company_only = company, True
        elif emails:
            display = emails[0].value
        elif numbers:
            display = numbers[0].value
        else:
            if not (addresses or self.notes or kept):
                return None
            display = "(no name)"
    draft = ContactDraft(
        display_name=display,
        given_name=given,
        family_name=family,
        title=_clean(self.title),
        company_name=None if company_only else company,
        emails=tuple(emails),
        phones=tuple(numbers),
        addresses=tuple(addresses),
        birthday=birthday,
        source=source,
        tags=tuple(t.strip() for t in self.tags if t.strip()),
    )
    return ImportedContact(
        line=self.line,
        draft=draft,
        notes=tuple(n for n in (*self.notes, *kept) if n.strip()),
        urls=tuple(u.strip() for u in self.urls if u.strip()),
        photo=self.photo,
        uid=_clean(self.uid),
        custom=tuple(self.custom),
        warnings=tuple(self.warnings),
        company_only=company_only,
        e164s=tuple(e164s),
    )


texts = st.one_of(
    st.none(),
    st.text(" \t\u3000ab\u4e2d\u9fff\u4e00\u0e01Zé", max_size=6),
    st.sampled_from(["陳", "林", "志明", "Anna", "  ", ""]),
)
labels = st.one_of(st.none(), st.sampled_from(["work", "home", "mobile", ""]))
email_values = st.sampled_from(
    ["a@b.co", " A@B.CO ", "mailto:x@y.org", "MAILTO:", "not an email", "", "x@y.org"]
)
phone_values = st.sampled_from(
    ["+66 81 234 5678", "tel:081-234-5678", "TEL:", "12", "call me", "", "02 123 4567", "+999 1"]
)
birthdays = st.one_of(
    st.none(),
    st.sampled_from(["1980-02-03", "--0229", "3/4/1990", "0/0/00", "31/02/2000", "soon", ""]),
)
addresses = st.builds(AddressValue, labels, texts, texts, texts, texts, texts)


@st.composite
def contact_parts(draw: st.DrawFn) -> ContactParts:
    return ContactParts(
        line=draw(st.integers(1, 1000)),
        display_name=draw(texts),
        given_name=draw(texts),
        family_name=draw(texts),
        title=draw(texts),
        company=draw(texts),
        emails=draw(st.lists(st.builds(LabeledValue, email_values, labels), max_size=3)),
        phones=draw(st.lists(st.builds(LabeledValue, phone_values, labels), max_size=3)),
        addresses=draw(st.lists(addresses, max_size=2)),
        birthday=draw(birthdays),
        tags=draw(st.lists(st.sampled_from(["VIP", " ", "a b "]), max_size=2)),
        notes=draw(st.lists(st.sampled_from(["note", " ", ""]), max_size=2)),
        urls=draw(st.lists(st.sampled_from(["https://a.example ", " "]), max_size=2)),
        photo=draw(st.one_of(st.none(), st.just(Photo("image/png", b"\x89PNG")))),
        uid=draw(texts),
        custom=draw(st.lists(st.tuples(st.just("Field"), st.just("value")), max_size=1)),
        warnings=draw(st.lists(st.just("earlier warning"), max_size=1)),
    )


@settings(max_examples=2000, deadline=None)
@given(contact_parts(), st.sampled_from(["TH", None]))
def test_contacts_made_as_tuples_equal_those_made_as_dataclasses(
    parts: ContactParts, region: str | None
) -> None:
    reference = _reference_finish(copy.deepcopy(parts), "import:x.csv", region)
    row = copy.deepcopy(parts).finish_row("import:x.csv", region)
    contact = copy.deepcopy(parts).finish("import:x.csv", region)
    assert contact == reference
    assert row == (None if reference is None else wire.to_row(reference))


@given(texts, texts)
def test_names_join_as_before(given_name: str | None, family: str | None) -> None:
    assert join_name(given_name, family) == _reference_join_name(given_name, family)
