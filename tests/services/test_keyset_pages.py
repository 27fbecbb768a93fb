"""Keyset pages (just after / just before a row) walk the contact and company lists exactly."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import event, update

from crmdesk import companies, contacts
from crmdesk.contacts import ContactFilter
from crmdesk.db.engine import Database
from crmdesk.db.models import Contact
from crmdesk.paging import ListCursor
from crmdesk.records import CompanyDraft, ContactDraft, LabeledValue

NAMES = ("สมชาย", "เกศินี", "ใจดี", "小明", "王伟", "陈伟", "Anna", "anna", "Émile", "Zoë")


@pytest.fixture(scope="module")
def people(db: Database) -> list[str]:
    drafts = [
        ContactDraft(
            display_name=NAMES[i % len(NAMES)],  # ties: the id decides
            company_name=None if i % 4 == 0 else NAMES[(i * 3) % len(NAMES)] + " Co",
            emails=(LabeledValue(f"p{i}@example.com"),),
            tags=("vip",) if i % 3 == 0 else (),
        )
        for i in range(67)
    ]
    with db.write() as session:
        ids = contacts.add_contacts(session, drafts)
        # Equal update times in runs of five, so that sort has ties too.
        start = datetime(2026, 1, 1, tzinfo=UTC)
        for n, cid in enumerate(ids):
            session.execute(
                update(Contact)
                .where(Contact.id == cid)
                .values(updated_at=start + timedelta(hours=n // 5))
            )
        companies.add_companies(session, [CompanyDraft(name=f"{n} Ltd") for n in NAMES * 3])
    return ids


def _walk_forward(session: object, size: int, **kw: object) -> list[str]:
    seen: list[str] = []
    cursor: ListCursor | None = None
    while True:
        page = contacts.page_contacts(session, limit=size, after=cursor, **kw)  # type: ignore[arg-type]
        seen += [r.id for r in page.rows]
        if len(page.rows) < size:
            return seen
        cursor = page.last


def _walk_backward(session: object, size: int, end: ListCursor, **kw: object) -> list[str]:
    seen: list[str] = []
    cursor = end
    while True:
        page = contacts.page_contacts(session, limit=size, before=cursor, **kw)  # type: ignore[arg-type]
        seen = [r.id for r in page.rows] + seen
        if len(page.rows) < size or page.first is None:
            return seen
        cursor = page.first


@pytest.mark.parametrize("sort", ["name", "company", "updated", "created"])
@pytest.mark.parametrize("descending", [False, True])
def test_cursor_pages_walk_the_list_both_ways_like_offsets(
    db: Database, people: list[str], sort: str, descending: bool
) -> None:
    kw = {"sort": sort, "descending": descending}
    with db.read() as session:
        whole = contacts.page_contacts(session, limit=1000, **kw)  # type: ignore[arg-type]
        ids = [r.id for r in whole.rows]
        assert len(ids) == 67
        assert _walk_forward(session, 7, **kw) == ids
        assert whole.last is not None and whole.first is not None
        # From the last row backwards: everything before it, in the same order.
        assert _walk_backward(session, 6, whole.last, **kw) == ids[:-1]
        by_offset = contacts.list_contacts(session, offset=21, limit=7, **kw)  # type: ignore[arg-type]
        assert [r.id for r in by_offset] == ids[21:28]
        near_end = contacts.page_contacts(session, offset=3, limit=7, from_end=True, **kw)  # type: ignore[arg-type]
        assert [r.id for r in near_end.rows] == ids[-10:-3]


def test_thai_and_chinese_names_sort_by_their_sort_keys(db: Database, people: list[str]) -> None:
    with db.read() as session:
        rows = contacts.page_contacts(session, limit=1000).rows
    names = [r.display_name for r in rows]
    # A Thai leading vowel sorts behind its consonant: เกศินี under ก, ใจดี under จ.
    assert names.index("เกศินี") < names.index("ใจดี") < names.index("สมชาย")
    assert names.index("小明") < names.index("王伟") < names.index("陈伟")  # by code point


def test_a_filtered_cursor_page_holds_only_matching_rows(db: Database, people: list[str]) -> None:
    flt = ContactFilter(tag="vip")
    with db.read() as session:
        every_vip = [r.id for r in contacts.list_contacts(session, limit=1000, flt=flt)]
        first = contacts.page_contacts(session, limit=5, flt=flt)
        second = contacts.page_contacts(session, limit=5, flt=flt, after=first.last)
        ids = contacts.list_contact_ids(session, offset=5, limit=5, flt=flt)
    assert [r.id for r in second.rows] == every_vip[5:10] == ids
    assert len(every_vip) == 23


def test_owner_ids_filter_shows_any_of_several_owners(db: Database, people: list[str]) -> None:
    with db.write() as session:
        session.execute(update(Contact).where(Contact.id == people[1]).values(owner_id="rep-2"))
        session.execute(update(Contact).where(Contact.id == people[2]).values(owner_id="rep-3"))
    team = ContactFilter(owner_ids=("rep-2", "rep-3"))
    with db.read() as session:
        assert {r.id for r in contacts.list_contacts(session, flt=team)} == set(people[1:3])
        assert contacts.count_contacts(session, team) == 2
        assert contacts.count_contacts(session, ContactFilter(owner_ids=())) == 0


def test_company_cursor_pages_walk_the_list_both_ways(db: Database, people: list[str]) -> None:
    with db.read() as session:
        whole = companies.page_companies(session, limit=1000)
        ids = [r.id for r in whole.rows]
        seen: list[str] = []
        cursor: ListCursor | None = None
        while True:
            page = companies.page_companies(session, limit=4, after=cursor)
            seen += [r.id for r in page.rows]
            if len(page.rows) < 4:
                break
            cursor = page.last
        assert whole.last is not None
        back = companies.page_companies(session, limit=4, before=whole.last)
        assert companies.list_company_ids(session, offset=3, limit=4) == ids[3:7]
        assert companies.count_companies(session) == len(ids)
        tail = companies.page_companies(session, offset=2, limit=3, from_end=True)
    assert [r.id for r in tail.rows] == ids[-5:-2]
    assert seen == ids
    assert [r.id for r in back.rows] == ids[-5:-1]


@pytest.mark.parametrize(
    ("sort", "index"), [("name", "ix_contacts_live_sort"), ("updated", "ix_contacts_live_updated")]
)
def test_pages_are_read_from_the_live_rows_index(
    db: Database, people: list[str], sort: str, index: str
) -> None:
    statements: list[tuple[str, Any]] = []

    def capture(_conn: Any, _cursor: Any, statement: str, params: Any, *_rest: Any) -> None:
        statements.append((statement, params))

    event.listen(db.engine, "before_cursor_execute", capture)
    try:
        with db.read() as session:
            contacts.page_contacts(session, offset=40, limit=5, sort=sort)  # type: ignore[arg-type]
            statement, params = statements[-1]
            plan = session.connection().exec_driver_sql("EXPLAIN QUERY PLAN " + statement, params)
            details = " ".join(str(row[-1]) for row in plan)
    finally:
        event.remove(db.engine, "before_cursor_execute", capture)
    assert index in details  # not a walk over every row before the page
