"""Backup settings kept in the database: daily time, destination, retention, backup on exit."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import time
from pathlib import Path

from sqlalchemy.orm import Session

from crmdesk.backup.retention import GB, KeepCalendar, KeepWithinBudget, RetentionPolicy
from crmdesk.local_settings import get_value, set_value

DEFAULT_TIME = time(12, 30)


@dataclass(frozen=True)
class BackupSettings:
    """How and where this database is backed up."""

    daily_at: time = DEFAULT_TIME
    destination: Path | None = None
    policy: RetentionPolicy = field(default_factory=KeepWithinBudget)
    on_exit: bool = False

    def folder(self, data_dir: Path) -> Path:
        """Where the backups go: the chosen folder, else ``backups/`` in the data folder."""
        return self.destination if self.destination is not None else data_dir / "backups"


def parse_time(text: str | None) -> time:
    """``"HH:MM"`` as a time; the default 12:30 when missing or unreadable."""
    if not text:
        return DEFAULT_TIME
    try:
        hours, minutes = text.strip().split(":")
        return time(int(hours), int(minutes))
    except ValueError:
        return DEFAULT_TIME


def _int(text: str | None, default: int) -> int:
    try:
        return int(text) if text else default
    except ValueError:
        return default


KEYS = (
    "backup_time",
    "backup_destination",
    "backup_retention",
    "backup_budget_gb",
    "backup_keep_daily",
    "backup_keep_weekly",
    "backup_keep_monthly",
    "backup_on_exit",
)


def load(session: Session) -> BackupSettings:
    values = {key: get_value(session, key) for key in KEYS}
    return settings_from_values({k: v for k, v in values.items() if v is not None})


def settings_from_values(values: Mapping[str, str]) -> BackupSettings:
    """Settings from the stored ``backup_*`` values; defaults for anything missing."""
    destination = values.get("backup_destination")
    policy: RetentionPolicy
    if values.get("backup_retention") == "calendar":
        policy = KeepCalendar(
            daily=_int(values.get("backup_keep_daily"), 14),
            weekly=_int(values.get("backup_keep_weekly"), 8),
            monthly=_int(values.get("backup_keep_monthly"), 12),
        )
    else:
        budget_gb = _int(values.get("backup_budget_gb"), 20)
        policy = KeepWithinBudget(max(budget_gb, 1) * GB)
    return BackupSettings(
        daily_at=parse_time(values.get("backup_time")),
        destination=Path(destination).expanduser() if destination else None,
        policy=policy,
        on_exit=values.get("backup_on_exit") == "1",
    )


def save(session: Session, settings: BackupSettings) -> None:
    set_value(session, "backup_time", settings.daily_at.strftime("%H:%M"))
    set_value(session, "backup_destination", str(settings.destination or ""))
    set_value(session, "backup_on_exit", "1" if settings.on_exit else "0")
    policy = settings.policy
    if isinstance(policy, KeepCalendar):
        set_value(session, "backup_retention", "calendar")
        set_value(session, "backup_keep_daily", str(policy.daily))
        set_value(session, "backup_keep_weekly", str(policy.weekly))
        set_value(session, "backup_keep_monthly", str(policy.monthly))
    else:
        set_value(session, "backup_retention", "budget")
        set_value(session, "backup_budget_gb", str(max(policy.max_bytes // GB, 1)))
