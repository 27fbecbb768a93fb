"""Notes: timestamped free text on any contact, company, opportunity or activity."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from crmdesk import local_settings, ownership
from crmdesk.db import bulk
from crmdesk.db.models import Activity, Company, Contact, Note, Opportunity
from crmdesk.db.types import utcnow
from crmdesk.errors import CrmError
from crmdesk.ids import new_id
from crmdesk.validation import NotFound

NOTE_ENTITIES = ("contact", "company", "opportunity", "activity")
_MODELS: dict[str, type[Contact | Company | Opportunity | Activity]] = {
    "contact": Contact,
    "company": Company,
    "opportunity": Opportunity,
    "activity": Activity,
}


@dataclass(frozen=True)
class NoteRecord:
    id: str
    entity: str
    entity_id: str
    body: str
    created_at: datetime
    updated_at: datetime
    owner_id: str


def _record(row: Note) -> NoteRecord:
    return NoteRecord(
        row.id, row.entity, row.entity_id, row.body, row.created_at, row.updated_at, row.owner_id
    )


def add_note(session: Session, entity: str, entity_id: str, body: str) -> NoteRecord:
    """Attach a note to a record."""
    if entity not in NOTE_ENTITIES:
        raise CrmError(f"Notes go on {', '.join(NOTE_ENTITIES)}.")
    if not body.strip():
        raise CrmError("A note cannot be empty.")
    model = _MODELS[entity]
    live = session.scalar(select(model.id).where(model.id == entity_id, model.deleted_at.is_(None)))
    if live is None:
        raise NotFound(f"No {entity} with id {entity_id}.")
    row = Note(
        entity=entity,
        entity_id=entity_id,
        body=body.strip(),
        owner_id=ownership.owner_of(session, entity, entity_id)
        or local_settings.local_user_id(session),
    )
    session.add(row)
    session.flush()
    return _record(row)


def add_many(session: Session, items: Sequence[tuple[str, str, str]]) -> list[str]:
    """Attach many notes at once; ``items`` holds ``(entity, entity_id, body)``.

    The same checks as ``add_note``, with the records looked up set-wise.
    """
    wanted: dict[str, set[str]] = {}
    for entity, entity_id, body in items:
        if entity not in NOTE_ENTITIES:
            raise CrmError(f"Notes go on {', '.join(NOTE_ENTITIES)}.")
        if not body.strip():
            raise CrmError("A note cannot be empty.")
        wanted.setdefault(entity, set()).add(entity_id)
    live: set[tuple[str, str]] = set()
    for entity, ids in wanted.items():
        model = _MODELS[entity]
        ordered = sorted(ids)
        for start in range(0, len(ordered), 500):
            query = select(model.id).where(
                model.id.in_(ordered[start : start + 500]), model.deleted_at.is_(None)
            )
            live.update((entity, i) for i in session.scalars(query))
    owner = local_settings.local_user_id(session)
    record_owner = {
        (entity, rid): who
        for entity, ids in wanted.items()
        for rid, who in ownership.owners(session, entity, set(ids)).items()
    }
    now = utcnow()
    rows: list[dict[str, object]] = []
    for entity, entity_id, body in items:
        if (entity, entity_id) not in live:
            raise NotFound(f"No {entity} with id {entity_id}.")
        rows.append(
            {
                "id": new_id(),
                "entity": entity,
                "entity_id": entity_id,
                "body": body.strip(),
                "owner_id": record_owner.get((entity, entity_id), owner),
                "created_at": now,
                "updated_at": now,
                "deleted_at": None,
            }
        )
    bulk.insert_rows(session, Note, rows)
    return [str(r["id"]) for r in rows]


def edit_note(session: Session, note_id: str, body: str) -> NoteRecord:
    row = session.get(Note, note_id)
    if row is None or row.deleted_at is not None:
        raise NotFound(f"No note with id {note_id}.")
    if not body.strip():
        raise CrmError("A note cannot be empty.")
    row.body = body.strip()
    session.flush()
    return _record(row)


def delete_note(session: Session, note_id: str) -> None:
    row = session.get(Note, note_id)
    if row is None or row.deleted_at is not None:
        raise NotFound(f"No note with id {note_id}.")
    row.deleted_at = utcnow()


def notes_of(session: Session, entity: str, entity_id: str) -> list[NoteRecord]:
    """The record's notes, newest first."""
    rows = session.scalars(
        select(Note)
        .where(Note.entity == entity, Note.entity_id == entity_id, Note.deleted_at.is_(None))
        .order_by(Note.created_at.desc())
    )
    return [_record(r) for r in rows]
