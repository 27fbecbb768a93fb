"""Which contacts an export covers (selection, saved lookup, everything), loaded page by page."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from sqlalchemy import ColumnElement, literal_column, select
from sqlalchemy.orm import Session

from crmdesk import lookups
from crmdesk.db.models import (
    Address,
    Company,
    Contact,
    ContactPhoto,
    ContactUrl,
    CustomField,
    CustomValue,
    Email,
    ExternalId,
    Note,
    Phone,
    RecordTag,
    Tag,
)
from crmdesk.importing.model import Photo
from crmdesk.records import AddressValue, LabeledValue

_PAGE = 1000


@dataclass(frozen=True)
class ExportContact:
    """Everything an export writes about one contact."""

    id: str
    display_name: str
    given_name: str | None
    family_name: str | None
    title: str | None
    company_name: str | None
    emails: tuple[LabeledValue, ...]
    phones: tuple[LabeledValue, ...]
    addresses: tuple[AddressValue, ...]
    birthday_iso: str | None
    tags: tuple[str, ...]
    notes: tuple[str, ...]
    urls: tuple[str, ...]
    photo: Photo | None
    uid: str | None
    custom: tuple[tuple[str, str], ...]


def selection_filter(
    session: Session, ids: Sequence[str] | None = None, lookup: str | None = None
) -> ColumnElement[bool]:
    """The live contacts to export: the given ids, a saved lookup's result, or all."""
    if lookup:
        return lookups.where_clause(session, lookups.get_lookup(session, lookup).definition)
    live = Contact.deleted_at.is_(None)
    if ids is not None:
        return live & Contact.id.in_(list(ids))
    return live


def iter_contacts(
    session: Session, ids: Sequence[str] | None = None, lookup: str | None = None
) -> Iterator[ExportContact]:
    """The selected contacts in name order, loaded a page at a time (memory stays flat)."""
    where = selection_filter(session, ids, lookup)
    after: tuple[str, str] | None = None
    while True:
        query = (
            select(Contact, Company.name)
            .outerjoin(Company, Company.id == Contact.company_id)
            .where(where)
            .order_by(Contact.sort_key, Contact.id)
            .limit(_PAGE)
        )
        if after is not None:
            key, last = after
            query = query.where(
                (Contact.sort_key > key) | ((Contact.sort_key == key) & (Contact.id > last))
            )
        page = session.execute(query).all()
        if not page:
            return
        yield from _load(session, [(c, name) for c, name in page])
        last_contact = page[-1][0]
        after = (last_contact.sort_key or "", last_contact.id)
        session.expunge_all()


def _load(session: Session, page: list[tuple[Contact, str | None]]) -> Iterator[ExportContact]:
    ids = [c.id for c, _ in page]
    emails: dict[str, list[LabeledValue]] = defaultdict(list)
    for e in session.scalars(
        select(Email).where(Email.contact_id.in_(ids)).order_by(Email.position)
    ):
        emails[e.contact_id or ""].append(LabeledValue(e.address, e.label))
    phones: dict[str, list[LabeledValue]] = defaultdict(list)
    for p in session.scalars(
        select(Phone).where(Phone.contact_id.in_(ids)).order_by(Phone.position)
    ):
        phones[p.contact_id or ""].append(LabeledValue(p.number, p.label))
    addresses: dict[str, list[AddressValue]] = defaultdict(list)
    for a in session.scalars(
        select(Address).where(Address.contact_id.in_(ids)).order_by(Address.position)
    ):
        addresses[a.contact_id or ""].append(
            AddressValue(a.label, a.street, a.city, a.region, a.postal_code, a.country)
        )
    tags: dict[str, list[str]] = defaultdict(list)
    for eid, name in session.execute(
        select(RecordTag.entity_id, Tag.name)
        .join(Tag, Tag.id == RecordTag.tag_id)
        .where(
            RecordTag.entity == "contact", RecordTag.entity_id.in_(ids), Tag.deleted_at.is_(None)
        )
        .order_by(Tag.name)
    ):
        tags[eid].append(name)
    notes: dict[str, list[str]] = defaultdict(list)
    for eid, body in session.execute(
        select(Note.entity_id, Note.body)
        .where(Note.entity == "contact", Note.entity_id.in_(ids), Note.deleted_at.is_(None))
        .order_by(Note.created_at, literal_column("notes.rowid"))
    ):
        notes[eid].append(body)
    urls: dict[str, list[str]] = defaultdict(list)
    for cid, url in session.execute(
        select(ContactUrl.contact_id, ContactUrl.url)
        .where(ContactUrl.contact_id.in_(ids))
        .order_by(ContactUrl.position, ContactUrl.id)
    ):
        urls[cid].append(url)
    photos = {
        cid: Photo(mime, data)
        for cid, mime, data in session.execute(
            select(ContactPhoto.contact_id, ContactPhoto.mime, ContactPhoto.data).where(
                ContactPhoto.contact_id.in_(ids)
            )
        )
    }
    uids: dict[str, str] = {}
    for cid, ext in session.execute(
        select(ExternalId.contact_id, ExternalId.external_id).where(
            ExternalId.contact_id.in_(ids), ExternalId.source == "uid"
        )
    ):
        uids.setdefault(cid, ext)
    custom: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for eid, name, value in session.execute(
        select(CustomValue.entity_id, CustomField.name, CustomValue.value)
        .join(CustomField, CustomField.id == CustomValue.field_id)
        .where(CustomValue.entity_id.in_(ids), CustomField.entity == "contact")
        .order_by(CustomField.position, CustomField.name)
    ):
        if value is not None:
            custom[eid].append((name, value))
    for c, company in page:
        yield ExportContact(
            id=c.id,
            display_name=c.display_name,
            given_name=c.given_name,
            family_name=c.family_name,
            title=c.title,
            company_name=company,
            emails=tuple(emails[c.id]),
            phones=tuple(phones[c.id]),
            addresses=tuple(addresses[c.id]),
            birthday_iso=c.birthday.isoformat() if c.birthday else None,
            tags=tuple(tags[c.id]),
            notes=tuple(notes[c.id]),
            urls=tuple(urls[c.id]),
            photo=photos.get(c.id),
            uid=uids.get(c.id),
            custom=tuple(custom[c.id]),
        )
