"""Saving an edited contact returns exactly the record a fresh read finds afterwards."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from crmdesk import companies, contacts, custom_fields, tags
from crmdesk.db.engine import Database
from crmdesk.records import AddressValue, CompanyDraft, ContactDraft, LabeledValue

FIRST = ContactDraft(
    "สมชาย ใจดี",
    given_name="สมชาย",
    family_name="ใจดี",
    title="ผู้จัดการ",
    company_name="บริษัท ไทยเทรด",
    emails=(LabeledValue("somchai@th.example", "work"), LabeledValue(" home@th.example ")),
    phones=(LabeledValue("081 234 5678", "mobile"), LabeledValue("+852 2123 4567", "office")),
    addresses=(AddressValue("work", "1 Sukhumvit", "Bangkok", None, "10110", "TH"),),
    birthday=date(1980, 5, 6),
    tags=("VIP", "bangkok"),
)

EDITS: list[dict[str, object]] = [
    {},  # a save that changes nothing
    {"title": "经理"},
    {"display_name": "  陈大文  ", "given_name": "大文", "family_name": "陈", "title": " "},
    {
        "emails": (
            LabeledValue("new@hk.example", "work"),
            LabeledValue("two@hk.example"),
            LabeledValue("three@hk.example", "other"),
        )
    },
    {
        "phones": (
            LabeledValue(" 02 123 4567 ", "office"),
            LabeledValue("+886 2 2345 6789"),
            LabeledValue("0891234567", "mobile"),
        )
    },
    {
        "addresses": (
            AddressValue(),
            AddressValue("home", "9 彌敦道", "香港", None, None, "HK"),
            AddressValue(city="Chiang Mai", country="TH"),
        )
    },
    {"tags": ("  Hot   lead ", "hot lead", "vip", "客户", "", "Ärger", "zeta", "Alpha")},
    {"tags": ()},
    {"company_name": "香港贸易"},
    {"company_name": None},
    {"emails": (), "phones": (), "addresses": ()},
    {"birthday": None, "source": " referral ", "tags": ("NEW-TAG", "bangkok")},
]


def _fresh(db: Database, contact_id: str) -> contacts.ContactRecord:
    with db.read() as s:
        return contacts.get_contact(s, contact_id)


@pytest.fixture(scope="module")
def contact_id(db: Database) -> str:
    with db.write() as s:
        # A tag spelled differently from how drafts will name it, and one deleted tag:
        # the record must show the stored spelling, and a deleted tag comes back.
        tags.ensure_tags(s, ["Hot Lead", "Zeta"])
        tags.set_tags(s, "contact", "nobody", "nobody", ["Zeta"])
        custom_fields.define_field(s, "contact", "shoe_size", "number")
        custom_fields.define_field(s, "contact", "nickname", "text")
        cid = contacts.add_contact(s, FIRST).id
        custom_fields.set_value(s, "contact", cid, "nickname", "ชาย")
        custom_fields.set_value(s, "contact", cid, "shoe_size", "42")
    return cid


@pytest.mark.parametrize("edit", EDITS, ids=lambda e: ",".join(e) or "no-op")
def test_saved_record_equals_a_fresh_read(
    db: Database, contact_id: str, edit: dict[str, object]
) -> None:
    draft = dataclasses.replace(_fresh(db, contact_id).to_draft(), **edit)  # type: ignore[arg-type]
    with db.write() as s:
        saved = contacts.update_contact(s, contact_id, draft)
    assert saved == _fresh(db, contact_id)


def test_saved_record_equals_a_fresh_read_with_a_company_chosen_by_id(
    db: Database, contact_id: str
) -> None:
    with db.write() as s:
        company = companies.add_company(s, CompanyDraft("台北電子"))
    draft = dataclasses.replace(
        _fresh(db, contact_id).to_draft(), company_id=company.id, company_name=None
    )
    with db.write() as s:
        saved = contacts.update_contact(s, contact_id, draft)
    assert saved.company_name == "台北電子"
    assert saved == _fresh(db, contact_id)


def test_saved_tags_show_their_stored_spelling_sorted_by_folded_name(
    db: Database, contact_id: str
) -> None:
    draft = dataclasses.replace(
        _fresh(db, contact_id).to_draft(), tags=("hot   LEAD", "zeta", "alpha", "Ärger")
    )
    with db.write() as s:
        tags.remove_tags(s, "contact", ["nobody"], ["zeta"])
        saved = contacts.update_contact(s, contact_id, draft)
    assert saved.tags == _fresh(db, contact_id).tags
    assert "Hot Lead" in saved.tags and "Zeta" in saved.tags
