"""Running an import as one undoable batch (or as a dry run), and undoing a batch in one step."""

from __future__ import annotations

from array import array
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from crmdesk import companies, contacts, custom_fields, local_settings, notes, tags
from crmdesk.db import bulk, search_index, set_capture
from crmdesk.db.engine import Database
from crmdesk.db.models import (
    Company,
    ContactPhoto,
    ContactUrl,
    ExternalId,
    ImportBatch,
    ImportBatchItem,
    Note,
)
from crmdesk.db.types import utcnow
from crmdesk.duplicates import PENDING, DuplicateIndex
from crmdesk.errors import CrmError
from crmdesk.hlc import HybridLogicalClock
from crmdesk.ids import new_id
from crmdesk.importing import snapshot
from crmdesk.importing.detect import FileInfo, Progress, read_contacts
from crmdesk.importing.model import ImportedContact, RowProblem
from crmdesk.importing.report import DuplicateAction, DuplicateFound, ImportReport
from crmdesk.importing.undo import undo_batch as undo_batch  # noqa: PLC0414  (re-exported)
from crmdesk.phones import to_e164
from crmdesk.records import CompanyDraft, ContactDraft, LabeledValue
from crmdesk.text import digits, sort_key
from crmdesk.validation import ValidationError

_CHUNK = 2000
_UID_SOURCE = "uid"
_CREATED: dict[str, Any] = {"action": "created", "before": None}
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


@dataclass(frozen=True)
class ImportOptions:
    """How to treat rows that match an existing contact: for all, or by line number."""

    on_duplicate: DuplicateAction = "skip"
    decisions: Mapping[int, DuplicateAction] = field(default_factory=dict)
    dry_run: bool = False


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
        #: Contacts waiting to be written with one executemany, by duplicate-index slot.
        self.pending: list[tuple[int, ImportedContact]] = []
        self.index = DuplicateIndex()
        self.fields = {f.name for f in custom_fields.list_fields(session, "contact")}
        self.companies_before = set(session.scalars(select(Company.id)))
        self.company_by_key: dict[str, str] = {
            key or "": cid
            for cid, key in session.execute(
                select(Company.id, Company.sort_key).where(Company.deleted_at.is_(None))
            )
        }
        self.new_companies: list[dict[str, Any]] = []
        self.name_keys: dict[str, str] = {}

    def company_id(self, name: str) -> str:
        """The id of the live company of that name; a new one is written with the next chunk."""
        key = self.name_keys.get(name)
        if key is None:
            key = self.name_keys[name] = sort_key(name)
        if key not in self.company_by_key:
            now = utcnow()
            cid = new_id()
            self.company_by_key[key] = cid
            self.new_companies.append(
                {
                    "id": cid,
                    "name": name,
                    "owner_id": self.owner,
                    "created_at": now,
                    "updated_at": now,
                    "deleted_at": None,
                }
            )
        return self.company_by_key[key]

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

    def create(self, slot: int, contact: ImportedContact) -> None:
        self.pending.append((slot, contact))
        if len(self.pending) >= _CHUNK:
            self.flush()

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
        items = self.pending
        if not items:
            return
        self.pending = []
        drafts = [
            replace(
                c.draft, company_id=self.company_id(c.draft.company_name.strip()), company_name=None
            )
            if c.draft.company_name and c.draft.company_name.strip() and not c.draft.company_id
            else c.draft
            for _, c in items
        ]
        s = self.session
        s.flush()
        # Sync sends a local transaction whole (200,000 changes at most): a chunk of
        # contacts, with everything they bring, makes one.
        set_capture.new_transaction(s.connection())
        # A tag that exists as a tombstone is brought back (an update): before the window,
        # where the triggers record it.
        tags.ensure_tags(s, [t for _, c in items for t in c.draft.tags])
        s.flush()
        if self.capture is None:
            ids = self._insert(items, drafts)
        else:
            with self.capture.window(_CAPTURE_ORDER):
                ids = self._insert(items, drafts)
        for (_, contact), cid in zip(items, ids, strict=True):
            if contact.custom:
                self._custom(cid, contact, overwrite=True)
        # Documents are built a chunk at a time: the one statement at commit that built
        # 100k of them held tens of MB (and left the progress bar at 100% for seconds).
        s.flush()
        search_index.refresh(s.connection())

    def _insert(
        self, items: list[tuple[int, ImportedContact]], drafts: list[ContactDraft]
    ) -> list[str]:
        """Insert the chunk's contacts with their companies, rows and journal; their ids."""
        s = self.session
        if self.new_companies:
            s.execute(insert(Company), self.new_companies)
            self.new_companies = []
        ids = contacts.add_contacts(s, drafts)
        # The journal and the child rows go through the Core fast path (one executemany
        # a table, ids given here): the ORM's bulk insert cost more than SQLite's work.
        bulk.insert_rows(
            s,
            ImportBatchItem,
            [
                {"batch_id": self.batch_id, "entity": "contact", "entity_id": cid, **_CREATED}
                for cid in ids
            ],
        )
        now = utcnow()
        note_rows: list[dict[str, Any]] = []
        url_rows: list[dict[str, Any]] = []
        photo_rows: list[dict[str, Any]] = []
        ext_rows: list[dict[str, Any]] = []
        for (slot, contact), cid in zip(items, ids, strict=True):
            self.index.resolve(slot, cid)
            note_rows += [self._note(cid, body, now) for body in contact.notes]
            url_rows += [
                {
                    "id": new_id(),
                    "contact_id": cid,
                    "owner_id": self.owner,
                    "url": u,
                    "label": None,
                    "position": i,
                }
                for i, u in enumerate(contact.urls)
            ]
            if contact.photo:
                photo_rows.append(
                    {
                        "id": new_id(),
                        "contact_id": cid,
                        "owner_id": self.owner,
                        "mime": contact.photo.mime,
                        "data": contact.photo.data,
                    }
                )
            if contact.uid:
                ext_rows.append(
                    {
                        "id": new_id(),
                        "source": _UID_SOURCE,
                        "external_id": contact.uid,
                        "contact_id": cid,
                        "owner_id": self.owner,
                    }
                )
        bulk.insert_rows(s, Note, note_rows)
        bulk.insert_rows(s, ContactUrl, url_rows)
        bulk.insert_rows(s, ContactPhoto, photo_rows)
        bulk.insert_rows(s, ExternalId, ext_rows)
        return ids

    def _note(self, cid: str, body: str, now: datetime) -> dict[str, Any]:
        return {
            "id": new_id(),
            "entity": "contact",
            "entity_id": cid,
            "body": body.strip(),
            "owner_id": self.owner,
            "created_at": now,
            "updated_at": now,
            "deleted_at": None,
        }

    def _custom(self, cid: str, contact: ImportedContact, *, overwrite: bool) -> list[str]:
        problems: list[str] = []
        for name, value in contact.custom:
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
        self._custom(cid, contact, overwrite=(mode == "update"))
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


def _e164s(phones: tuple[LabeledValue, ...], region: str | None) -> list[str | None]:
    return [to_e164(p.value, region) for p in phones]


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
    index = DuplicateIndex.load(session)
    if writer:
        writer.index = index
    # The line of each row created so far, by slot - first_new: a match on a row of the
    # same file is reported as ``pending:LINE``.
    first_new, lines = len(index), array("q")
    company_names = set(
        session.scalars(select(Company.sort_key).where(Company.deleted_at.is_(None)))
    )
    for n, item in enumerate(read_contacts(info, region, progress)):
        if cancelled is not None and n % 100 == 0 and cancelled():
            raise ImportCancelled("The import was cancelled; nothing was imported.")
        if isinstance(item, RowProblem):
            report.add_error(item)
            continue
        for warning in item.warnings:
            report.add_warning(RowProblem(item.line, warning))
        d = item.draft
        if item.company_only:
            key = sort_key(d.display_name)
            if key in company_names:
                report.skipped += 1
                report.add_warning(
                    RowProblem(item.line, f"company '{d.display_name}' already exists; skipped")
                )
            else:
                company_names.add(key)
                report.companies_created += 1
                if writer:
                    writer.create_company(item)
            continue
        uid = f"{_UID_SOURCE}:{item.uid}" if item.uid else None
        e164s = list(item.e164s) if len(item.e164s) == len(d.phones) else _e164s(d.phones, region)
        hit = index.match(
            uid=uid,
            emails=[e.value for e in d.emails],
            e164s=e164s,
            display_name=d.display_name,
            company=d.company_name,
        )
        action: DuplicateAction = "create"
        if hit is not None:
            default = "update" if hit.reason == "same UID" else options.on_duplicate
            action = options.decisions.get(item.line, default)
            existing = hit.contact_id
            if existing.startswith(PENDING):
                existing = f"{PENDING}{lines[int(existing.removeprefix(PENDING)) - first_new]}"
            report.add_duplicate(
                DuplicateFound(item.line, d.display_name, existing, hit.reason, action)
            )
        if action == "skip":
            report.skipped += 1
            continue
        if action in ("update", "merge") and hit is not None:
            report.updated += 1
            if writer:
                writer.update(writer.real_id(hit.contact_id), item, action)
            continue
        report.created += 1
        slot = index.add(
            None,
            uid=uid,
            emails=[e.value for e in d.emails],
            e164s=e164s,
            display_name=d.display_name,
            company=d.company_name,
        )
        lines.append(item.line)
        if writer:
            writer.create(slot, item)
    if writer:
        writer.flush()


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
    with db.write() as session:
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
