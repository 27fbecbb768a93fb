"""Core benchmarks (issue 2 §6): unlock, search, saving an edit, bulk insert, size, memory."""

from __future__ import annotations

import dataclasses
import random
import resource
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import select

from benchmarks.harness import BenchContext, Row, median, percentile
from crmdesk import contacts, demo_people, local_settings, search, tags
from crmdesk.db.engine import Database
from crmdesk.db.models import Contact
from crmdesk.ids import new_id
from crmdesk.phones import to_e164
from crmdesk.records import ContactDraft, LabeledValue
from crmdesk.vault import Vault

AREA = "core"

# Lookup-bar queries by script and length class (1, 2, 3+ characters).
QUERIES: dict[tuple[str, str], tuple[str, ...]] = {
    ("Latin", "1"): ("s", "m", "j", "w"),
    ("Latin", "2"): ("sm", "li", "wa", "ch"),
    ("Latin", "3+"): ("smith", "muller", "wang", "golden trading"),
    ("Thai", "1"): ("ส", "ใ", "ก", "น"),
    ("Thai", "2"): ("ใจ", "สม", "ศร", "ทอ"),
    ("Thai", "3+"): ("สมชาย", "ใจดี", "บริษัท สยาม", "กรุงเทพ"),
    ("Chinese", "1"): ("王", "陳", "华", "林"),
    ("Chinese", "2"): ("小明", "志明", "有限", "科技"),
    ("Chinese", "3+"): ("王小明", "有限公司", "股份有限", "上海市"),
    ("phone digits", "3+"): ("0812", "+66 81", "0912", "138 00"),
    # Short queries that match few or no records: nothing stops the scan early.
    ("rare or no match", "1-2"): ("ฬ", "q", "陈伟", "zq", "ฆฆ"),
}


def run(ctx: BenchContext) -> list[Row]:
    size = 300 if ctx.quick else 100_000
    reps = 2 if ctx.quick else 15
    rows: list[Row] = []
    rows += _demo_build(ctx, size)
    folder = ctx.demo_dir(size)
    vault = Vault(folder)
    rows += _size_on_disk(folder, size)
    rows += _unlock(vault, ctx.PASSPHRASE, 2 if ctx.quick else 6)
    db = vault.unlock(ctx.PASSPHRASE)
    try:
        rows += _search(db, reps)
        rows.append(_rss_row("after open and searches"))
        rows += _save_edit(db, 5 if ctx.quick else 60)
        rows += _bulk_insert(db, 200 if ctx.quick else 10_000)
    finally:
        db.close()
    rows.append(_rss_row("whole benchmark (incl. bulk insert)"))
    return rows


def _ms(samples: Sequence[float]) -> tuple[float, float]:
    return median(list(samples)) * 1000, percentile(list(samples), 95) * 1000


def _timed(action: Callable[[], Any], times: int) -> list[float]:
    samples = []
    for _ in range(times):
        started = time.perf_counter()
        action()
        samples.append(time.perf_counter() - started)
    return samples


def _demo_build(ctx: BenchContext, size: int) -> list[Row]:
    info = ctx.demo_build_info(size)
    if not info:
        return []
    note = (
        f"{size:,} contacts, 20% companies, ~3 activities and 0.2 deals each; "
        f"CPU {info['cpu_s']} s; load {info['load']} at {info['built']}"
    )
    return [
        Row(AREA, "crmdesk demo (build the data set)", float(info["wall_s"]), "s", "≤ 120", note)
    ]


def _size_on_disk(folder: Path, size: int) -> list[Row]:
    total = sum(p.stat().st_size for p in folder.iterdir() if p.is_file())
    return [
        Row(AREA, "database size on disk", total / 2**20, "MiB", "", f"{size:,} contacts"),
        Row(
            AREA,
            "database size per contact",
            total / size / 1024,
            "KiB",
            "",
            "no outbox: never connected (it is seeded at the first connection)",
        ),
    ]


def _unlock(vault: Vault, passphrase: str, times: int) -> list[Row]:
    raw_key = vault.raw_key(passphrase)

    def open_with(key: bytes | None) -> None:
        db = vault.unlock(passphrase) if key is None else Database(vault.db_path, key)
        with db.read() as s:
            s.scalar(select(Contact.id).limit(1))
        db.engine.dispose()

    by_key = _timed(lambda: open_with(raw_key), times)
    by_pass = _timed(lambda: open_with(None), times)
    k50, k95 = _ms(by_key)
    p50, p95 = _ms(by_pass)
    note = "open, migrations check, first query"
    return [
        Row(AREA, "unlock + open, raw key (keyring path), p50", k50, "ms", "", note),
        Row(AREA, "unlock + open, raw key (keyring path), p95", k95, "ms", "≤ 500", note),
        Row(AREA, "unlock + open, passphrase (Argon2id), p50", p50, "ms", "", note),
        Row(AREA, "unlock + open, passphrase (Argon2id), p95", p95, "ms", "", note),
    ]


def _search(db: Database, reps: int) -> list[Row]:
    out: list[Row] = []
    for (script, length), queries in QUERIES.items():
        samples: list[float] = []
        cpu: list[float] = []
        hits: list[int] = []
        for q in queries:
            for _ in range(reps):
                with db.read() as s:
                    started, used = time.perf_counter(), time.process_time()
                    found = search.search(s, q, 50)
                    samples.append(time.perf_counter() - started)
                    cpu.append(time.process_time() - used)
                hits.append(len(found))
        p50, p95 = _ms(samples)
        note = f"{', '.join(queries)}; limit 50; {min(hits)}-{max(hits)} hits"
        name = f"search {script} {length}-char"
        out.append(Row(AREA, f"{name}, p50", p50, "ms", "", note))
        out.append(Row(AREA, f"{name}, p95", p95, "ms", "≤ 30", f"CPU p95 {_ms(cpu)[1]:.2f} ms"))
    return out


def _save_edit(db: Database, times: int) -> list[Row]:
    with db.read() as s:
        ids = list(s.scalars(select(Contact.id).where(Contact.deleted_at.is_(None)).limit(5000)))
    rng = random.Random(5)
    picks = [rng.choice(ids) for _ in range(times)]
    samples: list[float] = []
    cpu: list[float] = []
    for n, cid in enumerate(picks):
        with db.read() as s:
            draft = contacts.get_contact(s, cid).to_draft()
        edited = dataclasses.replace(draft, title=f"Edited title {n}")
        started, used = time.perf_counter(), time.process_time()
        with db.write() as s:
            contacts.update_contact(s, cid, edited)
        samples.append(time.perf_counter() - started)
        cpu.append(time.process_time() - used)
    p50, p95 = _ms(samples)
    c50, c95 = _ms(cpu)
    note = "update_contact + search docs, committed (no outbox: never connected)"
    return [
        Row(AREA, "save one edited contact, p50", p50, "ms", "", f"{note}; CPU p50 {c50:.2f} ms"),
        Row(AREA, "save one edited contact, p95", p95, "ms", "≤ 10", f"CPU p95 {c95:.2f} ms"),
    ]


def _bulk_insert(db: Database, count: int) -> list[Row]:
    """Service ``add_contacts`` vs plain sqlcipher3 executemany of the same rows, interleaved."""
    rng = random.Random(11)
    with db.write() as s:
        home = local_settings.default_region(s)
        owner = local_settings.local_user_id(s)
        tag_id = tags.ensure_tags(s, ["Bench"])["bench"]
    drafts = [_draft(rng, home) for _ in range(count)]
    batch = 2000 if count >= 2000 else count
    service = 0.0
    plain = 0.0
    bare = 0.0  # plain executemany with change capture off: the raw-table baseline
    raw = db.raw_connection()
    try:
        for start in range(0, count, batch):
            chunk = drafts[start : start + batch]
            tables = _plain_rows(chunk, owner, home, tag_id)
            started = time.perf_counter()
            raw.execute("BEGIN IMMEDIATE")
            for sql, params in tables:
                raw.executemany(sql, params)
            raw.commit()
            plain += time.perf_counter() - started
            tables = _plain_rows(chunk, owner, home, tag_id)  # fresh ids
            raw.capture = False
            started = time.perf_counter()
            raw.execute("BEGIN IMMEDIATE")
            for sql, params in tables:
                raw.executemany(sql, params)
            raw.commit()
            bare += time.perf_counter() - started
            raw.capture = True
            with db.write():
                pass  # rebuild the search docs the plain rows made dirty, untimed
            started = time.perf_counter()
            with db.write() as s:
                contacts.add_contacts(s, chunk)
            service += time.perf_counter() - started
    finally:
        raw.close()
    note = (
        f"{count:,} contacts with their emails, phones, addresses and tags, batches of "
        f"{batch}, into the demo database, interleaved; plain = the same rows into the same "
        "tables (the outbox triggers check capture, which is off: the demo was never "
        "connected), no validation, no search refresh"
    )
    return [
        Row(AREA, "bulk insert via contacts.add_contacts", count / service, "contacts/s", "", note),
        Row(AREA, "bulk insert via plain sqlcipher3 executemany", count / plain, "contacts/s"),
        Row(AREA, "bulk insert ratio service / plain", plain / service, "", "≥ 0.33"),
        Row(
            AREA,
            "bulk insert via plain executemany, change capture off",
            count / bare,
            "contacts/s",
            "",
            "the same rows with capture also paused on the connection (search marking on)",
        ),
        Row(AREA, "bulk insert ratio service / plain without capture", bare / service, ""),
    ]


def _draft(rng: random.Random, home: str | None) -> ContactDraft:
    cult = demo_people.culture(rng)
    who = demo_people.person(rng, cult)
    return ContactDraft(
        display_name=who.display,
        given_name=who.given,
        family_name=who.family,
        title="Buyer",
        emails=demo_people.emails(rng, who, None),
        phones=(LabeledValue(demo_people.phone(rng, cult, home, mobile=True), "mobile"),),
        addresses=(demo_people.address(rng, cult, "home"),),
        tags=("Bench",),
    )


def _plain_rows(
    drafts: Sequence[ContactDraft], owner: str, home: str | None, tag_id: str
) -> list[tuple[str, list[tuple[Any, ...]]]]:
    """The same rows add_contacts writes, as ready-made parameter tuples."""
    now = time.strftime("%Y-%m-%dT%H:%M:%S.000000+00:00", time.gmtime())
    people: list[tuple[Any, ...]] = []
    mails: list[tuple[Any, ...]] = []
    numbers: list[tuple[Any, ...]] = []
    places: list[tuple[Any, ...]] = []
    links: list[tuple[Any, ...]] = []
    for d in drafts:
        cid = new_id()
        people.append((cid, d.display_name, d.given_name, d.family_name, d.title, owner, now, now))
        mails += [(new_id(), cid, owner, e.label, i, e.value) for i, e in enumerate(d.emails)]
        numbers += [
            (new_id(), cid, owner, p.label, i, p.value, to_e164(p.value, home))
            for i, p in enumerate(d.phones)
        ]
        places += [
            (new_id(), cid, owner, a.label, i, a.street, a.city, a.postal_code, a.country)
            for i, a in enumerate(d.addresses)
        ]
        links.append((new_id(), tag_id, "contact", cid, owner))
    return [
        (
            "INSERT INTO contacts(id, display_name, given_name, family_name, title, owner_id, "
            "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            people,
        ),
        (
            "INSERT INTO emails(id, contact_id, owner_id, label, position, address) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            mails,
        ),
        (
            "INSERT INTO phones(id, contact_id, owner_id, label, position, number, e164) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            numbers,
        ),
        (
            "INSERT INTO addresses(id, contact_id, owner_id, label, position, street, city, "
            "postal_code, country) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            places,
        ),
        (
            "INSERT INTO record_tags(id, tag_id, entity, entity_id, owner_id) "
            "VALUES (?, ?, ?, ?, ?)",
            links,
        ),
    ]


def _rss_row(when: str) -> Row:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return Row(AREA, f"peak memory (RSS), {when}", peak, "MiB")
