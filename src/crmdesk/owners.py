"""Whose records a view shows (mine, my team, everyone I may see) and who owns a record."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from crmdesk import team
from crmdesk.db.models import Company, Contact, Opportunity, User
from crmdesk.rights import Right
from crmdesk.team import Person

_OWNED: dict[str, Any] = {"contact": Contact, "company": Company, "opportunity": Opportunity}


class Scope(StrEnum):
    """The owner filter of a list, the pipeline or the dashboard."""

    MINE = "mine"
    TEAM = "team"
    ALL = "all"


@dataclass(frozen=True)
class ScopeChoices:
    """The scopes this user may pick from, and the owner ids each one means."""

    me: str
    team: frozenset[str]
    offered: tuple[Scope, ...]
    rights: frozenset[str]
    #: Someone besides me in the directory (there is no one to give records to otherwise).
    has_others: bool = False

    @property
    def worth_showing(self) -> bool:
        """False when there is nothing to choose (single-user mode, a rep alone)."""
        return len(self.offered) > 1

    @property
    def widest(self) -> Scope:
        """The scope that hides nothing this user may see (the lists' default)."""
        return self.offered[-1] if self.offered else Scope.ALL

    def owner_ids(self, scope: Scope) -> frozenset[str] | None:
        """The owners ``scope`` shows; None means no owner filter at all."""
        if not self.worth_showing or scope is Scope.ALL:
            return None
        if scope is Scope.TEAM:
            return self.team
        return frozenset({self.me})

    def may(self, right: Right) -> bool:
        return right.value in self.rights


def scope_choices(session: Session) -> ScopeChoices:
    """What the "Mine / My team / All" filter offers this user.

    "My team" only for someone with people below them; "All" for a director, or when the
    directory holds people outside the team. With one person in the directory (single-user
    mode, or a rep who sees only their own customers) there is nothing to offer.
    """
    me = team.current_user(session)
    people = team.directory(session)
    rights = team.rights(session)
    mine = team.team_ids(session)
    if len(people) <= 1:
        return ScopeChoices(me.id, mine, (), rights, has_others=False)
    offered = [Scope.MINE]
    if len(mine) > 1:
        offered.append(Scope.TEAM)
    if me.role == "director" or {p.id for p in people} - mine:
        offered.append(Scope.ALL)
    return ScopeChoices(me.id, mine, tuple(offered), rights, has_others=True)


def owner_names(session: Session, ids: Iterable[str] | None = None) -> dict[str, str]:
    """Display names by owner id: the office directory first, then this database's users."""
    names: dict[str, str] = {}
    user_query = select(User.id, User.display_name)
    wanted = None if ids is None else sorted(set(ids))
    if wanted is not None:
        user_query = user_query.where(User.id.in_(wanted))
    for uid, name in session.execute(user_query):
        names[str(uid)] = str(name)
    for person in team.directory(session):
        names[person.id] = person.name
    if wanted is not None:
        names = {k: v for k, v in names.items() if k in wanted}
    return names


@dataclass(frozen=True)
class RecordOwner:
    """Who owns one record, as its header shows it, and whether this user may give it away."""

    owner_id: str
    name: str | None
    is_me: bool
    may_reassign: bool
    #: More than one person to give it to (in single-user mode there is no one else).
    has_others: bool


def record_owner(session: Session, entity: str, record_id: str) -> RecordOwner | None:
    """The owner of a contact, company or opportunity (None when the record is gone)."""
    model = _OWNED.get(entity)
    if model is None:
        raise ValueError(f"{entity} records have no owner of their own")
    owner = session.scalar(select(model.owner_id).where(model.id == record_id))
    if owner is None:
        return None
    me = team.current_user(session)
    people = team.directory(session)
    name = owner_names(session, [str(owner)]).get(str(owner))
    return RecordOwner(
        owner_id=str(owner),
        name=name,
        is_me=owner == me.id,
        may_reassign=Right.REASSIGN.value in team.rights(session),
        has_others=len(people) > 1,
    )


@dataclass(frozen=True)
class Assignees:
    """The people a record may be given to, the current user first, and the current owner."""

    people: tuple[Person, ...]
    me: str
    current_owner: str | None


def assignees(session: Session, entity: str, ids: Iterable[str]) -> Assignees:
    """The directory, with me first, and the common owner of ``ids`` (None if they differ)."""
    me = team.current_user(session).id
    people = sorted(team.directory(session), key=lambda p: p.id != me)
    model = _OWNED.get(entity)
    owners: set[str] = set()
    wanted = sorted(set(ids))
    if model is not None:
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            owners.update(
                str(o) for o in session.scalars(select(model.owner_id).where(model.id.in_(chunk)))
            )
    return Assignees(tuple(people), me, owners.pop() if len(owners) == 1 else None)
