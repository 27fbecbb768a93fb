"""``crmdesk-server``: set up the office server, manage users and devices, and run it over HTTPS."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
import time
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from crmdesk import clock as clocks
from crmdesk.errors import CrmError
from crmdesk.sync import audit, auth, rights_cli, server_backup, server_maintenance, tls
from crmdesk.sync import store as st

PASSWORD_ENV = "CRMDESK_SERVER_PASSWORD"  # noqa: S105 - the variable name, not a secret
CONFIG_FILE = "server.json"


def _config_path(data_dir: Path) -> Path:
    return data_dir / CONFIG_FILE


def load_config(data_dir: Path) -> dict[str, str]:
    path = _config_path(data_dir)
    if not path.exists():
        raise CrmError(
            f"No crmdesk server in {data_dir}: run 'crmdesk-server --data-dir "
            f"{data_dir} init' first."
        )
    try:
        config = json.loads(path.read_text(encoding="utf-8"))
    except ValueError as exc:
        raise CrmError(f"{path} is not valid JSON ({exc}).") from exc
    if not isinstance(config, dict) or "database_url" not in config:
        raise CrmError(f"{path} has no database_url.")
    return {str(k): str(v) for k, v in config.items()}


def open_store(data_dir: Path) -> st.SyncStore:
    return st.SyncStore(load_config(data_dir)["database_url"])


def _password(prompt: str) -> str:
    value = os.environ.get(PASSWORD_ENV)
    if value is not None:
        return value
    if not sys.stdin.isatty():
        raise CrmError(f"Set {PASSWORD_ENV} or run in a terminal to type the password.")
    first = getpass.getpass(prompt)
    if getpass.getpass("Again: ") != first:
        raise CrmError("The two passwords differ.")
    return first


def cmd_init(args: argparse.Namespace, data_dir: Path) -> int:
    if _config_path(data_dir).exists():
        raise CrmError(f"{data_dir} already holds a crmdesk server.")
    data_dir.mkdir(parents=True, exist_ok=True)
    url = args.database_url or st.sqlite_url(data_dir)
    store = st.SyncStore(url)
    try:
        store.create()
    except Exception as exc:
        raise CrmError(f"Cannot create the server database at {url} ({exc}).") from exc
    finally:
        store.dispose()
    cert, key = data_dir / tls.CERT_FILE, data_dir / tls.KEY_FILE
    hosts = ["localhost", "127.0.0.1", *(args.hostname or [])]
    fingerprint = tls.make_self_signed(cert, key, hosts)
    config = {"database_url": url, "cert": str(cert), "key": str(key)}
    _config_path(data_dir).write_text(json.dumps(config, indent=2), encoding="utf-8")
    print(f"Server created in {data_dir}.")
    print(f"Certificate SHA-256 fingerprint: {tls.show(fingerprint)}")
    return 0


def _certificate(config: dict[str, str], args: argparse.Namespace) -> tuple[str, str]:
    cert = args.cert or config.get("cert", "")
    key = args.key or config.get("key", "")
    for path in (cert, key):
        if not path or not Path(path).is_file():
            raise CrmError(
                f"The TLS certificate or key file '{path}' is missing: the server "
                "only runs over HTTPS."
            )
    return cert, key


def cmd_run(args: argparse.Namespace, data_dir: Path) -> int:
    import uvicorn
    from apscheduler.schedulers.background import BackgroundScheduler

    from crmdesk.sync.server import ServerConfig, create_app

    config = load_config(data_dir)
    cert, key = _certificate(config, args)
    keep_days = _windows(args)
    store = st.SyncStore(config["database_url"])
    try:
        store.create()
    except Exception as exc:
        raise CrmError(f"Cannot open the server database ({exc}).".splitlines()[0]) from exc
    # One scheduler for the daily backups (as server_backup.start_in_server does) and the
    # upkeep: tombstones and old idempotency keys go at start and every few hours.
    server_backup.hold_server_lock(data_dir)  # so 'backup restore' sees a running server
    scheduler = BackgroundScheduler(daemon=True)
    server_backup.schedule_backups(data_dir, config, clocks.current(), scheduler)
    server_maintenance.schedule_upkeep(
        scheduler, store, lambda: time.time_ns() // 1_000_000, args.tombstone_days, keep_days
    )
    fingerprint = tls.fingerprint_of_pem(Path(cert).read_text())
    print(
        f"crmdesk server on https://{args.host}:{args.port}  fingerprint {tls.show(fingerprint)}",
        flush=True,
    )
    uvicorn.run(
        create_app(ServerConfig(store)),
        host=args.host,
        port=args.port,
        ssl_certfile=cert,
        ssl_keyfile=key,
        log_level="warning",
        timeout_graceful_shutdown=5,
    )
    return 0


def cmd_user(args: argparse.Namespace, data_dir: Path) -> int:
    store = open_store(data_dir)
    try:
        with store.write() as conn:
            if args.user_command == "add":
                auth.add_user(
                    conn,
                    args.name,
                    _password(f"Password for {args.name}: "),
                    args.role,
                    args.manager,
                    admin=args.admin,
                )
                extra = ", admin" if args.admin else ""
                print(f"User {args.name} added ({args.role}{extra}).")
            elif args.user_command == "list":
                for u in auth.list_users(conn):
                    state = "disabled" if u.disabled else "active"
                    role = f"{u.role}+admin" if u.admin else u.role
                    print(f"{u.name}\t{role}\t{state}")
            elif args.user_command == "set":
                said = auth.change_user(
                    conn,
                    args.name,
                    role=args.role,
                    manager=args.manager,
                    no_manager=args.no_manager,
                    admin=args.admin,
                )
                print(f"{args.name}: {'; '.join(said) or 'nothing to change'}.")
            elif args.user_command == "disable":
                auth.disable_user(conn, args.name)
                print(f"User {args.name} disabled.")
            elif args.user_command == "reset-password":
                auth.reset_password(conn, args.name, _password(f"New password for {args.name}: "))
                print(f"Password of {args.name} changed.")
    finally:
        store.dispose()
    return 0


def cmd_device(args: argparse.Namespace, data_dir: Path) -> int:
    store = open_store(data_dir)
    try:
        with store.write() as conn:
            if args.device_command == "list":
                for d in auth.list_devices(conn):
                    state = "revoked" if d.revoked else "active"
                    print(f"{d.id}\t{d.user_name}\t{d.name}\t{state}")
            else:
                auth.revoke_device(conn, args.device_id)
                print(f"Device {args.device_id} revoked.")
    finally:
        store.dispose()
    return 0


def _windows(args: argparse.Namespace) -> int:
    """The idempotency-key window in days, after checking both windows."""
    days = args.tombstone_days
    if days < 1:
        raise CrmError("--tombstone-days must be at least 1.")
    keep = args.keep_change_ids_days
    if keep is None:
        return server_maintenance.applied_window_days(days)
    if keep < days:
        raise CrmError(
            "--keep-change-ids-days must be at least --tombstone-days (a laptop may resend "
            "a change until it has synced again)."
        )
    return int(keep)


def cmd_purge(args: argparse.Namespace, data_dir: Path) -> int:
    keep_days = _windows(args)
    store = open_store(data_dir)
    try:
        done = server_maintenance.run_upkeep(
            store, time.time_ns() // 1_000_000, args.tombstone_days, keep_days
        )
    finally:
        store.dispose()
    print(
        f"{done.tombstones} tombstones purged; {done.applied_changes} change ids and "
        f"{done.lost_conflicts} lost conflicts older than {keep_days} days pruned."
    )
    return 0


def _add_windows(p: argparse.ArgumentParser, tombstone_flags: list[str]) -> None:
    p.add_argument(
        *tombstone_flags,
        dest="tombstone_days",
        type=int,
        default=server_maintenance.TOMBSTONE_DAYS,
        help="tombstone retention window in days (default 90)",
    )
    p.add_argument(
        "--keep-change-ids-days",
        type=int,
        help="keep idempotency keys this many days (default: twice the tombstone window, "
        "180 at least)",
    )


def _since(text: str) -> int:
    try:
        day = datetime.fromisoformat(text)
    except ValueError as exc:
        raise CrmError(f"'{text}' is not a date (use YYYY-MM-DD).") from exc
    return int((day if day.tzinfo else day.replace(tzinfo=UTC)).timestamp())


def cmd_audit(args: argparse.Namespace, data_dir: Path) -> int:
    since = _since(args.since) if args.since else None
    store = open_store(data_dir)
    try:
        with store.read() as conn:
            found = audit.entries(conn, since)
    finally:
        store.dispose()
    if args.json:
        print(json.dumps([e.as_json() for e in found], indent=1))
        return 0
    for e in found:
        when = datetime.fromtimestamp(e.at, UTC).strftime("%Y-%m-%d %H:%M:%S")
        what = f"{e.entity}/{e.row_id}" if e.entity else "-"
        print(
            f"{when}\t{e.action}\t{e.user_name}\t{e.device_id or '-'}\t"
            f"{e.address or '-'}\t{what}\t{e.detail}"
        )
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="crmdesk-server", description="crmdesk office server")
    parser.add_argument("--data-dir", metavar="DIR", required=True, help="server data folder")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    p = sub.add_parser("init", help="create the database and a self-signed certificate")
    p.add_argument("--database-url", help="PostgreSQL URL (default: SQLite in the data folder)")
    p.add_argument("--hostname", action="append", help="extra host name for the certificate")
    p.set_defaults(handler=cmd_init)
    p = sub.add_parser("run", help="serve over HTTPS")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8443)
    p.add_argument("--cert", help="a CA-issued certificate (PEM) instead of the self-signed one")
    p.add_argument("--key", help="the key of --cert (PEM)")
    _add_windows(p, ["--tombstone-days"])
    p.set_defaults(handler=cmd_run)
    p = sub.add_parser(
        "purge", help="remove tombstones and change ids older than their windows (also scheduled)"
    )
    _add_windows(p, ["--older-than-days", "--tombstone-days"])
    p.set_defaults(handler=cmd_purge)
    user = sub.add_parser("user", help="manage users").add_subparsers(
        dest="user_command", required=True, metavar="ACTION"
    )
    p = user.add_parser("add")
    p.add_argument("name")
    p.add_argument("--role", choices=[r.value for r in auth.Role], default="rep")
    p.add_argument("--manager")
    p.add_argument("--admin", action="store_true", help="may also manage users")
    user.add_parser("list")
    p = user.add_parser("set", help="change a user's role, manager or admin flag")
    p.add_argument("name")
    p.add_argument("--role", choices=[r.value for r in auth.Role])
    boss = p.add_mutually_exclusive_group()
    boss.add_argument("--manager")
    boss.add_argument("--no-manager", action="store_true", help="nobody above this user")
    p.add_argument("--admin", action=argparse.BooleanOptionalAction, default=None)
    for action in ("disable", "reset-password"):
        user.add_parser(action).add_argument("name")
    for p in user.choices.values():
        p.set_defaults(handler=cmd_user)
    device = sub.add_parser("device", help="list or revoke devices").add_subparsers(
        dest="device_command", required=True, metavar="ACTION"
    )
    device.add_parser("list").set_defaults(handler=cmd_device)
    p = device.add_parser("revoke")
    p.add_argument("device_id")
    p.set_defaults(handler=cmd_device)
    p = sub.add_parser("audit", help="list logins, failed logins and refused changes")
    p.add_argument("--since", metavar="DATE", help="from this day (YYYY-MM-DD, UTC) on")
    p.add_argument("--json", action="store_true", help="print a JSON list")
    p.set_defaults(handler=cmd_audit)
    server_backup.register(sub)
    rights_cli.register(sub, lambda a, d: rights_cli.cmd_rights(a, d, open_store))
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.handler(args, Path(args.data_dir).expanduser()))
    except CrmError as exc:
        print(f"crmdesk-server: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
