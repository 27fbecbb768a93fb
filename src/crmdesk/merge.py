"""Merging duplicate contacts into one, losing nothing, and undoing a merge.

The survivor takes the chosen field values, every email, phone, address, tag, URL and
custom value of both, and all activities (history included), opportunities, notes and
external ids of the other contact. The other contact is kept as a tombstone with its
own rows untouched, so an undo only has to move things back and revive it. Three or
more duplicates merge as a group of pairwise merges that undo together. An undo never
overwrites edits made to the survivor after the merge without being told to.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
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
from crmdesk.ids import new_id
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
    session: Session,
    survivor_id: str,
    other_id: str,
    picks: Mapping[str, Side] | None = None,
    *,
    group: str | None = None,
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
    # Stamped after every write of the merge: undo treats a survivor changed after this
    # time as the user's later work.
    session.flush()
    journal = MergeJournal(
        entity="contact",
        survivor_id=survivor_id,
        merged_id=other_id,
        created_at=utcnow(),
        undo=json.dumps(
            {
                "survivor": before,
                "moved": moved,
                "group": group or new_id(),
                # Put back on undo, so undoing an earlier merge next does not take the
                # undo's own writes for the user's later edits.
                "updated_at": [survivor.updated_at.isoformat(), other.updated_at.isoformat()],
            },
            ensure_ascii=False,
        ),
    )
    session.add(journal)
    session.flush()
    return journal.id


def merge_group(
    session: Session,
    survivor_id: str,
    other_ids: Sequence[str],
    picks: Mapping[str, str] | None = None,
) -> str:
    """Merge several duplicates into ``survivor_id`` in one step; returns a journal id.

    ``picks`` maps a field (as for ``merge_contacts``) to the id of the contact whose
    value to keep; other fields keep the survivor's value, or the first other's where
    the survivor has none. Undoing the returned journal undoes the whole group.
    """
    picks = picks or {}
    others = list(dict.fromkeys(other_ids))
    if not others:
        raise CrmError("Name at least one contact to merge into the one to keep.")
    if survivor_id in others:
        raise CrmError("A contact cannot be merged with itself.")
    strangers = sorted(set(picks.values()) - {survivor_id, *others})
    if strangers:
        raise CrmError(f"Field values can only come from the merged contacts, not {strangers[0]}.")
    group = new_id()
    journal = ""
    settled = {survivor_id}  # contacts whose picked values the survivor holds by now
    for other in others:
        sides: dict[str, Side] = {
            name: "other" if cid == other else "survivor"
            for name, cid in picks.items()
            if cid == other or cid in settled
        }
        journal = merge_contacts(session, survivor_id, other, sides, group=group)
        settled.add(other)
    return journal


class SurvivorChanged(CrmError):
    """The kept contact was edited after the merge; undoing would throw that away."""


def _group(session: Session, journal: MergeJournal) -> list[MergeJournal]:
    """The journals of one merge (several for a merge of three or more), oldest first."""
    group = json.loads(journal.undo).get("group")
    if group is None:
        return [journal]
    rows = session.scalars(
        select(MergeJournal)
        .where(MergeJournal.survivor_id == journal.survivor_id, MergeJournal.undone_at.is_(None))
        .order_by(MergeJournal.created_at)
    )
    return [r for r in rows if json.loads(r.undo).get("group") == group] or [journal]


def undo_merge(session: Session, journal_id: str, *, keep_changed: bool = False) -> None:
    """Put the contacts back as they were before the merge (all of them, for a group merge).

    A survivor edited since the merge makes it refuse (``SurvivorChanged``), unless
    ``keep_changed``: then the merged contacts come back with their activities, deals,
    notes and ids, and the survivor stays as it is now. A survivor deleted or merged
    again since cannot take part: that must be undone first.
    """
    journal = session.get(MergeJournal, journal_id)
    if journal is None:
        raise CrmError(f"No merge {journal_id}.")
    if journal.undone_at is not None:
        raise CrmError("This merge was already undone.")
    journals = _group(session, journal)
    survivor = session.get(Contact, journal.survivor_id)
    if survivor is None or survivor.deleted_at is not None:
        later = session.scalar(
            select(MergeJournal.id).where(
                MergeJournal.merged_id == journal.survivor_id, MergeJournal.undone_at.is_(None)
            )
        )
        raise CrmError(
            f"The contact this merge kept was merged into another since (merge {later}); "
            "undo that merge first."
            if later
            else "The contact this merge kept was deleted since; the merge cannot be undone."
        )
    others = [session.get(Contact, j.merged_id) for j in journals]
    if any(o is None for o in others):
        raise CrmError("The merged contact no longer exists; the merge cannot be undone.")
    if survivor.updated_at > max(j.created_at for j in journals) and not keep_changed:
        raise SurvivorChanged(
            f"{survivor.display_name} was edited after the merge, so nothing was undone. "
            "Undo it anyway to bring the merged contacts back and keep "
            f"{survivor.display_name} as it is now."
        )
    for j in reversed(journals):
        _undo_one(session, j, restore_survivor=not keep_changed)


def _undo_one(session: Session, journal: MergeJournal, *, restore_survivor: bool) -> None:
    other = session.get(Contact, journal.merged_id)
    assert other is not None
    data = json.loads(journal.undo)
    stamps = [datetime.fromisoformat(t) for t in data.get("updated_at", ())] or [utcnow()] * 2
    other.deleted_at = None
    other.updated_at = stamps[1]
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
    if restore_survivor:
        snapshot.restore(session, journal.survivor_id, data["survivor"])
        session.execute(
            update(Contact)
            .where(Contact.id == journal.survivor_id)
            .values(updated_at=stamps[0])
            .execution_options(synchronize_session=False)
        )
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
