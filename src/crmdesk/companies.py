"""Companies (accounts): add, edit, delete, fetch and page through organisations."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Select, func, select, update
from sqlalchemy.orm import Session

from crmdesk import custom_fields, local_settings, parties, tags
from crmdesk.db import bulk
from crmdesk.db.models import Company, Contact
from crmdesk.db.types import utcnow
from crmdesk.ids import new_id
from crmdesk.paging import ListCursor, Page, beyond
from crmdesk.records import CompanyDraft, CompanyRecord
from crmdesk.text import sort_key
from crmdesk.validation import FieldProblem, NotFound, require


@dataclass(frozen=True)
class CompanyRow:
    """One line of the company list."""

    id: str
    name: str
    industry: str | None
    contact_count: int
    owner_id: str
    updated_at: datetime


def _check(session: Session, draft: CompanyDraft) -> None:
    problems: list[FieldProblem] = []
    if not draft.name or not draft.name.strip():
        problems.append(FieldProblem("name", "A company name is required."))
    problems += parties.check_points(
        draft.emails, draft.phones, local_settings.default_region(session)
    )
    require(problems)


def find_or_create(session: Session, name: str, owner_id: str) -> str:
    """The id of the live company with this name (ignoring case and accents), or a new one."""
    existing = session.scalar(
        select(Company.id)
        .where(Company.sort_key == sort_key(name), Company.deleted_at.is_(None))
        .limit(1)
    )
    if existing:
        return existing
    company = Company(name=name, owner_id=owner_id)
    session.add(company)
    session.flush()
    return company.id


def add_company(session: Session, draft: CompanyDraft) -> CompanyRecord:
    """Create a company from a validated draft."""
    _check(session, draft)
    owner = draft.owner_id or local_settings.local_user_id(session)
    company = Company(
        name=draft.name.strip(),
        industry=_blank(draft.industry),
        website=_blank(draft.website),
        background=_blank(draft.background),
        owner_id=owner,
    )
    session.add(company)
    session.flush()
    _save_children(session, company, draft)
    return get_company(session, company.id)


def add_companies(session: Session, drafts: Sequence[CompanyDraft]) -> list[str]:
    """Create many companies at once (import, demo data); returns their ids in order.

    Validation is the same as ``add_company``; rows are written with executemany,
    and capture, search and tags work as for single adds.
    """
    owner_default = local_settings.local_user_id(session)
    region = local_settings.default_region(session)
    now = utcnow()
    rows: list[dict[str, object]] = []
    points: list[tuple[str, str, Any, Any, Any]] = []
    tag_links: list[tuple[str, str, tuple[str, ...]]] = []
    for draft in drafts:
        _check_quick(draft, region)
        cid = new_id()
        owner = draft.owner_id or owner_default
        rows.append(
            {
                "id": cid,
                "name": draft.name.strip(),
                "industry": _blank(draft.industry),
                "website": _blank(draft.website),
                "background": _blank(draft.background),
                "owner_id": owner,
                "created_at": now,
                "updated_at": now,
                "deleted_at": None,
            }
        )
        points.append((cid, owner, draft.emails, draft.phones, draft.addresses))
        if draft.tags:
            tag_links.append((cid, owner, draft.tags))
    bulk.insert_rows(session, Company, rows)
    parties.insert_many(session, "company", points, region)
    tags.link_many(session, "company", tag_links)
    return [str(r["id"]) for r in rows]


def _check_quick(draft: CompanyDraft, region: str | None) -> None:
    problems: list[FieldProblem] = []
    if not draft.name or not draft.name.strip():
        problems.append(FieldProblem("name", "A company name is required."))
    problems += parties.check_points(draft.emails, draft.phones, region)
    require(problems)


def _save_children(session: Session, company: Company, draft: CompanyDraft) -> None:
    parties.save_points(
        session,
        "company",
        company.id,
        company.owner_id,
        draft.emails,
        draft.phones,
        draft.addresses,
        local_settings.default_region(session),
    )
    tags.set_tags(session, "company", company.id, company.owner_id, draft.tags)
    session.flush()


def update_company(session: Session, company_id: str, draft: CompanyDraft) -> CompanyRecord:
    """Replace a company's fields, contact points and tags with the draft's."""
    _check(session, draft)
    company = _live(session, company_id)
    values = {
        "name": draft.name.strip(),
        "industry": _blank(draft.industry),
        "website": _blank(draft.website),
        "background": _blank(draft.background),
    }
    if draft.owner_id:
        values["owner_id"] = draft.owner_id
    for key, value in values.items():
        if getattr(company, key) != value:
            setattr(company, key, value)
    session.flush()
    _save_children(session, company, draft)
    return get_company(session, company_id)


def _live(session: Session, company_id: str) -> Company:
    company = session.get(Company, company_id)
    if company is None or company.deleted_at is not None:
        raise NotFound(f"No company with id {company_id}.")
    return company


def get_company(session: Session, company_id: str) -> CompanyRecord:
    """One company with everything shown on its record."""
    company = _live(session, company_id)
    emails, nums, addrs = parties.load_points(session, "company", company_id)
    return CompanyRecord(
        id=company.id,
        name=company.name,
        industry=company.industry,
        website=company.website,
        background=company.background,
        emails=emails,
        phones=nums,
        addresses=addrs,
        tags=tags.tags_of(session, "company", company_id),
        owner_id=company.owner_id,
        contact_count=_contact_count(session, company_id),
        created_at=company.created_at,
        updated_at=company.updated_at,
        custom=custom_fields.values_of(session, "company", company_id),
    )


def _contact_count(session: Session, company_id: str) -> int:
    return int(
        session.scalar(
            select(func.count()).where(
                Contact.company_id == company_id, Contact.deleted_at.is_(None)
            )
        )
        or 0
    )


def delete_company(session: Session, company_id: str) -> None:
    """Delete a company (a tombstone); its contacts stay, without a company."""
    _live(session, company_id)
    now = utcnow()
    session.execute(
        update(Company).where(Company.id == company_id).values(deleted_at=now, updated_at=now)
    )
    session.execute(
        update(Contact)
        .where(Contact.company_id == company_id)
        .values(company_id=None, updated_at=now)
        .execution_options(synchronize_session=False)
    )


def _owned(query: Select[Any], owner_ids: Collection[str] | None) -> Select[Any]:
    """Companies of any of ``owner_ids`` (None: every owner's; the "mine / my team" filter)."""
    return query if owner_ids is None else query.where(Company.owner_id.in_(sorted(owner_ids)))


def count_companies(session: Session, owner_ids: Collection[str] | None = None) -> int:
    """How many companies the list shows."""
    query = _owned(select(func.count()).where(Company.deleted_at.is_(None)), owner_ids)
    return int(session.scalar(query) or 0)


def list_companies(session: Session, *, offset: int = 0, limit: int = 200) -> list[CompanyRow]:
    """One page of companies sorted by name."""
    return page_companies(session, offset=offset, limit=limit).rows


def _page_query(
    offset: int,
    limit: int,
    from_end: bool = False,
    after: ListCursor | None = None,
    before: ListCursor | None = None,
    owner_ids: Collection[str] | None = None,
) -> Select[Any]:
    query = _owned(select(Company.id).where(Company.deleted_at.is_(None)), owner_ids)
    key = Company.sort_key
    if after is not None:
        query = query.where(beyond(key, Company.id, after, descending=False, after=True))
        offset = 0
    if before is not None:
        query = query.where(beyond(key, Company.id, before, descending=False, after=False))
        offset = 0
    if from_end or before is not None:
        # Walk the order backwards (the page comes back in list order all the same).
        return query.order_by(key.desc(), Company.id.desc()).offset(offset).limit(limit)
    return query.order_by(key, Company.id).offset(offset).limit(limit)


def list_company_ids(
    session: Session,
    *,
    offset: int = 0,
    limit: int = 200,
    owner_ids: Collection[str] | None = None,
) -> list[str]:
    """The ids of one page of the company list (cheap: nothing else is looked up)."""
    query = _page_query(offset, limit, owner_ids=owner_ids)
    return [str(i) for i in session.scalars(query)]


def page_companies(
    session: Session,
    *,
    offset: int = 0,
    limit: int = 200,
    from_end: bool = False,
    after: ListCursor | None = None,
    before: ListCursor | None = None,
    owner_ids: Collection[str] | None = None,
) -> Page[CompanyRow]:
    """One page of companies by name: ``offset`` rows in, or just after/before a cursor.

    With ``from_end`` the page ends ``offset`` rows before the end of the list; with
    ``owner_ids`` only companies of those owners count.
    """
    page = _page_query(offset, limit, from_end, after, before, owner_ids).subquery()
    count = (
        select(func.count())
        .where(Contact.company_id == Company.id, Contact.deleted_at.is_(None))
        .scalar_subquery()
    )
    found = session.execute(
        select(
            Company.id,
            Company.name,
            Company.industry,
            count,
            Company.owner_id,
            Company.updated_at,
            Company.sort_key,
        )
        .join(page, page.c.id == Company.id)
        .order_by(Company.sort_key, Company.id)
    ).all()
    rows = [CompanyRow(*row[:-1]) for row in found]
    if not found:
        return Page(rows, None, None)
    return Page(
        rows, ListCursor(found[0][-1], found[0][0]), ListCursor(found[-1][-1], found[-1][0])
    )


def _blank(text: str | None) -> str | None:
    if text is None:
        return None
    return text.strip() or None
