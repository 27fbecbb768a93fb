"""The sync client: connect with a pinned certificate, then sync rounds (upload, then download)."""

from __future__ import annotations

import json
import ssl
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import httpx
import keyring
import keyring.errors
from sqlalchemy import Connection
from sqlalchemy.exc import OperationalError

from crmdesk import __version__, team
from crmdesk.changes import Changes
from crmdesk.db.capture import CAPTURED_TABLES
from crmdesk.db.engine import Database
from crmdesk.db.migrate import head_revision
from crmdesk.db.types import utcnow
from crmdesk.errors import CrmError
from crmdesk.hlc import pack
from crmdesk.ids import new_id
from crmdesk.sync import drift, local_state, refresh_lock, seed, tls
from crmdesk.sync.apply import PageApplier, applying, finish_resync
from crmdesk.sync.protocol import PAGE_LIMIT, PROTOCOL, SHARED_BUCKET

KEYRING_SERVICE = "crmdesk-sync"
TIMEOUT = httpx.Timeout(120.0, connect=10.0)


class SyncError(CrmError):
    """Sync could not complete; the message says why in the user's words."""


class Offline(SyncError):
    """The office server cannot be reached."""


class CertificateChanged(SyncError):
    """The server presented a certificate other than the pinned one."""


class NotConnected(SyncError):
    """This database is not connected to an office server (or must sign in again)."""


class LocalDatabaseFailed(SyncError):
    """This computer's database could not be written (busy, disk full); nothing half-done.

    ``connected``: signed in and stored, only the outbox seed stopped (the next sync goes on).
    """

    def __init__(self, message: str, *, connected: bool = False) -> None:
        super().__init__(message)
        self.connected = connected


CONNECT_STOPPED = (
    "Connecting stopped because this computer's database could not be written ({reason}); "
    "nothing was changed, so connect again once other crmdesk windows or imports are done "
    "or disk space is freed."
)


def _reason(exc: OperationalError) -> str:
    """SQLite's own words (e.g. "database is locked"), on one line."""
    return str(exc.orig).splitlines()[0] if exc.orig else type(exc).__name__


class ServerRefused(SyncError):
    """The server answered with an error; ``code`` is its protocol error code."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status, self.code = status, code


CHANGED_WARNING = (
    "The office server's certificate has changed (it is now {new}, pinned {old}). "
    "Someone may be intercepting the connection: nothing was sent. Do not continue unless your "
    "administrator replaced the certificate; then connect again with --fingerprint."
)


@dataclass(frozen=True)
class SyncResult:
    """What one sync round did; ``changes`` is for the app's refresh signal."""

    uploaded: int = 0
    conflicts: int = 0
    parked: int = 0
    downloaded: int = 0
    kept_local: int = 0
    full_resync: bool = False
    device_forked: bool = False
    changes: Changes = field(default_factory=Changes)


@dataclass(frozen=True)
class SyncStatus:
    """The status indicator's facts."""

    connected: bool
    server_url: str | None
    user_name: str | None
    fingerprint: str | None
    last_sync_at: str | None
    last_error: str | None
    pending: int
    parked: int
    conflicts: int


def _secret_name(device_id: str, url: str) -> str:
    return f"{device_id}@{url}"


NO_KEYRING = (
    "This computer has no usable keyring to keep the office server sign-in in ({detail}). "
    "Install or unlock one (e.g. GNOME Keyring, KWallet, Windows Credential Manager, macOS "
    "Keychain), then connect again."
)
#: What keyring backends raise when there is none or it is locked or broken (D-Bus errors
#: surface as RuntimeError or OSError subclasses in some backends).
_KEYRING_FAILURES = (keyring.errors.KeyringError, RuntimeError, OSError)


class NoKeyring(SyncError):
    """The OS keyring that keeps the refresh token is missing, locked or broken."""


def _no_keyring(exc: BaseException) -> NoKeyring:
    detail = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return NoKeyring(NO_KEYRING.format(detail=detail))


def _store_refresh(device_id: str, url: str, token: str) -> None:
    try:
        keyring.set_password(KEYRING_SERVICE, _secret_name(device_id, url), token)
    except _KEYRING_FAILURES as exc:
        raise _no_keyring(exc) from exc


def _recall_refresh(device_id: str, url: str) -> str | None:
    try:
        return keyring.get_password(KEYRING_SERVICE, _secret_name(device_id, url))
    except _KEYRING_FAILURES as exc:
        raise _no_keyring(exc) from exc


def normalise_url(url: str) -> str:
    parts = urlsplit(url.strip())
    if parts.scheme != "https":
        raise SyncError(
            "The office server address must start with https:// (sync never "
            "uses unencrypted connections)."
        )
    if not parts.hostname:
        raise SyncError(f"'{url}' is not a server address.")
    return f"https://{parts.netloc}"


NOT_FROM_CA = (
    "The office server's certificate (now {new}) is not one the trusted certificate authority "
    "issued for {host}. Someone may be intercepting the connection: nothing was sent. Ask your "
    "administrator; connect again with the right CA file if it changed."
)


class Transport:
    """HTTPS requests to one server, trusting only the pinned certificate, or a given CA."""

    def __init__(
        self, url: str, cert_pem: str, fingerprint: str, ca_pem: str | None = None
    ) -> None:
        self.url, self.fingerprint, self.ca_pem = url, fingerprint, ca_pem
        verify = tls.ca_context(ca_pem) if ca_pem else tls.pinned_context(cert_pem)
        self._http = httpx.Client(base_url=url, verify=verify, timeout=TIMEOUT)

    def close(self) -> None:
        self._http.close()

    def post(self, path: str, body: dict[str, Any], token: str | None = None) -> dict[str, Any]:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        try:
            response = self._http.post(path, content=json.dumps(body), headers=headers)
        except httpx.ConnectError as exc:
            if isinstance(exc.__context__, ssl.SSLCertVerificationError) or "CERTIFICATE" in str(
                exc
            ):
                raise self._changed() from exc
            raise Offline(f"The office server cannot be reached ({exc}).") from exc
        except httpx.HTTPError as exc:
            raise Offline(f"The connection to the office server failed ({exc}).") from exc
        try:
            data = response.json()
        except ValueError:
            data = {}
        if response.status_code != 200:
            raise ServerRefused(
                response.status_code,
                str(data.get("error", "error")),
                str(data.get("message") or f"The server answered {response.status_code}."),
            )
        if not isinstance(data, dict):
            raise SyncError("The office server sent an answer crmdesk does not understand.")
        return data

    def _changed(self) -> CertificateChanged:
        host = urlsplit(self.url)
        try:
            now = tls.fingerprint_of_pem(
                tls.fetch_certificate(host.hostname or "", host.port or 443)
            )
        except CrmError:
            now = "unknown"
        if self.ca_pem:
            shown = tls.show(now) if now != "unknown" else now
            return CertificateChanged(NOT_FROM_CA.format(new=shown, host=host.hostname))
        return CertificateChanged(
            CHANGED_WARNING.format(
                new=tls.show(now) if now != "unknown" else now, old=tls.show(self.fingerprint)
            )
        )


def probe(url: str) -> tuple[str, str]:
    """The certificate (PEM) an office server presents and its fingerprint, not yet trusted."""
    parts = urlsplit(normalise_url(url))
    pem = tls.fetch_certificate(parts.hostname or "", parts.port or 443)
    return pem, tls.fingerprint_of_pem(pem)


class SyncClient:
    """Sync for one open database. ``sync_once`` is what the app's timer and button call."""

    def __init__(
        self, db: Database, *, page_limit: int = PAGE_LIMIT, batch_limit: int = 500
    ) -> None:
        self.db = db
        self.page_limit = page_limit
        self.batch_limit = batch_limit
        self._access: str | None = None
        self._transport: Transport | None = None
        self._applier = PageApplier()
        # Refresh tokens are single-use: two threads must not spend the same one.
        self._refreshing = threading.Lock()

    # -- state -------------------------------------------------------------------------

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        with self.db.engine.connect() as conn:
            conn.execution_options(crm_begin="IMMEDIATE")
            with conn.begin():
                yield conn

    def _get(self, key: str) -> str | None:
        with self.db.engine.connect() as conn:
            return local_state.get(conn, key)

    def close(self) -> None:
        if self._transport is not None:
            self._transport.close()
            self._transport = None

    def status(self) -> SyncStatus:
        with self.db.engine.connect() as conn:

            def count(sql: str) -> int:
                return int(conn.exec_driver_sql(sql).scalar() or 0)

            g = local_state.get
            return SyncStatus(
                connected=g(conn, "server_url") is not None,
                server_url=g(conn, "server_url"),
                user_name=g(conn, "user_name"),
                fingerprint=g(conn, "fingerprint"),
                last_sync_at=g(conn, "last_sync_at"),
                last_error=g(conn, "last_error"),
                pending=count("SELECT count(*) FROM outbox"),
                parked=count("SELECT count(*) FROM sync_parked"),
                conflicts=count("SELECT count(*) FROM sync_conflicts WHERE resolved_at IS NULL"),
            )

    # -- connecting --------------------------------------------------------------------

    def connect(
        self,
        url: str,
        user: str,
        password: str,
        *,
        fingerprint: str | None = None,
        confirm: Callable[[str], bool] | None = None,
        ca_pem: str | None = None,
        progress: seed.Progress | None = None,
    ) -> str:
        """Pin the server's certificate (TOFU) and sign in; return the pinned fingerprint.

        With ``fingerprint`` the certificate must match it; without, ``confirm`` is shown the
        fingerprint and must accept it. A certificate other than the one already pinned for
        this server is refused unless the matching ``fingerprint`` is given.

        With ``ca_pem`` (an office's own CA, PEM) nothing is pinned: from now on any
        certificate that CA issued for the server's host name is trusted (so a renewed
        certificate needs no new pin) and any other is refused. ``fingerprint``, when given,
        is still checked at connect time.

        The first connection turns change capture on and puts every record in the outbox
        (sync/seed.py; ``progress(done, total)`` after each chunk); the next sync round
        finishes a seed that was interrupted.
        """
        url = normalise_url(url)
        if ca_pem is not None:
            tls.check_ca_bundle(ca_pem)
        pem, found = probe(url)
        pinned = self._get("fingerprint")
        if ca_pem is not None and fingerprint is None:
            pass  # the CA vouches for the certificate; the TLS handshake checks it
        elif fingerprint is not None:
            if tls.normalise(fingerprint) != found:
                raise CertificateChanged(
                    f"The server's certificate fingerprint is {tls.show(found)}, not the "
                    f"{tls.show(fingerprint)} you gave. Nothing was sent."
                )
        elif pinned is not None and self._get("server_url") == url and pinned != found:
            raise CertificateChanged(
                CHANGED_WARNING.format(new=tls.show(found), old=tls.show(pinned))
            )
        elif confirm is not None and not confirm(tls.show(found)):
            raise SyncError("The certificate was not accepted; nothing was sent.")
        transport = Transport(url, pem, found, ca_pem)
        device_id = self.db.device_id
        body = {
            "user": user,
            "password": password,
            "device_id": device_id,
            "device_name": "crmdesk " + __version__,
            "protocol": PROTOCOL,
        }
        try:
            answer = transport.post("/v1/login", body)
        except SyncError:
            transport.close()
            raise
        _store_refresh(device_id, url, str(answer["refresh_token"]))
        self.close()
        self._transport, self._access = transport, str(answer["access_token"])
        # One transaction: a database error (busy, disk full) leaves it as it was, unconnected
        # (or connected as before), and connecting again starts afresh.
        try:
            with self._write() as conn:
                self._adopt_user(conn, str(answer["user_id"]), str(answer["user_name"]))
                if local_state.get(conn, "server_url") != url:
                    local_state.put(conn, "lost_after", None)  # positions of another server
                for key, value in (
                    ("server_url", url),
                    ("fingerprint", found),
                    ("cert_pem", pem),
                    ("user_name", user),
                    ("user_id", str(answer["user_id"])),
                ):
                    local_state.put(conn, key, value)
                local_state.put(conn, "ca_pem", ca_pem)
                local_state.put(conn, "last_error", None)
        except OperationalError as exc:
            raise LocalDatabaseFailed(CONNECT_STOPPED.format(reason=_reason(exc))) from exc
        self._seed(progress)
        return found

    def _seed(self, progress: seed.Progress | None = None) -> None:
        """Seed the outbox if this database has not been (or was cut short)."""
        try:
            seed.seed_outbox(self.db, progress)
        except seed.SeedInterrupted as exc:
            raise LocalDatabaseFailed(str(exc), connected=True) from exc

    def _adopt_user(self, conn: Connection, server_user_id: str, name: str) -> None:
        """Records made before connecting become the server user's (in ``conn``'s transaction).

        Before the first connection nothing is captured: the outbox is seeded afterwards
        from the records, owner included. A database that already captures queues the change.
        """
        local = local_state_user(conn)
        if local == server_user_id:
            return
        for table in CAPTURED_TABLES:
            cols = [r[1] for r in conn.exec_driver_sql(f"PRAGMA table_info({table})")]
            if "owner_id" in cols and local is not None:
                conn.exec_driver_sql(
                    f"UPDATE {table} SET owner_id = ? WHERE owner_id = ?",
                    (server_user_id, local),
                )
        if local is not None:
            _adopt_pending(conn, local, server_user_id)
        exists = conn.exec_driver_sql("SELECT 1 FROM users WHERE id = ?", (server_user_id,)).first()
        if local is not None and not exists:
            conn.exec_driver_sql("UPDATE users SET id = ? WHERE id = ?", (server_user_id, local))
        elif not exists:
            conn.exec_driver_sql(
                "INSERT INTO users(id, name, display_name) VALUES (?, ?, ?)",
                (server_user_id, name, name),
            )
        conn.exec_driver_sql(
            "INSERT INTO local_meta(key, value) VALUES ('local_user_id', ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (server_user_id,),
        )

    # -- requests ----------------------------------------------------------------------

    def _transport_for(self) -> Transport:
        if self._transport is None:
            url, pem, fp = self._get("server_url"), self._get("cert_pem"), self._get("fingerprint")
            if url is None or pem is None or fp is None:
                raise NotConnected("This database is not connected to an office server.")
            self._transport = Transport(url, pem, fp, self._get("ca_pem"))
        return self._transport

    def _refresh_access(self, expired: str | None = None) -> str:
        """A new access token; the refresh token is exchanged for a new one (rotation)."""
        with self._refreshing, refresh_lock.refreshing(self.db.path):
            if self._access is not None and self._access != expired:
                return self._access  # another thread renewed it meanwhile
            transport = self._transport_for()
            device = self.db.device_id
            token = _recall_refresh(device, transport.url)
            if token is None:
                raise NotConnected("Sign in to the office server again (no sign-in is stored).")
            try:
                answer = transport.post("/v1/token", {"refresh_token": token})
            except ServerRefused as exc:
                if exc.status == 401:
                    raise NotConnected(f"Sign in to the office server again: {exc}") from exc
                raise
            if answer.get("refresh_token"):
                _store_refresh(device, transport.url, str(answer["refresh_token"]))
            self._access = str(answer["access_token"])
            return self._access

    def call(self, path: str, body: dict[str, Any]) -> dict[str, Any]:
        """An authenticated request; an expired access token is renewed once."""
        transport = self._transport_for()
        token = self._access or self._refresh_access()
        try:
            return transport.post(path, body, token)
        except ServerRefused as exc:
            if exc.status != 401:
                raise
        return transport.post(path, body, self._refresh_access(expired=token))

    # -- a round -----------------------------------------------------------------------

    def sync_once(self) -> SyncResult:
        """One round: handshake, upload the outbox, download every bucket, end."""
        try:
            result = self._round()
        except ServerRefused as exc:
            if exc.code != "device_reused":
                self._note_error(str(exc))
                raise
            self._fork_device()
            result = self._round()
            result = SyncResult(**{**result.__dict__, "device_forked": True})
        except SyncError as exc:
            self._note_error(str(exc))
            raise
        with self._write() as conn:
            local_state.put(conn, "last_sync_at", utcnow().isoformat(timespec="seconds"))
            local_state.put(conn, "last_error", None)
        return result

    def _note_error(self, message: str) -> None:
        try:
            with self._write() as conn:
                local_state.put(conn, "last_error", message)
        except Exception:  # noqa: S110 - recording an error must not hide the error itself
            pass

    def _round(self) -> SyncResult:
        if self._get("server_url") is not None:
            self._seed()  # a seed cut short at connect: nothing is sent before it is done
        with self.db.engine.connect() as conn:
            cursors = local_state.cursors(conn)
            high = local_state.outbox_high(conn)
            resync = local_state.get(conn, "resync") == "1"
            previous = local_state.get(conn, "session_id")
        hs = self.call(
            "/v1/handshake",
            {
                "protocol": PROTOCOL,
                "schema": head_revision(),
                "client_version": __version__,
                "device_id": self.db.device_id,
                "outbox_high": high,
                "cursors": cursors,
                "previous_session": previous,
            },
        )
        session = str(hs["session_id"])
        with self._write() as conn:
            local_state.put(conn, "session_id", session)
            team.save_directory(conn, hs.get("team"))
        # A laptop whose clock runs behind would lose every conflict; catch up with the server.
        self.db.clock.observe(pack(int(hs.get("server_time_ms") or 0)))
        try:
            if hs.get("full_resync") and not resync:
                with self._write() as conn:
                    conn.exec_driver_sql("DELETE FROM sync_cursors")
                    conn.exec_driver_sql("DELETE FROM sync_seen")
                    local_state.put(conn, "resync", "1")
                resync = True
            if SHARED_BUCKET in hs.get("buckets", []):
                # Servers before the "pipeline" answer: the old rule (drop when joining).
                self._drop_unsynced_defaults(bool(hs.get("pipeline", True)))
            up = self._upload(session)
            down, kept, changes = self._download(session, resync)
            if drift.check(self, session):
                changes = changes | Changes(everything=True)
            lost = self._fetch_lost(session)
        finally:
            try:
                self.call("/v1/end", {"session_id": session})
                with self._write() as conn:
                    local_state.put(conn, "session_id", None)
            except SyncError:
                pass
        return SyncResult(
            uploaded=up.applied,
            conflicts=up.conflicts + lost,
            parked=up.parked,
            downloaded=down,
            kept_local=kept,
            full_resync=resync,
            changes=changes,
        )

    def _drop_unsynced_defaults(self, office_has_pipeline: bool) -> None:
        """A new client joining a server that has a pipeline: drop its own unused defaults.

        The first laptop of an office (the server has no stages yet) keeps its defaults:
        they are uploaded and become the office's pipeline.
        """
        if self._get("joined") == "1":
            return
        with applying(self.db) as conn:
            if not office_has_pipeline:
                local_state.put(conn, "joined", "1")
                return
            conn.exec_driver_sql(
                "DELETE FROM pipeline_stages WHERE id NOT IN (SELECT row_id FROM sync_rows "
                "WHERE entity = 'pipeline_stages') AND id NOT IN "
                "(SELECT stage_id FROM opportunities)"
            )
            conn.exec_driver_sql(
                "DELETE FROM outbox WHERE entity = 'pipeline_stages' "
                "AND row_id NOT IN (SELECT id FROM pipeline_stages)"
            )
            local_state.put(conn, "joined", "1")

    def _upload(self, session: str) -> local_state.AckCounts:
        total = local_state.AckCounts()
        while True:
            with self.db.engine.connect() as conn:
                batch = local_state.next_batch(conn, self.batch_limit)
            if not batch:
                return total
            answer = self.call("/v1/upload", {"session_id": session, "changes": batch})
            with self._write() as conn:
                counts = local_state.acknowledge(conn, batch, answer["results"])
            refused = {
                (ch["entity"], ch["row_id"])
                for ch, res in zip(batch, answer["results"], strict=False)
                if res["status"] in ("forbidden", "invalid")
            }
            if refused:
                self._take_server_state(session, sorted(refused))
            total.applied += counts.applied
            total.conflicts += counts.conflicts
            total.parked += counts.parked

    def _take_server_state(self, session: str, keys: list[tuple[str, str]]) -> None:
        """Undo refused changes locally: the rows take the server's state (or go)."""
        answer = self.call("/v1/rows", {"session_id": session, "keys": [list(k) for k in keys]})
        with applying(self.db) as conn:
            self._applier.apply(conn, answer["rows"], {}, resync=False)

    def _download(self, session: str, resync: bool) -> tuple[int, int, Changes]:
        """Apply pages until the server has no more; the next page is fetched meanwhile."""
        applied = kept = 0
        changes = Changes()
        with self.db.engine.connect() as conn:
            cursors = local_state.cursors(conn)
        with ThreadPoolExecutor(max_workers=1) as pool:
            coming = pool.submit(self._fetch, session, cursors)
            while True:
                page = coming.result()
                more = bool(page.get("more"))
                if more:
                    # The server computes the next page from the cursors sent, not from what
                    # this database stored, so fetching ahead is safe.
                    cursors = {**cursors, **page["cursors"]}
                    for bucket in page.get("dropped") or ():
                        cursors.pop(bucket, None)
                    coming = pool.submit(self._fetch, session, cursors)
                with applying(self.db, refresh_search=not more) as conn:
                    result = self._applier.apply(
                        conn,
                        page["rows"],
                        page["cursors"],
                        resync,
                        removals=page.get("removals") or (),
                        dropped=page.get("dropped") or (),
                    )
                    if resync and not more:
                        finish_resync(conn)
                        local_state.put(conn, "resync", None)
                applied += result.applied
                kept += result.kept_local
                if result.applied or result.kept_local:
                    changes = changes | result.changes()
                if not more:
                    return applied, kept, changes

    def _fetch_lost(self, session: str) -> int:
        """Conflicts where another device's later upload overwrote a value of this one.

        The server keeps them per device; each is added to the conflicts list once (its
        local id is derived from the server's) in one transaction with the new position.
        """
        added = 0
        while True:
            after = int(self._get("lost_after") or 0)
            try:
                answer = self.call("/v1/lost", {"session_id": session, "after": after})
            except ServerRefused as exc:
                if exc.status == 404:  # a server from before lost conflicts were kept
                    return added
                raise
            items = answer.get("conflicts") or []
            if items:
                with self._write() as conn:
                    added += local_state.add_lost(conn, self._transport_for().url, items)
                    local_state.put(conn, "lost_after", str(max(int(i["n"]) for i in items)))
            if not answer.get("more") or not items:
                return added

    def _fetch(self, session: str, cursors: dict[str, int]) -> dict[str, Any]:
        return self.call(
            "/v1/download", {"session_id": session, "cursors": cursors, "limit": self.page_limit}
        )

    def _fork_device(self) -> None:
        """This database reused a device id: continue under a new one, keeping the outbox."""
        transport = self._transport_for()
        old = self.db.device_id
        token = _recall_refresh(old, transport.url)
        if token is None:
            raise NotConnected("Sign in to the office server again (no sign-in is stored).")
        new_device = new_id()
        answer = transport.post(
            "/v1/device/fork",
            {
                "refresh_token": token,
                "new_device_id": new_device,
                "device_name": "crmdesk " + __version__,
            },
        )
        _store_refresh(new_device, transport.url, str(answer["refresh_token"]))
        with self._write() as conn:
            conn.exec_driver_sql(
                "UPDATE local_meta SET value = ? WHERE key = 'device_id'", (new_device,)
            )
            conn.exec_driver_sql("UPDATE outbox SET device_id = ?", (new_device,))
        self._access = str(answer["access_token"])


def _adopt_pending(conn: Connection, local: str, server_user_id: str) -> None:
    """Queued changes made before connecting name the server user as owner too.

    Otherwise their inserts reach the server in the local user's bucket, which nobody may
    write to, and a rep's work from before connecting would be refused.
    """
    args = (server_user_id, local)
    conn.exec_driver_sql(  # an insert stores {column: value} (db/capture.py)
        "UPDATE outbox SET fields = json_set(fields, '$.owner_id', ?) "
        "WHERE op = 'insert' AND json_extract(fields, '$.owner_id') = ?",
        args,
    )
    for end in (0, 1):  # updates and deletes store {column: [old, new]}
        conn.exec_driver_sql(
            f"UPDATE outbox SET fields = json_set(fields, '$.owner_id[{end}]', ?) "
            f"WHERE op != 'insert' AND json_extract(fields, '$.owner_id[{end}]') = ?",
            args,
        )


def local_state_user(conn: Connection) -> str | None:
    value = conn.exec_driver_sql(
        "SELECT value FROM local_meta WHERE key = 'local_user_id'"
    ).scalar()
    return None if value is None else str(value)
