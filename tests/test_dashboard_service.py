"""Dashboard figures: pipeline by stage, won/lost by month, completed per week, top deals."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from crmdesk import activities, dashboard, local_settings, opportunities
from crmdesk.activities import ActivityDraft
from crmdesk.db.engine import Database
from crmdesk.db.models import Opportunity, User
from crmdesk.money import Money
from crmdesk.opportunities import OpportunityDraft
from crmdesk.vault import Vault

TODAY = date(2026, 11, 23)  # a Monday


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = Vault(tmp_path / "v").init(
        "correct horse battery", user_name="somchai", currency="THB"
    )
    yield database
    database.close()


@pytest.fixture
def colleague(db: Database) -> str:
    with db.write() as s:
        user = User(name="lek", display_name="Lek")
        s.add(user)
        s.flush()
        return user.id


def _deal(s: object, name: str, amount: str, currency: str = "THB", **kw: object) -> str:
    draft = OpportunityDraft(name, Money.parse(amount, currency), **kw)  # type: ignore[arg-type]
    return opportunities.add_opportunity(s, draft).id  # type: ignore[arg-type]


def test_pipeline_by_stage_lists_every_stage_in_the_home_currency(
    db: Database, colleague: str
) -> None:
    with db.write() as s:
        _deal(s, "a", "1000", stage_id="Lead")
        _deal(s, "b", "3000", stage_id="Proposal")
        _deal(s, "c", "5000", stage_id="Proposal", owner_id=colleague)
        _deal(s, "usd", "99", "USD", stage_id="Lead")
        closed = _deal(s, "won", "7000", stage_id="Lead")
        opportunities.close(s, closed, won=True)
    with db.read() as s:
        everyone = dashboard.figures(s, TODAY)
        mine = dashboard.figures(s, TODAY, owner_id=local_settings.local_user_id(s))
    assert everyone.currency == "THB" and everyone.other_currencies == ("USD",)
    assert [(v.stage_name, v.count, v.total_minor) for v in everyone.stages] == [
        ("Lead", 1, 100000),
        ("Qualified", 0, 0),
        ("Proposal", 2, 800000),
        ("Negotiation", 0, 0),
        ("Commit", 0, 0),
    ]
    assert everyone.stages[2].weighted_minor == 400000  # Proposal is 50 %
    assert mine.stages[2].total_minor == 300000


def test_won_and_lost_per_month_over_the_last_six(db: Database) -> None:
    closings = [
        (True, datetime(2026, 11, 2, tzinfo=UTC)),
        (False, datetime(2026, 11, 20, tzinfo=UTC)),
        (True, datetime(2026, 9, 15, tzinfo=UTC)),
        (False, datetime(2026, 6, 1, tzinfo=UTC)),
        (True, datetime(2026, 1, 15, tzinfo=UTC)),  # older than six months
    ]
    with db.write() as s:
        for won, when in closings:
            deal = _deal(s, "d", "100")
            opportunities.close(s, deal, won=won)
            row = s.get(Opportunity, deal)
            assert row is not None
            row.closed_at = when  # as if it had been closed then
    with db.read() as s:
        months = dashboard.won_lost_by_month(s, date(2026, 11, 30))
    assert [(m.month, m.won, m.lost) for m in months] == [
        (date(2026, 6, 1), 0, 1),
        (date(2026, 7, 1), 0, 0),
        (date(2026, 8, 1), 0, 0),
        (date(2026, 9, 1), 1, 0),
        (date(2026, 10, 1), 0, 0),
        (date(2026, 11, 1), 1, 1),
    ]


def test_completed_per_week_counts_by_local_monday(db: Database, colleague: str) -> None:
    def done(when: datetime, owner: str | None = None) -> None:
        record = activities.schedule(s, ActivityDraft("call", "x", owner_id=owner))
        activities.complete(s, record.id, "ok", when=when)

    with db.write() as s:
        done(datetime(2026, 11, 23, 9).astimezone())
        done(datetime(2026, 11, 22, 23).astimezone())  # Sunday: the week before
        done(datetime(2026, 11, 16, 9).astimezone(), owner=colleague)
        done(datetime(2026, 9, 1, 9).astimezone())  # too old for eight weeks
        activities.schedule(s, ActivityDraft("call", "still to do"))
    with db.read() as s:
        weeks = dashboard.completed_by_week(s, TODAY)
        mine = dashboard.completed_by_week(s, TODAY, owner_id=local_settings.local_user_id(s))
    assert len(weeks) == 8 and weeks[-1].week_start == TODAY
    assert [(w.week_start.day, w.completed) for w in weeks[-2:]] == [(16, 2), (23, 1)]
    assert sum(w.completed for w in weeks) == 3
    assert [w.completed for w in mine[-2:]] == [1, 1]


def test_top_open_deals_are_the_largest_open_ones(db: Database) -> None:
    with db.write() as s:
        for i in range(12):
            _deal(s, f"deal {i}", str(1000 * (i + 1)), stage_id="Proposal")
        lost = _deal(s, "huge but lost", "999999")
        opportunities.close(s, lost, won=False)
    with db.read() as s:
        top = dashboard.top_open_deals(s)
    assert [d.name for d in top[:2]] == ["deal 11", "deal 10"]
    assert len(top) == 10
    assert top[0].weighted == Money.parse("6000", "THB")
