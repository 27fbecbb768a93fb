"""The office team as this laptop knows it: who I am, whom I may see and assign to, my rights.

The directory and rights come from the office server at each sync (``save_directory``) and are
kept in the device-local tables ``team_people`` and ``team_rights``. In single-user mode (never
connected) the local user is alone, a director with every right, and nothing here gets in the
way. The server enforces everything again; this module only lets the app show the truth.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    ColumnElement,
    Connection,
    MetaData,
    String,
    Table,
    and_,
    delete,
    insert,
    select,
    update,
)
from sqlalchemy.orm import Session

from crmdesk import local_settings
from crmdesk.db.models import (
    Activity,
    Address,
    Company,
    Contact,
    ContactPhoto,
    ContactUrl,
    CustomValue,
    Email,
    ExternalId,
    Note,
    Opportunity,
    Phone,
    RecordTag,
    SyncState,
    User,
)
from crmdesk.db.types import utcnow
from crmdesk.errors import CrmError
from crmdesk.rights import ALL_RIGHTS, Right

_meta = MetaData()
team_people = Table(
    "team_people",
    _meta,
    Column("id", String(32), primary_key=True),
    Column("name", String(200), nullable=False),
    Column("role", String(20), nullable=False),
    Column("manager_id", String(32)),
    Column("is_admin", Boolean, nullable=False, default=False),
)
team_rights = Table("team_rights", _meta, Column("name", String(40), primary_key=True))

#: The customer records ``reassign`` moves, by the entity names the services use.
REASSIGNABLE = ("contact", "company", "opportunity")
_CHUNK = 500


class NotAllowed(CrmError):
    """The user's role does not grant what they tried (the message says which right)."""


@dataclass(frozen=True)
class Person:
    """Someone in the office directory."""

    id: str
    name: str
    role: str
    manager_id: str | None


def is_connected(session: Session) -> bool:
    """Whether this database was ever connected to an office server."""
    return session.get(SyncState, "server_url") is not None


def _has_directory(session: Session) -> bool:
    return session.execute(select(team_people.c.id).limit(1)).first() is not None


def current_user(session: Session) -> Person:
    """The person using this laptop (the local user; with a server, as the server knows them)."""
    me = local_settings.local_user_id(session)
    row = session.execute(
        select(team_people.c.name, team_people.c.role, team_people.c.manager_id).where(
            team_people.c.id == me
        )
    ).first()
    if row is not None:
        return Person(me, str(row[0]), str(row[1]), row[2])
    user = session.get(User, me)
    name = user.display_name if user is not None else "me"
    # Before the first sync the server has not said the role yet: assume the least.
    return Person(me, name, "rep" if is_connected(session) else "director", None)


def directory(session: Session) -> list[Person]:
    """The people this user may see and assign records to, by name; alone in single-user mode."""
    if not _has_directory(session):
        return [current_user(session)]
    c = team_people.c
    return [
        Person(str(i), str(n), str(r), m)
        for i, n, r, m in session.execute(
            select(c.id, c.name, c.role, c.manager_id).order_by(c.name, c.id)
        )
    ]


def team_ids(session: Session) -> frozenset[str]:
    """Me and everyone below me in the hierarchy (the "my team" filter)."""
    me = current_user(session).id
    reports: dict[str, list[str]] = {}
    for person in directory(session):
        if person.manager_id:
            reports.setdefault(person.manager_id, []).append(person.id)
    seen, todo = {me}, [me]
    while todo:  # ``seen`` also guards against a cycle
        for pid in reports.get(todo.pop(), []):
            if pid not in seen:
                seen.add(pid)
                todo.append(pid)
    return frozenset(seen)


def rights(session: Session) -> frozenset[str]:
    """What this user may do (``crmdesk.rights.Right`` values); all of it in single-user mode."""
    if not is_connected(session):
        return ALL_RIGHTS
    return frozenset(str(n) for n in session.scalars(select(team_rights.c.name)))


def require(session: Session, right: Right, message: str) -> None:
    """Raise NotAllowed with ``message`` unless this user has ``right``."""
    if right.value not in rights(session):
        raise NotAllowed(message)


def save_directory(conn: Connection | Session, payload: Mapping[str, Any] | None) -> None:
    """Replace the local directory and rights with what the server sent (``team`` of the
    handshake: ``{"people": [{id, name, role, manager_id, is_admin}], "rights": [...]}``)."""
    if not isinstance(payload, Mapping):
        return
    people = [p for p in payload.get("people") or [] if isinstance(p, Mapping) and p.get("id")]
    conn.execute(delete(team_people))
    conn.execute(delete(team_rights))
    if people:
        conn.execute(
            insert(team_people),
            [
                {
                    "id": str(p["id"]),
                    "name": str(p.get("name") or p["id"]),
                    "role": str(p.get("role") or "rep"),
                    "manager_id": p.get("manager_id") or None,
                    "is_admin": bool(p.get("is_admin")),
                }
                for p in people
            ],
        )
    names = sorted({str(r) for r in payload.get("rights") or []})
    if names:
        conn.execute(insert(team_rights), [{"name": n} for n in names])


# -- reassignment --------------------------------------------------------------------------


def _chunks(values: Iterable[str]) -> Iterable[list[str]]:
    ordered = sorted(set(values))
    for start in range(0, len(ordered), _CHUNK):
        yield ordered[start : start + _CHUNK]


def _select_ids(session: Session, column: Any, condition: Any, keys: set[str]) -> set[str]:
    """Ids (``column``) of rows where ``condition(chunk)`` holds, chunk by chunk of ``keys``."""
    found: set[str] = set()
    for chunk in _chunks(keys):
        found.update(str(i) for i in session.scalars(select(column).where(condition(chunk))))
    return found


@dataclass
class _Tree:
    contacts: set[str]
    companies: set[str]
    opportunities: set[str]
    activities: set[str]

    @property
    def customers(self) -> set[str]:
        return self.contacts | self.companies | self.opportunities


def _tree(session: Session, entity: str, ids: set[str]) -> _Tree:
    """A customer's records under the ownership rule: a child follows its contact, else its
    company, else its deal (``ownership.customer_owner``)."""
    contacts = ids if entity == "contact" else set()
    companies = ids if entity == "company" else set()
    opps = set(ids) if entity == "opportunity" else set()
    o, a = Opportunity, Activity
    opps |= _select_ids(session, o.id, o.contact_id.in_, contacts)
    opps |= _select_ids(
        session, o.id, lambda ch: and_(o.contact_id.is_(None), o.company_id.in_(ch)), companies
    )
    acts = _select_ids(session, a.id, a.contact_id.in_, contacts)
    acts |= _select_ids(
        session, a.id, lambda ch: and_(a.contact_id.is_(None), a.company_id.in_(ch)), companies
    )
    acts |= _select_ids(
        session,
        a.id,
        lambda ch: and_(a.contact_id.is_(None), a.company_id.is_(None), a.opportunity_id.in_(ch)),
        opps,
    )
    return _Tree(contacts, companies, opps, acts)


def _move(session: Session, model: Any, condition: ColumnElement[bool], owner: str) -> int:
    stmt = (
        update(model)
        .where(condition, model.owner_id != owner)
        .values(owner_id=owner)
        .execution_options(synchronize_session=False)
    )
    return int(session.execute(stmt).rowcount)  # type: ignore[attr-defined]


def reassign(session: Session, entity: str, ids: Sequence[str], new_owner_id: str) -> int:
    """Give customers and their whole tree (contact details, deals, activities, notes, custom
    values, tags) to ``new_owner_id``; return how many records changed owner.

    The change goes through normal change capture, so it syncs; the server checks the right
    again. Raises NotAllowed without the ``reassign`` right, CrmError for a bad owner or entity.
    """
    require(session, Right.REASSIGN, "Your role does not allow giving records to someone else.")
    if entity not in REASSIGNABLE:
        raise CrmError(f"Only {', '.join(REASSIGNABLE)} records can be reassigned.")
    if new_owner_id not in {p.id for p in directory(session)}:
        raise CrmError("That person is not someone you may give records to.")
    tree = _tree(session, entity, set(ids))
    owner = new_owner_id
    moved = 0
    now = utcnow()
    roots: list[tuple[Any, set[str]]] = [(Contact, tree.contacts), (Company, tree.companies)]
    for root, keys in roots:
        for chunk in _chunks(keys):
            stmt = (
                update(root)
                .where(root.id.in_(chunk), root.owner_id != owner)
                .values(owner_id=owner, updated_at=now)
                .execution_options(synchronize_session=False)
            )
            moved += int(session.execute(stmt).rowcount)  # type: ignore[attr-defined]
    # (table, column holding the customer's id, which customers, entity name or None)
    links: list[tuple[Any, str, set[str], str | None]] = [
        (Opportunity, "id", tree.opportunities, None),
        (Activity, "id", tree.activities, None),
        (CustomValue, "entity_id", tree.customers, None),
    ]
    for party in (Email, Phone, Address):
        links += [(party, "contact_id", tree.contacts, None)]
        links += [(party, "company_id", tree.companies, None)]
    for detail in (ContactUrl, ContactPhoto, ExternalId):
        links += [(detail, "contact_id", tree.contacts, None)]
    for attached in (Note, RecordTag):
        links += [
            (attached, "entity_id", tree.contacts, "contact"),
            (attached, "entity_id", tree.companies, "company"),
            (attached, "entity_id", tree.opportunities, "opportunity"),
            (attached, "entity_id", tree.activities, "activity"),
        ]
    for model, column, keys, kind in links:
        for chunk in _chunks(keys):
            condition = getattr(model, column).in_(chunk)
            if kind is not None:
                condition = and_(model.entity == kind, condition)
            moved += _move(session, model, condition, owner)
    return moved
