"""Who owns a child record: the owner of its customer, so visibility follows the customer.

Activities, deals, notes and custom values carry the owner key of the contact,
company or deal they belong to (issue 7's rule); only a record with no customer
belongs to the user who made it.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from crmdesk import local_settings
from crmdesk.db.models import Activity, Company, Contact, Opportunity

_MODELS: dict[str, type[Contact | Company | Opportunity | Activity]] = {
    "contact": Contact,
    "company": Company,
    "opportunity": Opportunity,
    "activity": Activity,
}


def owner_of(session: Session, entity: str, entity_id: str | None) -> str | None:
    """The owner of one record, or None when it is unknown."""
    model = _MODELS.get(entity)
    if model is None or not entity_id:
        return None
    return session.scalar(select(model.owner_id).where(model.id == entity_id))


def customer_owner(
    session: Session,
    *,
    contact_id: str | None = None,
    company_id: str | None = None,
    opportunity_id: str | None = None,
) -> str:
    """The owner a new child record takes: its contact's, else company's, else deal's owner.

    Falls back to the local user for a record linked to nothing.
    """
    for entity, ref in (
        ("contact", contact_id),
        ("company", company_id),
        ("opportunity", opportunity_id),
    ):
        owner = owner_of(session, entity, ref)
        if owner:
            return owner
    return local_settings.local_user_id(session)


def owners(session: Session, entity: str, ids: set[str | None]) -> dict[str, str]:
    """The owners of many records of one kind, by id (bulk paths)."""
    model = _MODELS[entity]
    wanted = sorted(i for i in ids if i)
    found: dict[str, str] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        found.update(
            (rid, owner)
            for rid, owner in session.execute(
                select(model.id, model.owner_id).where(model.id.in_(chunk))
            )
        )
    return found
