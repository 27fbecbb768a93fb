"""Plain values that cross layers: what services take as drafts and return as records."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass(frozen=True)
class LabeledValue:
    """An email address or phone number with its label (work, home, mobile...)."""

    value: str
    label: str | None = None


@dataclass(frozen=True)
class PhoneValue:
    """A phone number as written, its E.164 form when understood, and its label."""

    number: str
    e164: str | None
    label: str | None = None


@dataclass(frozen=True)
class AddressValue:
    """A postal address; every part optional."""

    label: str | None = None
    street: str | None = None
    city: str | None = None
    region: str | None = None
    postal_code: str | None = None
    country: str | None = None

    def is_empty(self) -> bool:
        return not any((self.street, self.city, self.region, self.postal_code, self.country))

    def one_line(self) -> str:
        parts = (self.street, self.city, self.region, self.postal_code, self.country)
        return ", ".join(p for p in parts if p)


@dataclass(frozen=True)
class ContactDraft:
    """What a user enters for a contact (new or edited)."""

    display_name: str
    given_name: str | None = None
    family_name: str | None = None
    title: str | None = None
    company_id: str | None = None
    company_name: str | None = None
    emails: tuple[LabeledValue, ...] = ()
    phones: tuple[LabeledValue, ...] = ()
    addresses: tuple[AddressValue, ...] = ()
    birthday: date | None = None
    source: str | None = None
    tags: tuple[str, ...] = ()
    owner_id: str | None = None


@dataclass(frozen=True)
class ContactRecord:
    """A contact as stored, with its company name, contact points, tags and custom values."""

    id: str
    display_name: str
    given_name: str | None
    family_name: str | None
    title: str | None
    company_id: str | None
    company_name: str | None
    emails: tuple[LabeledValue, ...]
    phones: tuple[PhoneValue, ...]
    addresses: tuple[AddressValue, ...]
    birthday: date | None
    source: str | None
    tags: tuple[str, ...]
    owner_id: str
    created_at: datetime
    updated_at: datetime
    custom: dict[str, str | None] = field(default_factory=dict)

    def to_draft(self) -> ContactDraft:
        return ContactDraft(
            display_name=self.display_name,
            given_name=self.given_name,
            family_name=self.family_name,
            title=self.title,
            company_id=self.company_id,
            emails=self.emails,
            phones=tuple(LabeledValue(p.number, p.label) for p in self.phones),
            addresses=self.addresses,
            birthday=self.birthday,
            source=self.source,
            tags=self.tags,
            owner_id=self.owner_id,
        )


@dataclass(frozen=True)
class ContactRow:
    """One line of the contact list: only what the table shows."""

    id: str
    display_name: str
    company_name: str | None
    title: str | None
    email: str | None
    phone: str | None
    city: str | None
    owner_id: str
    updated_at: datetime


@dataclass(frozen=True)
class CompanyDraft:
    """What a user enters for a company."""

    name: str
    industry: str | None = None
    website: str | None = None
    background: str | None = None
    emails: tuple[LabeledValue, ...] = ()
    phones: tuple[LabeledValue, ...] = ()
    addresses: tuple[AddressValue, ...] = ()
    tags: tuple[str, ...] = ()
    owner_id: str | None = None


@dataclass(frozen=True)
class CompanyRecord:
    """A company as stored."""

    id: str
    name: str
    industry: str | None
    website: str | None
    background: str | None
    emails: tuple[LabeledValue, ...]
    phones: tuple[PhoneValue, ...]
    addresses: tuple[AddressValue, ...]
    tags: tuple[str, ...]
    owner_id: str
    contact_count: int
    created_at: datetime
    updated_at: datetime
    custom: dict[str, str | None] = field(default_factory=dict)

    def to_draft(self) -> CompanyDraft:
        return CompanyDraft(
            name=self.name,
            industry=self.industry,
            website=self.website,
            background=self.background,
            emails=self.emails,
            phones=tuple(LabeledValue(p.number, p.label) for p in self.phones),
            addresses=self.addresses,
            tags=self.tags,
            owner_id=self.owner_id,
        )
