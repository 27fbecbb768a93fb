"""The forecast groups open deals by expected close month and currency, weighted."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from crmdesk import forecast, opportunities
from crmdesk.db.engine import Database
from crmdesk.forecast import ForecastMonth
from crmdesk.money import Money
from crmdesk.opportunities import OpportunityDraft
from crmdesk.vault import Vault


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = Vault(tmp_path / "v").init("correct horse battery", user_name="somchai")
    yield database
    database.close()


def test_forecast_by_month_weights_open_deals_only(db: Database) -> None:
    def deal(name: str, amount: str, cur: str, prob: int, close: date | None) -> str:
        draft = OpportunityDraft(
            name, Money.parse(amount, cur), probability=prob, expected_close=close
        )
        return opportunities.add_opportunity(s, draft).id

    with db.write() as s:
        deal("a", "1000", "THB", 50, date(2026, 12, 3))
        deal("b", "3000", "THB", 10, date(2026, 12, 28))
        deal("c", "500", "USD", 100, date(2026, 12, 1))
        deal("d", "200", "THB", 50, date(2027, 1, 15))
        deal("e", "700", "THB", 20, None)
        lost = deal("f", "9999", "THB", 50, date(2026, 12, 2))
        opportunities.close(s, lost, won=False)
    with db.read() as s:
        rows = forecast.forecast_by_month(s)
    assert rows == [
        ForecastMonth(date(2026, 12, 1), "THB", 2, 400000, 80000),
        ForecastMonth(date(2026, 12, 1), "USD", 1, 50000, 50000),
        ForecastMonth(date(2027, 1, 1), "THB", 1, 20000, 10000),
        ForecastMonth(None, "THB", 1, 70000, 14000),
    ]
    with db.read() as s:
        assert forecast.forecast_by_month(s, owner_id="nobody") == []
