"""Custom fields: definitions, typed values with clear messages, removal and return."""

from __future__ import annotations

import pytest

from crmdesk import contacts, custom_fields
from crmdesk.db.engine import Database
from crmdesk.errors import CrmError
from crmdesk.records import ContactDraft
from crmdesk.validation import ValidationError


@pytest.fixture(scope="module")
def cid(db: Database) -> str:
    with db.write() as s:
        for name, kind, choices in (
            ("size", "number", ()),
            ("since", "date", ()),
            ("tier", "choice", ("A", "B")),
            ("ok", "checkbox", ()),
            ("memo", "text", ()),
        ):
            custom_fields.define_field(s, "contact", name, kind, choices=choices)
        return contacts.add_contact(s, ContactDraft("Custom Carl")).id


@pytest.mark.parametrize(
    ("name", "value", "stored"),
    [
        ("size", " 1,250.5 ", "1250.5"),
        ("since", "2026-02-28", "2026-02-28"),
        ("tier", "B", "B"),
        ("ok", "Yes", "1"),
        ("ok", "off", "0"),
        ("memo", "  สวัสดี  ", "สวัสดี"),
    ],
)
def test_values_are_stored_in_canonical_form(
    db: Database, cid: str, name: str, value: str, stored: str
) -> None:
    with db.write() as s:
        custom_fields.set_value(s, "contact", cid, name, value)
        assert custom_fields.values_of(s, "contact", cid)[name] == stored
        assert contacts.get_contact(s, cid).custom[name] == stored


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("size", "ten", "size: 'ten' is not a number."),
        ("since", "28/02/2026", "since: '28/02/2026' is not a date (YYYY-MM-DD)."),
        ("tier", "C", "tier: 'C' is not one of: A, B."),
        ("ok", "perhaps", "ok: 'perhaps' is not yes or no."),
    ],
)
def test_bad_values_are_refused_with_the_field_named(
    db: Database, cid: str, name: str, value: str, message: str
) -> None:
    with db.write() as s, pytest.raises(ValidationError) as info:
        custom_fields.set_value(s, "contact", cid, name, value)
    assert str(info.value) == message


def test_clearing_a_value_removes_it(db: Database, cid: str) -> None:
    with db.write() as s:
        custom_fields.set_value(s, "contact", cid, "memo", "temporary")
        custom_fields.set_value(s, "contact", cid, "memo", "  ")
        assert "memo" not in custom_fields.values_of(s, "contact", cid)


def test_definitions_order_and_refusals(db: Database, cid: str) -> None:
    with db.write() as s:
        names = [f.name for f in custom_fields.list_fields(s, "contact")]
        assert names[:5] == ["size", "since", "tier", "ok", "memo"]
        custom_fields.reorder_fields(s, "contact", ["memo", "size", "since", "tier", "ok"])
        assert [f.name for f in custom_fields.list_fields(s, "contact")][:5] == [
            "memo",
            "size",
            "since",
            "tier",
            "ok",
        ]
        with pytest.raises(ValidationError, match="already a field 'size'"):
            custom_fields.define_field(s, "contact", "size", "text")
        with pytest.raises(ValidationError, match="A choice field needs choices"):
            custom_fields.define_field(s, "contact", "pick", "choice")
        with pytest.raises(CrmError, match="Field type must be one of"):
            custom_fields.define_field(s, "contact", "colour", "rgb")
        with pytest.raises(CrmError, match="not 'activity'"):
            custom_fields.define_field(s, "activity", "x", "text")
        with pytest.raises(CrmError, match="No custom field 'nope' on contact"):
            custom_fields.set_value(s, "contact", cid, "nope", "1")


def test_removed_field_hides_values_and_can_come_back(db: Database, cid: str) -> None:
    with db.write() as s:
        custom_fields.define_field(s, "company", "region", "text")
        custom_fields.define_field(s, "contact", "shoe", "number")
        custom_fields.set_value(s, "contact", cid, "shoe", "42")
        custom_fields.remove_field(s, "contact", "shoe")
        assert "shoe" not in custom_fields.values_of(s, "contact", cid)
        assert "shoe" not in [f.name for f in custom_fields.list_fields(s, "contact")]
        assert [f.name for f in custom_fields.list_fields(s, "company")] == ["region"]
        custom_fields.define_field(s, "contact", "shoe", "number")
        assert custom_fields.values_of(s, "contact", cid)["shoe"] == "42"


def test_removing_or_retyping_a_field_updates_search_at_once(db: Database) -> None:
    from crmdesk import search

    with db.write() as s:
        custom_fields.define_field(s, "contact", "codeword", "text")
        who = contacts.add_contact(s, ContactDraft("Code Word")).id
        custom_fields.set_value(s, "contact", who, "codeword", "zebrafinch")

    def found() -> bool:
        with db.read() as s:
            return who in [h.id for h in search.search(s, "zebrafinch")]

    assert found()
    with db.write() as s:
        custom_fields.remove_field(s, "contact", "codeword")
    assert not found()
    with db.write() as s:
        custom_fields.define_field(s, "contact", "codeword", "text")
    assert found()
    with db.write() as s:
        custom_fields.remove_field(s, "contact", "codeword")
        custom_fields.define_field(s, "contact", "codeword", "number")
    assert not found()
