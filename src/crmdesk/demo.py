"""Demo data: realistic Thai, Chinese and English companies, people, activities and deals."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from crmdesk.db.engine import Database


@dataclass(frozen=True)
class DemoSummary:
    contacts: int
    companies: int
    activities: int
    opportunities: int


def generate(
    db: Database,
    *,
    contacts: int,
    seed: int = 1,
    progress: Callable[[int, int], None] | None = None,
) -> DemoSummary:
    raise NotImplementedError
