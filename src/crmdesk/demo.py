"""Demo data: realistic Thai, Chinese and English companies, people, activities and deals.

Everything goes through the services' bulk paths (``companies.add_companies``,
``contacts.add_contacts``, ``activities.schedule_many``/``log_done_many``,
``opportunities.add_many``/``close_many``, ``notes.add_many``), so change capture
and the search index see real records. Names, places and texts are drawn from a
seeded random generator: the same seed gives the same data (ids and timestamps
differ). Per contact there are about 0.2 companies, 3 activities (two thirds past
history, one third scheduled) and 0.2 deals.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone

from sqlalchemy.orm import Session

from crmdesk import activities, companies, local_settings, notes, opportunities, pipeline
from crmdesk import contacts as contact_service
from crmdesk import demo_people as people
from crmdesk import demo_words as w
from crmdesk.activities import ActivityDraft
from crmdesk.db.engine import Database
from crmdesk.money import Money
from crmdesk.opportunities import Closing, OpportunityDraft
from crmdesk.records import ContactDraft, LabeledValue

BATCH = 5000
LOAD_CACHE_KIB = -262144  # negative: KiB, as PRAGMA cache_size takes it
_ZONES = {
    "th": timezone(timedelta(hours=7)),
    "tw": timezone(timedelta(hours=8)),
    "cn": timezone(timedelta(hours=8)),
    "en": timezone(timedelta(hours=-5)),
}
# Weighted choices as repeated entries (rng.choice is much cheaper than rng.choices).
_KINDS = ("call",) * 8 + ("meeting",) * 5 + ("todo",) * 4 + ("email",) * 2 + ("letter",)
_PRIORITIES = ("low", "medium", "medium", "medium", "high")
_TAG_COUNTS = (0,) * 10 + (1,) * 7 + (2,) * 3
# Deal size range in major units per currency.
_DEAL_RANGE = {"THB": (20_000, 5_000_000), "TWD": (20_000, 4_000_000), "CNY": (5_000, 1_000_000)}
_USD_RANGE = (1_000, 150_000)


@dataclass(frozen=True)
class DemoSummary:
    contacts: int
    companies: int
    activities: int
    opportunities: int


@dataclass(frozen=True)
class _Employer:
    id: str
    culture: str
    name: str
    domain: str


@dataclass(frozen=True)
class _Plan:
    """One contact to add, with what hangs off it."""

    culture: str
    draft: ContactDraft
    note: str | None


def generate(
    db: Database,
    *,
    contacts: int,
    seed: int = 1,
    progress: Callable[[int, int], None] | None = None,
    today: date | None = None,
) -> DemoSummary:
    """Add ``contacts`` people with their companies, history, schedule and deals."""
    rng = random.Random(seed)
    day = today or datetime.now(UTC).date()
    with db.read() as session:
        home = local_settings.default_region(session)
        stages = pipeline.list_stages(session)
    with _roomy_cache(db):
        return _generate(db, rng, contacts, progress, home, stages, day)


@contextmanager
def _roomy_cache(db: Database) -> Iterator[None]:
    """A bigger page cache while loading: index pages stay decrypted between batches."""
    with db.engine.connect() as conn:
        before = int(conn.exec_driver_sql("PRAGMA cache_size").scalar() or -2000)
        conn.exec_driver_sql(f"PRAGMA cache_size = {LOAD_CACHE_KIB}")
    try:
        yield
    finally:
        with db.engine.connect() as conn:
            conn.exec_driver_sql(f"PRAGMA cache_size = {before}")


def _generate(
    db: Database,
    rng: random.Random,
    contacts: int,
    progress: Callable[[int, int], None] | None,
    home: str | None,
    stages: Sequence[pipeline.Stage],
    day: date,
) -> DemoSummary:
    employers = _add_companies(db, rng, round(contacts * 0.2) if contacts else 0, home)
    counts = [0, 0, 0]
    done = 0
    if progress:
        progress(0, contacts)
    while done < contacts:
        size = min(BATCH, contacts - done)
        plans = [_plan_contact(rng, employers, home) for _ in range(size)]
        with db.write() as session:
            ids = contact_service.add_contacts(session, [p.draft for p in plans])
            deal_of = _add_deals(session, rng, plans, ids, stages, day, counts)
            counts[0] += _add_activities(session, rng, plans, ids, deal_of, day)
            notes.add_many(
                session,
                [("contact", cid, p.note) for p, cid in zip(plans, ids, strict=True) if p.note],
            )
        done += size
        if progress:
            progress(done, contacts)
    return DemoSummary(contacts, len(employers), counts[0], counts[1])


def _add_companies(
    db: Database, rng: random.Random, count: int, home: str | None
) -> list[_Employer]:
    per_culture = {c: 0 for c in people.CULTURES}
    cultures = [people.culture(rng) for _ in range(count)]
    for c in cultures:
        per_culture[c] += 1
    names = {c: iter(people.company_names(rng, c, n)) for c, n in per_culture.items()}
    made = [people.company(rng, c, *next(names[c]), home) for c in cultures]
    employers: list[_Employer] = []
    for start in range(0, len(made), BATCH):
        chunk = made[start : start + BATCH]
        with db.write() as session:
            ids = companies.add_companies(session, [m.draft for m in chunk])
            notes.add_many(
                session,
                [
                    ("company", cid, rng.choice(w.NOTES[m.culture]))
                    for m, cid in zip(chunk, ids, strict=True)
                    if rng.random() < 0.1
                ],
            )
        employers += [
            _Employer(cid, m.culture, m.draft.name, m.domain)
            for m, cid in zip(chunk, ids, strict=True)
        ]
    return employers


def _plan_contact(rng: random.Random, employers: Sequence[_Employer], home: str | None) -> _Plan:
    employer = rng.choice(employers) if employers and rng.random() < 0.8 else None
    cult = employer.culture if employer and rng.random() < 0.8 else people.culture(rng)
    who = people.person(rng, cult)
    numbers = [LabeledValue(people.phone(rng, cult, home, mobile=True), "mobile")]
    if rng.random() < 0.25:
        numbers.append(LabeledValue(people.phone(rng, cult, home, mobile=False), "work"))
    tag_count = rng.choice(_TAG_COUNTS)
    tags = tuple(rng.sample(w.TAGS[cult], tag_count))
    birthday = None
    if rng.random() < 0.4:
        birthday = date(1960, 1, 1) + timedelta(days=rng.randint(0, 40 * 365))
    draft = ContactDraft(
        display_name=who.display,
        given_name=who.given,
        family_name=who.family,
        title=rng.choice(w.TITLES[cult]) if rng.random() < 0.85 else None,
        company_id=employer.id if employer else None,
        emails=people.emails(rng, who, employer.domain if employer else None),
        phones=tuple(numbers),
        addresses=(people.address(rng, cult, "work" if employer else "home"),)
        if rng.random() < 0.7
        else (),
        birthday=birthday,
        source=rng.choice(w.SOURCES) if rng.random() < 0.5 else None,
        tags=tags,
    )
    note = rng.choice(w.NOTES[cult]) if rng.random() < 0.1 else None
    return _Plan(cult, draft, note)


def _add_deals(
    session: Session,
    rng: random.Random,
    plans: Sequence[_Plan],
    ids: Sequence[str],
    stages: Sequence[pipeline.Stage],
    day: date,
    counts: list[int],
) -> dict[int, str]:
    """Deals for about a fifth of the batch; returns plan index -> deal id."""
    chosen = sorted(rng.sample(range(len(plans)), round(len(plans) * 0.2)))
    drafts: list[OpportunityDraft] = []
    fates: list[str] = []
    for i in chosen:
        plan = plans[i]
        cult = plan.culture
        currency = people.CURRENCY[cult]
        low, high = _DEAL_RANGE.get(currency, _USD_RANGE)
        amount = Money(rng.randrange(low, high, 500) * 100, currency)
        title = rng.choice(w.DEALS[cult]).format(n=rng.randint(2, 40))
        fate = rng.choices(("open", "won", "lost"), (70, 15, 15))[0]
        stage = rng.choices(stages, [max(5, 30 - 5 * n) for n in range(len(stages))])[0]
        if fate == "open":
            close = day + timedelta(days=rng.randint(7, 180))
        else:
            close = day - timedelta(days=rng.randint(1, 300))
        drafts.append(
            OpportunityDraft(
                name=title,
                amount=amount,
                stage_id=stage.id,
                contact_id=ids[i],
                expected_close=close,
            )
        )
        fates.append(fate)
    deal_ids = opportunities.add_many(session, drafts)
    closings = [
        Closing(
            oid,
            won=fate == "won",
            reason=rng.choice(
                (w.WON_REASONS if fate == "won" else w.LOST_REASONS)[plans[i].culture]
            ),
            when=datetime.combine(d.expected_close or day, time(10), tzinfo=UTC),
        )
        for i, oid, fate, d in zip(chosen, deal_ids, fates, drafts, strict=True)
        if fate != "open"
    ]
    opportunities.close_many(session, closings)
    counts[1] += len(deal_ids)
    return dict(zip(chosen, deal_ids, strict=True))


def _add_activities(
    session: Session,
    rng: random.Random,
    plans: Sequence[_Plan],
    ids: Sequence[str],
    deal_of: dict[int, str],
    day: date,
) -> int:
    """About three activities per contact: past history with outcomes, and a schedule."""
    past: list[tuple[ActivityDraft, str | None]] = []
    future: list[ActivityDraft] = []
    for i, (plan, cid) in enumerate(zip(plans, ids, strict=True)):
        cult = plan.culture
        for n in range(rng.choice((2, 3, 3, 4))):
            kind = rng.choice(_KINDS)
            done = rng.random() < 0.67
            offset = -rng.randint(1, 365) if done else rng.randint(0, 60)
            local = datetime.combine(
                day + timedelta(days=offset),
                time(rng.randint(8, 17), rng.choice((0, 15, 30, 45))),
                tzinfo=_ZONES[cult],
            )
            starts: datetime | None = local
            all_day = kind == "todo" and rng.random() < 0.3
            if all_day:
                starts = local.replace(hour=0, minute=0)
            if kind == "todo" and not done and rng.random() < 0.2:
                starts = None
            length = {"meeting": 60, "call": 15}.get(kind)
            draft = ActivityDraft(
                kind=kind,
                regarding=rng.choice(w.REGARDING[cult][kind]),
                starts_at=starts,
                ends_at=starts + timedelta(minutes=length) if starts and length else None,
                all_day=all_day,
                priority=rng.choice(_PRIORITIES),
                alarm_minutes=15 if kind == "meeting" and not done else None,
                contact_id=cid,
                opportunity_id=deal_of.get(i) if n == 0 else None,
            )
            if done:
                past.append((draft, rng.choice(w.OUTCOMES[cult])))
            else:
                future.append(draft)
    return len(activities.log_done_many(session, past)) + len(
        activities.schedule_many(session, future)
    )
