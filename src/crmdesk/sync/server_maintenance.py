"""Scheduled server upkeep: purge old tombstones, prune old idempotency keys and lost conflicts."""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, update

from crmdesk.sync import store as st

DAY_MS = 86_400_000
TOMBSTONE_DAYS = 90
#: The shortest time an idempotency key is kept, whatever the tombstone window.
MIN_APPLIED_DAYS = 180
JOB_ID = "server-upkeep"
EVERY_HOURS = 6


def applied_window_days(tombstone_days: int) -> int:
    """How long ``applied_changes`` rows are kept: twice the tombstone window, 180 days at least.

    A change is resent only while its answer is missing, i.e. at the laptop's next round; a
    laptop away longer than the tombstone window already needs a full resync. docs/SYNC.md
    §7 explains why twice that is safe.
    """
    return max(2 * tombstone_days, MIN_APPLIED_DAYS)


@dataclass(frozen=True)
class Upkeep:
    """What one run removed."""

    tombstones: int
    applied_changes: int
    lost_conflicts: int


def run_upkeep(
    store: st.SyncStore, now_ms: int, tombstone_days: int, applied_days: int | None = None
) -> Upkeep:
    """Purge tombstones past the window; prune idempotency keys and lost conflicts past theirs."""
    from crmdesk.sync.server import purge_tombstones

    if tombstone_days < 1:
        raise ValueError("the tombstone window is at least one day")
    keep_days = applied_days if applied_days is not None else applied_window_days(tombstone_days)
    tombstones = purge_tombstones(store, now_ms - tombstone_days * DAY_MS)
    cutoff = now_ms - keep_days * DAY_MS
    a, lost = st.applied_changes.c, st.lost_conflicts.c
    with store.write() as conn:
        # Keys written before ``applied_at`` existed start their window now.
        conn.execute(
            update(st.applied_changes).where(a.applied_at.is_(None)).values(applied_at=now_ms)
        )
        applied = conn.execute(delete(st.applied_changes).where(a.applied_at < cutoff)).rowcount
        losses = conn.execute(delete(st.lost_conflicts).where(lost.created_at < cutoff)).rowcount
    return Upkeep(int(tombstones or 0), int(applied or 0), int(losses or 0))


def schedule_upkeep(
    scheduler: Any,
    store: st.SyncStore,
    now_ms: Callable[[], int],
    tombstone_days: int,
    applied_days: int | None = None,
) -> None:
    """Run ``run_upkeep`` now and every few hours on an APScheduler 3 scheduler."""

    def job() -> None:
        try:
            done = run_upkeep(store, now_ms(), tombstone_days, applied_days)
        except Exception as exc:
            print(f"crmdesk-server: upkeep failed: {exc}", file=sys.stderr, flush=True)
            raise
        if done.tombstones or done.applied_changes or done.lost_conflicts:
            print(
                f"crmdesk-server: purged {done.tombstones} tombstones, "
                f"{done.applied_changes} old change ids, {done.lost_conflicts} old conflicts",
                flush=True,
            )

    scheduler.add_job(
        job,
        "interval",
        id=JOB_ID,
        hours=EVERY_HOURS,
        next_run_time=datetime.now(scheduler.timezone),
        coalesce=True,
        max_instances=1,
        misfire_grace_time=None,
        replace_existing=True,
    )
    if not scheduler.running:
        scheduler.start()
