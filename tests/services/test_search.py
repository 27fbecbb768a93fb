"""Search: Thai and Chinese short queries, accents, phone numbers in any form, ranking."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from crmdesk import companies, contacts, custom_fields, notes, search
from crmdesk.db.engine import Database
from crmdesk.records import AddressValue, CompanyDraft, ContactDraft, LabeledValue


@pytest.fixture(scope="module")
def book(db: Database) -> Iterator[dict[str, str]]:
    with db.write() as s:
        custom_fields.define_field(s, "contact", "hobby", "text")
        custom_fields.define_field(s, "contact", "segment", "choice", choices=("SME", "เอกชน"))
        custom_fields.define_field(s, "contact", "rating", "number")
        ids = {
            "wang": contacts.add_contact(s, ContactDraft("王小明", company_name="台北貿易")).id,
            "somchai": contacts.add_contact(
                s, ContactDraft("สมชาย ใจดี", phones=(LabeledValue("+66 81 234 5678"),))
            ).id,
            "muller": contacts.add_contact(
                s,
                ContactDraft(
                    "Jürgen Müller",
                    emails=(LabeledValue("jurgen@bosch.example"),),
                    addresses=(AddressValue(city="Chiang Mai"),),
                    tags=("Partner",),
                ),
            ).id,
            "ann": contacts.add_contact(s, ContactDraft("Ann")).id,
            "anna": contacts.add_contact(s, ContactDraft("Anna Smith")).id,
            "joanne": contacts.add_contact(s, ContactDraft("Joanne Lee")).id,
            "hobbyist": contacts.add_contact(s, ContactDraft("Hobby Person")).id,
        }
        custom_fields.set_value(s, "contact", ids["hobbyist"], "hobby", "ปลูกกล้วยไม้ orchids")
        custom_fields.set_value(s, "contact", ids["hobbyist"], "segment", "เอกชน")
        custom_fields.set_value(s, "contact", ids["hobbyist"], "rating", "987654")
        notes.add_note(s, "contact", ids["ann"], "met at the Songkran fair")
        ids["bosch"] = companies.add_company(s, CompanyDraft("Bosch Thailand")).id
    yield ids


def _ids(db: Database, query: str, limit: int = 50) -> list[str]:
    with db.read() as s:
        return [h.id for h in search.search(s, query, limit)]


@pytest.mark.parametrize(
    ("query", "who"),
    [
        ("小明", "wang"),
        ("王", "wang"),
        ("台北", "wang"),
        ("ใจ", "somchai"),
        ("ใจดี", "somchai"),
        ("สมชาย", "somchai"),
        ("muller", "muller"),
        ("MÜLLER", "muller"),
        ("jurgen", "muller"),
        ("bosch.example", "muller"),
        ("chiang", "muller"),
        ("partner", "muller"),
        ("0812345678", "somchai"),
        ("+66812345678", "somchai"),
        ("081-234-5678", "somchai"),
        ("66 81 234", "somchai"),
        ("songkran", "ann"),
        ("กล้วยไม้", "hobbyist"),
        ("orchid", "hobbyist"),
        ("เอกชน", "hobbyist"),
    ],
)
def test_query_finds_record(db: Database, book: dict[str, str], query: str, who: str) -> None:
    assert book[who] in _ids(db, query)


def test_number_custom_fields_are_not_search_text(db: Database, book: dict[str, str]) -> None:
    assert book["hobbyist"] not in _ids(db, "987654")


def test_exact_and_prefix_matches_rank_before_contains(db: Database, book: dict[str, str]) -> None:
    with db.read() as s:
        hits = [h for h in search.search(s, "ann") if h.entity == "contact"]
    order = [h.id for h in hits]
    assert order[:3] == [book["ann"], book["anna"], book["joanne"]]
    assert [h.tier for h in hits[:3]] == [0, 1, 2]


def test_companies_are_found_too(db: Database, book: dict[str, str]) -> None:
    with db.read() as s:
        hits = search.search(s, "bosch")
    assert ("company", book["bosch"]) in [(h.entity, h.id) for h in hits]


def test_limit_is_respected_and_blank_finds_nothing(db: Database, book: dict[str, str]) -> None:
    assert len(_ids(db, "n", limit=2)) == 2
    assert _ids(db, "   ") == []
    assert _ids(db, "ann", limit=0) == []


def test_edits_and_deletes_show_at_once(db: Database, book: dict[str, str]) -> None:
    with db.write() as s:
        cid = contacts.add_contact(s, ContactDraft("Zanzibar Quokka")).id
    assert _ids(db, "quokka") == [cid]
    with db.write() as s:
        draft = contacts.get_contact(s, cid).to_draft()
        contacts.update_contact(s, cid, ContactDraft("Zanzibar Wombat", tags=draft.tags))
    assert _ids(db, "quokka") == []
    assert _ids(db, "wombat") == [cid]
    with db.write() as s:
        contacts.delete_contact(s, cid)
    assert _ids(db, "wombat") == []
    assert _ids(db, "zanzibar") == []


def test_company_and_deal_custom_text_fields_are_searchable(db: Database) -> None:
    from crmdesk import opportunities
    from crmdesk.money import Money

    with db.write() as s:
        custom_fields.define_field(s, "company", "hq_note", "text")
        custom_fields.define_field(s, "opportunity", "competitor", "choice", choices=("Xerxa",))
        co = companies.add_company(s, CompanyDraft("Plain Company")).id
        deal = opportunities.add_opportunity(
            s, opportunities.OpportunityDraft("Plain Deal", Money(1, "THB"))
        ).id
        custom_fields.set_value(s, "company", co, "hq_note", "ตึกใบหยก floor 40")
        custom_fields.set_value(s, "opportunity", deal, "competitor", "Xerxa")
    with db.read() as s:
        assert co in [h.id for h in search.search(s, "ใบหยก")]
        assert deal in [h.id for h in search.search(s, "xerxa")]
    with db.write() as s:
        custom_fields.set_value(s, "company", co, "hq_note", None)
    with db.read() as s:
        assert co not in [h.id for h in search.search(s, "ใบหยก")]


def test_deal_documents_follow_their_contact_and_company(db: Database) -> None:
    from crmdesk import opportunities
    from crmdesk.money import Money

    with db.write() as s:
        person = contacts.add_contact(s, ContactDraft("Alphonse Dealer", company_name="Oldcorp"))
        deal = opportunities.add_opportunity(
            s, opportunities.OpportunityDraft("Fleet", Money(1, "THB"), contact_id=person.id)
        ).id
    with db.write() as s:
        contacts.update_contact(
            s, person.id, ContactDraft("Omegon Dealer", company_id=person.company_id)
        )
        companies.update_company(s, person.company_id or "", CompanyDraft("Newcorp"))

    def deal_hits(query: str) -> list[tuple[str, str | None]]:
        with db.read() as s:
            return [(h.title, h.subtitle) for h in search.search(s, query) if h.id == deal]

    assert deal_hits("omegon") == [("Fleet", "Newcorp")]
    assert deal_hits("newcorp") == [("Fleet", "Newcorp")]
    assert deal_hits("alphonse") == [] and deal_hits("oldcorp") == []
    with db.write() as s:
        companies.delete_company(s, person.company_id or "")
        contacts.delete_contact(s, person.id)
    assert deal_hits("newcorp") == [] and deal_hits("omegon") == []
    assert deal_hits("fleet") == [("Fleet", None)]
