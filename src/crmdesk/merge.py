"""Merging two duplicate contacts into one, losing nothing, and undoing a merge.

The survivor takes the chosen field values, every email, phone, address, tag, URL and
custom value of both, and all activities (history included), opportunities, notes and
external ids of the other contact. The other contact is kept as a tombstone with its
own rows untouched, so an undo only has to move things back and revive it.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any, Literal

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from crmdesk import contacts, custom_fields
from crmdesk.db.models import (
    Activity,
    Contact,
    ContactPhoto,
    ContactUrl,
    ExternalId,
    MergeJournal,
    Note,
    Opportunity,
)
from crmdesk.db.types import utcnow
from crmdesk.errors import CrmError
from crmdesk.importing import snapshot
from crmdesk.importing.batches import combine
from crmdesk.records import ContactRecord

Side = Literal["survivor", "other"]
#: Fields the merge screen lets the user pick per side.
PICKABLE: tuple[str, ...] = (
    "display_name",
    "given_name",
    "family_name",
    "title",
    "company_id",
    "birthday",
)
_MOVED: dict[str, type[Activity] | type[Opportunity]] = {
    "activities": Activity,
    "opportunities": Opportunity,
}


@dataclass(frozen=True)
class MergeSummary:
    """One merge, as the undo list shows it."""

    id: str
    survivor_id: str
    merged_id: str
    created_at: datetime
    undone: bool


def _pick(survivor: ContactRecord, other: ContactRecord, picks: Mapping[str, Side]) -> Any:
    draft = combine(survivor.to_draft(), other.to_draft(), overwrite=False)
    values: dict[str, Any] = {}
    for name in PICKABLE:
        side = picks.get(name)
        if side == "other":
            values[name] = getattr(other, name)
        elif side == "survivor":
            values[name] = getattr(survivor, name)
    if "company_id" in values:
        values["company_name"] = None
    return replace(draft, **values)


def merge_contacts(
    session: Session, survivor_id: str, other_id: str, picks: Mapping[str, Side] | None = None
) -> str:
    """Merge ``other_id`` into ``survivor_id``; returns the journal id for undo.

    ``picks`` chooses a side per field (``PICKABLE`` and ``custom:NAME``, ``photo``); a
    field without a pick keeps the survivor's value, or the other's when the survivor's
    is empty.
    """
    picks = picks or {}
    if survivor_id == other_id:
        raise CrmError("A contact cannot be merged with itself.")
    survivor = contacts.get_contact(session, survivor_id)
    other = contacts.get_contact(session, other_id)
    before = snapshot.take(session, survivor_id)
    contacts.update_contact(session, survivor_id, _pick(survivor, other, picks))
    for name, value in other.custom.items():
        mine = survivor.custom.get(name)
        if value is not None and (not mine or picks.get(f"custom:{name}") == "other"):
            custom_fields.set_value(session, "contact", survivor_id, name, value)
    have_urls = set(
        session.scalars(select(ContactUrl.url).where(ContactUrl.contact_id == survivor_id))
    )
    for row in session.scalars(select(ContactUrl).where(ContactUrl.contact_id == other_id)):
        if row.url not in have_urls:
            session.add(
                ContactUrl(
                    contact_id=survivor_id,
                    owner_id=row.owner_id,
                    url=row.url,
                    label=row.label,
                    position=len(have_urls),
                )
            )
            have_urls.add(row.url)
    theirs = session.scalar(select(ContactPhoto).where(ContactPhoto.contact_id == other_id))
    mine_photo = session.scalar(select(ContactPhoto).where(ContactPhoto.contact_id == survivor_id))
    if theirs is not None and (mine_photo is None or picks.get("photo") == "other"):
        if mine_photo is None:
            session.add(
                ContactPhoto(
                    contact_id=survivor_id,
                    owner_id=theirs.owner_id,
                    mime=theirs.mime,
                    data=theirs.data,
                )
            )
        else:
            mine_photo.mime, mine_photo.data = theirs.mime, theirs.data
    moved: dict[str, list[str]] = {}
    for key, model in _MOVED.items():
        ids = list(session.scalars(select(model.id).where(model.contact_id == other_id)))
        if ids:
            session.execute(
                update(model)
                .where(model.id.in_(ids))
                .values(contact_id=survivor_id)
                .execution_options(synchronize_session=False)
            )
        moved[key] = ids
    note_ids = list(
        session.scalars(select(Note.id).where(Note.entity == "contact", Note.entity_id == other_id))
    )
    if note_ids:
        session.execute(
            update(Note)
            .where(Note.id.in_(note_ids))
            .values(entity_id=survivor_id)
            .execution_options(synchronize_session=False)
        )
    moved["notes"] = note_ids
    ext_ids = list(session.scalars(select(ExternalId.id).where(ExternalId.contact_id == other_id)))
    if ext_ids:
        session.execute(
            update(ExternalId)
            .where(ExternalId.id.in_(ext_ids))
            .values(contact_id=survivor_id)
            .execution_options(synchronize_session=False)
        )
    moved["external_ids"] = ext_ids
    contacts.delete_contacts(session, [other_id])
    journal = MergeJournal(
        entity="contact",
        survivor_id=survivor_id,
        merged_id=other_id,
        undo=json.dumps({"survivor": before, "moved": moved}, ensure_ascii=False),
    )
    session.add(journal)
    session.flush()
    return journal.id


def undo_merge(session: Session, journal_id: str) -> None:
    """Put both contacts back as they were before the merge."""
    journal = session.get(MergeJournal, journal_id)
    if journal is None:
        raise CrmError(f"No merge {journal_id}.")
    if journal.undone_at is not None:
        raise CrmError("This merge was already undone.")
    other = session.get(Contact, journal.merged_id)
    if other is None:
        raise CrmError("The merged contact no longer exists; the merge cannot be undone.")
    data = json.loads(journal.undo)
    other.deleted_at = None
    other.updated_at = utcnow()
    session.flush()
    moved = data["moved"]
    for key, model in _MOVED.items():
        if moved.get(key):
            session.execute(
                update(model)
                .where(model.id.in_(moved[key]))
                .values(contact_id=journal.merged_id)
                .execution_options(synchronize_session=False)
            )
    if moved.get("notes"):
        session.execute(
            update(Note)
            .where(Note.id.in_(moved["notes"]))
            .values(entity_id=journal.merged_id)
            .execution_options(synchronize_session=False)
        )
    if moved.get("external_ids"):
        session.execute(
            update(ExternalId)
            .where(ExternalId.id.in_(moved["external_ids"]))
            .values(contact_id=journal.merged_id)
            .execution_options(synchronize_session=False)
        )
    snapshot.restore(session, journal.survivor_id, data["survivor"])
    journal.undone_at = utcnow()
    session.flush()


def list_merges(session: Session, limit: int = 100) -> list[MergeSummary]:
    rows = session.scalars(
        select(MergeJournal).order_by(MergeJournal.created_at.desc()).limit(limit)
    )
    return [
        MergeSummary(r.id, r.survivor_id, r.merged_id, r.created_at, r.undone_at is not None)
        for r in rows
    ]
