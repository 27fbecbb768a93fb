"""Bulk paths (import, demo data): same records, outbox rows and search docs as single adds."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from crmdesk import activities, companies, contacts, notes, opportunities, pipeline, search
from crmdesk.activities import ActivityDraft
from crmdesk.db.capture import enable_capture
from crmdesk.db.engine import Database
from crmdesk.db.models import Outbox
from crmdesk.money import Money
from crmdesk.opportunities import Closing, OpportunityDraft
from crmdesk.records import AddressValue, CompanyDraft, ContactDraft, LabeledValue
from crmdesk.validation import NotFound, ValidationError


@pytest.fixture(scope="module", autouse=True)
def _capturing(db: Database) -> None:
    """As in a connected database: the bulk paths must leave the outbox rows sync needs."""
    enable_capture(db)


def _outbox(db: Database, entity: str, row_ids: list[str]) -> int:
    with db.read() as s:
        return int(
            s.scalar(
                select(func.count()).where(Outbox.entity == entity, Outbox.row_id.in_(row_ids))
            )
            or 0
        )


def test_add_companies_stores_points_tags_and_is_captured_and_searchable(db: Database) -> None:
    drafts = [
        CompanyDraft(
            name="บริษัท สยามบัลค์ จำกัด",
            industry="Trading",
            emails=(LabeledValue("info@siambulk.co.th", "work"),),
            phones=(LabeledValue("02-123-4567", "work"),),
            addresses=(AddressValue(city="กรุงเทพมหานคร"),),
            tags=("ตัวแทนจำหน่าย",),
        ),
        CompanyDraft(name="上海批量贸易有限公司", phones=(LabeledValue("+86 21 6123 4567"),)),
    ]
    with db.write() as s:
        ids = companies.add_companies(s, drafts)
    with db.read() as s:
        first = companies.get_company(s, ids[0])
        second = companies.get_company(s, ids[1])
        assert first.name == "บริษัท สยามบัลค์ จำกัด"
        assert first.phones[0].e164 == "+6621234567"
        assert first.tags == ("ตัวแทนจำหน่าย",)
        assert second.phones[0].e164 == "+862161234567"
        assert [h.id for h in search.search(s, "批量")] == [ids[1]]
        assert ids[0] in [h.id for h in search.search(s, "021234567")]
    assert _outbox(db, "companies", ids) == 2


def test_add_companies_refuses_a_bad_phone_and_writes_nothing(db: Database) -> None:
    with pytest.raises(ValidationError), db.write() as s:
        companies.add_companies(
            s, [CompanyDraft(name="Good Co"), CompanyDraft(name="Bad", phones=(LabeledValue("x"),))]
        )
    with db.read() as s:
        assert search.search(s, "Good Co") == []


def test_activities_bulk_schedule_and_history(db: Database) -> None:
    start = datetime(2026, 1, 5, 3, 0, tzinfo=UTC)
    with db.write() as s:
        company = companies.add_companies(s, [CompanyDraft(name="Bulk Activity Co")])[0]
        (cid,) = contacts.add_contacts(s, [ContactDraft("Ada Bulk", company_id=company)])
        planned = activities.schedule_many(
            s,
            [
                ActivityDraft("call", "Call Ada", starts_at=start, contact_id=cid),
                ActivityDraft("todo", "Undated to-do", contact_id=cid),
            ],
        )
        done = activities.log_done_many(
            s,
            [(ActivityDraft("meeting", "Met Ada", starts_at=start - timedelta(days=3),
                            contact_id=cid), "  went well ")],
        )  # fmt: skip
    with db.read() as s:
        scheduled = activities.list_scheduled(s, contact_id=cid)
        history = activities.history(s, contact_id=cid)
    assert {a.id for a in scheduled} == set(planned)
    assert all(a.company_id == company and a.status == "scheduled" for a in scheduled)
    assert [a.id for a in history] == done
    assert history[0].outcome == "went well"
    assert history[0].completed_at == start - timedelta(days=3)
    assert _outbox(db, "activities", planned + done) == 3


def test_activities_bulk_refuses_a_missing_contact(db: Database) -> None:
    with pytest.raises(ValidationError), db.write() as s:
        activities.schedule_many(s, [ActivityDraft("call", "Nobody", contact_id="0" * 32)])


def test_opportunities_bulk_add_and_close(db: Database) -> None:
    with db.write() as s:
        company = companies.add_companies(s, [CompanyDraft(name="Deal Bulk Co")])[0]
        (cid,) = contacts.add_contacts(s, [ContactDraft("Dee Bulk", company_id=company)])
        stages = pipeline.list_stages(s)
        ids = opportunities.add_many(
            s,
            [
                OpportunityDraft("Bulk ERP", Money(100_000, "THB"), stage_id=stages[2].id,
                                 contact_id=cid),
                OpportunityDraft("Bulk POS", Money(5_000, "USD"), contact_id=cid),
            ],
        )  # fmt: skip
        when = datetime(2026, 2, 1, tzinfo=UTC)
        opportunities.close_many(s, [Closing(ids[1], won=False, reason="Budget cut", when=when)])
    with db.read() as s:
        erp = opportunities.get_opportunity(s, ids[0])
        pos = opportunities.get_opportunity(s, ids[1])
    assert (erp.stage_id, erp.probability, erp.company_id) == (
        stages[2].id,
        stages[2].probability,
        company,
    )
    assert (pos.stage_id, pos.status, pos.probability) == (stages[0].id, "lost", 0)
    assert (pos.close_reason, pos.closed_at) == ("Budget cut", when)
    assert _outbox(db, "opportunities", ids) == 3  # two inserts and one update


def test_close_many_refuses_an_unknown_deal(db: Database) -> None:
    with pytest.raises(NotFound), db.write() as s:
        opportunities.close_many(s, [Closing("f" * 32, won=True)])


def test_notes_bulk_are_searchable_and_need_live_records(db: Database) -> None:
    with db.write() as s:
        (cid,) = contacts.add_contacts(s, [ContactDraft("Noa Bulk")])
        notes.add_many(s, [("contact", cid, "prefers the zebrafruit option")])
    with db.read() as s:
        assert [h.id for h in search.search(s, "zebrafruit")] == [cid]
    with pytest.raises(NotFound), db.write() as s:
        notes.add_many(s, [("contact", "e" * 32, "dangling")])
