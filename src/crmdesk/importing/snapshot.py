"""Before-images of contacts as JSON, so an import's updates and a merge can be undone."""

from __future__ import annotations

import base64
import json
from dataclasses import asdict
from datetime import date
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from crmdesk import contacts, custom_fields
from crmdesk.db.models import ContactPhoto, ContactUrl
from crmdesk.records import AddressValue, ContactDraft, LabeledValue


def draft_to_dict(draft: ContactDraft) -> dict[str, Any]:
    data = asdict(draft)
    data["birthday"] = draft.birthday.isoformat() if draft.birthday else None
    return data


def draft_from_dict(data: dict[str, Any]) -> ContactDraft:
    return ContactDraft(
        display_name=data["display_name"],
        given_name=data.get("given_name"),
        family_name=data.get("family_name"),
        title=data.get("title"),
        company_id=data.get("company_id"),
        company_name=data.get("company_name"),
        emails=tuple(LabeledValue(**e) for e in data.get("emails", ())),
        phones=tuple(LabeledValue(**p) for p in data.get("phones", ())),
        addresses=tuple(AddressValue(**a) for a in data.get("addresses", ())),
        birthday=date.fromisoformat(data["birthday"]) if data.get("birthday") else None,
        source=data.get("source"),
        tags=tuple(data.get("tags", ())),
        owner_id=data.get("owner_id"),
    )


def take(session: Session, contact_id: str) -> dict[str, Any]:
    """Everything about a contact an import or merge may change."""
    record = contacts.get_contact(session, contact_id)
    photo = session.scalar(select(ContactPhoto).where(ContactPhoto.contact_id == contact_id))
    return {
        "draft": draft_to_dict(record.to_draft()),
        "custom": record.custom,
        "photo": (
            {"mime": photo.mime, "data": base64.b64encode(photo.data).decode()} if photo else None
        ),
        "urls": list(
            session.scalars(select(ContactUrl.id).where(ContactUrl.contact_id == contact_id))
        ),
    }


def restore(session: Session, contact_id: str, snap: dict[str, Any]) -> None:
    """Put a contact back as ``take`` saw it (fields, points, tags, custom values, photo, URLs)."""
    contacts.update_contact(session, contact_id, draft_from_dict(snap["draft"]))
    now = custom_fields.values_of(session, "contact", contact_id)
    for name in set(now) | set(snap["custom"]):
        if now.get(name) != snap["custom"].get(name):
            custom_fields.set_value(session, "contact", contact_id, name, snap["custom"].get(name))
    session.execute(delete(ContactPhoto).where(ContactPhoto.contact_id == contact_id))
    if snap["photo"]:
        session.add(
            ContactPhoto(
                contact_id=contact_id,
                owner_id=snap["draft"].get("owner_id") or "",
                mime=snap["photo"]["mime"],
                data=base64.b64decode(snap["photo"]["data"]),
            )
        )
    session.execute(
        delete(ContactUrl).where(
            ContactUrl.contact_id == contact_id, ContactUrl.id.not_in(snap["urls"])
        )
    )
    session.flush()


def dumps(snap: dict[str, Any]) -> str:
    return json.dumps(snap, ensure_ascii=False)
