"""Running an import as one undoable batch (or as a dry run), and undoing a batch in one step."""

from __future__ import annotations

import gc
import json
from array import array
from collections.abc import Callable, Iterator, Sequence
from contextlib import closing, contextmanager
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from crmdesk import companies, contacts, custom_fields, local_settings, memory, notes, tags
from crmdesk.db import bulk, search_index, set_capture
from crmdesk.db.engine import Database
from crmdesk.db.models import (
    Address,
    Base,
    Company,
    Contact,
    ContactPhoto,
    ContactUrl,
    Email,
    ExternalId,
    ImportBatch,
    ImportBatchItem,
    Note,
    Phone,
    RecordTag,
    Tag,
)
from crmdesk.db.types import utcnow
from crmdesk.duplicates import PENDING, live_contact_check, read_seed
from crmdesk.errors import CrmError
from crmdesk.hlc import HybridLogicalClock
from crmdesk.ids import new_id
from crmdesk.importing import chunk_rows, plan, reader_process, snapshot, wire
from crmdesk.importing.detect import FileInfo, Progress
from crmdesk.importing.model import ImportedContact
from crmdesk.importing.plan import ImportOptions as ImportOptions  # noqa: PLC0414  (re-exported)
from crmdesk.importing.plan import Planner, SlotIds
from crmdesk.importing.report import DuplicateAction, DuplicateFound, ImportReport
from crmdesk.importing.runs import NEW_COMPANY, RUN, Bundler, Run
from crmdesk.importing.undo import undo_batch as undo_batch  # noqa: PLC0414  (re-exported)
from crmdesk.importing.wire import ContactRow, NewContact
from crmdesk.records import CompanyDraft, ContactDraft
from crmdesk.text import digits, fold, sort_key
from crmdesk.validation import ValidationError

_CHUNK = 2000
#: The import connection's page cache (KiB) for the import's duration: an import is one
#: write transaction of hundreds of MB, and with the connection's usual 8 MiB its
#: pages are read (and decrypted) again and again. 64 MiB took SQLite's CPU time a row
#: down 13% at 100k rows (256 MiB: 20%, but 400 MB resident); memory stays flat once
#: the cache is full, and is given back after the import.
IMPORT_CACHE_KIB = 65536
#: The most changes one outbox transaction of an import holds (see _outbox_transactions).
_TX_CHANGES = 1500
_encode = json.JSONEncoder(ensure_ascii=False, allow_nan=False).encode
_UID_SOURCE = chunk_rows.UID_SOURCE
#: The captured tables a chunk writes, in the order its inserts happen (the order the
#: capture triggers would have filled the outbox in).
_CAPTURE_ORDER = (
    "companies",
    "contacts",
    "emails",
    "phones",
    "addresses",
    "record_tags",
    "notes",
    "contact_urls",
)


class ImportCancelled(CrmError):
    """The user cancelled; nothing was imported."""


class _Writer:
    """Writes the rows of one batch: bulk creates, single updates, and the undo items."""

    def __init__(
        self,
        session: Session,
        batch_id: str,
        owner: str,
        clock: HybridLogicalClock | None = None,
    ) -> None:
        self.session = session
        #: Set-based capture of each chunk's inserts; without the database's clock the
        #: capture triggers record them row by row (the same outbox rows, slower).
        self.capture = set_capture.InsertCapture(session.connection(), clock) if clock else None
        self.batch_id = batch_id
        self.owner = owner
        self.region = local_settings.default_region(session)
        #: Contacts waiting to be written with one statement a table: runs the reader made
        #: ready, and single contacts by duplicate-index slot; how many contacts in all.
        self.pending: list[Run | tuple[int, NewContact]] = []
        self.pending_rows = 0
        #: Ids of the rows the writer makes (contacts read here, their tags).
        self.new_id = chunk_rows.IdSource()
        #: The ids of the contacts written so far, by duplicate-index slot.
        self.index = SlotIds(0)
        self.fields = {f.name for f in custom_fields.list_fields(session, "contact")}
        self.companies_before = set(session.scalars(select(Company.id)))
        live = session.execute(
            select(Company.id, Company.sort_key, Company.name).where(Company.deleted_at.is_(None))
        ).all()
        self.company_by_key: dict[str, str] = {key or "": cid for cid, key, _ in live}
        #: Stored names of live companies (the contacts' documents show them).
        self.company_names: dict[str, str] = {cid: name for cid, _, name in live}
        #: Company ids as JSON text, as the contacts' rows give them.
        self.company_json: dict[str | None, str] = {None: "null"}
        self.new_companies: list[dict[str, Any]] = []
        self.name_keys: dict[str, str] = {}
        #: The chunk's tags (by folded name) and each distinct tag list's tag ids.
        self.tag_by_key: dict[str, str] = {}
        self.tags_of: dict[tuple[str, ...], list[str]] = {}
        self.tag_names: dict[str, str] = {}

    def company_id(self, name: str, key: str | None = None) -> str:
        """The id of the live company of that name (its sort ``key``, when known).

        A new one is written with the next chunk.
        """
        if key is None:
            key = self.name_keys.get(name)
            if key is None:
                key = self.name_keys[name] = sort_key(name)
        if key not in self.company_by_key:
            self.new_company(new_id(), name, key)
        return self.company_by_key[key]

    def tag_ids(self, names: tuple[str, ...]) -> list[str]:
        """The ids of a contact's tags, each once (names cleaned as ``tags.link_many`` does)."""
        ids = self.tags_of.get(names)
        if ids is None:
            ids = self.tags_of[names] = [self.tag_by_key[fold(n)] for n in tags.clean(names)]
        return ids

    def names(
        self, company_id: str | None, tag_names: tuple[str, ...]
    ) -> tuple[str | None, list[str]]:
        """The stored names of a contact's company and tags, as its search document shows them."""
        company = self.company_names[company_id] if company_id else None
        return company, [self.tag_names[t] for t in self.tag_ids(tag_names)]

    def record_new_companies(self) -> None:
        """Companies the contacts' company names created count as created by this batch."""
        new = set(self.session.scalars(select(Company.id))) - self.companies_before
        recorded = set(
            self.session.scalars(
                select(ImportBatchItem.entity_id).where(
                    ImportBatchItem.batch_id == self.batch_id, ImportBatchItem.entity == "company"
                )
            )
        )
        rows = [
            {"batch_id": self.batch_id, "entity": "company", "entity_id": cid, "action": "created"}
            for cid in sorted(new - recorded)
        ]
        if rows:
            self.session.execute(insert(ImportBatchItem), rows)

    def create(self, slot: int, contact: NewContact | ContactRow | ImportedContact) -> None:
        if isinstance(contact, NewContact):
            item = contact
        else:
            row = wire.to_row(contact) if isinstance(contact, ImportedContact) else contact
            item = chunk_rows.prepare(row, self.region, self.new_id)
        self.pending.append((slot, item))
        self.pending_rows += 1
        if self.pending_rows >= _CHUNK:
            self.flush()

    def add_run(self, run: Run) -> None:
        """Contacts the reader made ready (``importing/runs.py``), written with the chunk."""
        for cid, name, key in run.companies:
            self.company_by_key[key] = cid
            self.company_names[cid] = name
        self.pending.append(run)
        self.pending_rows += len(run.ids)
        if self.pending_rows >= _CHUNK:
            self.flush()

    def new_company(self, cid: str, name: str, key: str) -> None:
        """A new company (named by the reader, or here): written with the next contacts."""
        self.company_by_key[key] = cid
        self.company_names[cid] = name
        self.new_companies.append(self._company_row(cid, name, utcnow()))

    def _company_row(self, cid: str, name: str, now: datetime) -> dict[str, Any]:
        return {
            "id": cid,
            "name": name,
            "owner_id": self.owner,
            "created_at": now,
            "updated_at": now,
            "deleted_at": None,
        }

    def real_id(self, contact_id: str) -> str:
        """The id of a matched contact, writing the pending ones first when it is one."""
        if not contact_id.startswith(PENDING):
            return contact_id
        slot = int(contact_id.removeprefix(PENDING))
        if self.index.contact_id(slot) is None:
            self.flush()
        real = self.index.contact_id(slot)
        assert real is not None, "a pending contact is written by flush"
        return real

    def flush(self) -> None:
        entries = self.pending
        if not entries:
            return
        self.pending, self.pending_rows = [], 0
        s = self.session
        s.flush()
        set_capture.new_transaction(s.connection())
        # A tag that exists as a tombstone is brought back (an update): before the window,
        # where the triggers record it.
        names = dict.fromkeys(t for tags_ in _tag_lists(entries) for t in tags_)
        self.tag_by_key = tags.ensure_tags(s, list(names))
        self.tags_of.clear()
        self.tag_names = {
            tid: name
            for tid, name in s.execute(
                select(Tag.id, Tag.name).where(Tag.id.in_(list(self.tag_by_key.values())))
            )
        }
        s.flush()
        items = [e for e in entries if not isinstance(e, Run)]
        runs = [e for e in entries if isinstance(e, Run)]
        ids: list[str] = []
        documents: list[tuple[Any, ...]] = []
        for part in _outbox_parts(entries):
            set_capture.new_transaction(s.connection())
            with self._window():
                if isinstance(part[0], Run):
                    with _search_marks_paused(s):
                        self._insert_runs(part)
                else:
                    built = self._insert(part)
                    ids += built.ids
                    documents += built.documents
        search_index.insert_new_contact_documents(s.connection(), documents)
        if runs:
            _insert_documents(s, ",".join(r.documents for r in runs))
        for run in runs:
            self.index.resolve_run(run.first_slot, run.ids)
        for (slot, item), cid in zip(items, ids, strict=True):
            self.index.resolve(slot, cid)
            if item.custom:
                self._custom(cid, item.custom, overwrite=True)
        # Documents are built a chunk at a time: the one statement at commit that built
        # 100k of them held tens of MB (and left the progress bar at 100% for seconds).
        s.flush()
        search_index.refresh(s.connection())
        # A chunk's lists, JSON parameters and SQLite's parse of them are freed by now;
        # glibc would keep the pages (the import's memory grew ~250 bytes a row). About
        # a millisecond a chunk.
        memory.give_back_freed_memory()

    @contextmanager
    def _window(self) -> Iterator[None]:
        """The inserts inside get their outbox rows set-based (when the clock is known)."""
        if self.capture is None:
            yield
        else:
            with self.capture.window(_CAPTURE_ORDER):
                yield

    def _insert_runs(self, runs: list[Run]) -> None:
        """Insert the runs' companies, contacts, rows and journal: texts the reader wrote."""
        s = self.session
        now_at = utcnow()
        owner = bulk.json_value(s, Contact, "owner_id", self.owner)
        now = bulk.json_value(s, Contact, "created_at", now_at)
        companies = [c for r in runs for c in r.companies]
        if companies:
            s.execute(
                insert(Company),
                [self._company_row(cid, name, now_at) for cid, name, _key in companies],
            )
            # Their documents come from the refresh (the insert trigger's mark is paused).
            bulk.execute(
                s,
                "INSERT OR IGNORE INTO search_dirty(entity, entity_id) "
                "SELECT 'company', value FROM json_each(?)",
                (json.dumps([cid for cid, _name, _key in companies]),),
            )
        contact_tail = f"{owner},{now},{now},null"
        _insert_rows(
            s, Contact, chunk_rows.NEW_CONTACT_KEYS, [r.contacts for r in runs], contact_tail
        )
        for model, keys, texts in (
            (Email, chunk_rows.NEW_EMAIL_KEYS, [r.emails for r in runs if r.emails]),
            (Phone, chunk_rows.NEW_PHONE_KEYS, [r.phones for r in runs if r.phones]),
            (Address, chunk_rows.NEW_ADDRESS_KEYS, [r.addresses for r in runs if r.addresses]),
        ):
            _insert_rows(s, model, keys, texts, owner)
        tagged = ",".join(r.record_tags for r in runs if r.record_tags)
        if tagged:
            # Each tag by its folded name (unique): the ids ``tag_ids`` gives.
            bulk.execute(
                s,
                "INSERT INTO record_tags(id, tag_id, entity, entity_id, owner_id) "
                "SELECT j.value ->> 0, t.id, 'contact', j.value ->> 1, ? "
                "FROM jsonb_each(?) j CROSS JOIN tags t ON t.name_key = j.value ->> 2 "
                "ORDER BY j.key",
                (self.owner, f"[{tagged}]"),
            )
        bulk.execute(
            s,
            "INSERT INTO import_batch_items(batch_id, entity, entity_id, action) "
            "SELECT ?, 'contact', value, 'created' FROM json_each(?) ORDER BY key",
            (self.batch_id, json.dumps([cid for r in runs for cid in r.ids])),
        )
        notes_tail = f"{owner},{now},{now}"
        _insert_rows(
            s, Note, chunk_rows.NEW_NOTE_KEYS, [r.notes for r in runs if r.notes], notes_tail
        )
        _insert_rows(
            s, ContactUrl, chunk_rows.NEW_URL_KEYS, [r.urls for r in runs if r.urls], owner
        )
        photos = [(*p[:2], self.owner, *p[2:]) for r in runs for p in r.photos]
        bulk.insert_tuples(s, ContactPhoto, chunk_rows.PHOTO_KEYS, photos)
        _insert_rows(
            s,
            ExternalId,
            chunk_rows.NEW_EXTERNAL_ID_KEYS,
            [r.external_ids for r in runs if r.external_ids],
            owner,
        )

    def _insert(self, items: list[NewContact]) -> _Inserted:
        """Insert the contacts with their companies, rows and journal; their ids and documents."""
        s = self.session
        owner = bulk.json_value(s, Contact, "owner_id", self.owner)
        now = bulk.json_value(s, Contact, "created_at", utcnow())
        contact_tail = f"{owner},{now},{now},null]"
        contacts: list[str] = []
        emails: list[str] = []
        phones: list[str] = []
        addresses: list[str] = []
        notes_: list[str] = []
        urls: list[str] = []
        external_ids: list[str] = []
        record_tags: list[tuple[Any, ...]] = []
        photos: list[tuple[Any, ...]] = []
        done = _Inserted()
        company_names, company_json = self.company_names, self.company_json
        shown_tags: dict[tuple[str, ...], list[str]] = {}
        for item in items:
            cid = item.contact_id
            done.ids.append(cid)
            company = self.company_id(item.company, item.company_sort_key) if item.company else None
            as_json = company_json.get(company)
            if as_json is None:
                as_json = company_json[company] = _encode(company)
            contacts.append(f"{item.contact},{as_json},{contact_tail}")
            if item.emails_json:
                emails.append(item.emails_json)
            if item.phones_json:
                phones.append(item.phones_json)
            if item.addresses_json:
                addresses.append(item.addresses_json)
            if item.tags:
                for tag_id in self.tag_ids(item.tags):
                    record_tags.append((self.new_id(), tag_id, "contact", cid, self.owner))
            if item.notes_json:
                notes_.append(item.notes_json)
            if item.urls_json:
                urls.append(item.urls_json)
            if not item.custom:  # with custom values, refresh builds it
                # The stored names of the contact's company and tags (``names``).
                name = company_names[company] if company else None
                tag_names = shown_tags.get(item.tags)
                if tag_names is None:
                    tag_names = shown_tags[item.tags] = self.names(None, item.tags)[1]
                ready = item.document
                if ready is not None and ready[0] == name and ready[1] == tag_names:
                    # Worked out for the names the file gives, which are the stored ones.
                    done.documents.append(("contact", cid, ready[2], name, *ready[3:]))
                else:
                    row = item.row
                    shown = (name, tag_names)
                    done.documents.append(chunk_rows.document_of(row, cid, shown, self.region))
            if item.photo:
                photos.append((*item.photo[:2], self.owner, *item.photo[2:]))
            if item.external_ids_json:
                external_ids.append(item.external_ids_json)
        if self.new_companies:
            s.execute(insert(Company), self.new_companies)
            self.new_companies = []
        # One statement a table, in the order add_contacts writes them (the outbox order).
        notes_tail = f"{owner},{now},{now}"
        bulk.insert_json(s, Contact, chunk_rows.NEW_CONTACT_KEYS, f"[{','.join(contacts)}]")
        for model, keys, rows, tail in (
            (Email, chunk_rows.NEW_EMAIL_KEYS, emails, owner),
            (Phone, chunk_rows.NEW_PHONE_KEYS, phones, owner),
            (Address, chunk_rows.NEW_ADDRESS_KEYS, addresses, owner),
        ):
            _insert_rows(s, model, keys, rows, tail)
        bulk.insert_tuples(s, RecordTag, chunk_rows.RECORD_TAG_KEYS, record_tags)
        journal = f'[{_encode(self.batch_id)},"contact",'
        bulk.insert_json(
            s,
            ImportBatchItem,
            ("batch_id", "entity", "entity_id", "action"),
            # The contact's id as its row gives it: ``[id, ...``.
            "["
            + ",".join(f'{journal}{i.contact[1 : i.contact.index(",")]},"created"]' for i in items)
            + "]",
        )
        _insert_rows(s, Note, chunk_rows.NEW_NOTE_KEYS, notes_, notes_tail)
        _insert_rows(s, ContactUrl, chunk_rows.NEW_URL_KEYS, urls, owner)
        bulk.insert_tuples(s, ContactPhoto, chunk_rows.PHOTO_KEYS, photos)
        _insert_rows(s, ExternalId, chunk_rows.NEW_EXTERNAL_ID_KEYS, external_ids, owner)
        return done

    def _custom(
        self, cid: str, custom: tuple[tuple[str, str], ...], *, overwrite: bool
    ) -> list[str]:
        problems: list[str] = []
        for name, value in custom:
            if name not in self.fields:
                custom_fields.define_field(self.session, "contact", name, "text")
                self.fields.add(name)
            if not overwrite and custom_fields.values_of(self.session, "contact", cid).get(name):
                continue
            try:
                custom_fields.set_value(self.session, "contact", cid, name, value)
            except ValidationError as exc:
                notes.add_note(self.session, "contact", cid, f"{name}: {value}")
                problems.append(str(exc))
        return problems

    def create_company(self, contact: ImportedContact) -> None:
        d = contact.draft
        record = companies.add_company(
            self.session,
            CompanyDraft(
                name=d.display_name,
                website=contact.urls[0] if contact.urls else None,
                background="\n\n".join(contact.notes) or None,
                emails=d.emails,
                phones=d.phones,
                addresses=d.addresses,
                tags=d.tags,
            ),
        )
        self.session.add(
            ImportBatchItem(
                batch_id=self.batch_id, entity="company", entity_id=record.id, action="created"
            )
        )

    def update(self, cid: str, contact: ImportedContact, mode: DuplicateAction) -> None:
        s = self.session
        s.flush()
        set_capture.new_transaction(s.connection())  # one contact's changes, as an edit
        snap = snapshot.take(s, cid)
        current = contacts.get_contact(s, cid).to_draft()
        merged = combine(current, contact.draft, overwrite=(mode == "update"))
        contacts.update_contact(s, cid, merged)
        have_notes = {n.body for n in notes.notes_of(s, "contact", cid)}
        added_notes = [
            notes.add_note(s, "contact", cid, body).id
            for body in contact.notes
            if body.strip() not in have_notes
        ]
        have_urls = set(s.scalars(select(ContactUrl.url).where(ContactUrl.contact_id == cid)))
        for i, u in enumerate(contact.urls):
            if u not in have_urls:
                s.add(
                    ContactUrl(
                        contact_id=cid, owner_id=self.owner, url=u, position=len(have_urls) + i
                    )
                )
        if contact.photo:
            photo = s.scalar(select(ContactPhoto).where(ContactPhoto.contact_id == cid))
            if photo is None:
                s.add(
                    ContactPhoto(
                        contact_id=cid,
                        owner_id=self.owner,
                        mime=contact.photo.mime,
                        data=contact.photo.data,
                    )
                )
            elif mode == "update":
                photo.mime, photo.data = contact.photo.mime, contact.photo.data
        added_ext: list[str] = []
        if contact.uid:
            exists = s.scalar(
                select(ExternalId.id).where(
                    ExternalId.source == _UID_SOURCE, ExternalId.external_id == contact.uid
                )
            )
            if exists is None:
                ext = ExternalId(
                    source=_UID_SOURCE, external_id=contact.uid, contact_id=cid, owner_id=self.owner
                )
                s.add(ext)
                s.flush()
                added_ext.append(ext.id)
        self._custom(cid, contact.custom, overwrite=(mode == "update"))
        snap["added_notes"] = added_notes
        snap["added_external_ids"] = added_ext
        s.add(
            ImportBatchItem(
                batch_id=self.batch_id,
                entity="contact",
                entity_id=cid,
                action="updated",
                before=snapshot.dumps(snap),
            )
        )
        s.flush()


@dataclass
class _Inserted:
    """The ids of the contacts a part of a chunk created, and their search documents."""

    ids: list[str] = field(default_factory=list)
    documents: list[tuple[Any, ...]] = field(default_factory=list)


def _insert_rows(
    session: Session, model: type[Base], keys: Sequence[str], rows: list[str], tail: str
) -> None:
    """Insert prepared JSON rows (``NewContact``), the writer's values in place of the tail."""
    if rows:
        text = f"[{','.join(rows)}]".replace(chunk_rows.TAIL, tail)
        bulk.insert_json(session, model, keys, text)


def _tag_lists(entries: list[Run | tuple[int, NewContact]]) -> Iterator[tuple[str, ...]]:
    for entry in entries:
        if isinstance(entry, Run):
            yield entry.tag_names
        else:
            yield entry[1].tags


def _outbox_parts(
    entries: list[Run | tuple[int, NewContact]],
) -> Iterator[list[Run] | list[NewContact]]:
    """The pending entries in file order, each part one outbox transaction.

    Runs the reader made (each within the limit) are joined while their changes fit;
    single contacts are split as ``_outbox_transactions`` does.
    """
    runs: list[Run] = []
    changes = 0
    singles: list[NewContact] = []
    for entry in entries:
        if isinstance(entry, Run):
            if singles:
                yield from _outbox_transactions(singles)
                singles = []
            if runs and changes + entry.changes > _TX_CHANGES:
                yield runs
                runs, changes = [], 0
            runs.append(entry)
            changes += entry.changes
        else:
            if runs:
                yield runs
                runs, changes = [], 0
            singles.append(entry[1])
    if runs:
        yield runs
    if singles:
        yield from _outbox_transactions(singles)


def _insert_documents(session: Session, documents: str) -> None:
    """Insert the search documents of runs' contacts (JSON rows joined by commas).

    Their rows were inserted with the dirty marks paused, so none waits to be rebuilt.
    """
    bulk.execute(
        session,
        "INSERT INTO search_docs(entity, entity_id, title, subtitle, name_key, keys, body) "
        "SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4, value ->> 5, "
        "value ->> 6 FROM jsonb_each(?) ORDER BY key",
        (f"[{documents}]",),
    )


@contextmanager
def _search_marks_paused(session: Session) -> Iterator[None]:
    """No search-dirty marks on insert inside: the runs' documents are written whole."""
    raw = set_capture.raw_connection(session.connection())
    raw.search_marks = False
    try:
        yield
    finally:
        raw.search_marks = True


def _outbox_transactions(rows: list[NewContact]) -> Iterator[list[NewContact]]:
    """The rows in runs whose changes make one outbox transaction each.

    Sync uploads 500 changes and the rest of the last transaction they reach, and an
    upload of several transactions may hold 2,000 (docs/SYNC.md): a transaction of at
    most ``_TX_CHANGES`` changes, its rows one after the other, always fits. A run holds
    whole contacts (counted generously: a new company each, every tag).
    """
    run: list[NewContact] = []
    changes = 0
    for row in rows:
        more = row.changes
        if run and changes + more > _TX_CHANGES:
            yield run
            run, changes = [], 0
        run.append(row)
        changes += more
    if run:
        yield run


def combine(current: ContactDraft, incoming: ContactDraft, *, overwrite: bool) -> ContactDraft:
    """The contact after taking in a matching row: lists are joined, fields filled or replaced."""

    def pick(old: Any, new: Any) -> Any:
        if overwrite:
            return new if new else old
        return old if old else new

    emails = list(current.emails)
    for e in incoming.emails:
        if e.value.lower() not in {x.value.lower() for x in emails}:
            emails.append(e)
    phones = list(current.phones)
    for p in incoming.phones:
        if digits(p.value)[-8:] not in {digits(x.value)[-8:] for x in phones}:
            phones.append(p)
    addresses = list(current.addresses)
    for a in incoming.addresses:
        if sort_key(a.one_line()) not in {sort_key(x.one_line()) for x in addresses}:
            addresses.append(a)
    company_id, company_name = current.company_id, None
    if incoming.company_name and (overwrite or not company_id):
        company_id, company_name = None, incoming.company_name
    return replace(
        current,
        display_name=pick(current.display_name, incoming.display_name),
        given_name=pick(current.given_name, incoming.given_name),
        family_name=pick(current.family_name, incoming.family_name),
        title=pick(current.title, incoming.title),
        company_id=company_id,
        company_name=company_name,
        emails=tuple(emails),
        phones=tuple(phones),
        addresses=tuple(addresses),
        birthday=pick(current.birthday, incoming.birthday),
        tags=tuple(dict.fromkeys((*current.tags, *incoming.tags))),
    )


def _process(
    session: Session,
    info: FileInfo,
    options: ImportOptions,
    report: ImportReport,
    writer: _Writer | None,
    progress: Progress | None,
    cancelled: Callable[[], bool] | None,
) -> None:
    region = local_settings.default_region(session)
    seed = read_seed(session)
    live = session.execute(
        select(Company.id, Company.sort_key, Company.name).where(Company.deleted_at.is_(None))
    ).all()
    planner = Planner(
        seed, {key or "" for _, key, _ in live}, options, region, live_contact_check(session)
    )
    bundler = Bundler(
        {key or "": (cid, name) for cid, key, name in live}, region, _CHUNK, _TX_CHANGES
    )
    first_new = planner.first_new
    written = SlotIds(first_new)
    if writer:
        writer.index = written
    # The line of each row created so far, by slot - first_new: a match on a row of the
    # same file not yet written is reported as ``pending:LINE``.
    lines = array("I")  # 4 bytes a row
    steps = reader_process.stream_steps(info, region, planner, bundler, progress)
    with closing(steps):
        for n, (kind, item, ref, action, warnings, found) in enumerate(steps):
            # Asked every 100 rows: a run holds up to a few hundred.
            if cancelled is not None and (n % 100 == 0 or kind == RUN) and cancelled():
                raise ImportCancelled("The import was cancelled; nothing was imported.")
            for warning in warnings:
                report.add_warning(warning)
            if found is not None:
                report.add_duplicate(_named(found, written, lines, first_new))
            if kind == RUN:
                report.created += len(item.ids)
                lines.extend(item.lines)
                for warning in item.warnings:
                    report.add_warning(warning)
                for match in item.found:
                    report.add_duplicate(_named(match, written, lines, first_new))
                if writer:
                    writer.add_run(item)
            elif kind == NEW_COMPANY:
                if writer:
                    writer.new_company(*item)
            elif kind == plan.CREATE:
                report.created += 1
                lines.append(item.line if isinstance(item, NewContact) else item[wire.LINE])
                if writer:
                    writer.create(ref, item)
            elif kind == plan.SKIP:
                report.skipped += 1
            elif kind == plan.UPDATE:
                report.updated += 1
                if writer:
                    row = item.row if isinstance(item, NewContact) else item
                    assert action is not None, "an update step carries its action"
                    writer.update(writer.real_id(ref), wire.from_row(row), action)
            elif kind == plan.COMPANY:
                report.companies_created += 1
                if writer:
                    writer.create_company(wire.from_row(item))
            else:
                report.add_error(item)
    if writer:
        writer.flush()


def _named(
    found: DuplicateFound, written: SlotIds, lines: array[int], first_new: int
) -> DuplicateFound:
    """A match on a contact of this file by its id once written, by its line till then."""
    existing = found.existing_id
    if not existing.startswith(PENDING):
        return found
    slot = int(existing.removeprefix(PENDING))
    existing = written.contact_id(slot) or f"{PENDING}{lines[slot - first_new]}"
    return replace(found, existing_id=existing)


@contextmanager
def _page_cache(session: Session, kib: int) -> Iterator[None]:
    """The session's connection with a page cache of ``kib`` KiB, restored on leaving."""
    conn = session.connection()
    before = int(conn.exec_driver_sql("PRAGMA cache_size").scalar_one())
    conn.exec_driver_sql(f"PRAGMA cache_size = -{int(kib)}")
    try:
        yield
    finally:
        conn.exec_driver_sql(f"PRAGMA cache_size = {before}")


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Python's cycle collector paused while the rows are written.

    The import makes few reference cycles but millions of objects, and the collector
    walked the long-lived ones (the duplicate index) again and again: about 7 us a row.
    Whatever cycles the import made are collected when it ends.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
        gc.collect()


def run_import(
    db: Database,
    info: FileInfo,
    options: ImportOptions | None = None,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportReport:
    """Import the file as one batch (or only count what would happen, for a dry run)."""
    options = options or ImportOptions()
    report = ImportReport(str(info.path), info.format, info.encoding.encoding, options.dry_run)
    if options.dry_run:
        with db.read() as session:
            _process(session, info, options, report, None, progress, cancelled)
        return report
    with db.write() as session, _page_cache(session, IMPORT_CACHE_KIB), _no_cycle_collection():
        batch = ImportBatch(source_name=info.path.name, file_format=info.format)
        session.add(batch)
        session.flush()
        writer = _Writer(session, batch.id, local_settings.local_user_id(session), db.clock)
        _process(session, info, options, report, writer, progress, cancelled)
        writer.record_new_companies()
        batch.created_count = report.created + report.companies_created
        batch.updated_count = report.updated
        batch.skipped_count = report.skipped
        batch.error_count = report.error_count
        # The batch's time is when its last row was written: undo treats anything
        # changed after it as the user's later work (see importing/undo.py).
        session.flush()
        batch.created_at = utcnow()
        report.batch_id = batch.id
    # The import's page cache (back to the connection's own size) and its lists are freed.
    memory.give_back_freed_memory()
    return report


@dataclass(frozen=True)
class BatchSummary:
    """One past import, as the undo list shows it."""

    id: str
    source_name: str
    file_format: str
    created: int
    updated: int
    skipped: int
    errors: int
    undone: bool


def list_batches(session: Session) -> list[BatchSummary]:
    rows = session.scalars(select(ImportBatch).order_by(ImportBatch.created_at.desc()))
    return [
        BatchSummary(
            b.id,
            b.source_name,
            b.file_format,
            b.created_count,
            b.updated_count,
            b.skipped_count,
            b.error_count,
            b.undone_at is not None,
        )
        for b in rows
    ]
