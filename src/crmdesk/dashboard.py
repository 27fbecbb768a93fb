"""The dashboard's figures: pipeline by stage, won/lost by month, activity, top deals."""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from crmdesk import local_settings, opportunities, pipeline
from crmdesk.db.models import Activity, Opportunity
from crmdesk.money import Money


@dataclass(frozen=True)
class StageValue:
    """Open pipeline in one stage, in the dashboard currency."""

    stage_name: str
    count: int
    total_minor: int
    weighted_minor: int


@dataclass(frozen=True)
class MonthOutcome:
    """Deals closed in one month (``month`` is its first day)."""

    month: date
    won: int
    lost: int


@dataclass(frozen=True)
class WeekActivity:
    """Activities completed in the week starting ``week_start`` (a Monday)."""

    week_start: date
    completed: int


@dataclass(frozen=True)
class TopDeal:
    """One of the largest open deals."""

    id: str
    name: str
    company_name: str | None
    stage_name: str
    amount: Money
    weighted: Money


@dataclass(frozen=True)
class DashboardFigures:
    """Everything the dashboard draws, for one owner scope."""

    currency: str
    other_currencies: tuple[str, ...]
    stages: list[StageValue]
    outcomes: list[MonthOutcome]
    weeks: list[WeekActivity]
    top_deals: list[TopDeal]


def _month_starts(today: date, months: int) -> list[date]:
    first = today.replace(day=1)
    result = []
    for back in range(months - 1, -1, -1):
        index = first.year * 12 + first.month - 1 - back
        result.append(date(index // 12, index % 12 + 1, 1))
    return result


def pipeline_by_stage(
    session: Session,
    currency: str,
    owner_id: str | None = None,
    owner_ids: Collection[str] | None = None,
) -> tuple[list[StageValue], tuple[str, ...]]:
    """Every stage (empty ones too) with its open totals in ``currency``, and the other
    currencies that have open deals (they cannot be added to ``currency``)."""
    totals = opportunities.pipeline_totals(session, owner_id=owner_id, owner_ids=owner_ids)
    by_stage = {t.stage_id: t for t in totals if t.currency == currency}
    values = []
    for stage in pipeline.list_stages(session):
        t = by_stage.get(stage.id)
        values.append(
            StageValue(
                stage.name,
                t.count if t else 0,
                t.total_minor if t else 0,
                t.weighted_minor if t else 0,
            )
        )
    others = tuple(sorted({t.currency for t in totals} - {currency}))
    return values, others


def won_lost_by_month(
    session: Session,
    today: date,
    owner_id: str | None = None,
    months: int = 6,
    owner_ids: Collection[str] | None = None,
) -> list[MonthOutcome]:
    """Deals won and lost in each of the last ``months`` months (this one included)."""
    starts = _month_starts(today, months)
    since = datetime.combine(starts[0], time(), tzinfo=UTC)
    month = func.substr(Opportunity.closed_at, 1, 7)
    query = (
        select(month, Opportunity.status, func.count())
        .where(
            Opportunity.deleted_at.is_(None),
            Opportunity.status.in_(("won", "lost")),
            Opportunity.closed_at >= since,
        )
        .group_by(month, Opportunity.status)
    )
    query = opportunities.owned_by(query, owner_id, owner_ids)
    counts = {(key, status): int(n) for key, status, n in session.execute(query)}
    return [
        MonthOutcome(
            start,
            counts.get((start.strftime("%Y-%m"), "won"), 0),
            counts.get((start.strftime("%Y-%m"), "lost"), 0),
        )
        for start in starts
    ]


def completed_by_week(
    session: Session,
    today: date,
    owner_id: str | None = None,
    weeks: int = 8,
    owner_ids: Collection[str] | None = None,
) -> list[WeekActivity]:
    """Activities completed in each of the last ``weeks`` weeks (local time, from Monday)."""
    this_monday = today - timedelta(days=today.weekday())
    mondays = [this_monday - timedelta(weeks=back) for back in range(weeks - 1, -1, -1)]
    since = datetime.combine(mondays[0], time()).astimezone()
    query = select(Activity.completed_at).where(
        Activity.deleted_at.is_(None),
        Activity.status == "completed",
        Activity.completed_at >= since,
    )
    if owner_id:
        query = query.where(Activity.owner_id == owner_id)
    if owner_ids is not None:
        query = query.where(Activity.owner_id.in_(sorted(owner_ids)))
    counter: Counter[date] = Counter()
    for (when,) in session.execute(query):
        if when is None:
            continue
        local = when.astimezone().date()
        counter[local - timedelta(days=local.weekday())] += 1
    return [WeekActivity(monday, counter.get(monday, 0)) for monday in mondays]


def top_open_deals(
    session: Session,
    owner_id: str | None = None,
    limit: int = 10,
    owner_ids: Collection[str] | None = None,
) -> list[TopDeal]:
    """The largest open deals."""
    return [
        TopDeal(
            d.id,
            d.name,
            d.company_name,
            d.stage_name,
            d.amount,
            Money(d.weighted_minor, d.amount.currency),
        )
        for d in opportunities.list_opportunities(
            session, status="open", owner_id=owner_id, owner_ids=owner_ids, limit=limit
        )
    ]


def figures(
    session: Session,
    today: date,
    owner_id: str | None = None,
    owner_ids: Collection[str] | None = None,
) -> DashboardFigures:
    """All dashboard figures for one scope (``owner_id``/``owner_ids`` None: everyone's)."""
    currency = local_settings.default_currency(session)
    stages, others = pipeline_by_stage(session, currency, owner_id, owner_ids)
    return DashboardFigures(
        currency=currency,
        other_currencies=others,
        stages=stages,
        outcomes=won_lost_by_month(session, today, owner_id, owner_ids=owner_ids),
        weeks=completed_by_week(session, today, owner_id, owner_ids=owner_ids),
        top_deals=top_open_deals(session, owner_id, owner_ids=owner_ids),
    )
