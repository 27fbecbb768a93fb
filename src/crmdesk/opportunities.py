"""Opportunities: the deals in the pipeline, stage moves, won/lost, and pipeline totals."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, TypeVar

from sqlalchemy import Select, func, select, update
from sqlalchemy.orm import Session

from crmdesk import local_settings, ownership, pipeline
from crmdesk.db import bulk
from crmdesk.db.models import Company, Contact, Opportunity, PipelineStage
from crmdesk.db.types import utcnow
from crmdesk.ids import new_id
from crmdesk.money import Money
from crmdesk.validation import FieldProblem, NotFound, require

Q = TypeVar("Q", bound=Select[*tuple[Any, ...]])


@dataclass(frozen=True)
class OpportunityDraft:
    """What a user enters for a deal."""

    name: str
    amount: Money
    stage_id: str | None = None
    company_id: str | None = None
    contact_id: str | None = None
    probability: int | None = None
    expected_close: date | None = None
    owner_id: str | None = None


@dataclass(frozen=True)
class OpportunityRecord:
    """A deal as stored, with its stage, company and contact names."""

    id: str
    name: str
    company_id: str | None
    company_name: str | None
    contact_id: str | None
    contact_name: str | None
    stage_id: str
    stage_name: str
    amount: Money
    probability: int
    expected_close: date | None
    status: str
    close_reason: str | None
    closed_at: datetime | None
    owner_id: str
    updated_at: datetime

    @property
    def weighted_minor(self) -> int:
        return self.amount.minor * self.probability // 100


@dataclass(frozen=True)
class StageTotal:
    """Count and totals of the open deals in one stage, for one currency."""

    stage_id: str
    stage_name: str
    currency: str
    count: int
    total_minor: int
    weighted_minor: int


def _field_problems(draft: OpportunityDraft) -> list[FieldProblem]:
    problems: list[FieldProblem] = []
    if not draft.name.strip():
        problems.append(FieldProblem("name", "A name is required."))
    if draft.amount.minor < 0:
        problems.append(FieldProblem("amount", "The amount cannot be negative."))
    if draft.probability is not None and not 0 <= draft.probability <= 100:
        problems.append(FieldProblem("probability", "Probability is between 0 and 100."))
    return problems


def _check(session: Session, draft: OpportunityDraft) -> None:
    problems = _field_problems(draft)
    if draft.company_id and session.get(Company, draft.company_id) is None:
        problems.append(FieldProblem("company_id", "No such company."))
    if draft.contact_id and session.get(Contact, draft.contact_id) is None:
        problems.append(FieldProblem("contact_id", "No such contact."))
    require(problems)


def add_opportunity(session: Session, draft: OpportunityDraft) -> OpportunityRecord:
    """Create a deal; without a stage it starts in the first one."""
    _check(session, draft)
    stage = (
        pipeline.find_stage(session, draft.stage_id)
        if draft.stage_id
        else pipeline.list_stages(session)[0]
    )
    company_id = draft.company_id
    if company_id is None and draft.contact_id:
        company_id = session.scalar(
            select(Contact.company_id).where(Contact.id == draft.contact_id)
        )
    row = Opportunity(
        name=draft.name.strip(),
        company_id=company_id,
        contact_id=draft.contact_id,
        stage_id=stage.id,
        amount_minor=draft.amount.minor,
        currency=draft.amount.currency,
        probability=stage.probability if draft.probability is None else draft.probability,
        expected_close=draft.expected_close,
        status="open",
        owner_id=draft.owner_id
        or ownership.customer_owner(session, contact_id=draft.contact_id, company_id=company_id),
    )
    session.add(row)
    session.flush()
    return get_opportunity(session, row.id)


@dataclass(frozen=True)
class Closing:
    """One deal to mark won or lost (``close_many``); ``when`` defaults to now."""

    opportunity_id: str
    won: bool
    reason: str | None = None
    when: datetime | None = None


def add_many(session: Session, drafts: Sequence[OpportunityDraft]) -> list[str]:
    """Create many deals at once (import, demo data); returns their ids in order.

    Validation is the same as ``add_opportunity``, with links checked set-wise.
    """
    stages = pipeline.list_stages(session)
    by_id = {s.id: s for s in stages}
    contact_company = _contact_companies(session, {d.contact_id for d in drafts if d.contact_id})
    company_ids = _known_companies(session, {d.company_id for d in drafts if d.company_id})
    owner_default = local_settings.local_user_id(session)
    contact_owner = ownership.owners(session, "contact", {d.contact_id for d in drafts})
    company_owner = ownership.owners(session, "company", {d.company_id for d in drafts})
    now = utcnow()
    rows: list[dict[str, Any]] = []
    for draft in drafts:
        problems = _field_problems(draft)
        if draft.company_id and draft.company_id not in company_ids:
            problems.append(FieldProblem("company_id", "No such company."))
        if draft.contact_id and draft.contact_id not in contact_company:
            problems.append(FieldProblem("contact_id", "No such contact."))
        require(problems)
        if draft.stage_id:
            stage = by_id.get(draft.stage_id) or pipeline.find_stage(session, draft.stage_id)
        else:
            stage = stages[0]
        company_id = draft.company_id
        if company_id is None and draft.contact_id:
            company_id = contact_company[draft.contact_id]
        rows.append(
            {
                "id": new_id(),
                "name": draft.name.strip(),
                "company_id": company_id,
                "contact_id": draft.contact_id,
                "stage_id": stage.id,
                "amount_minor": draft.amount.minor,
                "currency": draft.amount.currency,
                "probability": stage.probability
                if draft.probability is None
                else draft.probability,
                "expected_close": draft.expected_close,
                "status": "open",
                "close_reason": None,
                "closed_at": None,
                "owner_id": draft.owner_id
                or contact_owner.get(draft.contact_id or "")
                or company_owner.get(draft.company_id or "")
                or owner_default,
                "created_at": now,
                "updated_at": now,
                "deleted_at": None,
            }
        )
    bulk.insert_rows(session, Opportunity, rows)
    return [str(r["id"]) for r in rows]


def close_many(session: Session, closings: Sequence[Closing]) -> None:
    """Mark many deals won (probability 100) or lost (probability 0), as ``close`` does."""
    if not closings:
        return
    ids = [c.opportunity_id for c in closings]
    live: set[str] = set()
    for start in range(0, len(ids), 500):
        live.update(
            session.scalars(
                select(Opportunity.id).where(
                    Opportunity.id.in_(ids[start : start + 500]), Opportunity.deleted_at.is_(None)
                )
            )
        )
    missing = [i for i in ids if i not in live]
    if missing:
        raise NotFound(f"No opportunity with id {missing[0]}.")
    now = utcnow()
    session.execute(
        update(Opportunity),
        [
            {
                "id": c.opportunity_id,
                "status": "won" if c.won else "lost",
                "probability": 100 if c.won else 0,
                "close_reason": (c.reason or "").strip() or None,
                "closed_at": c.when or now,
                "updated_at": now,
            }
            for c in closings
        ],
    )


def _contact_companies(session: Session, ids: set[str]) -> dict[str, str | None]:
    wanted = sorted(ids)
    found: dict[str, str | None] = {}
    for start in range(0, len(wanted), 500):
        query = select(Contact.id, Contact.company_id).where(
            Contact.id.in_(wanted[start : start + 500])
        )
        found.update({i: c for i, c in session.execute(query)})
    return found


def _known_companies(session: Session, ids: set[str]) -> set[str]:
    wanted = sorted(ids)
    found: set[str] = set()
    for start in range(0, len(wanted), 500):
        found.update(
            session.scalars(select(Company.id).where(Company.id.in_(wanted[start : start + 500])))
        )
    return found


def update_opportunity(
    session: Session, opportunity_id: str, draft: OpportunityDraft
) -> OpportunityRecord:
    """Replace the deal's editable fields."""
    _check(session, draft)
    row = _live(session, opportunity_id)
    values: dict[str, Any] = {
        "name": draft.name.strip(),
        "company_id": draft.company_id,
        "contact_id": draft.contact_id,
        "amount_minor": draft.amount.minor,
        "currency": draft.amount.currency,
        "expected_close": draft.expected_close,
    }
    if draft.probability is not None:
        values["probability"] = draft.probability
    if draft.stage_id:
        values["stage_id"] = pipeline.find_stage(session, draft.stage_id).id
    if draft.owner_id:
        values["owner_id"] = draft.owner_id
    for key, value in values.items():
        if getattr(row, key) != value:
            setattr(row, key, value)
    session.flush()
    return get_opportunity(session, opportunity_id)


def move_stage(session: Session, opportunity_id: str, stage: str) -> OpportunityRecord:
    """Move an open deal to another stage; its probability becomes the stage's default."""
    row = _live(session, opportunity_id)
    target = pipeline.find_stage(session, stage)
    if row.status != "open":
        row.status = "open"
        row.closed_at = None
        row.close_reason = None
    if row.stage_id != target.id:
        row.stage_id = target.id
        row.probability = target.probability
    session.flush()
    return get_opportunity(session, opportunity_id)


def close(
    session: Session, opportunity_id: str, *, won: bool, reason: str | None = None
) -> OpportunityRecord:
    """Mark a deal won (probability 100) or lost (probability 0), with a reason."""
    row = _live(session, opportunity_id)
    row.status = "won" if won else "lost"
    row.probability = 100 if won else 0
    row.close_reason = (reason or "").strip() or None
    row.closed_at = utcnow()
    session.flush()
    return get_opportunity(session, opportunity_id)


def delete_opportunity(session: Session, opportunity_id: str) -> None:
    row = _live(session, opportunity_id)
    row.deleted_at = utcnow()


def _live(session: Session, opportunity_id: str) -> Opportunity:
    row = session.get(Opportunity, opportunity_id)
    if row is None or row.deleted_at is not None:
        raise NotFound(f"No opportunity with id {opportunity_id}.")
    return row


def owned_by(query: Q, owner_id: str | None, owner_ids: Collection[str] | None) -> Q:
    """``query`` narrowed to deals of ``owner_id`` and of any of ``owner_ids`` (None: any)."""
    if owner_id:
        query = query.where(Opportunity.owner_id == owner_id)
    if owner_ids is not None:
        query = query.where(Opportunity.owner_id.in_(sorted(owner_ids)))
    return query


def _select() -> Select[*tuple[Any, ...]]:
    return (
        select(
            Opportunity.id,
            Opportunity.name,
            Opportunity.company_id,
            Company.name,
            Opportunity.contact_id,
            Contact.display_name,
            Opportunity.stage_id,
            PipelineStage.name,
            Opportunity.amount_minor,
            Opportunity.currency,
            Opportunity.probability,
            Opportunity.expected_close,
            Opportunity.status,
            Opportunity.close_reason,
            Opportunity.closed_at,
            Opportunity.owner_id,
            Opportunity.updated_at,
        )
        .join(PipelineStage, PipelineStage.id == Opportunity.stage_id)
        .outerjoin(Company, Company.id == Opportunity.company_id)
        .outerjoin(Contact, Contact.id == Opportunity.contact_id)
        .where(Opportunity.deleted_at.is_(None))
    )


def _record(row: Any) -> OpportunityRecord:
    (
        oid,
        name,
        coid,
        coname,
        cid,
        cname,
        sid,
        sname,
        minor,
        cur,
        prob,
        close_date,
        status,
        reason,
        closed_at,
        owner,
        updated,
    ) = row
    return OpportunityRecord(
        id=oid,
        name=name,
        company_id=coid,
        company_name=coname,
        contact_id=cid,
        contact_name=cname,
        stage_id=sid,
        stage_name=sname,
        amount=Money(minor, cur),
        probability=prob,
        expected_close=close_date,
        status=status,
        close_reason=reason,
        closed_at=closed_at,
        owner_id=owner,
        updated_at=updated,
    )


def get_opportunity(session: Session, opportunity_id: str) -> OpportunityRecord:
    row = session.execute(_select().where(Opportunity.id == opportunity_id)).first()
    if row is None:
        raise NotFound(f"No opportunity with id {opportunity_id}.")
    return _record(row)


def list_opportunities(
    session: Session,
    *,
    status: str | None = "open",
    stage_id: str | None = None,
    contact_id: str | None = None,
    company_id: str | None = None,
    owner_id: str | None = None,
    owner_ids: Collection[str] | None = None,
    limit: int = 500,
    offset: int = 0,
) -> list[OpportunityRecord]:
    """Deals matching the filters, largest first (``owner_ids``: any of these owners)."""
    query = _select()
    if status:
        query = query.where(Opportunity.status == status)
    if stage_id:
        query = query.where(Opportunity.stage_id == stage_id)
    if contact_id:
        query = query.where(Opportunity.contact_id == contact_id)
    if company_id:
        query = query.where(Opportunity.company_id == company_id)
    query = owned_by(query, owner_id, owner_ids)
    query = query.order_by(Opportunity.amount_minor.desc(), Opportunity.id)
    return [_record(r) for r in session.execute(query.offset(offset).limit(limit))]


def pipeline_totals(
    session: Session, owner_id: str | None = None, owner_ids: Collection[str] | None = None
) -> list[StageTotal]:
    """Open deals per stage and currency: count, total and probability-weighted total."""
    query = (
        select(
            PipelineStage.id,
            PipelineStage.name,
            Opportunity.currency,
            func.count(),
            func.sum(Opportunity.amount_minor),
            func.sum(Opportunity.amount_minor * Opportunity.probability / 100),
        )
        .join(Opportunity, Opportunity.stage_id == PipelineStage.id)
        .where(Opportunity.status == "open", Opportunity.deleted_at.is_(None))
        .group_by(PipelineStage.id, Opportunity.currency)
        .order_by(PipelineStage.position, Opportunity.currency)
    )
    query = owned_by(query, owner_id, owner_ids)
    return [
        StageTotal(sid, name, cur, int(n), int(total or 0), int(weighted or 0))
        for sid, name, cur, n, total, weighted in session.execute(query)
    ]
