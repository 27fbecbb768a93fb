"""Opportunities and the pipeline: money in minor units, stage moves, won/lost, totals."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select

from crmdesk import contacts, opportunities, pipeline
from crmdesk.db.engine import Database
from crmdesk.db.models import Opportunity
from crmdesk.errors import CrmError
from crmdesk.money import Money
from crmdesk.opportunities import OpportunityDraft
from crmdesk.records import ContactDraft
from crmdesk.validation import NotFound, ValidationError


@pytest.mark.parametrize(
    ("text", "currency", "minor"),
    [
        ("1,234.50", "THB", 123450),
        ("0.005", "USD", 1),
        ("1500", "JPY", 1500),
        ("1.2345", "KWD", 1235),
        ("99999999999.99", "THB", 9999999999999),
    ],
)
def test_money_parses_to_integer_minor_units(text: str, currency: str, minor: int) -> None:
    money = Money.parse(text, currency.lower())
    assert money == Money(minor, currency)
    assert isinstance(money.minor, int)


def test_money_formats_and_refuses_non_amounts() -> None:
    assert Money(123450, "THB").format() == "1,234.50 THB"
    assert Money(1500, "JPY").to_decimal() == Decimal(1500)
    with pytest.raises(CrmError, match="'abc' is not an amount"):
        Money.parse("abc", "THB")
    with pytest.raises(CrmError, match="not an amount"):
        Money.parse("NaN", "THB")
    with pytest.raises(CrmError, match="not a currency code"):
        Money.parse("1", "BAHT")


def test_deal_starts_in_first_stage_with_its_probability(db: Database) -> None:
    with db.write() as s:
        c = contacts.add_contact(s, ContactDraft("Deal Maker", company_name="Deal Co"))
        deal = opportunities.add_opportunity(
            s,
            OpportunityDraft("ERP rollout", Money.parse("2,500,000.75", "THB"), contact_id=c.id),
        )
        stored = s.scalar(select(Opportunity.amount_minor).where(Opportunity.id == deal.id))
    first = pipeline.DEFAULT_STAGES[0]
    assert (deal.stage_name, deal.probability) == first
    assert stored == 250000075 and deal.amount == Money(250000075, "THB")
    assert deal.company_id == c.company_id and deal.company_name == "Deal Co"
    assert deal.weighted_minor == 250000075 * first[1] // 100


def test_move_won_lost_and_reopen(db: Database) -> None:
    with db.write() as s:
        deal = opportunities.add_opportunity(s, OpportunityDraft("Move me", Money(1000, "THB")))
        moved = opportunities.move_stage(s, deal.id, "proposal")
        assert (moved.stage_name, moved.probability) == ("Proposal", 50)
        assert opportunities.move_stage(s, deal.id, "4").stage_name == "Negotiation"
        won = opportunities.close(s, deal.id, won=True, reason="Best price")
        assert (won.status, won.probability, won.close_reason) == ("won", 100, "Best price")
        lost = opportunities.close(s, deal.id, won=False)
        assert (lost.status, lost.probability) == ("lost", 0)
        reopened = opportunities.move_stage(s, deal.id, "Lead")
        assert (reopened.status, reopened.closed_at) == ("open", None)
        with pytest.raises(NotFound, match=r"No pipeline stage 'Nirvana'\. Stages: Lead"):
            opportunities.move_stage(s, deal.id, "Nirvana")


def test_validation_messages(db: Database) -> None:
    with db.write() as s, pytest.raises(ValidationError) as info:
        opportunities.add_opportunity(
            s,
            OpportunityDraft(" ", Money(-1, "THB"), probability=101, company_id="nope"),
        )
    assert {p.field: p.message for p in info.value.problems} == {
        "name": "A name is required.",
        "amount": "The amount cannot be negative.",
        "probability": "Probability is between 0 and 100.",
        "company_id": "No such company.",
    }


def test_pipeline_totals_per_stage_and_currency(db: Database) -> None:
    with db.write() as s:
        owner = s.scalar(select(Opportunity.owner_id).limit(1))
        before = {(t.stage_name, t.currency): t for t in opportunities.pipeline_totals(s, owner)}
        for amount, currency in (("100.00", "USD"), ("50.50", "USD"), ("1000", "JPY")):
            opportunities.add_opportunity(
                s, OpportunityDraft("Tot", Money.parse(amount, currency), stage_id="Commit")
            )
        after = {(t.stage_name, t.currency): t for t in opportunities.pipeline_totals(s, owner)}
    usd = after[("Commit", "USD")]
    old = before.get(("Commit", "USD"))
    assert usd.total_minor - (old.total_minor if old else 0) == 15050
    assert usd.count - (old.count if old else 0) == 2
    assert after[("Commit", "JPY")].weighted_minor >= 900


def test_deleted_deal_is_a_tombstone(db: Database) -> None:
    with db.write() as s:
        deal = opportunities.add_opportunity(s, OpportunityDraft("Gone", Money(1, "THB")))
        opportunities.delete_opportunity(s, deal.id)
        assert s.scalar(select(Opportunity.deleted_at).where(Opportunity.id == deal.id))
        assert deal.id not in [o.id for o in opportunities.list_opportunities(s, status=None)]
        with pytest.raises(NotFound):
            opportunities.get_opportunity(s, deal.id)


def test_pipeline_stages_can_be_edited_but_not_emptied_of_open_deals(db: Database) -> None:
    with db.write() as s:
        stages = pipeline.list_stages(s)
        # An open deal in the last stage, whatever the module's other tests left.
        opportunities.add_opportunity(
            s, OpportunityDraft("Still open", Money(1, "THB"), stage_id=stages[-1].id)
        )
        with pytest.raises(CrmError, match="still has open opportunities"):
            pipeline.save_stages(s, [(st.id, st.name, st.probability) for st in stages[:1]])
        with pytest.raises(CrmError, match="between 0 and 100"):
            pipeline.save_stages(s, [(None, "X", 150)])
        with pytest.raises(CrmError, match="at least one stage"):
            pipeline.save_stages(s, [])
