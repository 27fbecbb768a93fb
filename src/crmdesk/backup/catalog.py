"""Backup file names (one per day) and the list of backups found in a folder."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from crmdesk.backup.archive import (
    SUFFIX,
    BackupFileError,
    BackupHeader,
    check_archive,
    read_header,
)

PREFIX = "crmdesk"
_NAME = re.compile(r"^(?P<prefix>[\w.-]+?)-(?P<day>\d{4}-\d{2}-\d{2})" + re.escape(SUFFIX) + "$")


def backup_file_name(day: date, prefix: str = PREFIX) -> str:
    """``crmdesk-2026-11-22.crmbak``: one file per day."""
    return f"{prefix}-{day.isoformat()}{SUFFIX}"


def day_of(path: Path) -> date | None:
    """The day a backup file is named for, or None when it is not named like one."""
    match = _NAME.match(path.name)
    if match is None:
        return None
    try:
        return date.fromisoformat(match.group("day"))
    except ValueError:
        return None


@dataclass(frozen=True)
class BackupEntry:
    """One backup file in a folder, and whether its checksum is sound."""

    path: Path
    day: date
    size: int
    header: BackupHeader | None
    problem: str | None

    @property
    def good(self) -> bool:
        return self.problem is None and self.header is not None

    @property
    def created(self) -> str | None:
        return self.header.created if self.header else None


def list_backups(folder: Path, prefix: str = PREFIX, *, full: bool = True) -> list[BackupEntry]:
    """Every ``<prefix>-YYYY-MM-DD.crmbak`` in ``folder``, newest day first, checked.

    A missing folder holds no backups. With ``full`` each file is read whole to
    check its checksum (off the UI thread); otherwise only its header and size.
    """
    if not folder.is_dir():
        return []
    entries = []
    for path in folder.iterdir():
        day = day_of(path)
        if day is None or not path.name.startswith(prefix + "-") or not path.is_file():
            continue
        try:
            header, size = _quick(path) if not full else _full(path)
        except BackupFileError as exc:
            entries.append(BackupEntry(path, day, path.stat().st_size, None, str(exc)))
        else:
            entries.append(BackupEntry(path, day, size, header, None))
    entries.sort(key=lambda e: (e.day, e.created or ""), reverse=True)
    return entries


def _full(path: Path) -> tuple[BackupHeader, int]:
    info = check_archive(path)
    return info.header, info.size


def _quick(path: Path) -> tuple[BackupHeader, int]:
    return read_header(path), path.stat().st_size


def newest_good(folder: Path, prefix: str = PREFIX) -> BackupEntry | None:
    """The most recent backup that looks complete (header and size only: cheap)."""
    return next((e for e in list_backups(folder, prefix, full=False) if e.good), None)
