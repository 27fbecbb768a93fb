"""Contacts: add, edit, delete (as tombstones), fetch and page through people."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import ColumnElement, Select, and_, func, select, update
from sqlalchemy.orm import Session, aliased

from crmdesk import companies, custom_fields, local_settings, parties, tags
from crmdesk.db import bulk
from crmdesk.db.models import Address, Company, Contact, Email, Phone, RecordTag, Tag
from crmdesk.db.types import utcnow
from crmdesk.ids import new_id
from crmdesk.paging import ListCursor, Page, beyond
from crmdesk.records import ContactDraft, ContactRecord, ContactRow
from crmdesk.text import fold
from crmdesk.validation import FieldProblem, NotFound, require

ContactSort = Literal["name", "company", "updated", "created"]


@dataclass(frozen=True)
class ContactFilter:
    """Which contacts a list shows; every part optional."""

    tag: str | None = None
    owner_id: str | None = None
    #: Contacts of any of these owners (a team); None means every owner.
    owner_ids: tuple[str, ...] | None = None
    company_id: str | None = None
    ids: tuple[str, ...] | None = None


def _check(session: Session, draft: ContactDraft) -> None:
    problems: list[FieldProblem] = []
    if not draft.display_name or not draft.display_name.strip():
        problems.append(FieldProblem("display_name", "A name is required."))
    problems += parties.check_points(
        draft.emails, draft.phones, local_settings.default_region(session)
    )
    require(problems)


def _company_for(session: Session, draft: ContactDraft, owner_id: str) -> str | None:
    return _company_named(session, draft, owner_id)[0]


def _company_named(
    session: Session, draft: ContactDraft, owner_id: str
) -> tuple[str | None, str | None]:
    """The draft's company id, and its name when that was read on the way."""
    if draft.company_id:
        # The name, not the whole company: it proves the company exists and the
        # saved record shows it.
        name = session.scalar(select(Company.name).where(Company.id == draft.company_id))
        if name is None:
            raise NotFound("The chosen company does not exist.")
        return draft.company_id, name
    if draft.company_name and draft.company_name.strip():
        return companies.find_or_create(session, draft.company_name.strip(), owner_id), None
    return None, None


def add_contact(session: Session, draft: ContactDraft) -> ContactRecord:
    """Create a contact from a validated draft."""
    _check(session, draft)
    owner = draft.owner_id or local_settings.local_user_id(session)
    contact = Contact(
        display_name=draft.display_name.strip(),
        given_name=_blank(draft.given_name),
        family_name=_blank(draft.family_name),
        title=_blank(draft.title),
        company_id=_company_for(session, draft, owner),
        birthday=draft.birthday,
        source=_blank(draft.source),
        owner_id=owner,
    )
    session.add(contact)
    session.flush()
    _save_children(session, contact, draft)
    return get_contact(session, contact.id)


def _save_children(
    session: Session, contact: Contact, draft: ContactDraft
) -> tuple[parties.Points, tuple[str, ...]]:
    """Save the draft's contact points and tags; returns them as ``get_contact`` reads them."""
    region = local_settings.default_region(session)
    points = parties.save_points(
        session,
        "contact",
        contact.id,
        contact.owner_id,
        draft.emails,
        draft.phones,
        draft.addresses,
        region,
    )
    names = tags.set_tags(session, "contact", contact.id, contact.owner_id, draft.tags)
    session.flush()
    return points, names


def update_contact(session: Session, contact_id: str, draft: ContactDraft) -> ContactRecord:
    """Replace a contact's fields, contact points and tags with the draft's."""
    _check(session, draft)
    contact = _live(session, contact_id)
    company_id, company_name = _company_named(session, draft, contact.owner_id)
    values: dict[str, Any] = {
        "display_name": draft.display_name.strip(),
        "given_name": _blank(draft.given_name),
        "family_name": _blank(draft.family_name),
        "title": _blank(draft.title),
        "company_id": company_id,
        "birthday": draft.birthday,
        "source": _blank(draft.source),
    }
    if draft.owner_id:
        values["owner_id"] = draft.owner_id
    for key, value in values.items():
        if getattr(contact, key) != value:
            setattr(contact, key, value)
    session.flush()
    points, names = _save_children(session, contact, draft)
    # The record from what was just stored: reading it all back (get_contact) cost
    # as much again as the save. The contact's own fields are the flushed object's,
    # as get_contact would find them in the session.
    return _record(session, contact, points, names, company_name)


def add_contacts(session: Session, drafts: Sequence[ContactDraft]) -> list[str]:
    """Create many contacts at once (import, demo data); returns their ids in order.

    Validation is the same as ``add_contact``; the rows are written with
    executemany, and capture, search and tags work as for single adds.
    """
    owner_default = local_settings.local_user_id(session)
    region = local_settings.default_region(session)
    now = utcnow()
    contact_rows: list[dict[str, Any]] = []
    points: list[tuple[str, str, Any, Any, Any]] = []
    tag_links: list[tuple[str, str, tuple[str, ...]]] = []
    company_ids: dict[str, str] = {}
    ids: list[str] = []
    for draft in drafts:
        _check_quick(draft, region)
        cid = new_id()
        owner = draft.owner_id or owner_default
        company_id = draft.company_id
        if not company_id and draft.company_name and draft.company_name.strip():
            key = fold(draft.company_name)
            if key not in company_ids:
                company_ids[key] = companies.find_or_create(
                    session, draft.company_name.strip(), owner
                )
            company_id = company_ids[key]
        contact_rows.append(
            {
                "id": cid,
                "display_name": draft.display_name.strip(),
                "given_name": _blank(draft.given_name),
                "family_name": _blank(draft.family_name),
                "title": _blank(draft.title),
                "company_id": company_id,
                "birthday": draft.birthday,
                "source": _blank(draft.source),
                "owner_id": owner,
                "created_at": now,
                "updated_at": now,
                "deleted_at": None,
            }
        )
        points.append((cid, owner, draft.emails, draft.phones, draft.addresses))
        if draft.tags:
            tag_links.append((cid, owner, draft.tags))
        ids.append(cid)
    bulk.insert_rows(session, Contact, contact_rows)
    parties.insert_many(session, "contact", points, region)
    tags.link_many(session, "contact", tag_links)
    return ids


def _check_quick(draft: ContactDraft, region: str | None) -> None:
    problems: list[FieldProblem] = []
    if not draft.display_name or not draft.display_name.strip():
        problems.append(FieldProblem("display_name", "A name is required."))
    problems += parties.check_points(draft.emails, draft.phones, region)
    require(problems)


def _live(session: Session, contact_id: str) -> Contact:
    contact = session.get(Contact, contact_id)
    if contact is None or contact.deleted_at is not None:
        raise NotFound(f"No contact with id {contact_id}.")
    return contact


def get_contact(session: Session, contact_id: str) -> ContactRecord:
    """One contact with everything shown on its record."""
    contact = _live(session, contact_id)
    points = parties.load_points(session, "contact", contact_id)
    return _record(session, contact, points, tags.tags_of(session, "contact", contact_id))


def _record(
    session: Session,
    contact: Contact,
    points: parties.Points,
    tag_names: tuple[str, ...],
    company_name: str | None = None,
) -> ContactRecord:
    """The contact's record; ``company_name`` is its company's when already known."""
    emails, nums, addrs = points
    if contact.company_id and company_name is None:
        company_name = session.scalar(select(Company.name).where(Company.id == contact.company_id))
    return ContactRecord(
        id=contact.id,
        display_name=contact.display_name,
        given_name=contact.given_name,
        family_name=contact.family_name,
        title=contact.title,
        company_id=contact.company_id,
        company_name=company_name,
        emails=emails,
        phones=nums,
        addresses=addrs,
        birthday=contact.birthday,
        source=contact.source,
        tags=tag_names,
        owner_id=contact.owner_id,
        created_at=contact.created_at,
        updated_at=contact.updated_at,
        custom=custom_fields.values_of(session, "contact", contact.id),
    )


def delete_contacts(session: Session, contact_ids: Sequence[str]) -> int:
    """Delete contacts (kept as tombstones for sync); returns how many were deleted."""
    result = session.execute(
        update(Contact)
        .where(Contact.id.in_(contact_ids), Contact.deleted_at.is_(None))
        .values(deleted_at=utcnow(), updated_at=utcnow())
        .execution_options(synchronize_session=False)
    )
    return int(result.rowcount)  # type: ignore[attr-defined]


def delete_contact(session: Session, contact_id: str) -> None:
    """Delete one contact; NotFound when there is none."""
    if delete_contacts(session, [contact_id]) == 0:
        raise NotFound(f"No contact with id {contact_id}.")


def _filtered(query: Select[Any], flt: ContactFilter) -> Select[Any]:
    conditions: list[ColumnElement[bool]] = [Contact.deleted_at.is_(None)]
    if flt.owner_id:
        conditions.append(Contact.owner_id == flt.owner_id)
    if flt.owner_ids is not None:
        conditions.append(Contact.owner_id.in_(flt.owner_ids))
    if flt.company_id:
        conditions.append(Contact.company_id == flt.company_id)
    if flt.ids is not None:
        conditions.append(Contact.id.in_(flt.ids))
    if flt.tag:
        conditions.append(
            Contact.id.in_(
                select(RecordTag.entity_id)
                .join(Tag, Tag.id == RecordTag.tag_id)
                .where(RecordTag.entity == "contact", Tag.name_key == fold(flt.tag))
            )
        )
    return query.where(and_(*conditions))


def count_contacts(session: Session, flt: ContactFilter | None = None) -> int:
    """How many contacts the filter shows."""
    query = _filtered(select(func.count()).select_from(Contact), flt or ContactFilter())
    return int(session.scalar(query) or 0)


def list_contacts(
    session: Session,
    *,
    offset: int = 0,
    limit: int = 200,
    sort: ContactSort = "name",
    descending: bool = False,
    flt: ContactFilter | None = None,
) -> list[ContactRow]:
    """One page of the contact list, as light rows (never whole records)."""
    return page_contacts(
        session, offset=offset, limit=limit, sort=sort, descending=descending, flt=flt
    ).rows


def _sort_key(sort: ContactSort, company: Any) -> Any:
    # A contact without a company sorts as an empty name (where SQLite puts NULLs), so
    # every key compares with a cursor's.
    return {
        "name": Contact.sort_key,
        "company": func.coalesce(company.sort_key, ""),
        "updated": Contact.updated_at,
        "created": Contact.created_at,
    }[sort]


def _page_ids(
    sort: ContactSort,
    descending: bool,
    flt: ContactFilter,
    offset: int,
    limit: int,
    from_end: bool = False,
    after: ListCursor | None = None,
    before: ListCursor | None = None,
) -> Select[Any]:
    company = aliased(Company)
    key = _sort_key(sort, company)
    query = _filtered(
        select(Contact.id.label("id"), key.label("key")).outerjoin(
            company, company.id == Contact.company_id
        ),
        flt,
    )
    if after is not None:
        query = query.where(beyond(key, Contact.id, after, descending=descending, after=True))
        offset = 0
    if before is not None:
        query = query.where(beyond(key, Contact.id, before, descending=descending, after=False))
        offset = 0
    # Pages before a cursor or near the end walk the order backwards (the caller's
    # page comes back in list order all the same): fewer rows to step over.
    backwards = from_end or before is not None
    if backwards != descending:
        order = (key.desc(), Contact.id.desc() if backwards else Contact.id)
    else:
        order = (key.asc(), Contact.id.desc() if backwards else Contact.id)
    return query.order_by(*order).offset(offset).limit(limit)


def list_contact_ids(
    session: Session,
    *,
    offset: int = 0,
    limit: int = 200,
    sort: ContactSort = "name",
    descending: bool = False,
    flt: ContactFilter | None = None,
) -> list[str]:
    """The ids of one page of the contact list (cheap: nothing else is looked up)."""
    query = _page_ids(sort, descending, flt or ContactFilter(), offset, limit)
    return [str(row.id) for row in session.execute(query)]


def page_contacts(
    session: Session,
    *,
    offset: int = 0,
    limit: int = 200,
    sort: ContactSort = "name",
    descending: bool = False,
    flt: ContactFilter | None = None,
    from_end: bool = False,
    after: ListCursor | None = None,
    before: ListCursor | None = None,
) -> Page[ContactRow]:
    """One page of the contact list: ``offset`` rows in, or just after/before a cursor (keyset).

    With ``from_end`` the page ends ``offset`` rows before the end of the list. A cursor
    page costs the same at row 90,000 as at row 0; an offset page steps over every row
    before it (600 ms at row 90,000 of 100,000 by name), so deep pages count from the end.
    """
    # Find the page's ids first: skipping rows is cheap when the skipped rows'
    # first email, phone and city are not computed (10x faster at offset 100,000).
    page = _page_ids(
        sort, descending, flt or ContactFilter(), offset, limit, from_end, after, before
    ).subquery()
    first_email = (
        select(Email.address)
        .where(Email.contact_id == Contact.id)
        .order_by(Email.position)
        .limit(1)
        .scalar_subquery()
    )
    first_phone = (
        select(Phone.number)
        .where(Phone.contact_id == Contact.id)
        .order_by(Phone.position)
        .limit(1)
        .scalar_subquery()
    )
    first_city = (
        select(Address.city)
        .where(Address.contact_id == Contact.id)
        .order_by(Address.position)
        .limit(1)
        .scalar_subquery()
    )
    shown = aliased(Company)
    query = (
        select(
            Contact.id,
            Contact.display_name,
            shown.name,
            Contact.title,
            first_email,
            first_phone,
            first_city,
            Contact.owner_id,
            Contact.updated_at,
            page.c.key,
        )
        .join(page, page.c.id == Contact.id)
        .outerjoin(shown, shown.id == Contact.company_id)
        .order_by(page.c.key.desc() if descending else page.c.key.asc(), Contact.id)
    )
    found = session.execute(query).all()
    rows = [ContactRow(*row[:-1]) for row in found]
    if not found:
        return Page(rows, None, None)
    return Page(
        rows, ListCursor(found[0][-1], found[0][0]), ListCursor(found[-1][-1], found[-1][0])
    )


def _blank(text: str | None) -> str | None:
    if text is None:
        return None
    stripped = text.strip()
    return stripped or None
