"""Per-database settings kept in ``local_meta``: the local user, default phone region, currency."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from crmdesk.db.models import LocalMeta, User


def get_value(session: Session, key: str, default: str | None = None) -> str | None:
    row = session.get(LocalMeta, key)
    return row.value if row is not None else default


def set_value(session: Session, key: str, value: str) -> None:
    row = session.get(LocalMeta, key)
    if row is None:
        session.add(LocalMeta(key=key, value=value))
    else:
        row.value = value


def create_local_user(session: Session, name: str) -> str:
    """Create the user who owns everything made on this computer; return the id."""
    user = User(name=name, display_name=name)
    session.add(user)
    session.flush()
    set_value(session, "local_user_id", user.id)
    return user.id


def local_user_id(session: Session) -> str:
    """The id of the local user (records created here belong to them)."""
    value = get_value(session, "local_user_id")
    if value:
        return value
    existing = session.scalars(select(User.id).limit(1)).first()
    return existing if existing else create_local_user(session, "me")


def default_region(session: Session) -> str | None:
    """The region for phone numbers written without a country code (``TH``, ``TW``...)."""
    return get_value(session, "default_region") or None


def default_currency(session: Session) -> str:
    return get_value(session, "currency") or "THB"
