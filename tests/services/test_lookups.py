"""Saved lookups: conditions over contact and custom fields, stored, listed, run and counted."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from sqlalchemy import update

from crmdesk import contacts, custom_fields, lookups
from crmdesk.db.engine import Database
from crmdesk.db.models import Contact
from crmdesk.errors import CrmError
from crmdesk.lookups import Condition, LookupDefinition
from crmdesk.records import AddressValue, ContactDraft, LabeledValue
from crmdesk.validation import NotFound, ValidationError


@pytest.fixture(scope="module")
def people(db: Database) -> Iterator[dict[str, str]]:
    """A small fixed address book with custom fields; tests only read it."""
    with db.write() as s:
        custom_fields.define_field(s, "contact", "level", "choice", choices=("gold", "silver"))
        custom_fields.define_field(s, "contact", "budget", "number")
        custom_fields.define_field(s, "contact", "met", "date")
        custom_fields.define_field(s, "contact", "vip", "checkbox")
        custom_fields.define_field(s, "contact", "note", "text")
        rows = {
            "muller": ContactDraft(
                "Jürgen Müller",
                title="Buyer",
                company_name="Bosch Thai",
                emails=(LabeledValue("J.Mueller@Bosch.example"),),
                phones=(LabeledValue("+66 81 234 5678"),),
                addresses=(AddressValue(city="Bangkok"),),
                tags=("vip", "Germany"),
                source="fair",
                birthday=date(1980, 5, 1),
            ),
            "somchai": ContactDraft(
                "สมชาย ใจดี",
                title="ผู้จัดการ",
                company_name="ไทยเจริญ",
                addresses=(AddressValue(city="เชียงใหม่"),),
                tags=("vip",),
                phones=(LabeledValue("02 123 4567"),),
                source="web",
            ),
            "wang": ContactDraft(
                "王小明",
                company_name="台北貿易",
                emails=(LabeledValue("wang@tp.example"),),
                addresses=(AddressValue(city="台北"),),
                source="fair",
            ),
            "anna": ContactDraft("Anna Lee", title="CEO"),
        }
        ids = {k: contacts.add_contact(s, d).id for k, d in rows.items()}
        values = {
            "muller": {
                "level": "gold",
                "budget": "1500.50",
                "met": "2026-01-10",
                "vip": "yes",
                "note": "Prefers email",
            },
            "somchai": {"level": "silver", "budget": "900", "met": "2026-03-01", "vip": "no"},
            "wang": {"level": "gold", "budget": "20000", "note": "ชอบชา"},
        }
        for key, fields in values.items():
            for name, value in fields.items():
                custom_fields.set_value(s, "contact", ids[key], name, value)
    yield ids


def _find(db: Database, *conditions: tuple[str, ...], text: str | None = None) -> set[str]:
    definition = LookupDefinition(
        tuple(Condition(c[0], c[1], *(c[2:] or ())) for c in conditions), text
    )
    with db.read() as s:
        return {r.id for r in lookups.run_definition(s, definition, limit=1000)}


def _ids(people: dict[str, str], *keys: str) -> set[str]:
    return {people[k] for k in keys}


@pytest.mark.parametrize(
    ("condition", "expected"),
    [
        (("name", "contains", "muller"), ("muller",)),
        (("name", "equals", "王小明"), ("wang",)),
        (("name", "contains", "ใจ"), ("somchai",)),
        (("name", "starts_with", "ANNA"), ("anna",)),
        (("company", "contains", "bosch"), ("muller",)),
        (("company", "empty"), ("anna",)),
        (("title", "equals", "ceo"), ("anna",)),
        (("title", "empty"), ("wang",)),
        (("city", "equals", "bangkok"), ("muller",)),
        (("city", "contains", "台"), ("wang",)),
        (("email", "equals", "j.mueller@bosch.example"), ("muller",)),
        (("email", "contains", "@tp."), ("wang",)),
        (("email", "empty"), ("somchai", "anna")),
        (("phone", "equals", "0812345678"), ("muller",)),
        (("phone", "contains", "21234567"), ("somchai",)),
        (("phone", "starts_with", "0812"), ("muller",)),
        (("phone", "contains", "081-234"), ("muller",)),
        (("phone", "not_empty"), ("muller", "somchai")),
        (("tag", "equals", "VIP"), ("muller", "somchai")),
        (("tag", "starts_with", "ger"), ("muller",)),
        (("tag", "empty"), ("wang", "anna")),
        (("source", "equals", "fair"), ("muller", "wang")),
        (("birthday", "lt", "1990-01-01"), ("muller",)),
        (("owner", "equals", "somchai"), ("muller", "somchai", "wang", "anna")),
        (("owner", "equals", "nobody"), ()),
    ],
)
def test_builtin_field_conditions(
    db: Database, people: dict[str, str], condition: tuple[str, ...], expected: tuple[str, ...]
) -> None:
    assert _find(db, condition) == _ids(people, *expected)


@pytest.mark.parametrize(
    ("condition", "expected"),
    [
        (("level", "equals", "gold"), ("muller", "wang")),
        (("level", "empty"), ("anna",)),
        (("budget", "gt", "1000"), ("muller", "wang")),
        (("budget", "lt", "1,000"), ("somchai",)),
        (("budget", "between", "900", "1500.50"), ("muller", "somchai")),
        (("budget", "equals", "900.00"), ("somchai",)),
        (("met", "lt", "2026-02-01"), ("muller",)),
        (("met", "between", "2026-01-10", "2026-03-01"), ("muller", "somchai")),
        (("met", "empty"), ("wang", "anna")),
        (("vip", "equals", "yes"), ("muller",)),
        (("vip", "equals", "no"), ("somchai", "wang", "anna")),
        (("vip", "not_empty"), ("muller", "somchai")),
        (("note", "contains", "EMAIL"), ("muller",)),
        (("note", "starts_with", "ชอบ"), ("wang",)),
        (("custom:note", "empty"), ("somchai", "anna")),
    ],
)
def test_custom_field_conditions_compare_by_type(
    db: Database, people: dict[str, str], condition: tuple[str, ...], expected: tuple[str, ...]
) -> None:
    assert _find(db, condition) == _ids(people, *expected)


def test_conditions_combine_with_and_and_search_text(db: Database, people: dict[str, str]) -> None:
    assert _find(db, ("tag", "equals", "vip"), ("level", "equals", "gold")) == _ids(
        people, "muller"
    )
    assert _find(db, ("source", "equals", "fair"), text="台北") == _ids(people, "wang")
    assert _find(db, ("tag", "equals", "vip"), text="081-234-5678") == _ids(people, "muller")


def test_created_and_updated_dates_compare_by_utc_day(db: Database, people: dict[str, str]) -> None:
    from datetime import UTC, datetime

    with db.write() as s:
        s.execute(
            update(Contact)
            .where(Contact.id == people["anna"])
            .values(created_at=datetime(2020, 2, 3, 23, 59, tzinfo=UTC))
        )
    assert _find(db, ("created", "equals", "2020-02-03")) == _ids(people, "anna")
    assert _find(db, ("created", "lt", "2020-02-04")) == _ids(people, "anna")
    assert people["anna"] not in _find(db, ("created", "gt", "2020-02-03"))
    assert _find(db, ("created", "between", "2020-01-01", "2020-12-31")) == _ids(people, "anna")
    assert people["anna"] in _find(db, ("updated", "gt", "2025-01-01"))


def test_saved_lookup_round_trip_count_and_paging(db: Database, people: dict[str, str]) -> None:
    definition = LookupDefinition((Condition("tag", "=", "vip"), Condition("city", "not-empty")))
    with db.write() as s:
        saved = lookups.save_lookup(s, "VIP ลูกค้า", definition)
    assert saved.conditions == ("tag equals vip", "city not_empty")
    with db.read() as s:
        assert [lk.name for lk in lookups.list_lookups(s)] == ["VIP ลูกค้า"]
        assert lookups.count_lookup(s, "VIP ลูกค้า") == 2
        first = lookups.run_lookup(s, "VIP ลูกค้า", offset=0, limit=1)
        second = lookups.run_lookup(s, "VIP ลูกค้า", offset=1, limit=1)
        assert lookups.run_lookup(s, "VIP ลูกค้า", offset=2, limit=1) == []
    assert {first[0].id, second[0].id} == _ids(people, "muller", "somchai")
    assert first[0].display_name == "Jürgen Müller"  # pages come in name order


def test_lookup_is_dynamic_and_skips_deleted_contacts(db: Database, people: dict[str, str]) -> None:
    with db.write() as s:
        lookups.save_lookup(
            s, "fair leads", LookupDefinition((Condition("source", "equals", "fair"),))
        )
        new = contacts.add_contact(s, ContactDraft("Zed Fair", source="Fair"))
    with db.read() as s:
        assert lookups.count_lookup(s, "fair leads") == 3
    with db.write() as s:
        contacts.delete_contact(s, new.id)
    with db.read() as s:
        assert {r.id for r in lookups.run_lookup(s, "fair leads")} == _ids(people, "muller", "wang")


def test_duplicate_name_needs_replace(db: Database, people: dict[str, str]) -> None:
    one = LookupDefinition((Condition("title", "equals", "CEO"),))
    two = LookupDefinition((Condition("title", "equals", "Buyer"),))
    with db.write() as s:
        lookups.save_lookup(s, "titled", one)
        with pytest.raises(ValidationError, match="already a lookup 'titled'"):
            lookups.save_lookup(s, "titled", two)
        lookups.save_lookup(s, "titled", two, replace=True)
        assert {r.id for r in lookups.run_lookup(s, "titled")} == _ids(people, "muller")


def test_delete_lookup(db: Database, people: dict[str, str]) -> None:
    with db.write() as s:
        lookups.save_lookup(s, "to go", LookupDefinition((Condition("name", "contains", "a"),)))
    with db.write() as s:
        lookups.delete_lookup(s, "to go")
    with db.read() as s:
        assert "to go" not in [lk.name for lk in lookups.list_lookups(s)]
        with pytest.raises(NotFound, match="No saved lookup named 'to go'"):
            lookups.run_lookup(s, "to go")
        with pytest.raises(NotFound):
            lookups.delete_lookup(s, "to go")


def test_stored_conditions_are_canonical(db: Database, people: dict[str, str]) -> None:
    typed = LookupDefinition(
        (Condition(" city ", "IS-EMPTY", "ignored"), Condition("budget", ">", "5", "6"))
    )
    with db.write() as s:
        stored = lookups.save_lookup(s, "canonical", typed).definition
    assert stored.conditions == (
        Condition("city", "empty"),
        Condition("budget", "gt", "5"),
    )


def test_definition_is_stored_as_readable_json(db: Database, people: dict[str, str]) -> None:
    definition = LookupDefinition((Condition("budget", "between", "1", "2"),), text="ชา")
    with db.write() as s:
        lookups.save_lookup(s, "json", definition)
        stored = lookups.get_lookup(s, "json").definition
    assert stored == definition
    assert LookupDefinition.from_json(definition.to_json()) == definition
    assert "ชา" in definition.to_json()


@pytest.mark.parametrize(
    ("condition", "message"),
    [
        (Condition("shoe size", "equals", "9"), "No field 'shoe size'"),
        (Condition("name", "like", "x"), "Unknown comparison 'like'"),
        (Condition("budget", "contains", "9"), "A number field takes"),
        (Condition("budget", "gt", "lots"), "'lots' is not a number"),
        (Condition("met", "gt", "yesterday"), "'yesterday' is not a date"),
        (Condition("created", "lt", "31/12/2026"), "is not a date"),
        (Condition("vip", "equals", "maybe"), "'maybe' is not yes or no"),
        (Condition("level", "equals", "bronze"), "'bronze' is not one of: gold, silver"),
        (Condition("name", "equals"), "'equals' needs a value"),
        (Condition("budget", "between", "1"), "'between' needs two values"),
    ],
)
def test_bad_conditions_are_refused_with_a_clear_message(
    db: Database, people: dict[str, str], condition: Condition, message: str
) -> None:
    with db.write() as s, pytest.raises(CrmError, match=message):
        lookups.save_lookup(s, "bad", LookupDefinition((condition,)))


def test_empty_lookup_and_unknown_entities_are_refused(db: Database) -> None:
    with db.write() as s:
        with pytest.raises(ValidationError, match="at least one condition"):
            lookups.save_lookup(s, "nothing", LookupDefinition(()))
        with pytest.raises(CrmError, match="not 'activity'"):
            lookups.save_lookup(
                s, "acts", LookupDefinition((Condition("name", "equals", "x"),), entity="activity")
            )
        with pytest.raises(ValidationError, match="No field 'title' on companies"):
            lookups.save_lookup(
                s, "firms", LookupDefinition((Condition("title", "equals", "x"),), entity="company")
            )


def test_company_lookups(db: Database) -> None:
    from crmdesk import companies
    from crmdesk.records import CompanyDraft

    def firms(*conditions: Condition, text: str | None = None) -> list[str]:
        with db.read() as s:
            definition = LookupDefinition(conditions, text, entity="company")
            return [r.name for r in lookups.run_company_definition(s, definition)]

    with db.write() as s:
        custom_fields.define_field(s, "company", "region", "choice", choices=("North", "South"))
        north = companies.add_company(
            s,
            CompanyDraft(
                "Lanna Steel",
                industry="Steel",
                tags=("supplier",),
                addresses=(AddressValue(city="Chiang Mai"),),
                phones=(LabeledValue("053 123 456"),),
            ),
        ).id
        custom_fields.set_value(s, "company", north, "region", "North")
        south = companies.add_company(s, CompanyDraft("ภูเก็ตซีฟู้ด", industry="Food")).id
        custom_fields.set_value(s, "company", south, "region", "South")
        contacts.add_contact(s, ContactDraft("Lanna Worker", company_id=north))
    assert firms(Condition("industry", "equals", "steel")) == ["Lanna Steel"]
    assert firms(Condition("region", "equals", "South")) == ["ภูเก็ตซีฟู้ด"]
    assert firms(
        Condition("city", "contains", "chiang"), Condition("tag", "equals", "SUPPLIER")
    ) == ["Lanna Steel"]
    assert firms(Condition("phone", "starts_with", "053")) == ["Lanna Steel"]
    assert firms(Condition("name", "contains", "ซีฟู้ด")) == ["ภูเก็ตซีฟู้ด"]
    assert firms(Condition("region", "not_empty"), text="lanna") == ["Lanna Steel"]
    with db.write() as s:
        lookups.save_lookup(
            s,
            "northern firms",
            LookupDefinition((Condition("region", "equals", "North"),), entity="company"),
        )
    with db.read() as s:
        (row,) = lookups.run_company_lookup(s, "northern firms")
        assert (row.id, row.contact_count) == (north, 1)
        assert lookups.count_lookup(s, "northern firms") == 1
        with pytest.raises(CrmError, match="finds companies, not contacts"):
            lookups.run_lookup(s, "northern firms")


def test_removed_custom_field_makes_the_lookup_fail_clearly(db: Database) -> None:
    with db.write() as s:
        custom_fields.define_field(s, "contact", "temp", "text")
        lookups.save_lookup(s, "uses temp", LookupDefinition((Condition("temp", "empty"),)))
        custom_fields.remove_field(s, "contact", "temp")
    with db.read() as s, pytest.raises(ValidationError, match="No field 'temp'"):
        lookups.run_lookup(s, "uses temp")


def test_given_and_family_names_are_fields_of_their_own(db: Database) -> None:
    with db.write() as s:
        cid = contacts.add_contact(
            s, ContactDraft("Khun Noi", given_name="Siriporn", family_name="Chaiyo")
        ).id
    assert _find(db, ("given", "equals", "SIRIPORN")) == {cid}
    assert _find(db, ("family", "starts_with", "chai")) == {cid}
    assert cid not in _find(db, ("name", "contains", "siriporn"))
    assert cid in _find(db, ("given", "not_empty"))
