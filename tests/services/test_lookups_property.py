"""Lookups against a plain-Python evaluation of the same conditions over random contacts."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crmdesk import contacts, custom_fields, lookups
from crmdesk.db.engine import Database
from crmdesk.lookups import Condition, LookupDefinition
from crmdesk.records import AddressValue, ContactDraft, LabeledValue
from crmdesk.text import fold

WORDS = ["Bangkok", "bangkok", "Bängkok", "Bang", "ชลบุรี", "ชล", "台北", "台北市", "Zed", "ant"]
MAILS = ["a@x.com", "A@X.com", "b@y.org", "bang@x.com"]
TIERS = ["gold", "silver", "ทอง"]

text_value = st.none() | st.sampled_from(WORDS)


@dataclass(frozen=True)
class Person:
    name: str
    title: str | None
    source: str | None
    city: str | None
    company: str | None
    tags: tuple[str, ...]
    emails: tuple[str, ...]
    score: str | None
    since: str | None
    tier: str | None
    ok: str | None
    memo: str | None


people = st.builds(
    Person,
    name=st.sampled_from(WORDS),
    title=text_value,
    source=text_value,
    city=text_value,
    company=text_value,
    tags=st.lists(st.sampled_from(WORDS), max_size=2, unique_by=fold).map(tuple),
    emails=st.lists(st.sampled_from(MAILS), max_size=2, unique_by=str.lower).map(tuple),
    score=st.none() | st.sampled_from(["-1.5", "0", "2", "10", "1000.25"]),
    since=st.none() | st.sampled_from(["2025-12-31", "2026-01-01", "2026-06-15"]),
    tier=st.none() | st.sampled_from(TIERS),
    ok=st.none() | st.sampled_from(["yes", "no"]),
    memo=text_value,
)

TEXT_FIELDS = ("name", "title", "source", "city", "company", "tag", "email", "memo")
TEXT_OPS = ("equals", "contains", "starts_with", "lt", "gt", "between", "empty", "not_empty")


@st.composite
def conditions(draw: st.DrawFn, book: list[Person]) -> Condition:
    """A condition whose values mostly come from the records, so that many match."""
    kind = draw(st.sampled_from(["text", "text", "text", "score", "since", "tier", "ok"]))
    if kind == "text":
        name = draw(st.sampled_from(TEXT_FIELDS))
        op = draw(st.sampled_from(TEXT_OPS))
        seen = [v for p in book for v in (p.name, p.title, p.city, p.company, p.memo, *p.tags) if v]
        pool = (MAILS if name == "email" else WORDS) + seen + [v[:2] for v in seen]
        if op != "between":
            return Condition(name, op, draw(st.sampled_from(pool)))
        a, b = sorted(draw(st.lists(st.sampled_from(pool), min_size=2, max_size=2)), key=fold)
        return Condition(name, op, a, b)
    if kind in ("score", "since"):
        seen = [v for p in book for v in (getattr(p, kind),) if v]
        pool = seen + (["-2", "0", "2", "500"] if kind == "score" else ["2026-01-01", "2026-03-01"])
        op = draw(st.sampled_from(["equals", "lt", "gt", "between", "empty", "not_empty"]))
        if op != "between":
            return Condition(kind, op, draw(st.sampled_from(pool)))
        a, b = sorted(draw(st.lists(st.sampled_from(pool), min_size=2, max_size=2)), key=_num)
        return Condition(kind, op, a, b)
    if kind == "tier":
        op = draw(st.sampled_from(["equals", "contains", "starts_with", "empty", "not_empty"]))
        partial = [] if op == "equals" else ["go", "ท"]  # equals takes only a choice
        return Condition("tier", op, draw(st.sampled_from([*TIERS, *partial])))
    op = draw(st.sampled_from(["equals", "empty", "not_empty"]))
    return Condition("ok", op, draw(st.sampled_from(["yes", "no"])))


def _num(text: str) -> float | str:
    try:
        return float(text)
    except ValueError:
        return text


def _text_holds(values: list[str], op: str, a: str | None, b: str | None) -> bool:
    folded = [fold(v) for v in values if v]
    if op == "empty":
        return not folded
    if op == "not_empty":
        return bool(folded)
    fa, fb = fold(a), fold(b)
    tests = {
        "equals": lambda v: v == fa,
        "contains": lambda v: fa in v,
        "starts_with": lambda v: v.startswith(fa),
        "lt": lambda v: v < fa,
        "gt": lambda v: v > fa,
        "between": lambda v: fa <= v <= fb,
    }
    return any(tests[op](v) for v in folded)


def _holds(p: Person, c: Condition) -> bool:
    if c.field in TEXT_FIELDS:
        values = {
            "name": [p.name],
            "title": [p.title],
            "source": [p.source],
            "city": [p.city],
            "company": [p.company],
            "tag": list(p.tags),
            "memo": [p.memo],
            "email": list(p.emails),
        }[c.field]
        if c.field == "email" and c.op == "equals":
            return any(e.lower() == (c.value or "").lower() for e in p.emails)
        return _text_holds([v for v in values if v], c.op, c.value, c.value2)
    raw = {"score": p.score, "since": p.since, "tier": p.tier, "ok": p.ok}[c.field]
    if c.field == "ok":
        ticked = raw == "yes"
        if c.op in ("empty", "not_empty"):
            return (raw is None) == (c.op == "empty")
        return ticked == (c.value == "yes")
    if c.op == "empty":
        return raw is None
    if c.op == "not_empty":
        return raw is not None
    if raw is None:
        return False
    if c.field == "tier":
        return _text_holds([raw], c.op, c.value, None)
    key = float if c.field == "score" else str
    v, a = key(raw), key(c.value or "0")
    if c.op == "equals":
        return v == a
    if c.op == "lt":
        return v < a
    if c.op == "gt":
        return v > a
    return a <= v <= key(c.value2 or "0")


@pytest.fixture(scope="module")
def fields_db(db: Database) -> Iterator[Database]:
    with db.write() as s:
        custom_fields.define_field(s, "contact", "score", "number")
        custom_fields.define_field(s, "contact", "since", "date")
        custom_fields.define_field(s, "contact", "tier", "choice", choices=tuple(TIERS))
        custom_fields.define_field(s, "contact", "ok", "checkbox")
        custom_fields.define_field(s, "contact", "memo", "text")
    yield db


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_lookup_finds_exactly_what_the_conditions_say(
    fields_db: Database, data: st.DataObject
) -> None:
    db = fields_db
    book = data.draw(st.lists(people, min_size=3, max_size=8), label="book")
    lookups_to_run = data.draw(
        st.lists(st.lists(conditions(book), min_size=1, max_size=2), min_size=15, max_size=25),
        label="lookups",
    )
    ids: dict[str, Person] = {}
    with db.write() as s:
        contacts.delete_contacts(s, [r.id for r in contacts.list_contacts(s, limit=100000)])
        for p in book:
            cid = contacts.add_contact(
                s,
                ContactDraft(
                    p.name,
                    title=p.title,
                    source=p.source,
                    company_name=p.company,
                    addresses=(AddressValue(city=p.city),) if p.city else (),
                    tags=p.tags,
                    emails=tuple(LabeledValue(e) for e in p.emails),
                ),
            ).id
            for name in ("score", "since", "tier", "ok", "memo"):
                value = getattr(p, name)
                if value is not None:
                    custom_fields.set_value(s, "contact", cid, name, value)
            ids[cid] = p
    with db.read() as s:
        for where in lookups_to_run:
            expected = {cid for cid, p in ids.items() if all(_holds(p, c) for c in where)}
            definition = LookupDefinition(tuple(where))
            found = {r.id for r in lookups.run_definition(s, definition, limit=100)}
            assert found == expected, [(c.field, c.op, c.value, c.value2) for c in where]
