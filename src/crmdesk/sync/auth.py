"""Server accounts: Argon2id passwords, access and per-device refresh tokens, login limits."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import time
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Connection, delete, insert, select, update

from crmdesk.errors import CrmError
from crmdesk.ids import new_id
from crmdesk.sync import audit
from crmdesk.sync import store as st

ACCESS_TTL_SECONDS = 15 * 60
MAX_FAILURES = 5
#: A whole office may share one address (NAT): it gets more tries than one user name.
MAX_FAILURES_PER_ADDRESS = 20
FAILURE_WINDOW_SECONDS = 15 * 60
_HASHER = PasswordHasher()
MIN_PASSWORD = 8


class Role(StrEnum):
    """What a user is in the office; issue 7 gives each role its rights."""

    REP = "rep"
    MANAGER = "manager"
    DIRECTOR = "director"


class AuthError(CrmError):
    """Credentials or a token were refused."""


class RateLimited(CrmError):
    """Too many failed logins; ``retry_after`` seconds to wait."""

    def __init__(self, retry_after: int) -> None:
        super().__init__(f"Too many failed logins. Try again in {retry_after} seconds.")
        self.retry_after = retry_after


@dataclass(frozen=True)
class UserInfo:
    id: str
    name: str
    role: str
    manager_id: str | None
    disabled: bool
    #: Manages users; combined with any role.
    admin: bool = False


@dataclass(frozen=True)
class DeviceInfo:
    id: str
    user_name: str
    name: str
    created_at: int
    last_seen: int | None
    revoked: bool


@dataclass(frozen=True)
class TokenClaims:
    user_id: str
    device_id: str
    expires: int


def now_s() -> int:
    return int(time.time())


def configure_hashing(time_cost: int, memory_cost_kib: int) -> None:
    """Change the Argon2id cost of new hashes (old hashes still verify)."""
    global _HASHER  # noqa: PLW0603 - one process-wide setting
    _HASHER = PasswordHasher(time_cost=time_cost, memory_cost=memory_cost_kib, parallelism=1)


def hash_password(password: str) -> str:
    if len(password) < MIN_PASSWORD:
        raise CrmError(f"A password must be at least {MIN_PASSWORD} characters long.")
    return _HASHER.hash(password)


def _user_row(conn: Connection, name: str) -> UserInfo | None:
    row = conn.execute(select(st.users).where(st.users.c.name == name)).mappings().first()
    if row is None:
        return None
    return _user_info(row)


def _user_info(row: Any) -> UserInfo:
    return UserInfo(
        row["id"],
        row["name"],
        row["role"],
        row["manager_id"],
        bool(row["disabled"]),
        bool(row["is_admin"]),
    )


def add_user(
    conn: Connection,
    name: str,
    password: str,
    role: str,
    manager: str | None = None,
    *,
    admin: bool = False,
) -> UserInfo:
    """Create a user; the manager, when given, must exist."""
    if role not in {r.value for r in Role}:
        raise CrmError(f"'{role}' is not a role: use rep, manager or director.")
    if not name.strip():
        raise CrmError("A user name is required.")
    if _user_row(conn, name) is not None:
        raise CrmError(f"A user named '{name}' already exists.")
    manager_id = None
    if manager:
        boss = _user_row(conn, manager)
        if boss is None:
            raise CrmError(f"There is no user named '{manager}'.")
        manager_id = boss.id
    user_id = new_id()
    conn.execute(
        insert(st.users).values(
            id=user_id,
            name=name,
            display_name=name,
            role=role,
            manager_id=manager_id,
            password_hash=hash_password(password),
            disabled=False,
            created_at=now_s(),
            is_admin=admin,
        )
    )
    return UserInfo(user_id, name, role, manager_id, False, admin)


def list_users(conn: Connection) -> list[UserInfo]:
    rows = conn.execute(select(st.users).order_by(st.users.c.name)).mappings()
    return [_user_info(r) for r in rows]


def require_user(conn: Connection, name: str) -> UserInfo:
    user = _user_row(conn, name)
    if user is None:
        raise CrmError(f"There is no user named '{name}'.")
    return user


def change_user(
    conn: Connection,
    name: str,
    *,
    role: str | None = None,
    manager: str | None = None,
    no_manager: bool = False,
    admin: bool | None = None,
) -> list[str]:
    """Change a user's role, manager or admin flag; return what changed, in words.

    A manager may not be the user or anyone below them: teams form a tree.
    """
    user = require_user(conn, name)
    values: dict[str, Any] = {}
    said: list[str] = []
    if role is not None and role != user.role:
        if role not in {r.value for r in Role}:
            raise CrmError(f"'{role}' is not a role: use rep, manager or director.")
        values["role"] = role
        said.append(f"role {user.role} -> {role}")
    if manager is not None or no_manager:
        boss_id = None
        if manager is not None:
            boss = require_user(conn, manager)
            up: str | None = boss.id
            seen: set[str] = set()
            while up is not None and up not in seen:
                if up == user.id:
                    raise CrmError(f"{manager} is {name} or works below {name}.")
                seen.add(up)
                up = conn.execute(select(st.users.c.manager_id).where(st.users.c.id == up)).scalar()
            boss_id = boss.id
        if boss_id != user.manager_id:
            values["manager_id"] = boss_id
            said.append(f"manager -> {manager or 'none'}")
    if admin is not None and admin != user.admin:
        values["is_admin"] = admin
        said.append("admin" if admin else "no longer admin")
    if values:
        conn.execute(update(st.users).where(st.users.c.id == user.id).values(**values))
        audit.record(
            conn,
            audit.Action.PERMISSION_CHANGE,
            now_s(),
            "server console",
            f"{name}: {'; '.join(said)}",
        )
    return said


def disable_user(conn: Connection, name: str) -> None:
    """Disable a user; their tokens stop working at the next request."""
    user = require_user(conn, name)
    conn.execute(update(st.users).where(st.users.c.id == user.id).values(disabled=True))


def reset_password(conn: Connection, name: str, password: str) -> None:
    user = require_user(conn, name)
    conn.execute(
        update(st.users)
        .where(st.users.c.id == user.id)
        .values(password_hash=hash_password(password), disabled=False)
    )


def list_devices(conn: Connection) -> list[DeviceInfo]:
    q = (
        select(st.devices, st.users.c.name.label("user_name"))
        .join(st.users, st.users.c.id == st.devices.c.user_id)
        .order_by(st.users.c.name, st.devices.c.created_at)
    )
    return [
        DeviceInfo(
            r["id"],
            r["user_name"],
            r["name"],
            r["created_at"],
            r["last_seen"],
            r["revoked_at"] is not None,
        )
        for r in conn.execute(q).mappings()
    ]


def revoke_device(conn: Connection, device_id: str) -> None:
    """Revoke a device: its refresh and access tokens stop working at once."""
    found = conn.execute(
        update(st.devices).where(st.devices.c.id == device_id).values(revoked_at=now_s())
    ).rowcount
    if not found:
        raise CrmError(f"There is no device '{device_id}'.")
    conn.execute(
        update(st.refresh_tokens)
        .where(st.refresh_tokens.c.device_id == device_id)
        .values(revoked_at=now_s())
    )


def _secret(conn: Connection) -> bytes:
    value = st.get_meta(conn, "token_secret")
    if value is None:
        value = secrets.token_hex(32)
        st.set_meta(conn, "token_secret", value)
    return bytes.fromhex(value)


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def issue_access(conn: Connection, user_id: str, device_id: str, now: int, ttl: int) -> str:
    payload = json.dumps({"u": user_id, "d": device_id, "x": now + ttl}).encode()
    sig = hmac.new(_secret(conn), payload, hashlib.sha256).digest()
    return f"{_b64(payload)}.{_b64(sig)}"


def check_access(conn: Connection, token: str, now: int) -> TokenClaims:
    """The claims of a valid access token whose user and device are still allowed."""
    try:
        body, sig = token.split(".", 1)
        payload = _unb64(body)
        good = hmac.compare_digest(
            hmac.new(_secret(conn), payload, hashlib.sha256).digest(), _unb64(sig)
        )
        claims = json.loads(payload)
    except (ValueError, TypeError):
        raise AuthError("The access token is not valid.") from None
    if not good:
        raise AuthError("The access token is not valid.")
    if int(claims["x"]) <= now:
        raise AuthError("The access token has expired.")
    _check_device(conn, str(claims["u"]), str(claims["d"]))
    return TokenClaims(str(claims["u"]), str(claims["d"]), int(claims["x"]))


def _check_device(conn: Connection, user_id: str, device_id: str) -> None:
    t = st.refresh_tokens.c
    # A device whose every refresh token was revoked (a reused token) loses its access
    # tokens too, not only when they expire.
    signed_in = (
        select(t.token_hash).where(t.device_id == st.devices.c.id, t.revoked_at.is_(None)).exists()
    )
    row = conn.execute(
        select(st.devices.c.revoked_at, st.users.c.disabled, signed_in)
        .join(st.users, st.users.c.id == st.devices.c.user_id)
        .where(st.devices.c.id == device_id, st.devices.c.user_id == user_id)
    ).first()
    if row is None or row[0] is not None or not row[2]:
        raise AuthError("This device's access was revoked. Connect again.")
    if row[1]:
        raise AuthError("This user account is disabled.")


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _failure_keys(user: str, address: str) -> list[str]:
    return [f"user:{user.casefold()}", f"addr:{address}"]


def _check_rate(conn: Connection, keys: list[str], now: int) -> None:
    for key in keys:
        row = (
            conn.execute(select(st.login_failures).where(st.login_failures.c.key == key))
            .mappings()
            .first()
        )
        if row is None:
            continue
        if now - row["first_at"] >= FAILURE_WINDOW_SECONDS:
            conn.execute(delete(st.login_failures).where(st.login_failures.c.key == key))
        elif row["failures"] >= (
            MAX_FAILURES_PER_ADDRESS if key.startswith("addr:") else MAX_FAILURES
        ):
            raise RateLimited(max(1, FAILURE_WINDOW_SECONDS - (now - row["first_at"])))


def _record_failure(conn: Connection, keys: list[str], now: int) -> None:
    for key in keys:
        found = conn.execute(
            update(st.login_failures)
            .where(st.login_failures.c.key == key)
            .values(failures=st.login_failures.c.failures + 1)
        ).rowcount
        if not found:
            conn.execute(insert(st.login_failures).values(key=key, failures=1, first_at=now))


def verify_login(
    conn: Connection, name: str, password: str, address: str, now: int
) -> UserInfo | None:
    """The user if the password is right, else None after counting the failure.

    Raises RateLimited after too many failures. The caller must commit on None.
    """
    keys = _failure_keys(name, address)
    _check_rate(conn, keys, now)
    user = _user_row(conn, name)
    row = conn.execute(select(st.users.c.password_hash).where(st.users.c.name == name)).scalar()
    ok = False
    try:
        ok = _HASHER.verify(str(row), password) if row else False
    except (VerificationError, InvalidHashError):
        ok = False
    if not ok or user is None:
        if row is None:
            # Spend the same time on unknown users so timing does not reveal names.
            _HASHER.hash(password)
        _record_failure(conn, keys, now)
        return None
    if user.disabled:
        raise AuthError("This user account is disabled.")
    conn.execute(delete(st.login_failures).where(st.login_failures.c.key == keys[0]))
    return user


def register_device(conn: Connection, user_id: str, device_id: str, name: str, now: int) -> str:
    """Create (or take over, for the same user) a device; return a new refresh token."""
    row = conn.execute(
        select(st.devices.c.user_id, st.devices.c.revoked_at).where(st.devices.c.id == device_id)
    ).first()
    if row is None:
        conn.execute(
            insert(st.devices).values(
                id=device_id, user_id=user_id, name=name[:200], created_at=now, last_counter=0
            )
        )
    elif row[0] != user_id or row[1] is not None:
        raise AuthError("This device is registered to another user or was revoked.")
    token = secrets.token_urlsafe(32)
    conn.execute(
        insert(st.refresh_tokens).values(
            token_hash=_token_hash(token), device_id=device_id, user_id=user_id, created_at=now
        )
    )
    return token


REUSED_MESSAGE = (
    "This device's sign-in was used twice (it may have been copied), so the server revoked "
    "it for safety. Connect to the office server again."
)


@dataclass(frozen=True)
class Rotation:
    """The outcome of exchanging a refresh token; ``token`` is None when it was a reuse."""

    claims: TokenClaims
    token: str | None


def rotate_refresh(conn: Connection, token: str, now: int, address: str | None) -> Rotation:
    """Exchange a refresh token for a new one; the old one is invalid from now on.

    Presenting a token that was already exchanged is the sign of a copied token: every
    refresh token of the device (its family) is revoked and the reuse is audited. The
    caller must commit even then, and refuse the request.

    One exception keeps a laptop on a flaky connection signed in: if nothing the exchange
    gave out has been used yet, the answer was probably lost on its way, so the token is
    exchanged again and the unused successor is superseded (revoked). A copy used this
    way is still caught, one step later: the other holder's next refresh presents the
    superseded (or spent) token, and that revokes the family.
    """
    t = st.refresh_tokens.c
    row = (
        conn.execute(select(st.refresh_tokens).where(t.token_hash == _token_hash(token)))
        .mappings()
        .first()
    )
    if row is None or (row["revoked_at"] is not None and row["rotated_at"] is None):
        raise AuthError("The sign-in of this device was revoked. Connect again.")
    claims = TokenClaims(row["user_id"], row["device_id"], 0)
    if row["rotated_at"] is not None and _successors_unused(conn, row["device_id"], row):
        conn.execute(  # the answer was lost: supersede what it carried, exchange again
            update(st.refresh_tokens)
            .where(
                t.device_id == row["device_id"],
                t.created_at >= row["rotated_at"],
                t.token_hash != row["token_hash"],
                t.revoked_at.is_(None),
            )
            .values(revoked_at=now, rotated_at=now)
        )
    elif row["rotated_at"] is not None or row["revoked_at"] is not None:
        conn.execute(
            update(st.refresh_tokens)
            .where(t.device_id == row["device_id"], t.revoked_at.is_(None))
            .values(revoked_at=now)
        )
        audit.record(
            conn,
            audit.Action.TOKEN_REUSED,
            now,
            audit.user_name(conn, row["user_id"]),
            "A refresh token was used again after it had been exchanged; "
            "all sign-ins of the device were revoked.",
            user_id=row["user_id"],
            device_id=row["device_id"],
            address=address,
        )
        return Rotation(claims, None)
    _check_device(conn, row["user_id"], row["device_id"])
    conn.execute(
        update(st.refresh_tokens).where(t.token_hash == row["token_hash"]).values(rotated_at=now)
    )
    fresh = secrets.token_urlsafe(32)
    conn.execute(
        insert(st.refresh_tokens).values(
            token_hash=_token_hash(fresh),
            device_id=row["device_id"],
            user_id=row["user_id"],
            created_at=now,
        )
    )
    return Rotation(claims, fresh)


def _successors_unused(conn: Connection, device_id: str, spent: Any) -> bool:
    """Whether no token given out since ``spent`` was exchanged has been used yet."""
    if spent["revoked_at"] is not None:
        return False  # superseded, or revoked with its family: never exchanged again
    t = st.refresh_tokens.c
    since = conn.execute(
        select(t.rotated_at, t.revoked_at).where(
            t.device_id == device_id,
            t.created_at >= spent["rotated_at"],
            t.token_hash != spent["token_hash"],
        )
    ).all()
    # Revoked ones were superseded by an earlier repeat (the family's revocation would
    # have revoked ``spent`` too); what is left must never have been exchanged.
    live = [rotated for rotated, revoked in since if revoked is None]
    return bool(live) and all(rotated is None for rotated in live)


def check_refresh(conn: Connection, token: str) -> TokenClaims:
    row = (
        conn.execute(
            select(st.refresh_tokens).where(st.refresh_tokens.c.token_hash == _token_hash(token))
        )
        .mappings()
        .first()
    )
    if row is None or row["revoked_at"] is not None or row["rotated_at"] is not None:
        raise AuthError("The sign-in of this device was revoked. Connect again.")
    _check_device(conn, row["user_id"], row["device_id"])
    return TokenClaims(row["user_id"], row["device_id"], 0)
