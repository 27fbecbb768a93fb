"""A simple sales forecast: open deals by expected close month, weighted by probability."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from crmdesk.db.models import Opportunity
from crmdesk.opportunities import owned_by


@dataclass(frozen=True)
class ForecastMonth:
    """Open deals expected to close in one month (``month`` None: no date set), one currency."""

    month: date | None
    currency: str
    count: int
    total_minor: int
    weighted_minor: int


def forecast_by_month(
    session: Session, owner_id: str | None = None, owner_ids: Collection[str] | None = None
) -> list[ForecastMonth]:
    """Per expected-close month and currency: count, total and weighted total of open deals."""
    month = func.strftime("%Y-%m", Opportunity.expected_close)
    query = (
        select(
            month,
            Opportunity.currency,
            func.count(),
            func.sum(Opportunity.amount_minor),
            func.sum(Opportunity.amount_minor * Opportunity.probability / 100),
        )
        .where(Opportunity.status == "open", Opportunity.deleted_at.is_(None))
        .group_by(month, Opportunity.currency)
        .order_by(month.is_(None), month, Opportunity.currency)
    )
    query = owned_by(query, owner_id, owner_ids)
    result = []
    for key, currency, count, total, weighted in session.execute(query):
        first = date(int(key[:4]), int(key[5:7]), 1) if key else None
        result.append(ForecastMonth(first, currency, int(count), int(total), int(weighted or 0)))
    return result
