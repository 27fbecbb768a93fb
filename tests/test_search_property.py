"""Search against a brute-force scan of a model of the records, through random edits.

The model keeps what the user entered. Which fields a query reaches follows the
search contract: names, company names, tags and cities for any query; emails,
titles, notes and custom text fields for queries of three or more characters (the
trigram index); phone numbers by their digits, for queries of three or more digits.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    Bundle,
    RuleBasedStateMachine,
    initialize,
    rule,
    run_state_machine_as_test,
)
from sqlalchemy import update

from crmdesk import companies, contacts, custom_fields, notes, search
from crmdesk import phones as phone_numbers
from crmdesk.db.engine import Database
from crmdesk.db.models import Contact
from crmdesk.db.types import utcnow
from crmdesk.records import AddressValue, CompanyDraft, ContactDraft, LabeledValue
from crmdesk.text import digits, fold, looks_like_phone
from crmdesk.vault import Vault

PASSPHRASE = "correct horse battery"

THAI = "กขคงจฉชซดตถทนบปผพฟมยรลวสหอฮะาิีึืุูเแโใไ่้๊๋ั็์"
CHINESE = "王李张刘陈杨黄赵周吴小明华国伟芳丽强军平东南北台湾上海贸易公司"
LATIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéèüöäñçåøÉÜ"

word = st.text(alphabet=THAI + CHINESE + LATIN, min_size=1, max_size=8)
names = st.lists(word, min_size=1, max_size=3).map(" ".join)
emails = st.builds(
    "{}@{}.com".format,
    st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789.", min_size=1, max_size=8).filter(
        lambda s: not s.startswith(".") and not s.endswith(".") and ".." not in s
    ),
    st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=6),
)
mobile_digits = st.text(alphabet="0123456789", min_size=8, max_size=8)
phones = st.builds(
    lambda first, rest, style: {
        "intl": f"+66 {first}{rest[0]} {rest[1:4]} {rest[4:]}",
        "national": f"0{first}{rest[0]}-{rest[1:4]}-{rest[4:]}",
        "plain": f"0{first}{rest}",
    }[style],
    st.sampled_from("689"),
    mobile_digits,
    st.sampled_from(["intl", "national", "plain"]),
)
tag_names = st.lists(word, max_size=3)


@dataclass
class ModelContact:
    """A contact as the user entered it."""

    name: str
    company_id: str | None = None
    title: str | None = None
    emails: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    city: str | None = None
    hobby: str | None = None
    notes: dict[str, str] = field(default_factory=dict)


@dataclass
class Model:
    """Live records by id, and every id that was ever deleted."""

    contacts: dict[str, ModelContact] = field(default_factory=dict)
    companies: dict[str, str] = field(default_factory=dict)
    deleted: set[str] = field(default_factory=set)

    def key_fields(self, c: ModelContact) -> list[str]:
        company = self.companies.get(c.company_id or "")
        return [c.name, *((company and [company]) or []), *c.tags, *((c.city and [c.city]) or [])]

    def body_fields(self, c: ModelContact) -> list[str]:
        return [*c.emails, *(x for x in (c.title, c.hobby) if x), *c.notes.values()]

    def brute_force(self, query: str) -> set[str]:
        """Ids of the live records the query must find."""
        q = fold(query)
        if not q:
            return set()
        found = {cid for cid, name in self.companies.items() if q in fold(name)}
        for cid, c in self.contacts.items():
            fields = self.key_fields(c) + (self.body_fields(c) if len(q) >= 3 else [])
            by_phone = len(q) >= 3 and q.isdigit() and any(q in digits(p) for p in c.phones)
            if by_phone or any(q in fold(f) for f in fields):
                found.add(cid)
        return found

    def may_find(self, record_id: str, query: str) -> bool:
        """Whether the record holds the query inside one field (for queries without spaces).

        Documents join fields with spaces, so a query without one cannot span two
        fields; a hit that matches no field of the model comes from a stale index.
        """
        q = fold(query)
        forms = {q, *(phone_numbers.query_forms(query, "TH") if looks_like_phone(query) else [])}
        if record_id in self.companies:
            texts = [fold(self.companies[record_id])]
        else:
            c = self.contacts[record_id]
            texts = [fold(f) for f in self.key_fields(c) + self.body_fields(c)]
            for p in c.phones:
                texts += [digits(p), digits(phone_numbers.to_e164(p, "TH"))]
        return any(form in text for form in forms for text in texts)

    def query_sources(self) -> list[str]:
        """Every field value a user might type part of."""
        out = list(self.companies.values())
        for c in self.contacts.values():
            out += self.key_fields(c) + self.body_fields(c)
            out += [digits(p) for p in c.phones]
        return out


@pytest.fixture(scope="module")
def search_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    vault = Vault(tmp_path_factory.mktemp("search") / "data")
    db = vault.init(PASSPHRASE, user_name="tester", region="TH")
    with db.write() as s:
        custom_fields.define_field(s, "contact", "hobby", "text")
    yield db
    db.close()


class SearchMachine(RuleBasedStateMachine):
    """Random adds, edits, deletes and bulk SQL, with searches checked against the model."""

    db: Database

    contact_ids = Bundle("contact_ids")

    def __init__(self) -> None:
        super().__init__()
        self.model = Model()

    @initialize()
    def start_from_an_empty_book(self) -> None:
        # The database outlives one example: tombstone what earlier examples left.
        with self.db.write() as s:
            live = [r.id for r in contacts.list_contacts(s, limit=100000)]
            contacts.delete_contacts(s, live)
            for row in companies.list_companies(s, limit=100000):
                companies.delete_company(s, row.id)
                self.model.deleted.add(row.id)
        self.model.deleted.update(live)

    def _draft(self, c: ModelContact) -> ContactDraft:
        return ContactDraft(
            c.name,
            title=c.title,
            company_id=c.company_id,
            emails=tuple(LabeledValue(e) for e in c.emails),
            phones=tuple(LabeledValue(p) for p in c.phones),
            tags=c.tags,
            addresses=(AddressValue(city=c.city),) if c.city else (),
        )

    def _save_hobby(self, s: object, cid: str, hobby: str | None) -> None:
        custom_fields.set_value(s, "contact", cid, "hobby", hobby)  # type: ignore[arg-type]

    @rule(name=names)
    def add_company(self, name: str) -> None:
        with self.db.write() as s:
            cid = companies.add_company(s, CompanyDraft(name)).id
        self.model.companies[cid] = name
        self._probe(name)

    @rule(
        target=contact_ids,
        name=names,
        title=st.none() | names,
        mails=st.lists(emails, max_size=2),
        numbers=st.lists(phones, max_size=2),
        tags=tag_names,
        city=st.none() | names,
        hobby=st.none() | names,
        note=st.none() | names,
        company=st.data(),
    )
    def add_contact(
        self,
        name: str,
        title: str | None,
        mails: list[str],
        numbers: list[str],
        tags: list[str],
        city: str | None,
        hobby: str | None,
        note: str | None,
        company: st.DataObject,
    ) -> str:
        company_id = None
        if self.model.companies:
            company_id = company.draw(st.none() | st.sampled_from(sorted(self.model.companies)))
        c = ModelContact(
            name, company_id, title, tuple(mails), tuple(numbers), tuple(tags), city, hobby
        )
        with self.db.write() as s:
            cid = contacts.add_contact(s, self._draft(c)).id
            self._save_hobby(s, cid, hobby)
            if note:
                c.notes[notes.add_note(s, "contact", cid, note).id] = note.strip()
        self.model.contacts[cid] = c
        self._probe(name, title, city, hobby, *tags, *mails)
        return cid

    @rule(cid=contact_ids, name=names, tags=tag_names, numbers=st.lists(phones, max_size=2))
    def edit_contact(self, cid: str, name: str, tags: list[str], numbers: list[str]) -> None:
        if cid not in self.model.contacts:
            return
        old = self.model.contacts[cid]
        c = replace(old, name=name, tags=tuple(tags), phones=tuple(numbers))
        with self.db.write() as s:
            contacts.update_contact(s, cid, self._draft(c))
        self.model.contacts[cid] = c
        self._probe(old.name, name, *old.tags, *tags, *(digits(p) for p in old.phones))

    @rule(cid=contact_ids, hobby=st.none() | names)
    def set_hobby(self, cid: str, hobby: str | None) -> None:
        if cid not in self.model.contacts:
            return
        old = self.model.contacts[cid].hobby
        with self.db.write() as s:
            self._save_hobby(s, cid, hobby)
        self.model.contacts[cid].hobby = hobby
        self._probe(old, hobby)

    @rule(cid=contact_ids, text=names)
    def add_note(self, cid: str, text: str) -> None:
        if cid not in self.model.contacts:
            return
        with self.db.write() as s:
            note = notes.add_note(s, "contact", cid, text)
        self.model.contacts[cid].notes[note.id] = note.body
        self._probe(text)

    @rule(cid=contact_ids)
    def delete_a_note(self, cid: str) -> None:
        c = self.model.contacts.get(cid)
        if not c or not c.notes:
            return
        note_id = sorted(c.notes)[0]
        with self.db.write() as s:
            notes.delete_note(s, note_id)
        self._probe(c.notes.pop(note_id))

    @rule(cid=contact_ids)
    def delete_contact(self, cid: str) -> None:
        if cid not in self.model.contacts:
            return
        with self.db.write() as s:
            contacts.delete_contact(s, cid)
        gone = self.model.contacts.pop(cid)
        self.model.deleted.add(cid)
        self._probe(gone.name, *gone.tags)

    @rule(data=st.data(), name=names)
    def rename_company(self, data: st.DataObject, name: str) -> None:
        if not self.model.companies:
            return
        coid = data.draw(st.sampled_from(sorted(self.model.companies)))
        old = self.model.companies[coid]
        with self.db.write() as s:
            companies.update_company(s, coid, CompanyDraft(name))
        self.model.companies[coid] = name
        self._probe(old, name)

    @rule(data=st.data())
    def delete_company(self, data: st.DataObject) -> None:
        if not self.model.companies:
            return
        coid = data.draw(st.sampled_from(sorted(self.model.companies)))
        with self.db.write() as s:
            companies.delete_company(s, coid)
        gone = self.model.companies.pop(coid)
        self.model.deleted.add(coid)
        for c in self.model.contacts.values():
            if c.company_id == coid:
                c.company_id = None
        self._probe(gone)

    @rule(ids=st.lists(contact_ids, min_size=1, max_size=4), title=st.none() | names)
    def bulk_retitle(self, ids: list[str], title: str | None) -> None:
        """A SQLAlchemy bulk UPDATE statement, past the services."""
        live = [i for i in ids if i in self.model.contacts]
        with self.db.write() as s:
            s.execute(
                update(Contact)
                .where(Contact.id.in_(live))
                .values(title=title)
                .execution_options(synchronize_session=False)
            )
        old = [self.model.contacts[i].title for i in live]
        for i in live:
            self.model.contacts[i].title = title
        self._probe(title, *old)

    @rule(cid=contact_ids, name=names, tombstone=st.booleans())
    def raw_sql_rename_or_tombstone(self, cid: str, name: str, tombstone: bool) -> None:
        """Raw SQL on a raw connection (as sync or a script would write)."""
        if cid not in self.model.contacts:
            return
        raw = self.db.raw_connection()
        try:
            if tombstone:
                raw.execute(
                    "UPDATE contacts SET deleted_at = ? WHERE id = ?", (utcnow().isoformat(), cid)
                )
            else:
                raw.execute("UPDATE contacts SET display_name = ? WHERE id = ?", (name, cid))
            raw.commit()
        finally:
            raw.close()
        old = self.model.contacts[cid].name
        if tombstone:
            del self.model.contacts[cid]
            self.model.deleted.add(cid)
        else:
            self.model.contacts[cid].name = name
        self._probe(old, name)

    def _probe(self, *values: str | None) -> None:
        """Search for pieces of values just written or just removed (old names, notes...)."""
        for value in values:
            if value and fold(value):
                for query in dict.fromkeys((value[:2], value[:5], value[-3:])):
                    self._check(query)

    def _check(self, query: str) -> None:
        expected = self.model.brute_force(query)
        with self.db.read() as s:
            hits = search.search(s, query, limit=1000)
            ids = {h.id for h in hits}
            assert not ids & self.model.deleted, f"deleted record found for {query!r}"
            missing = expected - ids
            assert not missing, f"{query!r} missed {[self.model.contacts.get(m) for m in missing]}"
            if " " not in fold(query):
                stale = [h.title for h in hits if not self.model.may_find(h.id, query)]
                assert not stale, f"{query!r} found records that no longer match: {stale}"
            if expected:
                small = search.search(s, query, limit=len(expected))
                assert len(small) == len(expected)
                assert not {h.id for h in small} & self.model.deleted

    @rule(data=st.data())
    def search_part_of_a_field(self, data: st.DataObject) -> None:
        sources = self.model.query_sources()
        if not sources:
            return
        text = data.draw(st.sampled_from(sources))
        start = data.draw(st.integers(0, max(0, len(text) - 1)))
        length = data.draw(st.integers(1, 5))
        self._check(text[start : start + length])

    @rule(query=st.text(alphabet=THAI + CHINESE + LATIN + " 0123456789", min_size=1, max_size=5))
    def search_anything(self, query: str) -> None:
        self._check(query)


def test_search_agrees_with_brute_force(search_db: Database) -> None:
    SearchMachine.db = search_db
    run_state_machine_as_test(
        SearchMachine,
        settings=settings(
            max_examples=20,
            stateful_step_count=20,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
        ),
    )


def test_model_brute_force_is_not_trivial(tmp_path: Path) -> None:
    """The oracle itself: it finds by folded substring and honours the short-query rule."""
    model = Model()
    model.contacts["a"] = ModelContact(
        "Jürgen Müller", emails=("jm@x.com",), phones=("0812345678",)
    )
    assert model.brute_force("MULL") == {"a"}
    assert model.brute_force("jm") == set()  # emails need three characters
    assert model.brute_force("jm@") == {"a"}
    assert model.brute_force("234") == {"a"}
    assert model.brute_force("xyz") == set()
