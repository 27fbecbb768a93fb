"""Undoing an import batch without destroying work done after it.

An import is undone in one step: the contacts and companies it created are deleted
(as tombstones, so the deletions sync) and the contacts it updated are put back as
they were. Records the user worked on after the import — edited, given activities,
deals or notes, or (for companies) given other contacts — are never thrown away
silently: by default the undo refuses and lists them (``LaterChanges``); with
``keep_changed`` it undoes everything else and keeps those records as they are now.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, select, update
from sqlalchemy.orm import InstrumentedAttribute, Session

from crmdesk import contacts, notes
from crmdesk.db.models import (
    Activity,
    Company,
    Contact,
    ExternalId,
    ImportBatch,
    ImportBatchItem,
    Note,
    Opportunity,
)
from crmdesk.db.types import utcnow
from crmdesk.errors import CrmError
from crmdesk.importing import snapshot
from crmdesk.validation import NotFound

_IN = 500
#: How many kept records the error message names (the exception carries them all).
_NAMED = 5


@dataclass(frozen=True)
class KeptRecord:
    """A record of the batch that was changed after the import, and how."""

    entity: str
    id: str
    name: str
    reason: str


@dataclass(frozen=True)
class UndoResult:
    """What undoing a batch did."""

    removed: int
    restored: int
    kept: tuple[KeptRecord, ...] = ()

    @property
    def touched(self) -> int:
        return self.removed + self.restored


class LaterChanges(CrmError):
    """Some records of the batch were changed after the import; nothing was undone."""

    def __init__(self, records: Sequence[KeptRecord]) -> None:
        self.records = tuple(records)
        named = "; ".join(f"{r.name} ({r.reason})" for r in self.records[:_NAMED])
        more = len(self.records) - _NAMED
        super().__init__(
            f"{len(self.records)} record(s) from this import were changed after it, so "
            f"nothing was undone: {named}{f'; and {more} more' if more > 0 else ''}. "
            "Undo the rest and keep these records, or delete them yourself."
        )


def _chunks(ids: Sequence[str]) -> Iterable[Sequence[str]]:
    for start in range(0, len(ids), _IN):
        yield ids[start : start + _IN]


def _ids_where(
    session: Session,
    column: InstrumentedAttribute[Any],
    ids: Sequence[str],
    *extra: ColumnElement[bool],
) -> set[str]:
    """The values of ``column`` among ``ids`` that have a row matching ``extra``."""
    found: set[str] = set()
    for part in _chunks(ids):
        found.update(session.scalars(select(column).where(column.in_(part), *extra).distinct()))
    return found


def later_changes(
    session: Session,
    since: datetime,
    created: Sequence[str],
    updated: Sequence[str],
    companies: Sequence[str],
) -> list[KeptRecord]:
    """The batch's live records that were worked on after ``since`` (the import's end)."""
    reasons: dict[tuple[str, str], list[str]] = {}

    def flag(entity: str, ids: Iterable[str], why: str) -> None:
        for i in ids:
            reasons.setdefault((entity, i), []).append(why)

    live = Contact.deleted_at.is_(None)
    edited = Contact.updated_at > since
    changed = "edited after the import"
    flag("contact", _ids_where(session, Contact.id, updated, live, edited), changed)
    # An import writes a new contact with updated_at == created_at; the second test also
    # keeps batches written before the batch time was the end of the import from being
    # reported as edited throughout.
    flag(
        "contact",
        _ids_where(
            session, Contact.id, created, live, edited, Contact.updated_at > Contact.created_at
        ),
        changed,
    )
    flag(
        "contact",
        _ids_where(session, Activity.contact_id, created, Activity.deleted_at.is_(None)),
        "has activities",
    )
    flag(
        "contact",
        _ids_where(session, Opportunity.contact_id, created, Opportunity.deleted_at.is_(None)),
        "has deals",
    )
    flag(
        "contact",
        _ids_where(
            session,
            Note.entity_id,
            created,
            Note.entity == "contact",
            Note.deleted_at.is_(None),
            Note.updated_at > since,
        ),
        "has notes written after the import",
    )
    live_company = Company.deleted_at.is_(None)
    flag(
        "company",
        _ids_where(session, Company.id, companies, live_company, Company.updated_at > since),
        "edited after the import",
    )
    flag(
        "company",
        _ids_where(session, Activity.company_id, companies, Activity.deleted_at.is_(None)),
        "has activities",
    )
    flag(
        "company",
        _ids_where(session, Opportunity.company_id, companies, Opportunity.deleted_at.is_(None)),
        "has deals",
    )
    batch_contacts = {*created, *updated}
    other_members: set[str] = set()
    for part in _chunks(companies):
        for company_id, contact_id in session.execute(
            select(Contact.company_id, Contact.id).where(Contact.company_id.in_(part), live)
        ):
            if company_id and contact_id not in batch_contacts:
                other_members.add(company_id)
    flag("company", other_members, "has contacts from outside the import")
    return _named(session, reasons)


def _named(session: Session, reasons: dict[tuple[str, str], list[str]]) -> list[KeptRecord]:
    names: dict[tuple[str, str], str] = {}
    for entity, model_name in (("contact", Contact.display_name), ("company", Company.name)):
        ids = [i for e, i in reasons if e == entity]
        model_id = Contact.id if entity == "contact" else Company.id
        for part in _chunks(ids):
            query = select(model_id, model_name).where(model_id.in_(part))
            for rid, name in session.execute(query):
                names[(entity, rid)] = name
    return sorted(
        (
            KeptRecord(entity, rid, names.get((entity, rid), rid), ", ".join(why))
            for (entity, rid), why in reasons.items()
        ),
        key=lambda r: (r.entity != "contact", r.name, r.id),
    )


def undo_batch(session: Session, batch_id: str, *, keep_changed: bool = False) -> UndoResult:
    """Undo a whole import: created records deleted, updated ones put back.

    Records changed after the import make it refuse (``LaterChanges``, nothing done),
    unless ``keep_changed``: then they stay as they are and the rest is undone.
    """
    batch = session.get(ImportBatch, batch_id)
    if batch is None:
        raise CrmError(f"No import batch {batch_id}.")
    if batch.undone_at is not None:
        raise CrmError(f"Import batch {batch_id} was already undone.")
    items = session.scalars(
        select(ImportBatchItem)
        .where(ImportBatchItem.batch_id == batch_id)
        .order_by(ImportBatchItem.seq.desc())
    ).all()
    created = [i.entity_id for i in items if i.action == "created" and i.entity == "contact"]
    updated = [i.entity_id for i in items if i.action == "updated" and i.entity == "contact"]
    company_ids = [i.entity_id for i in items if i.action == "created" and i.entity == "company"]
    kept = later_changes(session, batch.created_at, created, updated, company_ids)
    if kept and not keep_changed:
        raise LaterChanges(kept)
    keep = {r.id for r in kept}
    removed = 0
    doomed = [c for c in created if c not in keep]
    for part in _chunks(doomed):
        removed += contacts.delete_contacts(session, part)
    restored = 0
    for item in items:
        if item.action != "updated" or not item.before or item.entity_id in keep:
            continue
        if session.scalar(select(Contact.deleted_at).where(Contact.id == item.entity_id)):
            continue  # deleted since the import: not brought back
        snap = json.loads(item.before)
        snapshot.restore(session, item.entity_id, snap)
        for note_id in snap.get("added_notes", []):
            with contextlib.suppress(NotFound):  # deleted since
                notes.delete_note(session, note_id)
        for ext_id in snap.get("added_external_ids", []):
            ext = session.get(ExternalId, ext_id)
            if ext is not None:
                session.delete(ext)
        restored += 1
    doomed_companies = [c for c in company_ids if c not in keep]
    # A company stays while a contact that stays still belongs to it.
    still_used = _ids_where(
        session, Contact.company_id, doomed_companies, Contact.deleted_at.is_(None)
    )
    for part in _chunks([c for c in doomed_companies if c not in still_used]):
        now = utcnow()
        result = session.execute(
            update(Company)
            .where(Company.id.in_(part), Company.deleted_at.is_(None))
            .values(deleted_at=now, updated_at=now)
            .execution_options(synchronize_session=False)
        )
        removed += int(result.rowcount)  # type: ignore[attr-defined]
    batch.undone_at = utcnow()
    session.flush()
    return UndoResult(removed, restored, tuple(kept))
