"""Demo data: the promised counts, a real mix of scripts, determinism, and searchable names."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import phonenumbers
import pytest
from sqlalchemy import func, literal_column, select

from crmdesk import demo, search
from crmdesk.db.engine import Database
from crmdesk.db.models import Activity, Company, Contact, Note, Opportunity, Outbox, Phone
from crmdesk.vault import Vault

PASSPHRASE = "correct horse battery"
THAI = re.compile("[\u0e00-\u0e7f]")
HAN = re.compile("[\u4e00-\u9fff]")
TODAY = date(2026, 11, 23)


def _fill(folder: Path, contacts: int, seed: int = 7) -> tuple[Database, demo.DemoSummary]:
    db = Vault(folder).init(PASSPHRASE, user_name="demo", region="TH", currency="THB")
    seen: list[tuple[int, int]] = []
    summary = demo.generate(
        db, contacts=contacts, seed=seed, today=TODAY, progress=lambda d, t: seen.append((d, t))
    )
    assert seen[-1] == (contacts, contacts)
    return db, summary


@pytest.fixture(scope="module")
def filled(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[Database, demo.DemoSummary]]:
    db, summary = _fill(tmp_path_factory.mktemp("demo") / "data", 400)
    yield db, summary
    db.close()


def test_demo_has_the_promised_counts(filled: tuple[Database, demo.DemoSummary]) -> None:
    db, summary = filled
    with db.read() as s:
        count = {
            m.__tablename__: int(s.scalar(select(func.count()).select_from(m)) or 0)
            for m in (Contact, Company, Activity, Opportunity)
        }
        by_status = select(Opportunity.status, func.count()).group_by(Opportunity.status)
        statuses = {status: n for status, n in s.execute(by_status)}
        done = int(s.scalar(select(func.count()).where(Activity.status == "completed")) or 0)
        planned = int(s.scalar(select(func.count()).where(Activity.status == "scheduled")) or 0)
        notes = s.scalar(select(func.count()).select_from(Note))
    assert summary == demo.DemoSummary(400, 80, count["activities"], 80)
    assert (count["contacts"], count["companies"], count["opportunities"]) == (400, 80, 80)
    assert 2.5 * 400 <= count["activities"] <= 3.5 * 400
    assert set(statuses) == {"open", "won", "lost"}
    assert planned > 0 and done > planned
    assert notes


def test_demo_mixes_thai_chinese_and_english(filled: tuple[Database, demo.DemoSummary]) -> None:
    db, _ = filled
    with db.read() as s:
        names = list(s.scalars(select(Contact.display_name)))
        firms = list(s.scalars(select(Company.name)))
    thai = [n for n in names if THAI.search(n)]
    chinese = [n for n in names if HAN.search(n)]
    latin = [n for n in names if not THAI.search(n) and not HAN.search(n)]
    assert min(len(thai), len(chinese), len(latin)) > 40
    assert all(" " in n for n in thai) and not any(" " in n for n in chinese)
    assert any(f.startswith("บริษัท ") and "จำกัด" in f for f in firms)
    assert any(f.endswith("有限公司") for f in firms)
    assert any(f.endswith("Co., Ltd.") for f in firms)
    # Traditional and Simplified both appear (陳 vs 陈 and friends).
    assert any(ch in "".join(names) for ch in "陳張劉黃") and any(
        ch in "".join(names) for ch in "陈张刘黄"
    )


def test_demo_phone_numbers_are_valid_for_their_country(
    filled: tuple[Database, demo.DemoSummary],
) -> None:
    db, _ = filled
    with db.read() as s:
        stored = [e for e in s.scalars(select(Phone.e164)) if e is not None]
        assert stored and len(stored) == s.scalar(select(func.count()).select_from(Phone))
    regions = {phonenumbers.region_code_for_number(phonenumbers.parse(e)) for e in stored}
    assert {"TH", "TW", "CN", "US"} <= regions
    assert all(phonenumbers.is_valid_number(phonenumbers.parse(e)) for e in stored)


def test_demo_keeps_no_outbox_until_connecting_seeds_one_insert_per_record(
    tmp_path: Path,
) -> None:
    from crmdesk.db.capture import CAPTURED_TABLES
    from crmdesk.sync.seed import seed_outbox

    db, _ = _fill(tmp_path / "data", 60)
    try:
        with db.read() as s:
            assert s.scalar(select(func.count()).select_from(Outbox)) == 0
        seed_outbox(db)  # what connecting to an office server does first
        with db.engine.connect() as conn:
            rows = {
                t: int(conn.exec_driver_sql(f"SELECT count(*) FROM {t}").scalar() or 0)
                for t in CAPTURED_TABLES
            }
            seeded = dict(
                conn.exec_driver_sql(
                    "SELECT entity, count(*) FROM outbox WHERE op = 'insert' GROUP BY entity"
                ).all()
            )
            total = conn.exec_driver_sql("SELECT count(*) FROM outbox").scalar()
        assert seeded == {t: n for t, n in rows.items() if n}
        assert total == sum(rows.values())
        assert rows["contacts"] == 60 and rows["activities"] >= 150
    finally:
        db.close()


def test_demo_thai_and_chinese_names_are_found_by_two_characters(
    filled: tuple[Database, demo.DemoSummary],
) -> None:
    db, _ = filled
    with db.read() as s:
        people = list(s.scalars(select(Contact)))
        thai = next(c for c in people if THAI.search(c.display_name) and c.family_name)
        chinese = next(
            c for c in people if HAN.search(c.display_name) and len(c.given_name or "") == 2
        )
        assert thai.family_name and chinese.given_name
        thai_hits = {h.id for h in search.search(s, thai.family_name[:2], limit=1000)}
        han_hits = {h.id for h in search.search(s, chinese.given_name, limit=1000)}
        assert thai.id in thai_hits
        assert chinese.id in han_hits


def test_demo_is_deterministic_for_a_seed(tmp_path: Path) -> None:
    def content(folder: Path, seed: int) -> list[tuple[str, ...]]:
        db, _ = _fill(folder, 60, seed)
        with db.read() as s:
            rows = s.execute(
                select(Contact.display_name, Contact.title, Company.name)
                .outerjoin(Company, Company.id == Contact.company_id)
                .order_by(literal_column("contacts.rowid"))
            ).all()
            regarding = list(
                s.scalars(select(Activity.regarding).order_by(literal_column("rowid")))
            )
        db.close()
        return [tuple(str(x) for x in r) for r in rows] + [tuple(regarding)]

    first = content(tmp_path / "a", 3)
    assert first == content(tmp_path / "b", 3)
    assert first != content(tmp_path / "c", 4)
