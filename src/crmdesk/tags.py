"""Tags: finding or creating them by name, and putting them on records."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from crmdesk.db import bulk
from crmdesk.db.models import RecordTag, Tag
from crmdesk.ids import new_id
from crmdesk.tag_names import clean as clean  # noqa: PLC0414  (re-exported)
from crmdesk.text import fold

#: Record kinds that can carry tags, notes and custom fields.
TAGGABLE = ("contact", "company", "opportunity")


def ensure_tags(session: Session, names: Sequence[str]) -> dict[str, str]:
    """Ids of the named tags, creating the missing ones; keyed by folded name."""
    return {key: tid for key, (tid, _) in _ensure_named(session, names).items()}


def _ensure_named(session: Session, names: Sequence[str]) -> dict[str, tuple[str, str]]:
    """``ensure_tags`` with each tag's stored name: folded name -> (id, name)."""
    wanted = {fold(n): n for n in clean(names)}
    if not wanted:
        return {}
    found: dict[str, tuple[str, str]] = {}
    for tid, key, name, deleted in session.execute(
        select(Tag.id, Tag.name_key, Tag.name, Tag.deleted_at).where(Tag.name_key.in_(wanted))
    ):
        if key is None:
            continue
        found[key] = (tid, name)
        if deleted is not None:
            session.execute(update(Tag).where(Tag.id == tid).values(deleted_at=None))
    for key, name in wanted.items():
        if key not in found:
            tag = Tag(name=name)
            session.add(tag)
            session.flush()
            found[key] = (tag.id, name)
    return found


def set_tags(
    session: Session, entity: str, entity_id: str, owner_id: str, names: Sequence[str]
) -> tuple[str, ...]:
    """Make the record's tags exactly ``names``; returns what ``tags_of`` would read."""
    named = _ensure_named(session, names)
    have: dict[str, str] = {
        tag_id: link_id
        for tag_id, link_id in session.execute(
            select(RecordTag.tag_id, RecordTag.id).where(
                RecordTag.entity == entity, RecordTag.entity_id == entity_id
            )
        )
    }
    want = {tid for tid, _ in named.values()}
    gone = [rid for tid, rid in have.items() if tid not in want]
    if gone:
        session.execute(delete(RecordTag).where(RecordTag.id.in_(gone)))
    session.add_all(
        RecordTag(tag_id=tid, entity=entity, entity_id=entity_id, owner_id=owner_id)
        for tid in want - set(have)
    )
    # tags_of orders by name_key (crm_fold of the name, compared as UTF-8 bytes, which
    # is code point order, as Python compares strings); every tag here is live.
    return tuple(name for _, (_, name) in sorted(named.items()))


def add_tags(
    session: Session, entity: str, entity_ids: Sequence[str], owner_id: str, names: Sequence[str]
) -> None:
    """Put the named tags on many records at once (records already tagged are skipped)."""
    ids = ensure_tags(session, names)
    for tid in ids.values():
        have = set(
            session.scalars(
                select(RecordTag.entity_id).where(
                    RecordTag.tag_id == tid,
                    RecordTag.entity == entity,
                    RecordTag.entity_id.in_(entity_ids),
                )
            )
        )
        session.add_all(
            RecordTag(tag_id=tid, entity=entity, entity_id=eid, owner_id=owner_id)
            for eid in entity_ids
            if eid not in have
        )


def remove_tags(
    session: Session, entity: str, entity_ids: Sequence[str], names: Sequence[str]
) -> None:
    """Take the named tags off the records."""
    keys = [fold(n) for n in clean(names)]
    session.execute(
        delete(RecordTag).where(
            RecordTag.entity == entity,
            RecordTag.entity_id.in_(entity_ids),
            RecordTag.tag_id.in_(select(Tag.id).where(Tag.name_key.in_(keys))),
        )
    )


def tags_of(session: Session, entity: str, entity_id: str) -> tuple[str, ...]:
    """The record's tag names, sorted."""
    return tuple(
        session.scalars(
            select(Tag.name)
            .join(RecordTag, RecordTag.tag_id == Tag.id)
            .where(RecordTag.entity == entity, RecordTag.entity_id == entity_id)
            .where(Tag.deleted_at.is_(None))
            .order_by(Tag.name_key)
        )
    )


def all_tags(session: Session) -> list[tuple[str, int]]:
    """Every tag in use with how many records carry it."""
    rows = session.execute(
        select(Tag.name, func.count(RecordTag.id))
        .outerjoin(RecordTag, RecordTag.tag_id == Tag.id)
        .where(Tag.deleted_at.is_(None))
        .group_by(Tag.id)
        .order_by(Tag.name_key)
    )
    return [(name, int(n)) for name, n in rows]


def link_many(
    session: Session, entity: str, links: Sequence[tuple[str, str, Sequence[str]]]
) -> None:
    """Tag many new records at once; ``links`` holds ``(entity_id, owner_id, tag names)``."""
    if not links:
        return
    tag_ids = ensure_tags(session, [t for _, _, names in links for t in names])
    rows = [
        {
            "id": new_id(),
            "tag_id": tag_ids[fold(name)],
            "entity": entity,
            "entity_id": entity_id,
            "owner_id": owner_id,
        }
        for entity_id, owner_id, names in links
        for name in clean(names)
    ]
    bulk.insert_rows(session, RecordTag, rows)
