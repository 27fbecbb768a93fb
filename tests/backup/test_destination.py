"""Missing, read-only or full destinations: a clear error and the old backups untouched."""

from __future__ import annotations

import errno
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from crmdesk.backup.catalog import list_backups
from crmdesk.backup.create import DestinationProblem, check_destination, destination_error
from crmdesk.backup.retention import KeepCalendar
from crmdesk.backup.runner import back_up
from crmdesk.backup.settings import BackupSettings
from crmdesk.db.engine import Database
from crmdesk.vault import Vault

from .conftest import at


def snapshot_of(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir()}


def test_default_folder_is_created(vault: Vault, db: Database, raw_key: bytes) -> None:
    outcome = back_up(vault, raw_key, BackupSettings(), at(22))
    assert outcome.result.path.parent == vault.backup_dir


def test_missing_chosen_folder_is_not_created(
    vault: Vault, db: Database, raw_key: bytes, tmp_path: Path
) -> None:
    usb = tmp_path / "media" / "usb"
    with pytest.raises(DestinationProblem, match="not available"):
        back_up(vault, raw_key, BackupSettings(destination=usb), at(22))
    assert not usb.exists()


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 3 MB file system (tmpfs); needs the right to mount, as root in CI."""
    folder = tmp_path / "small"
    folder.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(folder)],
        check=False,
        capture_output=True,
    )
    if mounted.returncode != 0:
        pytest.skip("cannot mount a small file system here")
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=True)


@pytest.fixture
def share(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Path]:
    """A folder that can be made read-only: a remounted tmpfs as root, else file modes."""
    if os.geteuid() == 0:
        yield request.getfixturevalue("small_disk")
        return
    folder = tmp_path / "share"
    folder.mkdir()
    try:
        yield folder
    finally:
        folder.chmod(0o755)


def make_read_only(folder: Path) -> None:
    if os.geteuid() == 0:
        subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
    else:
        folder.chmod(0o555)


def test_read_only_folder_keeps_previous_backups(
    vault: Vault, db: Database, raw_key: bytes, share: Path
) -> None:
    settings = BackupSettings(destination=share)
    back_up(vault, raw_key, settings, at(21))
    before = snapshot_of(share)
    make_read_only(share)
    with pytest.raises(DestinationProblem, match="read-only"):
        back_up(vault, raw_key, settings, at(22))
    assert snapshot_of(share) == before


def test_full_folder_keeps_previous_backups(
    vault: Vault, db: Database, raw_key: bytes, small_disk: Path
) -> None:
    settings = BackupSettings(destination=small_disk)
    back_up(vault, raw_key, settings, at(21))
    filler = small_disk / "other-files"
    with open(filler, "wb") as fh, pytest.raises(OSError):
        while True:
            fh.write(b"\0" * 65536)
            fh.flush()
    before = snapshot_of(small_disk)
    with pytest.raises(DestinationProblem, match="full"):
        back_up(vault, raw_key, settings, at(22))
    assert snapshot_of(small_disk) == before


def test_full_disk_message_says_how_much_is_needed(tmp_path: Path) -> None:
    with pytest.raises(DestinationProblem, match="full"):
        check_destination(tmp_path, create=False, needed=1 << 62)
    message = str(destination_error(tmp_path, OSError(errno.ENOSPC, "No space left")))
    assert "full" in message
    assert "previous backups were kept" in message


def test_retention_runs_after_a_successful_backup(
    vault: Vault, db: Database, raw_key: bytes
) -> None:
    settings = BackupSettings(policy=KeepCalendar(daily=2, weekly=0, monthly=0))
    for day in (19, 20, 21):
        back_up(vault, raw_key, settings, at(day))
    outcome = back_up(vault, raw_key, settings, at(22))
    assert [p.name for p in outcome.deleted] == ["crmdesk-2026-11-20.crmbak"]
    assert [e.day.day for e in list_backups(vault.backup_dir)] == [22, 21]
