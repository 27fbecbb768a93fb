"""The trigram tables keep no positions: a query's trigrams held apart are not a match, and
upgrading from the positional index (migration 0012) keeps every search result."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from crmdesk import companies, contacts, lookups, notes, search
from crmdesk.db.engine import Database
from crmdesk.db.migrate import downgrade, upgrade_to_head
from crmdesk.db.models import Contact
from crmdesk.lookups import LookupDefinition
from crmdesk.records import AddressValue, CompanyDraft, ContactDraft, LabeledValue

QUERIES = (
    "ann",
    "smith",
    "anna smith",
    "王小明",
    "小明",
    "台北貿易",
    "ใจดี",
    "สมชาย ใจ",
    "muller",
    "bosch.example",
    "chiang mai",
    "0812345678",
    "66 81 234",
    "songkran",
    "abcd",
    "abc bcd",
    "wxyz",
    "co.",
    "an",
    "明",
    "ใจ",
)


def _hits(db: Database, query: str) -> list[tuple[str, int]]:
    with db.read() as s:
        return [(h.id, h.tier) for h in search.search(s, query, 200)]


def _lookup_ids(db: Database, text: str) -> set[str]:
    with db.read() as s:
        where = lookups.where_clause(s, LookupDefinition(text=text))
        return set(s.scalars(select(Contact.id).where(where)))


@pytest.fixture(scope="module")
def people(db: Database) -> dict[str, str]:
    with db.write() as s:
        ids = {
            "apart_name": contacts.add_contact(s, ContactDraft("Abc Bcd")).id,
            "whole_name": contacts.add_contact(s, ContactDraft("Xabcdx")).id,
            "apart_body": contacts.add_contact(s, ContactDraft("Body Apart", title="wxy xyz")).id,
            "whole_body": contacts.add_contact(s, ContactDraft("Body Whole", title="awxyzb")).id,
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
                ),
            ).id,
            "ann": contacts.add_contact(s, ContactDraft("Ann")).id,
            "anna": contacts.add_contact(s, ContactDraft("Anna Smith")).id,
            "joanne": contacts.add_contact(s, ContactDraft("Joanne Annsmith")).id,
        }
        notes.add_note(s, "contact", ids["ann"], "met at the Songkran fair")
        ids["co"] = companies.add_company(s, CompanyDraft("Smith Co., Ltd.")).id
    return ids


def test_trigrams_held_apart_in_a_name_are_not_a_match(
    db: Database, people: dict[str, str]
) -> None:
    found = dict(_hits(db, "abcd"))
    assert people["apart_name"] not in found  # "abc bcd" holds both trigrams of "abcd"
    assert found[people["whole_name"]] == 2
    assert people["apart_name"] in dict(_hits(db, "abc bcd"))


def test_trigrams_held_apart_in_a_document_are_not_a_match(
    db: Database, people: dict[str, str]
) -> None:
    found = dict(_hits(db, "wxyz"))
    assert people["apart_body"] not in found  # "wxy xyz" holds both trigrams of "wxyz"
    assert found[people["whole_body"]] == 3
    assert _lookup_ids(db, "wxyz") == {people["whole_body"]}
    assert _lookup_ids(db, "abcd") == {people["whole_name"]}


def test_name_contains_ranks_before_other_text(db: Database, people: dict[str, str]) -> None:
    found = dict(_hits(db, "smith"))
    assert found[people["anna"]] == 2 and found[people["joanne"]] == 2
    assert found[people["co"]] == 1


def test_the_index_follows_renames_and_deletes(db: Database, people: dict[str, str]) -> None:
    with db.write() as s:
        cid = contacts.add_contact(s, ContactDraft("Quirinus Plenk", title="vexillologist")).id
    assert dict(_hits(db, "quirinus")) == {cid: 1}
    with db.write() as s:
        contacts.update_contact(s, cid, ContactDraft("Quintus Plenk", title="vexillologist"))
    assert _hits(db, "quirinus") == []
    assert dict(_hits(db, "uintus")) == {cid: 2}
    assert dict(_hits(db, "vexillo")) == {cid: 3}
    with db.write() as s:
        contacts.delete_contact(s, cid)
    assert _hits(db, "uintus") == [] and _hits(db, "vexillo") == []
    with db.engine.connect() as conn:
        for table in ("search_fts", "search_names"):  # index and documents agree
            conn.exec_driver_sql(
                f"INSERT INTO {table}({table}, rank) VALUES ('integrity-check', 1)"
            )


def test_upgrading_from_the_positional_index_keeps_every_result(
    db: Database, people: dict[str, str]
) -> None:
    before = {q: _hits(db, q) for q in QUERIES}
    assert before["abcd"] and before["ใจ"] and before["0812345678"]
    with db.engine.connect() as conn:
        downgrade(conn, "0011")
    with db.engine.connect() as conn:
        # The old index as 0002 and 0005 made it: positions, and the name as a column.
        match = "SELECT rowid FROM search_fts WHERE search_fts MATCH ?"
        assert conn.exec_driver_sql(match, ('name_key : "abcd"',)).fetchall()
        assert not conn.exec_driver_sql(match, ('name_key : "wxyz"',)).fetchall()
        assert conn.exec_driver_sql(match, ('body : "wxyz"',)).fetchall()
    with db.engine.connect() as conn:
        upgrade_to_head(conn)
    assert {q: _hits(db, q) for q in QUERIES} == before
    with db.write() as s:  # and it keeps up with edits
        contacts.update_contact(s, people["whole_name"], ContactDraft("Yabcdy"))
    assert dict(_hits(db, "abcd"))[people["whole_name"]] == 2
    assert _hits(db, "xabcdx") == []
