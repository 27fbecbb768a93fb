"""Activities: scheduling calls, meetings and to-dos, completing them, and the history."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, case, func, or_, select
from sqlalchemy.orm import Session

from crmdesk import local_settings, ownership
from crmdesk.db import bulk
from crmdesk.db.models import Activity, Company, Contact, Opportunity
from crmdesk.db.types import utcnow
from crmdesk.errors import CrmError
from crmdesk.ids import new_id
from crmdesk.validation import FieldProblem, NotFound, require

KINDS: tuple[str, ...] = ("call", "meeting", "todo", "email", "letter", "note")
PRIORITIES: tuple[str, ...] = ("low", "medium", "high")


@dataclass(frozen=True)
class ActivityDraft:
    """What a user enters when scheduling (or logging) an activity. Times are aware."""

    kind: str
    regarding: str
    starts_at: datetime | None = None
    ends_at: datetime | None = None
    all_day: bool = False
    priority: str = "medium"
    alarm_minutes: int | None = None
    details: str | None = None
    contact_id: str | None = None
    company_id: str | None = None
    opportunity_id: str | None = None
    owner_id: str | None = None


@dataclass(frozen=True)
class ActivityRecord:
    """An activity as shown in lists, the calendar and the history."""

    id: str
    kind: str
    regarding: str
    details: str | None
    starts_at: datetime | None
    ends_at: datetime | None
    all_day: bool
    priority: str
    alarm_minutes: int | None
    status: str
    outcome: str | None
    completed_at: datetime | None
    contact_id: str | None
    contact_name: str | None
    company_id: str | None
    company_name: str | None
    opportunity_id: str | None
    owner_id: str

    @property
    def alarm_at(self) -> datetime | None:
        if self.starts_at is None or self.alarm_minutes is None:
            return None
        return self.starts_at - timedelta(minutes=self.alarm_minutes)


def _field_problems(draft: ActivityDraft) -> list[FieldProblem]:
    problems: list[FieldProblem] = []
    if draft.kind not in KINDS:
        problems.append(FieldProblem("kind", f"Type must be one of {', '.join(KINDS)}."))
    if not draft.regarding.strip():
        problems.append(FieldProblem("regarding", "Say what the activity is about."))
    if draft.priority not in PRIORITIES:
        problems.append(FieldProblem("priority", "Priority is low, medium or high."))
    for name, value in (("starts_at", draft.starts_at), ("ends_at", draft.ends_at)):
        if value is not None and value.tzinfo is None:
            problems.append(FieldProblem(name, "A time zone is needed."))
    if draft.starts_at and draft.ends_at and draft.ends_at < draft.starts_at:
        problems.append(FieldProblem("ends_at", "The end is before the start."))
    if draft.alarm_minutes is not None and draft.alarm_minutes < 0:
        problems.append(FieldProblem("alarm_minutes", "The alarm cannot be after the start."))
    return problems


def _check(session: Session, draft: ActivityDraft) -> None:
    problems = _field_problems(draft)
    links: tuple[tuple[str, type[Contact | Company | Opportunity], str | None], ...] = (
        ("contact_id", Contact, draft.contact_id),
        ("company_id", Company, draft.company_id),
        ("opportunity_id", Opportunity, draft.opportunity_id),
    )
    for link, model, ref in links:
        if ref and session.get(model, ref) is None:
            problems.append(FieldProblem(link, "No such record."))
    require(problems)


def schedule(session: Session, draft: ActivityDraft) -> ActivityRecord:
    """Schedule an activity; linked to a contact it also takes the contact's company."""
    _check(session, draft)
    company_id = draft.company_id
    if company_id is None and draft.contact_id:
        company_id = session.scalar(
            select(Contact.company_id).where(Contact.id == draft.contact_id)
        )
    row = Activity(
        kind=draft.kind,
        regarding=draft.regarding.strip(),
        details=draft.details,
        starts_at=draft.starts_at,
        ends_at=draft.ends_at,
        all_day=draft.all_day,
        priority=draft.priority,
        alarm_minutes=draft.alarm_minutes,
        status="scheduled",
        contact_id=draft.contact_id,
        company_id=company_id,
        opportunity_id=draft.opportunity_id,
        owner_id=draft.owner_id
        or ownership.customer_owner(
            session,
            contact_id=draft.contact_id,
            company_id=company_id,
            opportunity_id=draft.opportunity_id,
        ),
    )
    session.add(row)
    session.flush()
    return get_activity(session, row.id)


def schedule_many(session: Session, drafts: Sequence[ActivityDraft]) -> list[str]:
    """Schedule many activities at once (import, demo data); returns their ids in order."""
    return _insert_many(session, [(d, None) for d in drafts], done=False)


def log_done_many(session: Session, done: Sequence[tuple[ActivityDraft, str | None]]) -> list[str]:
    """Record many activities already done, each with its outcome, completed at its start."""
    return _insert_many(session, done, done=True)


def _insert_many(
    session: Session, items: Sequence[tuple[ActivityDraft, str | None]], *, done: bool
) -> list[str]:
    """Validate like ``schedule`` (links checked set-wise) and insert with executemany."""
    for draft, _ in items:
        require(_field_problems(draft))
    contact_company = _existing(session, Contact, {d.contact_id for d, _ in items})
    companies = _existing(session, Company, {d.company_id for d, _ in items})
    opportunities = _existing(session, Opportunity, {d.opportunity_id for d, _ in items})
    owner_default = local_settings.local_user_id(session)
    contact_owner = ownership.owners(session, "contact", {d.contact_id for d, _ in items})
    company_owner = ownership.owners(session, "company", {d.company_id for d, _ in items})
    now = utcnow()
    rows: list[dict[str, Any]] = []
    for draft, outcome in items:
        problems = [
            FieldProblem(link, "No such record.")
            for link, ref, known in (
                ("contact_id", draft.contact_id, contact_company),
                ("company_id", draft.company_id, companies),
                ("opportunity_id", draft.opportunity_id, opportunities),
            )
            if ref and ref not in known
        ]
        require(problems)
        company_id = draft.company_id
        if company_id is None and draft.contact_id:
            company_id = contact_company[draft.contact_id]
        rows.append(
            {
                "id": new_id(),
                "kind": draft.kind,
                "regarding": draft.regarding.strip(),
                "details": draft.details,
                "starts_at": draft.starts_at,
                "ends_at": draft.ends_at,
                "all_day": draft.all_day,
                "priority": draft.priority,
                "alarm_minutes": draft.alarm_minutes,
                "status": "completed" if done else "scheduled",
                "outcome": ((outcome or "").strip() or None) if done else None,
                "completed_at": (draft.starts_at or now) if done else None,
                "contact_id": draft.contact_id,
                "company_id": company_id,
                "opportunity_id": draft.opportunity_id,
                "owner_id": draft.owner_id
                or contact_owner.get(draft.contact_id or "")
                or company_owner.get(draft.company_id or "")
                or owner_default,
                "created_at": now,
                "updated_at": now,
                "deleted_at": None,
            }
        )
    bulk.insert_rows(session, Activity, rows)
    return [str(r["id"]) for r in rows]


def _existing(
    session: Session, model: type[Contact | Company | Opportunity], ids: set[str | None]
) -> dict[str, str | None]:
    """Which of ``ids`` exist; for contacts mapped to their company id, else to None."""
    wanted = sorted(i for i in ids if i)
    found: dict[str, str | None] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        if model is Contact:
            query = select(Contact.id, Contact.company_id).where(Contact.id.in_(chunk))
            found.update({i: c for i, c in session.execute(query)})
        else:
            found.update(
                {i: None for i in session.scalars(select(model.id).where(model.id.in_(chunk)))}
            )
    return found


def log_done(session: Session, draft: ActivityDraft, outcome: str) -> ActivityRecord:
    """Record something already done (goes straight to the history)."""
    record = schedule(session, draft)
    return complete(session, record.id, outcome, when=draft.starts_at)


def reschedule(
    session: Session, activity_id: str, starts_at: datetime, ends_at: datetime | None = None
) -> ActivityRecord:
    """Move a scheduled activity, keeping its length when no end is given."""
    row = _live(session, activity_id)
    if row.status != "scheduled":
        raise CrmError("Only scheduled activities can be moved.")
    if starts_at.tzinfo is None:
        raise CrmError("A time zone is needed.")
    if ends_at is None and row.starts_at and row.ends_at:
        ends_at = starts_at + (row.ends_at - row.starts_at)
    row.starts_at = starts_at
    row.ends_at = ends_at
    session.flush()
    return get_activity(session, activity_id)


def complete(
    session: Session, activity_id: str, outcome: str | None, when: datetime | None = None
) -> ActivityRecord:
    """Mark an activity done with what came of it; it then shows in the history."""
    row = _live(session, activity_id)
    if row.status == "completed":
        raise CrmError("This activity is already completed.")
    row.status = "completed"
    row.outcome = (outcome or "").strip() or None
    row.completed_at = when or utcnow()
    session.flush()
    return get_activity(session, activity_id)


def clear(session: Session, activity_id: str) -> ActivityRecord:
    """Cancel a scheduled activity without doing it."""
    row = _live(session, activity_id)
    row.status = "cleared"
    row.completed_at = utcnow()
    session.flush()
    return get_activity(session, activity_id)


def delete_activity(session: Session, activity_id: str) -> None:
    _live(session, activity_id).deleted_at = utcnow()


def _live(session: Session, activity_id: str) -> Activity:
    row = session.get(Activity, activity_id)
    if row is None or row.deleted_at is not None:
        raise NotFound(f"No activity with id {activity_id}.")
    return row


def _select() -> Select[*tuple[Any, ...]]:
    return (
        select(
            Activity.id,
            Activity.kind,
            Activity.regarding,
            Activity.details,
            Activity.starts_at,
            Activity.ends_at,
            Activity.all_day,
            Activity.priority,
            Activity.alarm_minutes,
            Activity.status,
            Activity.outcome,
            Activity.completed_at,
            Activity.contact_id,
            Contact.display_name,
            Activity.company_id,
            Company.name,
            Activity.opportunity_id,
            Activity.owner_id,
        )
        .outerjoin(Contact, Contact.id == Activity.contact_id)
        .outerjoin(Company, Company.id == Activity.company_id)
        .where(Activity.deleted_at.is_(None))
    )


def get_activity(session: Session, activity_id: str) -> ActivityRecord:
    row = session.execute(_select().where(Activity.id == activity_id)).first()
    if row is None:
        raise NotFound(f"No activity with id {activity_id}.")
    return ActivityRecord(*row)


def list_scheduled(
    session: Session,
    *,
    start: datetime | None = None,
    end: datetime | None = None,
    contact_id: str | None = None,
    company_id: str | None = None,
    opportunity_id: str | None = None,
    owner_id: str | None = None,
    limit: int = 1000,
) -> list[ActivityRecord]:
    """Scheduled activities in start order, optionally in [start, end) and for one record."""
    query = _select().where(Activity.status == "scheduled")
    if start is not None:
        query = query.where(Activity.starts_at >= start)
    if end is not None:
        query = query.where(Activity.starts_at < end)
    query = _for(query, contact_id, company_id, opportunity_id, owner_id)
    query = query.order_by(Activity.starts_at.is_(None), Activity.starts_at, Activity.id)
    return [ActivityRecord(*r) for r in session.execute(query.limit(limit))]


def _due_where(until: datetime) -> ColumnElement[bool]:
    return and_(
        Activity.deleted_at.is_(None),
        Activity.status == "scheduled",
        or_(
            Activity.starts_at < until, and_(Activity.starts_at.is_(None), Activity.kind == "todo")
        ),
    )


def due(
    session: Session, until: datetime, owner_id: str | None = None, limit: int = 5000
) -> list[ActivityRecord]:
    """The Today list: scheduled before ``until`` (overdue included), and undated to-dos."""
    query = _select().where(_due_where(until))
    query = _for(query, None, None, None, owner_id)
    query = query.order_by(Activity.starts_at.is_(None), Activity.starts_at, Activity.id)
    return [ActivityRecord(*r) for r in session.execute(query.limit(limit))]


def count_due(
    session: Session, until: datetime, now: datetime, owner_id: str | None = None
) -> tuple[int, int]:
    """How many activities ``due`` finds in all, and how many of them started before ``now``."""
    overdue = func.sum(case((Activity.starts_at < now, 1), else_=0))
    query = select(func.count(), overdue).select_from(Activity).where(_due_where(until))
    if owner_id:
        query = query.where(Activity.owner_id == owner_id)
    total, late = session.execute(query).one()
    return int(total or 0), int(late or 0)


def history(
    session: Session,
    *,
    contact_id: str | None = None,
    company_id: str | None = None,
    opportunity_id: str | None = None,
    limit: int = 500,
    offset: int = 0,
) -> list[ActivityRecord]:
    """Completed activities, newest first."""
    status: Any = Activity.status
    newest: Any = Activity.completed_at
    if contact_id or company_id or opportunity_id:
        # Compare and sort by expressions, so SQLite finds the record's few rows through
        # its own index instead of walking the status or completed_at index over every
        # activity (2.6 s -> a few ms for one contact in the 100k demo).
        status = Activity.status + ""
        newest = func.coalesce(Activity.completed_at, Activity.completed_at)
    query = _select().where(status == "completed")
    query = _for(query, contact_id, company_id, opportunity_id, None)
    query = query.order_by(newest.desc(), Activity.id.desc())
    return [ActivityRecord(*r) for r in session.execute(query.offset(offset).limit(limit))]


def _alarm_times(
    session: Session, start_from: datetime, start_before: datetime
) -> dict[str, datetime]:
    """Alarm time by id of the scheduled activities with an alarm starting in the window.

    Plain (id, start, minutes) rows: a busy calendar may hold tens of thousands, and full
    records for each would keep a worker thread (and, through the GIL, the UI) busy.
    """
    rows = session.execute(
        select(Activity.id, Activity.starts_at, Activity.alarm_minutes).where(
            Activity.deleted_at.is_(None),
            Activity.status == "scheduled",
            Activity.alarm_minutes.is_not(None),
            Activity.starts_at >= start_from,
            Activity.starts_at < start_before,
        )
    )
    return {i: at - timedelta(minutes=m) for i, at, m in rows if at is not None and m is not None}


def _records(session: Session, ids: list[str]) -> list[ActivityRecord]:
    found: list[ActivityRecord] = []
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        found += [
            ActivityRecord(*r) for r in session.execute(_select().where(Activity.id.in_(chunk)))
        ]
    return found


def alarms_between(session: Session, start: datetime, end: datetime) -> list[ActivityRecord]:
    """Scheduled activities whose alarm time falls in [start, end)."""
    times = _alarm_times(session, start, end + timedelta(days=31))
    hits = [i for i, at in times.items() if start <= at < end]
    return sorted(_records(session, hits), key=lambda a: (a.alarm_at or end, a.id))


def alarms_set_before(
    session: Session, moment: datetime, start_from: datetime, start_before: datetime
) -> list[ActivityRecord]:
    """Scheduled activities starting in [start_from, start_before), alarm before ``moment``."""
    times = _alarm_times(session, start_from, start_before)
    return _records(session, [i for i, at in times.items() if at < moment])


def _for(
    query: Select[Any],
    contact_id: str | None,
    company_id: str | None,
    opportunity_id: str | None,
    owner_id: str | None,
) -> Select[Any]:
    if contact_id:
        query = query.where(Activity.contact_id == contact_id)
    if company_id:
        query = query.where(Activity.company_id == company_id)
    if opportunity_id:
        query = query.where(Activity.opportunity_id == opportunity_id)
    if owner_id:
        query = query.where(Activity.owner_id == owner_id)
    return query
