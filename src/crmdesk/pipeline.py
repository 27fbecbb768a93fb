"""The sales pipeline: ordered stages with default win probabilities."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from crmdesk.db.models import Opportunity, PipelineStage
from crmdesk.db.types import utcnow
from crmdesk.errors import CrmError
from crmdesk.text import fold
from crmdesk.validation import NotFound

DEFAULT_STAGES: tuple[tuple[str, int], ...] = (
    ("Lead", 10),
    ("Qualified", 25),
    ("Proposal", 50),
    ("Negotiation", 75),
    ("Commit", 90),
)


@dataclass(frozen=True)
class Stage:
    """A pipeline stage."""

    id: str
    name: str
    position: int
    probability: int


def install_default_stages(session: Session) -> None:
    """Create the default pipeline when there is none."""
    if session.scalar(select(PipelineStage.id).limit(1)):
        return
    for position, (name, probability) in enumerate(DEFAULT_STAGES):
        session.add(PipelineStage(name=name, position=position, probability=probability))
    session.flush()


def list_stages(session: Session) -> list[Stage]:
    """The live stages in pipeline order."""
    rows = session.scalars(
        select(PipelineStage)
        .where(PipelineStage.deleted_at.is_(None))
        .order_by(PipelineStage.position)
    )
    return [Stage(r.id, r.name, r.position, r.probability) for r in rows]


def find_stage(session: Session, name_or_id: str) -> Stage:
    """A stage by id, by name (case-insensitive) or by 1-based position."""
    stages = list_stages(session)
    for stage in stages:
        if name_or_id in (stage.id,) or fold(stage.name) == fold(name_or_id):
            return stage
    if name_or_id.isdigit() and 1 <= int(name_or_id) <= len(stages):
        return stages[int(name_or_id) - 1]
    names = ", ".join(s.name for s in stages)
    raise NotFound(f"No pipeline stage '{name_or_id}'. Stages: {names}.")


def save_stages(session: Session, stages: Sequence[tuple[str | None, str, int]]) -> list[Stage]:
    """Make the pipeline the given (id or None, name, probability) list, in that order.

    A stage left out is removed, unless open opportunities still sit in it.
    """
    if not stages:
        raise CrmError("The pipeline needs at least one stage.")
    for _, name, probability in stages:
        if not name.strip():
            raise CrmError("Every stage needs a name.")
        if not 0 <= probability <= 100:
            raise CrmError("A probability is between 0 and 100.")
    existing = {
        r.id: r
        for r in session.scalars(select(PipelineStage).where(PipelineStage.deleted_at.is_(None)))
    }
    kept: set[str] = set()
    for position, (sid, name, probability) in enumerate(stages):
        if sid and sid in existing:
            row = existing[sid]
            if (row.name, row.position, row.probability) != (name.strip(), position, probability):
                row.name, row.position, row.probability = name.strip(), position, probability
            kept.add(sid)
        else:
            session.add(
                PipelineStage(name=name.strip(), position=position, probability=probability)
            )
    for sid, row in existing.items():
        if sid in kept:
            continue
        in_use = session.scalar(
            select(Opportunity.id)
            .where(
                Opportunity.stage_id == sid,
                Opportunity.status == "open",
                Opportunity.deleted_at.is_(None),
            )
            .limit(1)
        )
        if in_use:
            raise CrmError(f"The stage '{row.name}' still has open opportunities; move them first.")
        row.deleted_at = utcnow()
    session.flush()
    return list_stages(session)
