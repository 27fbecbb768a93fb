"""The schedule, with a controllable clock: daily, one catch-up after sleep, never two."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.cron import CronTrigger

from crmdesk.backup.schedule import (
    JOB_DAILY,
    JOB_START,
    JOB_WATCH,
    BackupScheduler,
    is_due,
    latest_slot,
)
from crmdesk.clock import FakeClock

from .conftest import BANGKOK, at

NOON_30 = time(12, 30)


class Office:
    """A scheduler whose backups are recorded (the job's last success is its own)."""

    def __init__(self, start: datetime, fail: bool = False) -> None:
        self.clock = FakeClock(start)
        self.runs: list[datetime] = []
        self.success: datetime | None = None
        self.fail = fail
        self.scheduler = BackupScheduler(self.clock, NOON_30, lambda: self.success, self.backup)

    def backup(self) -> None:
        self.runs.append(self.clock.now())
        if self.fail:
            raise OSError("drive missing")
        self.success = self.clock.now()

    def tick_until(self, end: datetime, step: timedelta = timedelta(minutes=5)) -> None:
        """The app running: the watch job checks every few minutes."""
        while self.clock.now() < end:
            self.clock.advance(step)
            self.scheduler.check()


def test_latest_slot_is_today_after_the_time_and_yesterday_before() -> None:
    assert latest_slot(at(23, 12, 31), NOON_30) == at(23, 12, 30)
    assert latest_slot(at(23, 12, 30), NOON_30) == at(23, 12, 30)
    assert latest_slot(at(23, 12, 29), NOON_30) == at(22, 12, 30)


def test_due_rules() -> None:
    assert is_due(at(23, 13), NOON_30, None)
    assert not is_due(at(23, 13), NOON_30, at(23, 12, 30))
    assert is_due(at(23, 13), NOON_30, at(23, 12, 29))
    assert not is_due(at(23, 12, 0), NOON_30, at(22, 18))
    assert not is_due(at(23, 13), NOON_30, at(22, 1), last_attempt=at(23, 12, 45))


def test_one_backup_per_day_at_the_chosen_time() -> None:
    office = Office(at(20, 9))
    office.success = at(19, 12, 30)
    office.tick_until(at(23, 9))
    assert office.runs == [at(20, 12, 30), at(21, 12, 30), at(22, 12, 30)]


def test_sleep_over_several_slots_gives_one_catch_up_after_wake() -> None:
    office = Office(at(20, 10))
    office.success = at(19, 12, 30)
    office.clock.set(at(23, 9))  # the laptop slept from Friday 10:00 to Monday 09:00
    office.scheduler.check()  # the daily job's coalesced misfire
    office.scheduler.check()  # the watch job, right after
    office.scheduler.check()  # the start-up catch-up job
    assert office.runs == [at(23, 9)]
    office.tick_until(at(23, 23))
    assert office.runs == [at(23, 9), at(23, 12, 30)]


def test_closed_app_catches_up_once_at_the_next_start() -> None:
    office = Office(at(23, 8, 0))
    office.success = at(21, 12, 30)
    office.tick_until(at(23, 12, 0))
    assert office.runs == [at(23, 8, 5)]


def test_not_due_before_the_time_when_yesterday_was_backed_up() -> None:
    office = Office(at(23, 8, 0))
    office.success = at(22, 12, 30)
    office.tick_until(at(23, 12, 25))
    assert office.runs == []


def test_failed_backup_is_retried_at_the_next_slot_not_every_check() -> None:
    office = Office(at(23, 12, 0), fail=True)
    office.success = at(22, 12, 30)
    office.tick_until(at(24, 12, 0))
    assert office.runs == [at(23, 12, 30)]
    office.fail = False
    office.tick_until(at(24, 13, 0))
    assert office.runs == [at(23, 12, 30), at(24, 12, 30)]


def test_jobs_are_registered_with_coalescing_and_no_misfire_limit() -> None:
    clock = FakeClock(datetime.now(BANGKOK))
    scheduler = BackgroundScheduler(timezone=BANGKOK)
    runner = BackupScheduler(clock, time(18, 5), clock.now, lambda: None)
    runner.start(scheduler)
    try:
        jobs = {job.id: job for job in scheduler.get_jobs()}
        assert set(jobs) == {JOB_DAILY, JOB_START, JOB_WATCH}
        for job in jobs.values():
            assert job.coalesce is True
            assert job.misfire_grace_time is None
            assert job.max_instances == 1
        daily = jobs[JOB_DAILY]
        assert isinstance(daily.trigger, CronTrigger)
        assert (daily.next_run_time.hour, daily.next_run_time.minute) == (18, 5)
        runner.reschedule(time(7, 45))
        moved = scheduler.get_job(JOB_DAILY).next_run_time
        assert (moved.hour, moved.minute) == (7, 45)
    finally:
        runner.stop(wait=False)
