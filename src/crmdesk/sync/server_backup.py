"""Daily backups of the sync server's own database (SQLite snapshot or pg_dump), and restore."""

from __future__ import annotations

import argparse
import getpass
import json
import logging
import os
import secrets
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import IO, Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy.engine import make_url

from crmdesk import __version__
from crmdesk import clock as clocks
from crmdesk.backup import catalog, retention
from crmdesk.backup.archive import (
    BackupFileError,
    BackupHeader,
    check_archive,
    copy_body,
    read_header,
    seal,
)
from crmdesk.backup.create import (
    BackupResult,
    check_destination,
    destination_error,
    remove_leftovers,
)
from crmdesk.backup.deep_check import deep_check
from crmdesk.backup.schedule import BackupScheduler
from crmdesk.backup.settings import BackupSettings, settings_from_values
from crmdesk.backup.snapshot import (
    SnapshotFacts,
    SnapshotFailed,
    facts,
    fsync_dir,
    open_keyed,
)
from crmdesk.backup.verify import extract_checked, verify_backup
from crmdesk.clock import Clock
from crmdesk.db.keys import key_id
from crmdesk.errors import CrmError
from crmdesk.sync import store as st
from crmdesk.sync.server_backup_key import (
    PASSPHRASE_ENV,
    BackupKey,
    install_backup_key,
    key_for_backup,
    load_backup_key,
    set_backup_passphrase,
)

log = logging.getLogger(__name__)

PREFIX = "crmdesk-server"
SOURCE = "crmdesk-server"
DUMP_SUFFIX = ".dump"
LOCK_FILE = "server.lock"
#: Every server table: their row counts are recorded and checked.
SERVER_TABLES: tuple[str, ...] = tuple(sorted(st.metadata.tables))
_BODY = {"body": "sqlite"}
#: The body of an encrypted backup: the database as a SQLCipher file (server_backup_key.py).
_ENCRYPTED_BODY = {"body": "sqlcipher"}


class ServerRunning(CrmError):
    """A restore was refused because the server is running on this data folder."""


@dataclass(frozen=True)
class DumpEntry:
    """One ``pg_dump`` file in the backup folder (it got its name only after its check)."""

    path: Path
    day: date
    size: int
    created: str
    good: bool = True
    problem: str | None = None


@dataclass(frozen=True)
class ServerBackupOutcome:
    """A server backup that was written and checked, and what retention removed after it."""

    path: Path
    size: int
    counts: Mapping[str, int]
    deleted: tuple[Path, ...]


def server_settings(config: Mapping[str, str]) -> BackupSettings:
    """The ``backup_*`` keys of ``server.json`` (same names and defaults as the app's)."""
    return settings_from_values({k: v for k, v in config.items() if k.startswith("backup_")})


def sqlite_path(url: str) -> Path | None:
    """The database file of a SQLite URL, or None for PostgreSQL."""
    parsed = make_url(url)
    if not parsed.drivername.startswith("sqlite"):
        return None
    if not parsed.database or parsed.database == ":memory:":
        raise CrmError("An in-memory server database cannot be backed up.")
    return Path(parsed.database)


# --- SQLite ---------------------------------------------------------------------------------


def _counts(conn: sqlite3.Connection, tables: Sequence[str]) -> dict[str, int]:
    present = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    return {
        t: int(conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0])
        for t in tables
        if t in present
    }


def check_sqlite_file(path: Path, expected: Mapping[str, int]) -> None:
    """SQLite's full integrity check and the row counts; raises BackupFileError."""
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, isolation_level=None)
    try:
        problems = [str(r[0]) for r in conn.execute("PRAGMA integrity_check").fetchall()]
        if problems != ["ok"]:
            raise BackupFileError(f"{path.name} failed the integrity check: {problems[0]}")
        if _counts(conn, list(expected)) != dict(expected):
            raise BackupFileError(f"{path.name} does not hold the expected number of rows.")
    except sqlite3.DatabaseError as exc:
        raise BackupFileError(f"{path.name} is damaged: {exc}.") from exc
    finally:
        conn.close()


def _snapshot(source: Path, target: Path) -> dict[str, int]:
    """SQLite's online backup inside one read transaction that also counts the rows."""
    src = sqlite3.connect(str(source), isolation_level=None, timeout=30)
    dst = sqlite3.connect(str(target), isolation_level=None)
    try:
        src.execute("BEGIN")
        try:
            counts = _counts(src, SERVER_TABLES)  # the first read fixes the snapshot
            src.backup(dst)
        finally:
            src.execute("COMMIT")
        # A self-contained file: no WAL beside it, readable read-only.
        dst.execute("PRAGMA journal_mode = DELETE")
    finally:
        dst.close()
        src.close()
    return counts


def _snapshot_encrypted(source: Path, target: Path, raw_key: bytes) -> SnapshotFacts:
    """The same snapshot written as a SQLCipher file under ``raw_key`` (nothing in plaintext).

    ``sqlcipher_export`` copies schema and rows into the attached encrypted file
    inside one read transaction that also counts the rows.
    """
    src = sqlcipher.connect(str(source), isolation_level=None, timeout=30)
    try:
        src.execute("ATTACH DATABASE ? AS backup KEY ?", (str(target), f"x'{raw_key.hex()}'"))
        src.execute("BEGIN")
        try:
            seen = facts(src, SERVER_TABLES)  # the first read fixes the snapshot
            src.execute("SELECT sqlcipher_export('backup')")
        finally:
            src.execute("COMMIT")
        src.execute("DETACH DATABASE backup")
    finally:
        src.close()
    return seen


def _decrypt_to(encrypted: Path, raw_key: bytes, target: Path) -> None:
    """Write the plain SQLite database held in the checked SQLCipher file ``encrypted``."""
    conn = open_keyed(encrypted, raw_key)
    try:
        conn.execute("ATTACH DATABASE ? AS plain KEY ''", (str(target),))
        conn.execute("SELECT sqlcipher_export('plain')")
        conn.execute("DETACH DATABASE plain")
    finally:
        conn.close()


def _partial(folder: Path, final: Path) -> Path:
    return folder / f".{final.name}.tmp-{secrets.token_hex(4)}.partial"


def backup_sqlite(
    db_path: Path,
    folder: Path,
    now: datetime,
    *,
    create_folder: bool = True,
    key: BackupKey | None = None,
) -> BackupResult:
    """Today's ``crmdesk-server-DATE.crmbak``: snapshot, check, seal, fsync, rename.

    With ``key`` (a backup passphrase is set) the body is a SQLCipher file under it.
    """
    if not db_path.is_file():
        raise CrmError(f"There is no server database at {db_path}.")
    wal = db_path.with_name(db_path.name + "-wal")
    needed = db_path.stat().st_size + (wal.stat().st_size if wal.exists() else 0) + (1 << 20)
    check_destination(folder, create=create_folder, needed=needed)
    remove_leftovers(folder)
    final = folder / catalog.backup_file_name(now.date(), PREFIX)
    partial = _partial(folder, final)
    try:
        raw_key = None if key is None else key.raw
        if key is None:
            counts = _snapshot(db_path, partial)
            check_sqlite_file(partial, counts)
            revision = None
        else:
            seen = _snapshot_encrypted(db_path, partial, key.raw)
            try:
                deep_check(partial, key.raw, seen, name=f"The copy of {db_path.name}")
            except SnapshotFailed as exc:
                raise BackupFileError(str(exc)) from exc
            counts, revision = dict(seen.counts), seen.schema_revision
        header = BackupHeader(
            created=now.astimezone(UTC).isoformat(timespec="seconds"),
            schema_revision=revision,
            counts=counts,
            body_size=partial.stat().st_size,
            key_id="" if key is None else key_id(key.raw),
            wrapped_key=None if key is None else key.wrapped,
            app_version=__version__,
            source=SOURCE,
            extra=_BODY if key is None else _ENCRYPTED_BODY,
        )
        seal(partial, header, raw_key)
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
    return BackupResult(final, size, now, counts, replaced)


def _write_checked_body(path: Path, target: Path, raw_key: bytes | None) -> None:
    """Check ``path`` completely and leave its (plain SQLite) database in the new file ``target``.

    ``raw_key`` opens an encrypted backup (see ``key_for_backup``); None for a plain one.
    """
    head = read_header(path)
    encrypted = dict(head.extra) == _ENCRYPTED_BODY
    if head.source != SOURCE or not (encrypted or (dict(head.extra) == _BODY and not head.key_id)):
        raise BackupFileError(f"{path.name} is not a backup of a crmdesk server's SQLite database.")
    if encrypted:
        if raw_key is None:
            raise BackupFileError(f"{path.name} is encrypted and needs the backup passphrase.")
        sealed = target.with_name(target.name + ".sqlcipher")
        try:
            extract_checked(path, raw_key, sealed)
            _decrypt_to(sealed, raw_key, target)
        finally:
            sealed.unlink(missing_ok=True)
        check_sqlite_file(target, head.counts)
        return
    info = check_archive(path)
    if not info.mac_matches(None):
        raise BackupFileError(f"{path.name} has been altered: its signature does not match.")
    with open(target, "xb") as out:
        copy_body(info, out)
        out.flush()
        os.fsync(out.fileno())
    check_sqlite_file(target, head.counts)


def verify_sqlite_backup(path: Path, raw_key: bytes | None = None) -> BackupHeader:
    """Checksum, signature, database check and row counts; raises BackupFileError.

    An encrypted backup is checked in place with ``raw_key`` (``verify.verify_backup``).
    """
    head = read_header(path)
    if dict(head.extra) == _ENCRYPTED_BODY and head.source == SOURCE:
        if raw_key is None:
            raise BackupFileError(f"{path.name} is encrypted and needs the backup passphrase.")
        return verify_backup(path, raw_key).info.header
    with tempfile.TemporaryDirectory(prefix="crmdesk-server-verify-") as tmp:
        _write_checked_body(path, Path(tmp) / "check.db", raw_key)
    return read_header(path)


def restore_sqlite(
    path: Path, db_path: Path, now: datetime, raw_key: bytes | None = None
) -> Path | None:
    """Replace the (stopped) server's database by a checked backup; returns the kept old one.

    The old database is first checkpointed (its WAL must not be replayed onto the
    restored file) and copied into ``before-restore-YYYYmmdd-HHMMSS/``; then one
    ``os.replace`` swaps the file, so ``server.db`` is always the old or the new one.
    """
    db_path.parent.mkdir(parents=True, exist_ok=True)
    incoming = db_path.with_name(f".{db_path.name}.restore-{secrets.token_hex(4)}")
    try:
        _write_checked_body(path, incoming, raw_key)
        aside = None
        if db_path.exists():
            sqlite3.connect(str(db_path), isolation_level=None).execute(
                "PRAGMA wal_checkpoint(TRUNCATE)"
            ).connection.close()
            aside = db_path.parent / f"before-restore-{now.strftime('%Y%m%d-%H%M%S')}"
            aside.mkdir(exist_ok=True)
            shutil.copy2(db_path, aside / db_path.name)
            for extra in ("-wal", "-shm", "-journal"):
                side = db_path.with_name(db_path.name + extra)
                if side.exists():
                    os.replace(side, aside / side.name)
            fsync_dir(aside)
        os.replace(incoming, db_path)
        fsync_dir(db_path.parent)
        return aside
    finally:
        incoming.unlink(missing_ok=True)


# --- PostgreSQL -----------------------------------------------------------------------------


def _libpq(url: str) -> tuple[list[str], dict[str, str]]:
    """``pg_dump``/``pg_restore`` arguments for a SQLAlchemy URL (password via environment)."""
    parsed = make_url(url)
    env = dict(os.environ)
    if parsed.password:
        env["PGPASSWORD"] = str(parsed.password)
    conninfo = parsed.set(drivername="postgresql", password=None)
    args = [f"--dbname={conninfo.render_as_string(hide_password=False)}"]
    options = parsed.query.get("options", "")
    for part in [options] if isinstance(options, str) else list(options):
        for word in part.split():
            if word.startswith("-csearch_path="):
                args += [f"--schema={s}" for s in word.split("=", 1)[1].split(",") if s]
    return args, env


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        raise CrmError(f"{name} is not installed: install the PostgreSQL client tools.")
    return found


def _run(cmd: Sequence[str], env: Mapping[str, str] | None = None) -> str:
    done = subprocess.run(list(cmd), capture_output=True, text=True, env=env, check=False)  # noqa: S603
    if done.returncode != 0:
        lines = done.stderr.strip().splitlines() or [f"exit status {done.returncode}"]
        raise CrmError(f"{Path(cmd[0]).name} failed: {lines[0]}")
    return done.stdout


def check_dump(path: Path) -> list[str]:
    """``pg_restore --list``: the file reads, and holds the data of every server table."""
    if not path.is_file():
        raise BackupFileError(f"There is no backup file {path}.")
    try:
        toc = _run([_tool("pg_restore"), "--list", str(path)])
    except CrmError as exc:
        raise BackupFileError(f"{path.name} is not a readable pg_dump file ({exc}).") from exc
    present = {line.split()[-2] for line in toc.splitlines() if " TABLE DATA " in line}
    missing = [t for t in SERVER_TABLES if t not in present]
    if missing:
        raise BackupFileError(f"{path.name} lacks the server table(s) {', '.join(missing)}.")
    return sorted(present)


def backup_postgres(
    url: str, folder: Path, now: datetime, *, create_folder: bool = True
) -> DumpEntry:
    """Today's ``crmdesk-server-DATE.dump``: pg_dump, pg_restore --list, fsync, rename."""
    check_destination(folder, create=create_folder, needed=1 << 20)
    remove_leftovers(folder)
    final = folder / f"{PREFIX}-{now.date().isoformat()}{DUMP_SUFFIX}"
    partial = _partial(folder, final)
    args, env = _libpq(url)
    try:
        dump = [_tool("pg_dump"), "--format=custom", "--compress=6", "--no-owner"]
        _run([*dump, "--no-privileges", *args, f"--file={partial}"], env)
        check_dump(partial)
        with open(partial, "rb") as fh:
            os.fsync(fh.fileno())
        os.replace(partial, final)
        fsync_dir(folder)
    except OSError as exc:
        raise destination_error(folder, exc) from exc
    finally:
        partial.unlink(missing_ok=True)
    return _dump_entry(final)


def _dump_entry(path: Path) -> DumpEntry:
    day = date.fromisoformat(path.name[len(PREFIX) + 1 : -len(DUMP_SUFFIX)])
    stat = path.stat()
    created = datetime.fromtimestamp(stat.st_mtime, UTC).isoformat(timespec="seconds")
    return DumpEntry(path, day, stat.st_size, created)


def list_dumps(folder: Path) -> list[DumpEntry]:
    """The ``crmdesk-server-YYYY-MM-DD.dump`` files, newest day first (named only after a check)."""
    entries = []
    for path in folder.glob(f"{PREFIX}-*{DUMP_SUFFIX}") if folder.is_dir() else ():
        try:
            entries.append(_dump_entry(path))
        except ValueError:
            continue
    return sorted(entries, key=lambda e: (e.day, e.created), reverse=True)


def restore_postgres(path: Path, url: str) -> None:
    """``pg_restore --clean --if-exists`` into the server's database, in one transaction."""
    check_dump(path)
    args, env = _libpq(url)
    restore = [_tool("pg_restore"), "--clean", "--if-exists", "--no-owner", "--single-transaction"]
    _run([*restore, *[a for a in args if a.startswith("--dbname")], str(path)], env)


# --- Both, by the server's configuration ----------------------------------------------------


def back_up_server(data_dir: Path, config: Mapping[str, str], now: datetime) -> ServerBackupOutcome:
    """Back up the configured database into the backup folder, then apply retention."""
    settings = server_settings(config)
    folder = settings.folder(data_dir)
    create = settings.destination is None
    db_path = sqlite_path(config["database_url"])
    backups: Sequence[retention.Backup]
    if db_path is not None:
        key = load_backup_key(data_dir)
        result = backup_sqlite(db_path, folder, now, create_folder=create, key=key)
        path, size, counts = result.path, result.size, dict(result.counts)
        backups = catalog.list_backups(folder, PREFIX, full=False)
    else:
        entry = backup_postgres(config["database_url"], folder, now, create_folder=create)
        path, size, counts = entry.path, entry.size, {}
        backups = list_dumps(folder)
    deleted = []
    for old in retention.to_delete(backups, settings.policy):
        try:
            old.unlink()
            deleted.append(old)
        except OSError as exc:  # retried after the next backup
            log.warning("could not delete old backup %s: %s", old, exc)
    return ServerBackupOutcome(path, size, counts, tuple(deleted))


def last_success(data_dir: Path, config: Mapping[str, str]) -> datetime | None:
    """When the newest good backup in the backup folder was made."""
    folder = server_settings(config).folder(data_dir)
    created: str | None
    if sqlite_path(config["database_url"]) is not None:
        newest = catalog.newest_good(folder, PREFIX)
        created = newest.created if newest else None
    else:
        dumps = list_dumps(folder)
        created = dumps[0].created if dumps else None
    return datetime.fromisoformat(created) if created else None


class _Held:
    """Open lock files of servers running in this process (their lock lasts as long)."""

    files: list[IO[str]] = []  # noqa: RUF012 - deliberately shared by the process


def hold_server_lock(data_dir: Path) -> None:
    """Mark the data folder as served by this process (``server.lock`` holds the pid)."""
    try:
        import fcntl
    except ImportError:  # not POSIX: restore cannot see a running server (docs/BACKUP.md)
        return
    fh = open(data_dir / LOCK_FILE, "a+", encoding="ascii")  # noqa: SIM115 - held until exit
    try:
        fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError as exc:
        fh.close()
        raise CrmError(f"Another crmdesk server already runs on {data_dir}.") from exc
    fh.truncate(0)
    fh.write(f"{os.getpid()}\n")
    fh.flush()
    _Held.files.append(fh)


def running_pid(data_dir: Path) -> int | None:
    """The pid of a server running on ``data_dir``, or None (its lock is free)."""
    try:
        import fcntl
    except ImportError:
        return None
    path = data_dir / LOCK_FILE
    if not path.exists():
        return None
    with open(path, "r+", encoding="ascii") as fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            text = fh.read().strip()
            return int(text) if text.isdigit() else -1
        fcntl.flock(fh, fcntl.LOCK_UN)
    return None


def schedule_backups(
    data_dir: Path, config: Mapping[str, str], clock: Clock, scheduler: Any
) -> BackupScheduler:
    """Daily backups at ``backup_time`` on an APScheduler 3 scheduler, one catch-up at start."""

    def job() -> None:
        try:
            outcome = back_up_server(data_dir, config, clock.now())
        except Exception as exc:
            print(f"crmdesk-server: backup failed: {exc}", file=sys.stderr, flush=True)
            raise
        print(f"crmdesk-server: backed up to {outcome.path}", flush=True)

    runner = BackupScheduler(
        clock, server_settings(config).daily_at, lambda: last_success(data_dir, config), job
    )
    runner.start(scheduler)
    return runner


def start_in_server(data_dir: Path, config: Mapping[str, str]) -> BackupScheduler:
    """What ``crmdesk-server run`` calls: take the folder's lock, start the daily backups."""
    from apscheduler.schedulers.background import BackgroundScheduler

    hold_server_lock(data_dir)
    return schedule_backups(data_dir, config, clocks.current(), BackgroundScheduler(daemon=True))


# --- Command line ---------------------------------------------------------------------------


def _entry_json(entry: catalog.BackupEntry | DumpEntry) -> dict[str, Any]:
    data: dict[str, Any] = {
        "file": str(entry.path),
        "day": entry.day.isoformat(),
        "size": entry.size,
        "created": entry.created,
        "good": entry.good,
        "problem": entry.problem,
    }
    if isinstance(entry, catalog.BackupEntry):
        data["counts"] = dict(entry.header.counts) if entry.header else None
    return data


def cmd_backup(args: argparse.Namespace, data_dir: Path) -> int:
    """``crmdesk-server backup now|list|verify|restore``."""
    from crmdesk.sync.server_cli import load_config

    config = load_config(data_dir)
    url = config["database_url"]
    folder = server_settings(config).folder(data_dir)
    db_path = sqlite_path(url)
    action = args.backup_command
    if action == "passphrase":
        set_backup_passphrase(data_dir, _new_passphrase())
        print(
            "Backups of this server are now encrypted. Keep the passphrase safe: "
            "a backup restores on a new machine only with it."
        )
        return 0
    if action == "now":
        outcome = back_up_server(data_dir, config, clocks.current().now())
        print(f"Backed up to {outcome.path} ({outcome.size} bytes).")
        for old in outcome.deleted:
            print(f"Removed old backup {old.name}.")
        return 0
    if action == "list":
        entries: Sequence[catalog.BackupEntry | DumpEntry] = (
            catalog.list_backups(folder, PREFIX) if db_path is not None else list_dumps(folder)
        )
        if args.json:
            print(json.dumps([_entry_json(e) for e in entries], indent=2))
        elif not entries:
            print(f"No backups in {folder}.")
        for e in entries if not args.json else ():
            state = "ok" if e.good else f"DAMAGED: {e.problem}"
            print(f"{e.path.name}\t{e.size}\t{e.created or '-'}\t{state}")
        return 0 if all(e.good for e in entries) else 2
    path = Path(args.file).expanduser()
    is_dump = path.name.endswith(DUMP_SUFFIX)
    key = None if is_dump else _key_of(path, data_dir)
    if action == "verify":
        if is_dump:
            check_dump(path)
        else:
            verify_sqlite_backup(path, key)
        print(f"{path.name} is a sound backup.")
        return 0
    pid = running_pid(data_dir)
    if pid is not None:
        raise ServerRunning(
            f"The crmdesk server is running on {data_dir} (pid {pid}): stop it, then restore."
        )
    if (db_path is None) != is_dump:
        kind = "SQLite (.crmbak)" if db_path is not None else "PostgreSQL (.dump)"
        raise CrmError(f"This server's database is {kind}; {path.name} does not fit it.")
    if not args.yes and not _confirm(f"Replace the server's database by {path.name}? [y/N] "):
        print("Nothing was changed.")
        return 1
    if db_path is None:
        restore_postgres(path, url)
        print(f"Restored {path.name} into the PostgreSQL database.")
        return 0
    aside = restore_sqlite(path, db_path, clocks.current().now(), key)
    wrapped = read_header(path).wrapped_key
    if key is not None and wrapped and load_backup_key(data_dir) is None:
        install_backup_key(data_dir, BackupKey(key, wrapped))  # a new machine goes on encrypting
    print(f"Restored {path.name}." + (f" The previous database is in {aside}." if aside else ""))
    return 0


def _key_of(path: Path, data_dir: Path) -> bytes | None:
    """The key of an encrypted backup file, None for a plain one."""
    head = read_header(path)
    if dict(head.extra) != _ENCRYPTED_BODY:
        return None
    passphrase = os.environ.get(PASSPHRASE_ENV)
    own = load_backup_key(data_dir)
    if (
        passphrase is None
        and sys.stdin.isatty()
        and (own is None or key_id(own.raw) != head.key_id)
    ):
        passphrase = getpass.getpass("Backup passphrase: ")
    return key_for_backup(head, path.name, data_dir, passphrase)


def _new_passphrase() -> str:
    passphrase = os.environ.get(PASSPHRASE_ENV)
    if passphrase is not None:
        return passphrase
    if not sys.stdin.isatty():
        raise CrmError(f"Set {PASSPHRASE_ENV}, or run this in a terminal to type the passphrase.")
    first = getpass.getpass("New backup passphrase: ")
    if getpass.getpass("Again: ") != first:
        raise CrmError("The two passphrases differ; nothing was changed.")
    return first


def _confirm(question: str) -> bool:
    if not sys.stdin.isatty():
        raise CrmError("Add --yes to restore without a terminal.")
    return input(question).strip().lower() in ("y", "yes")


def register(sub: Any) -> None:
    """Add ``backup now|list|verify|restore`` to crmdesk-server's subcommands."""
    actions = sub.add_parser("backup", help="back up, list, verify or restore").add_subparsers(
        dest="backup_command", required=True, metavar="ACTION"
    )
    actions.add_parser("now", help="back up the server database now")
    actions.add_parser(
        "passphrase",
        help=f"encrypt SQLite backups under a passphrase (set or change; ${PASSPHRASE_ENV})",
    )
    actions.add_parser("list", help="list the backups").add_argument("--json", action="store_true")
    actions.add_parser("verify", help="check a backup file completely").add_argument("file")
    p = actions.add_parser("restore", help="replace the database by a backup (server stopped)")
    p.add_argument("file")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    for p in actions.choices.values():
        p.set_defaults(handler=cmd_backup)
