"""Making one backup file: snapshot, deep-check the copy, seal, read back, rename.

The order guarantees that a crash, a full disk or a kill at any moment never
leaves a file named ``*.crmbak`` that is not a complete, verified backup, and
never touches another backup file: all work happens under hidden temporary
names, and only ``os.replace`` (atomic) gives the result its final name.
"""

from __future__ import annotations

import errno
import os
import secrets
import shutil
import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from crmdesk import __version__
from crmdesk.backup.archive import BackupHeader, read_header, seal
from crmdesk.backup.catalog import PREFIX, backup_file_name
from crmdesk.backup.deep_check import deep_check
from crmdesk.backup.filecopy import hash_prefix
from crmdesk.backup.snapshot import CRM_TABLES, SnapshotFailed, fsync_dir, take_snapshot
from crmdesk.db.keys import key_id
from crmdesk.errors import CrmError

#: Leftovers of a killed backup older than this are removed by the next backup.
STALE_SECONDS = 3600
_TEMP_MARK = ".tmp-"


class DestinationProblem(CrmError):
    """The backup folder is missing, full or read-only; no backup was changed."""


@dataclass(frozen=True)
class BackupResult:
    """A backup file that was written and verified."""

    path: Path
    size: int
    created: datetime
    counts: dict[str, int]
    replaced: bool


def check_destination(folder: Path, *, create: bool, needed: int) -> None:
    """Raise DestinationProblem unless ``folder`` can take a file of ``needed`` bytes."""
    if not folder.exists():
        if not create:
            raise DestinationProblem(
                f"The backup folder {folder} is not available. Is the drive connected? "
                "The previous backups were kept; crmdesk will try again at the next backup."
            )
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise destination_error(folder, exc) from exc
    if not folder.is_dir():
        raise DestinationProblem(f"The backup destination {folder} is not a folder.")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise destination_error(folder, OSError(errno.EACCES, "read-only"))
    free = shutil.disk_usage(folder).free
    if free < needed:
        raise destination_error(folder, OSError(errno.ENOSPC, "full"), needed=needed, free=free)


def destination_error(
    folder: Path, exc: OSError, *, needed: int | None = None, free: int | None = None
) -> DestinationProblem:
    """One clear sentence for an operating-system error at the destination."""
    kept = "The previous backups were kept; crmdesk will try again at the next backup."
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        detail = ""
        if needed is not None and free is not None:
            detail = f" ({_mb(needed)} needed, {_mb(free)} free)"
        return DestinationProblem(f"The backup folder {folder} is full{detail}. {kept}")
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return DestinationProblem(f"The backup folder {folder} is read-only. {kept}")
    if exc.errno == errno.ENOENT:
        return DestinationProblem(f"The backup folder {folder} is not available. {kept}")
    return DestinationProblem(f"The backup to {folder} failed: {exc.strerror or exc}. {kept}")


def _mb(size: int) -> str:
    return f"{size / 1_000_000:.0f} MB"


def write_backup(
    source: Path,
    raw_key: bytes,
    folder: Path,
    now: datetime,
    *,
    wrapped_key: str | None,
    create_folder: bool = True,
    tables: Sequence[str] = CRM_TABLES,
    prefix: str = PREFIX,
    source_name: str = "crmdesk",
) -> BackupResult:
    """Back up the SQLCipher database ``source`` into ``folder`` as today's file.

    ``wrapped_key`` (the key file's JSON) travels in the header so that the backup
    and the passphrase alone restore the data on a new computer.
    """
    wal = source.with_name(source.name + "-wal")
    needed = source.stat().st_size + (wal.stat().st_size if wal.exists() else 0) + (1 << 20)
    check_destination(folder, create=create_folder, needed=needed)
    remove_leftovers(folder)
    final = folder / backup_file_name(now.date(), prefix)
    token = secrets.token_hex(4)
    partial = folder / f".{final.name}{_TEMP_MARK}{token}.partial"
    try:
        seen = take_snapshot(source, raw_key, partial, tables)
        body_size = partial.stat().st_size
        # The checksum is computed over the copy while the copy is deep-checked.
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="crmdesk-checksum") as pool:
            summing = pool.submit(hash_prefix, partial, body_size)
            try:
                deep_check(partial, raw_key, seen, name=f"The copy of {source.name}")
            except SnapshotFailed as exc:
                raise SnapshotFailed(
                    f"{exc} No backup was written; the previous backups were kept."
                ) from exc
            body_digest = summing.result()
        header = BackupHeader(
            created=now.astimezone(UTC).isoformat(timespec="seconds"),
            schema_revision=seen.schema_revision,
            counts=seen.counts,
            body_size=body_size,
            key_id=key_id(raw_key),
            wrapped_key=wrapped_key,
            app_version=__version__,
            source=source_name,
        )
        seal(partial, header, raw_key, body_digest)
        if read_header(partial).to_bytes() != header.to_bytes():
            raise CrmError("The backup file did not read back as written.")
        replaced = final.exists()
        size = partial.stat().st_size
        os.replace(partial, final)
        fsync_dir(folder)
    except OSError as exc:
        raise destination_error(folder, exc) from exc
    finally:
        for leftover in folder.glob(f"{partial.name}*"):
            leftover.unlink(missing_ok=True)
    return BackupResult(final, size, now, dict(seen.counts), replaced)


def remove_leftovers(folder: Path) -> None:
    """Delete temporary files of backups that were killed long ago."""
    limit = time.time() - STALE_SECONDS
    for path in folder.glob(f".*{_TEMP_MARK}*"):
        try:
            if path.stat().st_mtime < limit:
                path.unlink()
        except OSError:
            continue
