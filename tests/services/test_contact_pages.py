"""The contact list's pages join up: every sort order, ties broken by id, filters respected."""

from __future__ import annotations

import pytest

from crmdesk import contacts
from crmdesk.contacts import ContactFilter
from crmdesk.db.engine import Database
from crmdesk.records import ContactDraft, LabeledValue


@pytest.fixture(scope="module")
def people(db: Database) -> list[str]:
    drafts = [
        ContactDraft(
            display_name=f"Person {i % 7}",  # many equal names: ties need the id order
            company_name=None if i % 3 == 0 else f"Company {i % 5}",
            emails=(LabeledValue(f"p{i}@example.com"),),
            tags=("vip",) if i % 4 == 0 else (),
        )
        for i in range(57)
    ]
    with db.write() as session:
        return contacts.add_contacts(session, drafts)


@pytest.mark.parametrize("sort", ["name", "company", "updated", "created"])
@pytest.mark.parametrize("descending", [False, True])
def test_pages_join_up_to_the_whole_list(
    db: Database, people: list[str], sort: str, descending: bool
) -> None:
    with db.read() as session:
        whole = contacts.list_contacts(
            session,
            limit=1000,
            sort=sort,
            descending=descending,  # type: ignore[arg-type]
        )
        pages = [
            row
            for offset in range(0, 60, 8)
            for row in contacts.list_contacts(
                session,
                offset=offset,
                limit=8,
                sort=sort,
                descending=descending,  # type: ignore[arg-type]
            )
        ]
    assert len(whole) == 57
    assert [r.id for r in pages] == [r.id for r in whole]
    assert all(r.email and r.email.endswith("@example.com") for r in pages)


def test_a_filtered_page_holds_only_matching_rows_in_order(db: Database, people: list[str]) -> None:
    with db.read() as session:
        vip = contacts.list_contacts(session, limit=5, offset=5, flt=ContactFilter(tag="vip"))
        every_vip = contacts.list_contacts(session, limit=100, flt=ContactFilter(tag="vip"))
    assert [r.id for r in vip] == [r.id for r in every_vip][5:10]
    names = [r.display_name for r in every_vip]
    assert names == sorted(names)
