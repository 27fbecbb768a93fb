"""The office server: a Starlette application over the sync store (handshake, upload, download)."""

from __future__ import annotations

import json
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, case, insert, or_, select, update
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from crmdesk import __version__
from crmdesk.db.migrate import head_revision
from crmdesk.errors import CrmError
from crmdesk.ids import is_id, new_id
from crmdesk.rights import Right
from crmdesk.sync import audit, auth, drift, entitlements, merge, pages, trees
from crmdesk.sync import store as st
from crmdesk.sync.protocol import (
    MAX_BATCH,
    MAX_PAGE_LIMIT,
    MAX_TRANSACTION,
    MIN_PROTOCOL,
    PAGE_LIMIT,
    PROTOCOL,
    Change,
    ProtocolError,
    parse_change,
)

LEASE_SECONDS = 120


@dataclass
class ServerConfig:
    """What one server process needs; everything else is in the database."""

    store: st.SyncStore
    access_ttl: int = auth.ACCESS_TTL_SECONDS
    lease_seconds: int = LEASE_SECONDS
    #: Milliseconds since the epoch; tests replace it with a fake clock.
    now_ms: Callable[[], int] = field(default=lambda: time.time_ns() // 1_000_000)


class ApiError(Exception):
    """An error answered as JSON with an HTTP status."""

    def __init__(
        self, status: int, code: str, message: str, headers: dict[str, str] | None = None
    ) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.headers = status, code, message, headers


Handler = Callable[[ServerConfig, dict[str, Any], Request], dict[str, Any] | Response]


def _json_body(raw: bytes) -> dict[str, Any]:
    try:
        body = json.loads(raw or b"{}")
    except ValueError:
        raise ApiError(400, "bad_request", "The request is not JSON.") from None
    if not isinstance(body, dict):
        raise ApiError(400, "bad_request", "The request must be a JSON object.")
    return body


def _endpoint(cfg: ServerConfig, handler: Handler) -> Callable[[Request], Awaitable[Response]]:
    async def endpoint(request: Request) -> Response:
        try:
            body = _json_body(await request.body())
            result = await run_in_threadpool(handler, cfg, body, request)
            if isinstance(result, Response):
                return result
            return JSONResponse(result)
        except ApiError as exc:
            return JSONResponse(
                {"error": exc.code, "message": exc.message},
                status_code=exc.status,
                headers=exc.headers,
            )
        except auth.RateLimited as exc:
            return JSONResponse(
                {"error": "too_many_requests", "message": str(exc)},
                status_code=429,
                headers={"Retry-After": str(exc.retry_after)},
            )
        except auth.AuthError as exc:
            return JSONResponse({"error": "unauthorized", "message": str(exc)}, status_code=401)
        except merge.DeviceReused as exc:
            return JSONResponse({"error": "device_reused", "message": str(exc)}, status_code=409)
        except (ProtocolError, CrmError) as exc:
            return JSONResponse({"error": "bad_request", "message": str(exc)}, status_code=400)

    return endpoint


def _str(body: dict[str, Any], key: str) -> str:
    value = body.get(key)
    if not isinstance(value, str) or not value:
        raise ApiError(400, "bad_request", f"'{key}' is required.")
    return value


def _claims(cfg: ServerConfig, conn: Connection, request: Request) -> auth.TokenClaims:
    header = request.headers.get("authorization", "")
    if not header.startswith("Bearer "):
        raise auth.AuthError("Sign in first: this request has no access token.")
    return auth.check_access(conn, header[7:], cfg.now_ms() // 1000)


def health(cfg: ServerConfig, body: dict[str, Any], request: Request) -> dict[str, Any]:
    return {"ok": True, "protocol": PROTOCOL, "server_version": __version__}


def login(cfg: ServerConfig, body: dict[str, Any], request: Request) -> dict[str, Any]:
    name, password, device_id = _str(body, "user"), _str(body, "password"), _str(body, "device_id")
    if not is_id(device_id):
        raise ApiError(400, "bad_request", "'device_id' must be 32 hex digits.")
    now = cfg.now_ms() // 1000
    address = request.client.host if request.client else "?"
    with cfg.store.write() as conn:
        user = auth.verify_login(conn, name, password, address, now)
        if user is None:
            audit.record(
                conn,
                audit.Action.LOGIN_FAILED,
                now,
                name,
                "Wrong user name or password.",
                device_id=device_id,
                address=address,
            )
    if user is None:
        raise auth.AuthError("Wrong user name or password.")
    with cfg.store.write() as conn:
        refresh = auth.register_device(
            conn, user.id, device_id, str(body.get("device_name") or "laptop"), now
        )
        access = auth.issue_access(conn, user.id, device_id, now, cfg.access_ttl)
        audit.record(
            conn,
            audit.Action.LOGIN,
            now,
            user.name,
            "Signed in.",
            user_id=user.id,
            device_id=device_id,
            address=address,
        )
    return {
        "access_token": access,
        "expires_in": cfg.access_ttl,
        "refresh_token": refresh,
        "user_id": user.id,
        "user_name": user.name,
        "role": user.role,
    }


def token(cfg: ServerConfig, body: dict[str, Any], request: Request) -> dict[str, Any]:
    """A new access token and a new refresh token (rotation: the old one is spent)."""
    now = cfg.now_ms() // 1000
    address = request.client.host if request.client else None
    with cfg.store.write() as conn:
        rotation = auth.rotate_refresh(conn, _str(body, "refresh_token"), now, address)
        claims = rotation.claims
        if rotation.token is not None:
            access = auth.issue_access(conn, claims.user_id, claims.device_id, now, cfg.access_ttl)
    if rotation.token is None:
        raise auth.AuthError(auth.REUSED_MESSAGE)
    return {
        "access_token": access,
        "expires_in": cfg.access_ttl,
        "refresh_token": rotation.token,
        "user_id": claims.user_id,
    }


def fork(cfg: ServerConfig, body: dict[str, Any], request: Request) -> dict[str, Any]:
    """A database that reused a device id continues as a new device of the same user."""
    new_device = _str(body, "new_device_id")
    if not is_id(new_device):
        raise ApiError(400, "bad_request", "'new_device_id' must be 32 hex digits.")
    now = cfg.now_ms() // 1000
    with cfg.store.write() as conn:
        claims = auth.check_refresh(conn, _str(body, "refresh_token"))
        refresh = auth.register_device(
            conn, claims.user_id, new_device, str(body.get("device_name") or "laptop"), now
        )
        access = auth.issue_access(conn, claims.user_id, new_device, now, cfg.access_ttl)
    return {
        "access_token": access,
        "expires_in": cfg.access_ttl,
        "refresh_token": refresh,
        "user_id": claims.user_id,
    }


def handshake(cfg: ServerConfig, body: dict[str, Any], request: Request) -> dict[str, Any]:
    protocol = body.get("protocol")
    if not isinstance(protocol, int) or protocol < MIN_PROTOCOL:
        raise ApiError(
            426,
            "upgrade_required",
            f"Please update crmdesk: this office server needs protocol {MIN_PROTOCOL} or newer.",
        )
    now_ms = cfg.now_ms()
    with cfg.store.write() as conn:
        claims = _claims(cfg, conn, request)
        high = conn.execute(
            select(st.devices.c.last_counter).where(st.devices.c.id == claims.device_id)
        ).scalar_one()
        outbox_high = body.get("outbox_high")
        if isinstance(outbox_high, int) and outbox_high < int(high):
            raise merge.DeviceReused(
                "This database is older than what its device already sent (restored from a backup)."
            )
        session_id = new_id()
        d = st.devices.c
        # A client that lost its answer (cut connection, server restart) may take over the
        # session it held; anyone else waits for the lease to end.
        previous = str(body.get("previous_session") or "")
        taken = conn.execute(
            update(st.devices)
            .where(
                d.id == claims.device_id,
                d.session_id.is_(None) | (d.session_expires < now_ms) | (d.session_id == previous),
            )
            .values(
                session_id=session_id,
                session_expires=now_ms + cfg.lease_seconds * 1000,
                last_seen=now_ms // 1000,
            )
        ).rowcount
        if not taken:
            raise ApiError(
                409, "session_busy", "This device is already syncing; try again in a moment."
            )
        buckets = entitlements.buckets_for(conn, claims.user_id)
        team = entitlements.team_payload(conn, claims.user_id)
        purged = int(st.get_meta(conn, "purged_seq") or 0)
        r = st.records.c
        has_pipeline = (
            conn.execute(
                select(r.row_id).where(r.entity == "pipeline_stages", r.gone.is_(False)).limit(1)
            ).first()
            is not None
        )
    cursors = body.get("cursors") or {}
    full = isinstance(cursors, dict) and any(
        isinstance(c, int) and 0 < c < purged for c in cursors.values()
    )
    return {
        "protocol": min(protocol, PROTOCOL),
        "min_protocol": MIN_PROTOCOL,
        "schema": head_revision(),
        "session_id": session_id,
        "lease_seconds": cfg.lease_seconds,
        "user_id": claims.user_id,
        "server_time_ms": now_ms,
        "buckets": buckets,
        "full_resync": full,
        "team": team,
        # A joining laptop drops its own unused default stages only when the office has a
        # pipeline already; the first laptop's defaults become the office's.
        "pipeline": has_pipeline,
    }


def _session(
    cfg: ServerConfig, conn: Connection, request: Request, body: dict[str, Any]
) -> auth.TokenClaims:
    claims = _claims(cfg, conn, request)
    now_ms = cfg.now_ms()
    d = st.devices.c
    ok = conn.execute(
        update(st.devices)
        .where(d.id == claims.device_id, d.session_id == _str(body, "session_id"))
        .values(session_expires=now_ms + cfg.lease_seconds * 1000)
    ).rowcount
    if not ok:
        raise ApiError(409, "session_lost", "The sync session ended; start a new round.")
    return claims


def _transactions(changes: list[Change]) -> list[list[Change]]:
    groups: dict[str, list[Change]] = {}
    unique = {ch["change_id"]: ch for ch in reversed(changes)}  # a change sent twice counts once
    for ch in sorted(unique.values(), key=lambda c: c["counter"]):
        groups.setdefault(ch["tx_id"], []).append(ch)
    return sorted(groups.values(), key=lambda tx: min(c["counter"] for c in tx))


def _audit_upload(conn: Connection, w: merge.Writer, address: str | None) -> None:
    """Audit what an upload did that the office wants on record: refusals, reassignments
    of customer records, bulk deletes."""
    if not (w.refused or w.moved or w.bulk_deletes):
        return
    name = audit.user_name(conn, w.user_id)
    at = w.now_ms // 1000
    entries: list[dict[str, Any]] = []
    names: dict[str, str] = {}

    def log(action: audit.Action, detail: str, entity: str | None, row_id: str | None) -> None:
        entries.append(
            {
                "at": at,
                "action": action.value,
                "user_id": w.user_id,
                "user_name": name[:200],
                "device_id": w.device_id,
                "address": address,
                "entity": entity,
                "row_id": row_id,
                "detail": detail,
            }
        )

    def called(user_id: str) -> str:
        if user_id not in names:
            names[user_id] = audit.user_name(conn, user_id)
        return names[user_id]

    for ch, why in w.refused:
        log(audit.Action.REFUSED_CHANGE, f"{ch['op']} {why}", ch["entity"], ch["row_id"])
    for _ch, rec, old, new in w.moved:
        if rec.entity in merge.CUSTOMER_TABLES:
            detail = f"reassigned from {called(old)} to {called(new)}"
            log(audit.Action.REASSIGNMENT, detail, rec.entity, rec.row_id)
    for ch, count in w.bulk_deletes:
        log(audit.Action.BULK_DELETE, f"deleted {count} records in one action", ch["entity"], None)
    conn.execute(insert(st.audit_log), entries)


def upload(cfg: ServerConfig, body: dict[str, Any], request: Request) -> dict[str, Any]:
    raw = body.get("changes")
    if not isinstance(raw, list) or len(raw) > MAX_TRANSACTION:
        raise ApiError(
            400, "bad_request", f"'changes' must be a list of at most {MAX_TRANSACTION} changes."
        )
    changes = [parse_change(c) for c in raw]
    if len(changes) > MAX_BATCH * 4 and len({c["tx_id"] for c in changes}) > 1:
        # Only one local transaction may exceed a batch: it cannot be split (a reassignment
        # of thousands of customers, a bulk delete).
        raise ApiError(
            400,
            "bad_request",
            f"An upload of more than {MAX_BATCH * 4} changes must be one local transaction.",
        )
    with cfg.store.write() as conn:
        claims = _session(cfg, conn, request, body)
        last = st.lock_sequence(conn)
        w = merge.Writer(conn, claims.user_id, claims.device_id, cfg.now_ms(), last)
        results = merge.apply_upload(w, _transactions(changes), conn.begin_nested)
        # Parents of what was written, so shares reach the children written now (and moves
        # out of the shares a re-linked child left, after the upload's last seq).
        st.store_sequence(conn, trees.note_parents(conn, last, w.last_seq))
        _audit_upload(conn, w, request.client.host if request.client else None)
        if changes:
            top = max(c["counter"] for c in changes)
            d = st.devices.c
            conn.execute(
                update(st.devices)
                .where(d.id == claims.device_id, d.last_counter < top)
                .values(last_counter=top)
            )
    return {"results": results}


def download(cfg: ServerConfig, body: dict[str, Any], request: Request) -> Response:
    """A page of current record states after the cursors, bucket by bucket.

    The stored JSON of each record is copied into the answer as it is, never parsed.
    """
    cursors_in = body.get("cursors") or {}
    if not isinstance(cursors_in, dict):
        raise ApiError(400, "bad_request", "'cursors' must be an object.")
    limit = body.get("limit", PAGE_LIMIT)
    if not isinstance(limit, int) or limit < 1:
        raise ApiError(400, "bad_request", "'limit' must be a positive integer.")
    limit = min(limit, MAX_PAGE_LIMIT)
    with cfg.store.write() as conn:
        claims = _session(cfg, conn, request, body)
        had = pages.remember_buckets(conn, claims.device_id, claims.user_id)
    # One snapshot for the page's statements: on READ COMMITTED a move committed between the
    # records query and the moves query would carry the cursor past a record never sent.
    with drift.snapshot(cfg.store) as conn:
        page = pages.build(conn, claims.user_id, cursors_in, limit, had)
    return Response(page.to_json(), media_type="application/json")


def rows(cfg: ServerConfig, body: dict[str, Any], request: Request) -> dict[str, Any]:
    """The current state of named records (after a refused change, to undo it locally).

    A record the server does not have, or the user may not see, comes back with ``d: null``
    and ``s: 0``: the client removes its local copy.
    """
    keys = body.get("keys")
    if not isinstance(keys, list) or len(keys) > 1000:
        raise ApiError(400, "bad_request", "'keys' must be a list of at most 1000 pairs.")
    pairs = [(str(k[0]), str(k[1])) for k in keys if isinstance(k, list) and len(k) == 2]
    with cfg.store.write() as conn:
        claims = _session(cfg, conn, request, body)
    out: list[dict[str, Any]] = []
    refused: list[tuple[str, str]] = []
    r = st.records.c
    with cfg.store.read() as conn:
        allowed = set(entitlements.buckets_for(conn, claims.user_id))
        for entity, row_id in pairs:
            found = conn.execute(
                select(r.bucket, r.seq, r.data, r.gone).where(
                    r.entity == entity, r.row_id == row_id
                )
            ).first()
            if found is None or (
                found[0] not in allowed and not _shared_into(conn, entity, row_id, allowed)
            ):
                out.append({"e": entity, "id": row_id, "b": None, "s": 0, "d": None})
                if found is not None and not _was_visible(conn, entity, row_id, allowed):
                    refused.append((entity, row_id))
            else:
                data = None if found[3] else json.loads(found[2])
                out.append({"e": entity, "id": row_id, "b": found[0], "s": found[1], "d": data})
    if refused:
        with cfg.store.write() as conn:
            name = audit.user_name(conn, claims.user_id)
            for entity, row_id in refused:
                audit.record(
                    conn,
                    audit.Action.FORBIDDEN_READ,
                    cfg.now_ms() // 1000,
                    name,
                    "asked for a record this user may not see; nothing was sent.",
                    user_id=claims.user_id,
                    device_id=claims.device_id,
                    address=request.client.host if request.client else None,
                    entity=entity[:40],
                    row_id=row_id[:32],
                )
    return {"rows": out}


def checksums(cfg: ServerConfig, body: dict[str, Any], request: Request) -> dict[str, Any]:
    """Count and seq sum of the live records of each bucket the user may see (drift check),
    buckets and sums read from one snapshot."""
    with cfg.store.write() as conn:
        claims = _session(cfg, conn, request, body)
    with drift.snapshot(cfg.store) as conn:
        buckets = entitlements.buckets_for(conn, claims.user_id)
        return {"checksums": drift.server_sums(conn, buckets)}


def _shared_into(conn: Connection, entity: str, row_id: str, buckets: set[str]) -> bool:
    """Whether a share into one of ``buckets`` reaches the record (it or its customer)."""
    return trees.is_shared_into(conn, entity, row_id, buckets)


def _share_target(conn: Connection, who: str, team: bool) -> tuple[str, str]:
    """The bucket a share goes into and how the audit names it: a user (by id or user
    name) or, with ``team``, everyone below a manager."""
    u = st.users.c
    found = conn.execute(
        select(u.id, u.name, u.role)
        .where(or_(u.id == who, u.name == who), u.disabled.is_(False))
        .order_by(case((u.id == who, 0), else_=1))
        .limit(1)
    ).first()
    if found is None:
        raise ApiError(400, "bad_request", "There is no such user to share with.")
    user_id, name, role = str(found[0]), str(found[1]), str(found[2])
    if not team:
        return user_id, name
    if role not in ("manager", "director"):
        raise ApiError(400, "bad_request", f"{name} has no team: only a manager's team can share.")
    return entitlements.team_bucket(user_id), f"the team of {name}"


def share(cfg: ServerConfig, body: dict[str, Any], request: Request) -> dict[str, Any]:
    """Make a record and its tree also visible to another user or a manager's team (and
    whoever sees their bucket), or stop."""
    entity, row_id, who = _str(body, "entity"), _str(body, "row_id"), _str(body, "with")
    stop, team = bool(body.get("stop")), bool(body.get("team"))
    now = cfg.now_ms()
    r, s = st.records.c, st.shares.c
    with cfg.store.write() as conn:
        claims = _session(cfg, conn, request, body)
        last = st.lock_sequence(conn)
        visible = entitlements.visible_owners(conn, claims.user_id)
        bucket = conn.execute(
            select(r.bucket).where(r.entity == entity, r.row_id == row_id, r.gone.is_(False))
        ).scalar()
        if bucket is None or not entitlements.may_see(visible, str(bucket)):
            raise ApiError(403, "forbidden", "You may not share this record.")
        target, called = _share_target(conn, who, team)
        if target == bucket:
            raise ApiError(400, "bad_request", "The record already belongs to that user.")
        key = (s.entity == entity, s.row_id == row_id, s.bucket == target)
        had = conn.execute(select(s.seq).where(*key)).first() is not None
        seq = last + 1
        if stop and had:
            conn.execute(st.shares.delete().where(*key))
            # One move out of the target per record of the tree: its download sends a
            # removal for each the receiver no longer sees another way.
            tree = trees.tree_of(conn, entity, row_id)
            conn.execute(
                insert(st.moves),
                [
                    {
                        "seq": seq + n,
                        "entity": e,
                        "row_id": i,
                        "from_bucket": target,
                        "to_bucket": bucket,
                    }
                    for n, (e, i) in enumerate(tree)
                ],
            )
            seq += len(tree) - 1
        elif not stop and not had:
            conn.execute(
                insert(st.shares).values(
                    entity=entity, row_id=row_id, bucket=target, seq=seq, shared_by=claims.user_id
                )
            )
        else:
            return {"ok": True, "changed": False}
        st.store_sequence(conn, seq)
        audit.record(
            conn,
            audit.Action.UNSHARE if stop else audit.Action.SHARE,
            now // 1000,
            audit.user_name(conn, claims.user_id),
            f"{'no longer ' if stop else ''}shared with {called}",
            user_id=claims.user_id,
            device_id=claims.device_id,
            address=request.client.host if request.client else None,
            entity=entity,
            row_id=row_id,
        )
    return {"ok": True, "changed": True}


def _was_visible(conn: Connection, entity: str, row_id: str, allowed: set[str]) -> bool:
    """Whether a record once lived in a bucket the user sees (reassigned away from them):
    asking for it after a refused edit is the client undoing the edit, not a probe."""
    m = st.moves.c
    return (
        conn.execute(
            select(m.seq)
            .where(m.entity == entity, m.row_id == row_id, m.from_bucket.in_(sorted(allowed)))
            .limit(1)
        ).first()
        is not None
    )


def report(cfg: ServerConfig, body: dict[str, Any], request: Request) -> dict[str, Any]:
    """The client reports an action the office audits (an export); refused without the right."""
    kind = _str(body, "kind")
    if kind != "export":
        raise ApiError(400, "bad_request", "'kind' must be 'export'.")
    detail = str(body.get("detail") or "")[:500]
    now = cfg.now_ms() // 1000
    with cfg.store.write() as conn:
        claims = _claims(cfg, conn, request)
        allowed = Right.EXPORT.value in entitlements.rights_for(conn, claims.user_id)
        audit.record(
            conn,
            audit.Action.EXPORT if allowed else audit.Action.REFUSED_EXPORT,
            now,
            audit.user_name(conn, claims.user_id),
            detail or "export",
            user_id=claims.user_id,
            device_id=claims.device_id,
            address=request.client.host if request.client else None,
        )
    if not allowed:
        raise ApiError(403, "forbidden", "Your role does not allow exporting records.")
    return {"ok": True}


LOST_PAGE = 500


def lost(cfg: ServerConfig, body: dict[str, Any], request: Request) -> dict[str, Any]:
    """Conflicts this device lost to other devices' later uploads, after the id it has."""
    after = body.get("after", 0)
    if not isinstance(after, int) or after < 0:
        raise ApiError(400, "bad_request", "'after' must be a non-negative integer.")
    with cfg.store.write() as conn:
        claims = _session(cfg, conn, request, body)
    c = st.lost_conflicts.c
    with cfg.store.read() as conn:
        found = conn.execute(
            select(c.id, c.entity, c.row_id, c.change_id, c.seq, c.detail)
            .where(c.device_id == claims.device_id, c.id > after)
            .order_by(c.id)
            .limit(LOST_PAGE)
        ).all()
    return {
        "conflicts": [
            {"n": n, "e": e, "id": i, "change_id": ch, "s": seq, "conflict": json.loads(detail)}
            for n, e, i, ch, seq, detail in found
        ],
        "more": len(found) == LOST_PAGE,
    }


def end(cfg: ServerConfig, body: dict[str, Any], request: Request) -> dict[str, Any]:
    with cfg.store.write() as conn:
        claims = _claims(cfg, conn, request)
        d = st.devices.c
        conn.execute(
            update(st.devices)
            .where(d.id == claims.device_id, d.session_id == _str(body, "session_id"))
            .values(session_id=None, session_expires=None)
        )
    return {"ok": True}


def purge_tombstones(store: st.SyncStore, older_than_ms: int) -> int:
    """Remove tombstones older than the cutoff; clients behind them must resync fully."""
    r = st.records.c
    with store.write() as conn:
        top = conn.execute(
            select(r.seq).where(r.tombstoned_at < older_than_ms).order_by(r.seq.desc()).limit(1)
        ).scalar()
        count = conn.execute(st.records.delete().where(r.tombstoned_at < older_than_ms)).rowcount
        if top is not None:
            purged = max(int(st.get_meta(conn, "purged_seq") or 0), int(top))
            st.set_meta(conn, "purged_seq", str(purged))
            # A client behind purged_seq resyncs fully (which drops what it may not see), so
            # moves up to it are never needed again.
            conn.execute(st.moves.delete().where(st.moves.c.seq <= purged))
    return int(count or 0)


def create_app(cfg: ServerConfig) -> Starlette:
    """The ASGI application for one server process."""
    routes = [
        Route("/v1/health", _endpoint(cfg, health), methods=["GET", "POST"]),
        Route("/v1/login", _endpoint(cfg, login), methods=["POST"]),
        Route("/v1/token", _endpoint(cfg, token), methods=["POST"]),
        Route("/v1/device/fork", _endpoint(cfg, fork), methods=["POST"]),
        Route("/v1/handshake", _endpoint(cfg, handshake), methods=["POST"]),
        Route("/v1/upload", _endpoint(cfg, upload), methods=["POST"]),
        Route("/v1/download", _endpoint(cfg, download), methods=["POST"]),
        Route("/v1/rows", _endpoint(cfg, rows), methods=["POST"]),
        Route("/v1/report", _endpoint(cfg, report), methods=["POST"]),
        Route("/v1/checksums", _endpoint(cfg, checksums), methods=["POST"]),
        Route("/v1/share", _endpoint(cfg, share), methods=["POST"]),
        Route("/v1/lost", _endpoint(cfg, lost), methods=["POST"]),
        Route("/v1/end", _endpoint(cfg, end), methods=["POST"]),
    ]
    return Starlette(routes=routes)
