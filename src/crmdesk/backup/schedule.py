"""When to back up: a daily time, one catch-up after sleep or a closed app, never two.

``is_due`` is the whole rule and depends only on the clock: a backup is due when
the most recent daily slot has passed and neither a successful backup nor a
failed attempt happened since that slot. ``BackupScheduler`` asks it from three
APScheduler jobs (the daily cron job, a short delay after start, and a watch
every few minutes that notices a wake from sleep); whichever comes first backs
up, and the others then find nothing due. It works with any APScheduler 3
scheduler: ``QtScheduler`` in the app, ``BackgroundScheduler`` on a server.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, time, timedelta
from typing import Any

from crmdesk.clock import Clock

log = logging.getLogger(__name__)

#: How soon after start a missed backup is caught up (let the app settle first).
CATCH_UP_DELAY = timedelta(minutes=1)
#: How often the wall clock is compared with the schedule (finds a wake from sleep).
WATCH_EVERY = timedelta(minutes=5)
JOB_DAILY = "crmdesk-backup-daily"
JOB_START = "crmdesk-backup-catch-up"
JOB_WATCH = "crmdesk-backup-watch"
JOB_NOW = "crmdesk-backup-now"


def latest_slot(now: datetime, daily_at: time) -> datetime:
    """The most recent scheduled moment at or before ``now`` (in ``now``'s time zone)."""
    today = datetime.combine(now.date(), daily_at, tzinfo=now.tzinfo)
    return today if today <= now else today - timedelta(days=1)


def is_due(
    now: datetime,
    daily_at: time,
    last_success: datetime | None,
    last_attempt: datetime | None = None,
) -> bool:
    """True when the latest slot has passed with no backup or attempt since."""
    slot = latest_slot(now, daily_at)
    if last_success is not None and last_success >= slot:
        return False
    return not (last_attempt is not None and last_attempt >= slot)


class BackupScheduler:
    """Runs ``backup()`` when due; ``last_success()`` reads the newest good backup's time.

    ``check()`` is safe to call from several threads at once: one backup at a time.
    """

    def __init__(
        self,
        clock: Clock,
        daily_at: time,
        last_success: Callable[[], datetime | None],
        backup: Callable[[], Any],
    ) -> None:
        self.clock = clock
        self.daily_at = daily_at
        self._last_success = last_success
        self._backup = backup
        self._lock = threading.Lock()
        self.last_attempt: datetime | None = None
        self._scheduler: Any = None

    def check(self) -> bool:
        """Back up if due; True when a backup was run (successful or not)."""
        if not self._lock.acquire(blocking=False):
            return False
        try:
            now = self.clock.now()
            if not is_due(now, self.daily_at, self._last_success(), self.last_attempt):
                return False
            self.last_attempt = now
            try:
                self._backup()
            except Exception:  # reported by backup(); retried at the next slot or start
                log.warning("scheduled backup failed", exc_info=True)
            return True
        finally:
            self._lock.release()

    def run_now(self) -> None:
        """An explicit backup ("Back up now"), waiting for any running one."""
        with self._lock:
            self.last_attempt = self.clock.now()
            self._backup()

    def start(self, scheduler: Any) -> None:
        """Add the jobs to an APScheduler 3 scheduler and start it if needed."""
        self._scheduler = scheduler
        common: dict[str, Any] = {
            "coalesce": True,
            "max_instances": 1,
            "misfire_grace_time": None,
            "replace_existing": True,
        }
        scheduler.add_job(
            self.check,
            "cron",
            id=JOB_DAILY,
            hour=self.daily_at.hour,
            minute=self.daily_at.minute,
            **common,
        )
        scheduler.add_job(
            self.check,
            "date",
            id=JOB_START,
            run_date=self.clock.now() + CATCH_UP_DELAY,
            **common,
        )
        scheduler.add_job(
            self.check,
            "interval",
            id=JOB_WATCH,
            seconds=int(WATCH_EVERY.total_seconds()),
            **common,
        )
        if not scheduler.running:
            scheduler.start()

    def reschedule(self, daily_at: time) -> None:
        """Move the daily job to a new time (after the settings changed)."""
        self.daily_at = daily_at
        if self._scheduler is not None:
            self._scheduler.reschedule_job(
                JOB_DAILY, trigger="cron", hour=daily_at.hour, minute=daily_at.minute
            )

    @contextmanager
    def paused(self) -> Iterator[None]:
        """No backup runs inside this block (a running one is finished first)."""
        scheduler = self._scheduler
        if scheduler is not None and scheduler.running:
            scheduler.pause()
        try:
            with self._lock:
                yield
        finally:
            if scheduler is not None and scheduler.running:
                scheduler.resume()

    def run_soon(self, job: Callable[[], Any]) -> None:
        """Run ``job`` once, now, on the scheduler's worker threads."""
        if self._scheduler is None:
            threading.Thread(target=job, daemon=True).start()
            return
        self._scheduler.add_job(job, "date", id=JOB_NOW, replace_existing=True, max_instances=1)

    def stop(self, wait: bool = True) -> None:
        if self._scheduler is not None and self._scheduler.running:
            self._scheduler.shutdown(wait=wait)
        self._scheduler = None
