"""Contacts and companies: validation messages, contact points, tags, tombstones, paging."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from crmdesk import companies, contacts, tags
from crmdesk.db.engine import Database
from crmdesk.db.models import Company, Contact
from crmdesk.records import AddressValue, CompanyDraft, ContactDraft, LabeledValue
from crmdesk.validation import NotFound, ValidationError


def test_add_contact_keeps_what_was_typed_and_stores_phones_as_e164(db: Database) -> None:
    with db.write() as s:
        rec = contacts.add_contact(
            s,
            ContactDraft(
                "  陈大文  ",
                given_name="大文",
                family_name="陈",
                title="经理",
                company_name="香港贸易",
                emails=(LabeledValue("tai@hk.example", "work"),),
                phones=(LabeledValue("081 234 5678", "mobile"), LabeledValue("+852 2123 4567")),
                addresses=(AddressValue(city="Hong Kong"), AddressValue()),
                birthday=date(1975, 2, 3),
                tags=("vip", " VIP ", "hk"),
            ),
        )
    assert rec.display_name == "陈大文"
    assert (rec.given_name, rec.family_name) == ("大文", "陈")
    assert rec.company_name == "香港贸易"
    assert [(p.number, p.e164, p.label) for p in rec.phones] == [
        ("081 234 5678", "+66812345678", "mobile"),
        ("+852 2123 4567", "+85221234567", None),
    ]
    assert [a.city for a in rec.addresses] == ["Hong Kong"]  # empty addresses dropped
    assert rec.tags == ("hk", "vip")  # duplicates by case removed
    assert rec.birthday == date(1975, 2, 3)
    assert rec.created_at.tzinfo is not None and rec.owner_id


def test_validation_names_each_bad_field(db: Database) -> None:
    with db.write() as s, pytest.raises(ValidationError) as info:
        contacts.add_contact(
            s,
            ContactDraft(
                "  ", emails=(LabeledValue("not-an-email"),), phones=(LabeledValue("12"),)
            ),
        )
    problems = {p.field: p.message for p in info.value.problems}
    assert problems == {
        "display_name": "A name is required.",
        "emails[0]": "'not-an-email' is not an email address.",
        "phones[0]": "'12' is not a phone number.",
    }


def test_company_is_reused_by_name_ignoring_case_and_accents(db: Database) -> None:
    with db.write() as s:
        a = contacts.add_contact(s, ContactDraft("A One", company_name="Société Générale"))
        b = contacts.add_contact(s, ContactDraft("B Two", company_name="SOCIETE GENERALE"))
    assert a.company_id == b.company_id


def test_edit_replaces_fields_points_and_tags(db: Database) -> None:
    with db.write() as s:
        rec = contacts.add_contact(
            s, ContactDraft("Edit Me", emails=(LabeledValue("a@x.com"),), tags=("old",))
        )
        new = contacts.update_contact(
            s,
            rec.id,
            ContactDraft("Edited", emails=(LabeledValue("b@x.com"),), tags=("new",)),
        )
    assert (new.display_name, [e.value for e in new.emails], new.tags) == (
        "Edited",
        ["b@x.com"],
        ("new",),
    )
    assert new.updated_at >= rec.updated_at


def test_delete_leaves_a_tombstone_and_hides_the_contact(db: Database) -> None:
    with db.write() as s:
        cid = contacts.add_contact(s, ContactDraft("Tomb Stone")).id
        before = contacts.count_contacts(s)
        contacts.delete_contact(s, cid)
        assert contacts.count_contacts(s) == before - 1
        row = s.get(Contact, cid)
        assert row is not None and row.deleted_at is not None
        with pytest.raises(NotFound, match=f"No contact with id {cid}"):
            contacts.get_contact(s, cid)
        with pytest.raises(NotFound):
            contacts.delete_contact(s, cid)
        with pytest.raises(NotFound):
            contacts.update_contact(s, cid, ContactDraft("Back"))
        assert cid not in [r.id for r in contacts.list_contacts(s, limit=10000)]


def test_list_pages_in_name_order_with_filters(db: Database) -> None:
    with db.write() as s:
        ids = [
            contacts.add_contact(s, ContactDraft(n, tags=("paging",))).id
            for n in ("Cc Page", "aa Page", "Bb Page")
        ]
        flt = contacts.ContactFilter(tag="PAGING")
        first = contacts.list_contacts(s, limit=2, flt=flt)
        rest = contacts.list_contacts(s, offset=2, limit=2, flt=flt)
        assert [r.display_name for r in first + rest] == ["aa Page", "Bb Page", "Cc Page"]
        assert contacts.count_contacts(s, flt) == 3
        assert {r.id for r in first + rest} == set(ids)


def test_thai_names_sort_by_consonant_not_leading_vowel(db: Database) -> None:
    with db.write() as s:
        for name in ("ไก่ ทดสอบ", "ขวัญ ทดสอบ", "เกียรติ ทดสอบ"):
            contacts.add_contact(s, ContactDraft(name, tags=("thaisort",)))
        rows = contacts.list_contacts(s, flt=contacts.ContactFilter(tag="thaisort"))
    assert [r.display_name for r in rows] == ["เกียรติ ทดสอบ", "ไก่ ทดสอบ", "ขวัญ ทดสอบ"]


def test_company_add_edit_delete_keeps_contacts(db: Database) -> None:
    with db.write() as s:
        co = companies.add_company(
            s, CompanyDraft("Siam Widgets", industry="Manufacturing", tags=("supplier",))
        )
        cid = contacts.add_contact(s, ContactDraft("Worker Bee", company_id=co.id)).id
        assert companies.get_company(s, co.id).contact_count == 1
        edited = companies.update_company(s, co.id, CompanyDraft("Siam Widgets Co."))
        assert (edited.name, edited.industry, edited.tags) == ("Siam Widgets Co.", None, ())
        companies.delete_company(s, co.id)
        assert s.scalar(select(Company.deleted_at).where(Company.id == co.id)) is not None
        assert contacts.get_contact(s, cid).company_id is None
        with pytest.raises(NotFound, match="No company"):
            companies.get_company(s, co.id)
        assert co.id not in [r.id for r in companies.list_companies(s, limit=10000)]


def test_company_needs_a_name_and_valid_points(db: Database) -> None:
    with db.write() as s, pytest.raises(ValidationError) as info:
        companies.add_company(s, CompanyDraft(" ", emails=(LabeledValue("x@"),)))
    assert [p.field for p in info.value.problems] == ["name", "emails[0]"]
    assert "A company name is required." in str(info.value)


def test_contact_with_unknown_company_id_is_refused(db: Database) -> None:
    with db.write() as s, pytest.raises(NotFound, match="company does not exist"):
        contacts.add_contact(s, ContactDraft("Lost", company_id="nosuchcompany"))


def test_tags_bulk_add_remove_and_counts(db: Database) -> None:
    with db.write() as s:
        a = contacts.add_contact(s, ContactDraft("Tag A")).id
        b = contacts.add_contact(s, ContactDraft("Tag B")).id
        owner = contacts.get_contact(s, a).owner_id
        tags.add_tags(s, "contact", [a, b], owner, ["Newsletter", "ลูกค้าใหม่"])
        tags.add_tags(s, "contact", [a], owner, ["newsletter"])  # already there: skipped
        assert contacts.get_contact(s, a).tags == ("Newsletter", "ลูกค้าใหม่")
        tags.remove_tags(s, "contact", [a], ["NEWSLETTER"])
        assert contacts.get_contact(s, a).tags == ("ลูกค้าใหม่",)
        counts = dict(tags.all_tags(s))
        assert counts["Newsletter"] == 1 and counts["ลูกค้าใหม่"] == 2
