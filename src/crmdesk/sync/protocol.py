"""Sync protocol version 1: message shapes, constants and validation shared by client and server."""

from __future__ import annotations

from typing import Any, Literal, TypedDict

from crmdesk.db.capture import CAPTURED_TABLES
from crmdesk.errors import CrmError
from crmdesk.ids import is_id

PROTOCOL = 1
MIN_PROTOCOL = 1
SHARED_BUCKET = "shared"
MAX_BATCH = 500
#: The most changes one upload may carry, all of one local transaction (which is never split).
MAX_TRANSACTION = 200_000
PAGE_LIMIT = 5000
MAX_PAGE_LIMIT = 10_000
#: Fields merged last-writer-wins without a conflict entry: they change with every edit.
QUIET_FIELDS = frozenset({"updated_at"})
#: Free-text fields never merged: a concurrent edit keeps both versions.
KEEP_BOTH_FIELDS = {"notes": frozenset({"body"})}

Status = Literal["applied", "conflict", "forbidden", "invalid"]
Op = Literal["insert", "update", "delete"]
OPS: frozenset[str] = frozenset({"insert", "update", "delete"})


class ProtocolError(CrmError):
    """A message that does not follow the protocol."""


class Change(TypedDict):
    """One outbox row as uploaded."""

    change_id: str
    counter: int
    tx_id: str
    entity: str
    row_id: str
    op: str
    fields: dict[str, list[Any]]
    hlc: int
    base_seq: int


class Conflict(TypedDict):
    """A value that lost a merge (or a delete that won over an edit)."""

    kind: str
    field: str | None
    mine: Any
    theirs: Any
    winner: str
    copy_id: str | None


class Result(TypedDict):
    """The server's answer to one change."""

    change_id: str
    status: str
    seq: int | None
    reason: str | None
    conflicts: list[Conflict]


class Row(TypedDict):
    """One record's current state in a download page; ``d`` is None for a hard delete."""

    e: str
    id: str
    b: str
    s: int
    d: dict[str, Any] | None


def bucket_of(entity: str, data: dict[str, Any] | None) -> str:
    """The bucket a record replicates in: its owner, or ``shared`` for ownerless tables."""
    owner = (data or {}).get("owner_id")
    return str(owner) if owner else SHARED_BUCKET


def _int(value: Any, name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ProtocolError(f"'{name}' must be an integer.")
    return value


def parse_change(raw: Any) -> Change:
    """Check the shape of one uploaded change; raise ProtocolError naming what is wrong."""
    if not isinstance(raw, dict):
        raise ProtocolError("A change must be an object.")
    for key in ("change_id", "tx_id", "row_id"):
        if not isinstance(raw.get(key), str) or not is_id(raw[key]):
            raise ProtocolError(f"'{key}' must be 32 hex digits.")
    fields = raw.get("fields")
    if not isinstance(fields, dict) or not all(
        isinstance(k, str) and isinstance(v, list) and len(v) == 2 for k, v in fields.items()
    ):
        raise ProtocolError("'fields' must map column names to [old, new].")
    return Change(
        change_id=raw["change_id"],
        counter=_int(raw.get("counter"), "counter"),
        tx_id=raw["tx_id"],
        entity=str(raw.get("entity")),
        row_id=raw["row_id"],
        op=str(raw.get("op")),
        fields=fields,
        hlc=_int(raw.get("hlc"), "hlc"),
        base_seq=_int(raw.get("base_seq", 0), "base_seq"),
    )


def change_problem(change: Change) -> str | None:
    """Why a well-formed change cannot be applied, or None."""
    if change["entity"] not in CAPTURED_TABLES:
        return f"'{change['entity']}' is not a synced table."
    if change["op"] not in OPS:
        return f"'{change['op']}' is not an operation."
    if any(not name.isidentifier() for name in change["fields"]):
        return "A field name is not valid."
    if change["op"] == "insert" and change["fields"].get("id", [None, None])[1] != change["row_id"]:
        return "An insert must carry its own id."
    return None
