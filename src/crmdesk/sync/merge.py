"""Applying uploaded changes on the server: field-level merge, tombstones, idempotency, seqs."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, bindparam, insert, select, update

from crmdesk.errors import CrmError
from crmdesk.hlc import pack
from crmdesk.rights import BULK_DELETE_THRESHOLD, Right
from crmdesk.sync import children, delete_window, entitlements
from crmdesk.sync import store as st
from crmdesk.sync.protocol import (
    KEEP_BOTH_FIELDS,
    QUIET_FIELDS,
    Change,
    Conflict,
    ProtocolError,
    Result,
    bucket_of,
    change_problem,
)

#: How far ahead of the server's clock a change's timestamp may be before it is clamped.
MAX_AHEAD_MS = 5 * 60 * 1000
REFUSED = ("forbidden", "invalid")
BUCKET_REFUSAL = "refused: the record belongs to a bucket this user may not change."
CUSTOMER_REFUSAL = "refused: the record's customer now belongs to a bucket this user may not see."
REASSIGN_REFUSED = "Your role does not allow giving records to someone else."
BULK_REFUSED = "Your role does not allow deleting this many records at once."
CUSTOMER_MOVED = "The customer this belongs to was given to someone else, so it was not sent."
#: The customer records whose deletion counts towards a bulk delete.
CUSTOMER_TABLES = frozenset({"contacts", "companies", "opportunities"})


def _may(w: Writer, right: Right) -> bool:
    if w.rights is None:
        w.rights = entitlements.rights_for(w.conn, w.user_id)
    return right.value in w.rights


def _deletes(w: Writer, tx: list[Change]) -> list[Change]:
    """The changes of a local transaction that delete a customer record the office has.

    A record that reaches the server already in the trash (deleted on a laptop before it
    ever connected) deletes nothing, and neither does a hard delete of one in the trash.
    """
    out = []
    for ch in tx:
        if ch["entity"] not in CUSTOMER_TABLES:
            continue
        if ch["op"] != "delete":
            trashed = ch["fields"].get("deleted_at")
            if not (isinstance(trashed, list) and len(trashed) == 2 and trashed[1] is not None):
                continue
        rec = load(w, ch["entity"], ch["row_id"])
        if rec.exists and not rec.gone and rec.data.get("deleted_at") is None:
            out.append(ch)
    return out


class DeviceReused(CrmError):
    """Two databases use one device id (restored backup or cloned disk)."""


@dataclass
class Record:
    """The server's copy of one row; ``meta`` maps a field to [seq, hlc, device]."""

    entity: str
    row_id: str
    data: dict[str, Any]
    meta: dict[str, list[Any]]
    seq: int = 0
    gone: bool = False
    tombstoned_at: int | None = None
    exists: bool = False
    #: The bucket it is stored in (None until stored): a change of bucket is a move.
    bucket: str | None = None


@dataclass
class Writer:
    """The state of one upload: who sends it, the clock, and the next seq."""

    conn: Connection
    user_id: str
    device_id: str
    now_ms: int
    last_seq: int
    conflicts: list[tuple[Change, Conflict, int]] = field(default_factory=list)
    #: Records read or written by this upload (dropped when a transaction rolls back).
    cache: dict[tuple[str, str], Record] = field(default_factory=dict)
    #: The highest seq written to each bucket, stored once at the end.
    bucket_seqs: dict[str, int] = field(default_factory=dict)
    remembered: list[dict[str, Any]] = field(default_factory=list)
    #: The owners the sender may see, looked up once per upload.
    visible: entitlements.Visible | None = None
    #: Changes refused as forbidden, for the audit log (kept when a transaction rolls back).
    refused: list[tuple[Change, str]] = field(default_factory=list)
    #: Records that changed bucket: (change, from bucket, to bucket), for moves and the audit.
    moved: list[tuple[Change | None, Record, str, str]] = field(default_factory=list)
    #: Local transactions that deleted many customer records: (first change, how many).
    bulk_deletes: list[tuple[Change, int]] = field(default_factory=list)
    #: The sender's function rights, looked up once per upload.
    rights: frozenset[str] | None = None
    #: Customer records the sender deleted within the bulk-delete window (None: not read yet).
    recent_deletes: int | None = None
    #: How many customer records each accepted transaction of this upload deleted.
    deleted: list[int] = field(default_factory=list)
    #: The change being applied (for moves recorded by ``save``).
    current: Change | None = None
    #: Record writes of the local transaction being applied, by key: (new?, row values),
    #: written together by ``flush`` before its savepoint commits (reads go through ``cache``).
    writes: dict[tuple[str, str], tuple[bool, dict[str, Any]]] = field(default_factory=dict)
    move_rows: list[dict[str, Any]] = field(default_factory=list)
    #: Values of *other* devices this upload overwrote: (losing device, change, conflict as
    #: that device sees it, seq), stored in ``lost_conflicts`` for the loser to fetch.
    losses: list[tuple[str, Change, Conflict, int]] = field(default_factory=list)

    def next_seq(self) -> int:
        self.last_seq += 1
        return self.last_seq

    @property
    def max_hlc(self) -> int:
        return pack(self.now_ms + MAX_AHEAD_MS)


def load(w: Writer, entity: str, row_id: str) -> Record:
    cached = w.cache.get((entity, row_id))
    if cached is not None:
        return cached
    row = (
        w.conn.execute(
            select(st.records).where(st.records.c.entity == entity, st.records.c.row_id == row_id)
        )
        .mappings()
        .first()
    )
    rec = Record(entity, row_id, {}, {}) if row is None else _record(row)
    w.cache[(entity, row_id)] = rec
    return rec


def _record(row: Any) -> Record:
    return Record(
        row["entity"],
        row["row_id"],
        json.loads(row["data"]),
        json.loads(row["meta"]),
        row["seq"],
        bool(row["gone"]),
        row["tombstoned_at"],
        True,
        row["bucket"],
    )


def prefetch(w: Writer, changes: list[Change]) -> None:
    """Read every record an upload touches, and the customers of its children, in a few queries."""
    _fetch(w, {(c["entity"], c["row_id"]) for c in changes})
    customers: set[tuple[str, str]] = set()
    for c in changes:
        if c["op"] != "delete" and children.is_child(c["entity"]):
            data = {**w.cache[(c["entity"], c["row_id"])].data}
            data.update({k: v[1] for k, v in c["fields"].items()})
            customers.update(children.customer_keys(c["entity"], data))
    _fetch(w, customers - set(w.cache))


def _fetch(w: Writer, wanted: set[tuple[str, str]]) -> None:
    by_entity: dict[str, list[str]] = {}
    for entity, row_id in sorted(wanted):
        by_entity.setdefault(entity, []).append(row_id)
    r = st.records.c
    for entity, ids in by_entity.items():
        # The key is (entity, row_id): both in the query, or it scans every record.
        for start in range(0, len(ids), 500):
            rows = w.conn.execute(
                select(st.records).where(r.entity == entity, r.row_id.in_(ids[start : start + 500]))
            ).mappings()
            for row in rows:
                w.cache[(row["entity"], row["row_id"])] = _record(row)
    for key in wanted:
        w.cache.setdefault(key, Record(key[0], key[1], {}, {}))


def save(w: Writer, rec: Record) -> None:
    bucket = bucket_of(rec.entity, rec.data)
    dead = rec.gone or rec.data.get("deleted_at") is not None
    rec.tombstoned_at = (rec.tombstoned_at or w.now_ms) if dead else None
    values = {
        "bucket": bucket,
        "seq": rec.seq,
        "data": json.dumps(rec.data, separators=(",", ":")),
        "meta": json.dumps(rec.meta, separators=(",", ":")),
        "gone": rec.gone,
        "tombstoned_at": rec.tombstoned_at,
    }
    key = (rec.entity, rec.row_id)
    earlier = w.writes.get(key)
    is_new = earlier[0] if earlier is not None else not rec.exists
    w.writes[key] = (is_new, {"entity": rec.entity, "row_id": rec.row_id, **values})
    rec.exists = True
    if rec.bucket is not None and rec.bucket != bucket:
        w.move_rows.append(
            {
                "seq": rec.seq,
                "entity": rec.entity,
                "row_id": rec.row_id,
                "from_bucket": rec.bucket,
                "to_bucket": bucket,
            }
        )
        w.moved.append((w.current, rec, rec.bucket, bucket))
    rec.bucket = bucket
    w.cache[(rec.entity, rec.row_id)] = rec
    w.bucket_seqs[bucket] = rec.seq


_UPDATE_RECORD = (
    update(st.records)
    .where(st.records.c.entity == bindparam("k_entity"), st.records.c.row_id == bindparam("k_row"))
    .values({c: bindparam(c) for c in ("bucket", "seq", "data", "meta", "gone", "tombstoned_at")})
)


def flush(w: Writer) -> None:
    """Write the buffered records and moves of the transaction being applied, in bulk."""
    new = [values for is_new, values in w.writes.values() if is_new]
    old = [
        {**values, "k_entity": values["entity"], "k_row": values["row_id"]}
        for is_new, values in w.writes.values()
        if not is_new
    ]
    if new:
        w.conn.execute(insert(st.records), new)
    if old:
        for row in old:
            del row["entity"], row["row_id"]
        w.conn.execute(_UPDATE_RECORD, old)
    if w.move_rows:
        w.conn.execute(insert(st.moves), w.move_rows)
    discard(w)


def discard(w: Writer) -> None:
    """Forget the buffered writes (their transaction was refused)."""
    w.writes.clear()
    w.move_rows.clear()


def _result(
    ch: Change,
    status: str,
    seq: int | None = None,
    reason: str | None = None,
    conflicts: list[Conflict] | None = None,
) -> Result:
    return Result(
        change_id=ch["change_id"], status=status, seq=seq, reason=reason, conflicts=conflicts or []
    )


def _conflict(
    kind: str, col: str | None, mine: Any, theirs: Any, winner: str, copy_id: str | None = None
) -> Conflict:
    return Conflict(kind=kind, field=col, mine=mine, theirs=theirs, winner=winner, copy_id=copy_id)


def _iso(ms: int) -> str:
    return datetime.fromtimestamp(ms / 1000, UTC).isoformat(timespec="microseconds")


def _copy_id(change_id: str) -> str:
    return hashlib.sha256(f"copy:{change_id}".encode()).hexdigest()[:32]


def apply_change(w: Writer, ch: Change) -> Result:
    """Merge one change into the server's records; never raises for bad data."""
    problem = change_problem(ch)
    if problem:
        return _result(ch, "invalid", reason=problem)
    rec = load(w, ch["entity"], ch["row_id"])
    before = bucket_of(ch["entity"], rec.data) if rec.exists else None
    after_data = dict(rec.data)
    if ch["op"] != "delete":  # a delete's new values are all null: it moves nothing
        after_data.update({k: v[1] for k, v in ch["fields"].items()})
    claimed = bucket_of(ch["entity"], after_data)
    owner = None if ch["op"] == "delete" else customer_owner(w, ch, rec, after_data)
    if owner is not None:
        after_data["owner_id"] = owner
    if w.visible is None:
        w.visible = entitlements.visible_owners(w.conn, w.user_id)
    after = bucket_of(ch["entity"], after_data)
    if not entitlements.may_write(w.visible, before, after):
        if after != claimed and entitlements.may_write(w.visible, before, claimed):
            w.refused.append((ch, CUSTOMER_REFUSAL))
            return _result(ch, "forbidden", reason=CUSTOMER_MOVED)
        w.refused.append((ch, BUCKET_REFUSAL))
        return _result(ch, "forbidden", reason="You may not change this record.")
    # A child's owner follows its customer: that move is no reassignment by the sender.
    moving = before is not None and before != after and not rec.gone
    if moving and owner is None and not _may(w, Right.REASSIGN):
        w.refused.append((ch, "reassignment refused: the user's role may not reassign records."))
        return _result(ch, "forbidden", reason=REASSIGN_REFUSED)
    w.current = ch
    hlc = min(ch["hlc"], w.max_hlc)
    if ch["op"] == "delete":
        if not rec.exists or rec.gone:
            return _result(ch, "applied", seq=rec.seq or None)
        rec.gone, rec.seq = True, w.next_seq()
        save(w, rec)
        return _result(ch, "applied", seq=rec.seq)
    if ch["op"] == "insert" and not rec.exists:
        rec.seq = w.next_seq()
        rec.data = {k: v[1] for k, v in ch["fields"].items()}
        if owner is not None:
            rec.data["owner_id"] = owner
        rec.meta = {k: [rec.seq, hlc, w.device_id] for k in rec.data}
        save(w, rec)
        return _result(ch, "applied", seq=rec.seq)
    if not rec.exists:
        return _result(
            ch,
            "invalid",
            reason="The record is not on the server "
            "(it was never uploaded, or was deleted long ago).",
        )
    if rec.gone:
        rec.seq = w.next_seq()  # the sender still has the row: send it the delete again
        save(w, rec)
        mine = {k: v[1] for k, v in ch["fields"].items()}
        conflict = _conflict("delete", None, mine, None, "theirs")
        w.conflicts.append((ch, conflict, rec.seq))
        return _result(ch, "conflict", seq=rec.seq, conflicts=[conflict])
    base = ch["base_seq"] if ch["op"] == "update" else 0
    return _merge_update(w, ch, rec, base, hlc, owner)


def customer_owner(w: Writer, ch: Change, rec: Record, data: dict[str, Any]) -> str | None:
    """The owner a child record takes: its customer's on the server now (None: not a child,
    or its customer is unknown here, so the record keeps the owner it names)."""
    inserting = ch["op"] == "insert" and not rec.exists
    if not children.owner_follows_customer(ch["entity"], inserting):
        return None
    return _owner_of_customer(w, ch["entity"], data)


def _owner_of_customer(w: Writer, entity: str, data: dict[str, Any]) -> str | None:
    for table, row_id in children.customer_keys(entity, data):
        customer = load(w, table, row_id)
        owner = customer.data.get("owner_id") if customer.exists else None
        if owner:
            return str(owner)
    return None


#: How deep children of a moved customer are followed (contact > deal > call > note is 3).
_TREE_DEPTH = 4


def follow_customers(w: Writer, since: int) -> None:
    """Move the server's children of the customers moved by ``w.moved[since:]`` with them.

    A reassigning laptop moves the tree it holds; a child it had not downloaded yet (added by
    the old owner just before) would stay in the old owner's bucket. Children are found by
    ``records.parent`` in the bucket their customer left, and follow only when their customer
    rule (``children``) gives the customer's new owner (a deal given to someone else stays).
    """
    level: dict[str, set[str]] = {}
    for _ch, rec, old, _new in w.moved[since:]:
        if rec.entity in children.PARENT_TABLES:
            level.setdefault(old, set()).add(rec.row_id)
    r = st.records.c
    for _depth in range(_TREE_DEPTH):
        found: dict[str, set[str]] = {}
        for old, ids in level.items():
            wanted = sorted(ids)
            for start in range(0, len(wanted), 500):
                rows = w.conn.execute(
                    select(r.entity, r.row_id).where(
                        r.parent.in_(wanted[start : start + 500]), r.bucket == old
                    )
                ).all()
                for entity, row_id in rows:
                    if _follow(w, str(entity), str(row_id), old):
                        found.setdefault(old, set()).add(str(row_id))
        if not found:
            return
        level = found


def _follow(w: Writer, entity: str, row_id: str, old: str) -> bool:
    child = load(w, entity, row_id)
    # A deleted child follows too: left behind, it would drop out of the customer's share
    # tree and the share's receivers would never hear of the delete.
    if not child.exists or child.bucket != old:
        return False  # moved with its customer already
    owner = _owner_of_customer(w, entity, child.data)
    if owner is None or owner == old:
        return False
    child.seq = w.next_seq()
    child.data["owner_id"] = owner
    child.meta["owner_id"] = [child.seq, pack(w.now_ms), w.device_id]
    save(w, child)
    return True


def _concurrent(w: Writer, rec: Record, col: str, base: int) -> bool:
    m = rec.meta.get(col)
    return m is not None and int(m[0]) > base and m[2] != w.device_id


def _merge_update(
    w: Writer, ch: Change, rec: Record, base: int, hlc: int, owner: str | None = None
) -> Result:
    """Merge an update field by field; ``owner`` (a child's, from its customer) replaces
    whatever owner the change names."""
    seq = w.next_seq()
    mark = [seq, hlc, w.device_id]
    out: list[Conflict] = []
    lost: list[tuple[str, Conflict]] = []
    changed = False
    was_deleted = rec.data.get("deleted_at") is not None
    deleted_meanwhile = was_deleted and _concurrent(w, rec, "deleted_at", base)
    edited_meanwhile = {
        col: rec.data.get(col)
        for col in rec.meta
        if col not in QUIET_FIELDS and col != "deleted_at" and _concurrent(w, rec, col, base)
    }
    editors = {col: str(rec.meta[col][2]) for col in edited_meanwhile}
    for col, (_old, new) in ch["fields"].items():
        if owner is not None and col == "owner_id":
            continue
        cur = rec.data.get(col)
        if cur == new and col in rec.data:
            continue
        m = rec.meta.get(col)
        if not _concurrent(w, rec, col, base) or m is None:
            rec.data[col], rec.meta[col] = new, mark
            changed = True
            continue
        mine_wins = (hlc, w.device_id) > (int(m[1]), str(m[2]))
        if col == "deleted_at":
            # A delete wins over a restore; two deletes keep the later time quietly.
            if new is not None and (cur is None or mine_wins):
                rec.data[col], rec.meta[col] = new, mark
                changed = True
            elif new is None:
                out.append(_conflict("delete", col, new, cur, "theirs"))
            continue
        if col in QUIET_FIELDS:
            if mine_wins:
                rec.data[col], rec.meta[col] = new, mark
                changed = True
            continue
        if col in KEEP_BOTH_FIELDS.get(ch["entity"], ()):
            loser = cur if mine_wins else new
            if mine_wins:
                rec.data[col], rec.meta[col] = new, mark
            copy_id = _keep_copy(w, ch, rec, col, loser, hlc)
            out.append(_conflict("note", col, new, cur, "mine" if mine_wins else "theirs", copy_id))
            if mine_wins:
                lost.append((str(m[2]), _conflict("note", col, cur, new, "theirs", copy_id)))
            changed = True
            continue
        if mine_wins:
            rec.data[col], rec.meta[col] = new, mark
            changed = True
            lost.append((str(m[2]), _conflict("field", col, cur, new, "theirs")))
        out.append(_conflict("field", col, new, cur, "mine" if mine_wins else "theirs"))
    if owner is not None and rec.data.get("owner_id") != owner:
        rec.data["owner_id"], rec.meta["owner_id"] = owner, mark
        changed = True
    deleting = not was_deleted and rec.data.get("deleted_at") is not None
    edits = {k: v[1] for k, v in ch["fields"].items() if k not in QUIET_FIELDS}
    if deleted_meanwhile and edits and not any(c["kind"] == "delete" for c in out):
        out.append(_conflict("delete", None, edits, None, "theirs"))
    elif deleting and edited_meanwhile:
        out.append(_conflict("delete", None, None, edited_meanwhile, "mine"))
        by_editor: dict[str, dict[str, Any]] = {}
        for col, value in edited_meanwhile.items():
            by_editor.setdefault(editors[col], {})[col] = value
        lost.extend((d, _conflict("delete", None, e, None, "theirs")) for d, e in by_editor.items())
    if changed or out:
        # Also after a lost conflict: the new seq sends the winning state back to the loser.
        rec.seq = seq
        save(w, rec)
    for conflict in out:
        w.conflicts.append((ch, conflict, rec.seq))
    w.losses.extend((device, ch, conflict, rec.seq) for device, conflict in lost)
    return _result(ch, "conflict" if out else "applied", seq=rec.seq, conflicts=out)


def _keep_copy(w: Writer, ch: Change, rec: Record, col: str, text: Any, hlc: int) -> str:
    """Store the losing version of a free-text field as a new record beside the original."""
    copy = load(w, rec.entity, _copy_id(ch["change_id"]))
    if copy.exists:
        return copy.row_id
    copy.seq = w.next_seq()
    stamp = _iso(w.now_ms)
    copy.data = dict(rec.data)
    copy.data.update(
        {"id": copy.row_id, col: text, "created_at": stamp, "updated_at": stamp, "deleted_at": None}
    )
    copy.meta = {k: [copy.seq, hlc, w.device_id] for k in copy.data}
    save(w, copy)
    return copy.row_id


def known_results(conn: Connection, changes: list[Change]) -> dict[str, Result]:
    """Results already given to changes of this upload (a retry), by change id."""
    ids = [c["change_id"] for c in changes]
    out: dict[str, Result] = {}
    t = st.applied_changes.c
    for start in range(0, len(ids), 500):
        for change_id, text in conn.execute(
            select(t.change_id, t.result).where(t.change_id.in_(ids[start : start + 500]))
        ):
            out[str(change_id)] = json.loads(text)
    return out


def check_counters(conn: Connection, device_id: str, changes: list[Change]) -> None:
    """Refuse an upload whose (device, counter) pairs were used by other changes."""
    by_counter = {c["counter"]: c["change_id"] for c in changes}
    if len(by_counter) != len({c["change_id"] for c in changes}):
        # A real outbox numbers each change once; only a crafted upload repeats a counter.
        raise ProtocolError("Two changes in one upload have the same counter.")
    counters = sorted(by_counter)
    t = st.applied_changes.c
    for start in range(0, len(counters), 500):
        for counter, change_id in conn.execute(
            select(t.counter, t.change_id).where(
                t.device_id == device_id, t.counter.in_(counters[start : start + 500])
            )
        ):
            if by_counter[int(counter)] != change_id:
                raise DeviceReused(
                    "This database reuses a device id the server has seen (restored from a "
                    "backup or copied from another computer)."
                )


def remember(w: Writer, ch: Change, result: Result) -> None:
    w.remembered.append(
        {
            "change_id": ch["change_id"],
            "device_id": w.device_id,
            "counter": ch["counter"],
            "status": result["status"],
            "result": json.dumps(result),
            "applied_at": w.now_ms,
        }
    )


def apply_upload(
    w: Writer, transactions: list[list[Change]], savepoint: Callable[[], Any]
) -> list[Result]:
    """Apply whole local transactions; a refused change refuses its transaction only."""
    everything = [ch for tx in transactions for ch in tx]
    seen = known_results(w.conn, everything)
    fresh = [ch for ch in everything if ch["change_id"] not in seen]
    check_counters(w.conn, w.device_id, fresh)
    prefetch(w, fresh)
    results: list[Result] = []
    for tx in transactions:
        known = [seen.get(ch["change_id"]) for ch in tx]
        if all(k is not None for k in known):
            results.extend(k for k in known if k is not None)
            continue
        sp = savepoint()
        start_seq, start_conflicts, start_losses = w.last_seq, len(w.conflicts), len(w.losses)
        start_moved = len(w.moved)
        start_buckets = dict(w.bucket_seqs)
        deletes = _deletes(w, [ch for ch, k in zip(tx, known, strict=True) if k is None])
        too_many = _too_many_deletes(w, len(deletes))
        if too_many is not None:
            why, reason = too_many
            w.refused.extend((ch, why) for ch in deletes)
            bulk = {ch["change_id"] for ch in deletes}
            tx_results = [
                _result(ch, "forbidden", reason=reason)
                if ch["change_id"] in bulk
                else (k or _result(ch, "invalid"))
                for ch, k in zip(tx, known, strict=True)
            ]
        else:
            tx_results = [
                k if k is not None else apply_change(w, ch) for ch, k in zip(tx, known, strict=True)
            ]
        if any(r["status"] in REFUSED for r in tx_results):
            discard(w)
            sp.rollback()
            w.last_seq = start_seq
            w.bucket_seqs = start_buckets
            w.cache.clear()
            del w.conflicts[start_conflicts:]
            del w.losses[start_losses:]
            del w.moved[start_moved:]
            tx_results = [
                r
                if r["status"] in REFUSED
                else _result(
                    ch, "invalid", reason="Another change in the same transaction was refused."
                )
                for ch, r in zip(tx, tx_results, strict=True)
            ]
        else:
            follow_customers(w, start_moved)
            flush(w)
            sp.commit()
            if len(deletes) > BULK_DELETE_THRESHOLD:
                w.bulk_deletes.append((deletes[0], len(deletes)))
            if deletes:
                w.deleted.append(len(deletes))
                if w.recent_deletes is not None:
                    w.recent_deletes += len(deletes)
        for ch, r, k in zip(tx, tx_results, known, strict=True):
            if k is None:
                remember(w, ch, r)
        results.extend(tx_results)
    if w.remembered:
        w.conn.execute(insert(st.applied_changes), w.remembered)
        w.remembered.clear()
    if w.deleted:
        delete_window.record(w.conn, w.user_id, w.now_ms, w.deleted)
        w.deleted.clear()
    _store_buckets(w)
    _store_conflicts(w)
    return results


def _too_many_deletes(w: Writer, count: int) -> tuple[str, str] | None:
    """Why a transaction deleting ``count`` customer records is a refused bulk delete (the
    audit's why, the sender's reason), or None: within the limit, or the role may."""
    if not count or _may(w, Right.BULK_DELETE):
        return None
    if count > BULK_DELETE_THRESHOLD:
        return f"bulk delete of {count} records refused: the role may not.", BULK_REFUSED
    window = delete_window.limit(w.conn)
    if w.recent_deletes is None:
        w.recent_deletes = delete_window.recent(w.conn, w.user_id, w.now_ms, window)
    total = w.recent_deletes + count
    if total > window.records:
        why = (
            f"bulk delete of {total} records within {window.minutes} minutes "
            "refused: the role may not."
        )
        return why, window.refusal
    return None


def _store_buckets(w: Writer) -> None:
    for bucket, seq in w.bucket_seqs.items():
        found = w.conn.execute(
            update(st.buckets).where(st.buckets.c.name == bucket).values(high_seq=seq)
        ).rowcount
        if not found:
            w.conn.execute(insert(st.buckets).values(name=bucket, high_seq=seq))
    w.bucket_seqs.clear()


def _store_conflicts(w: Writer) -> None:
    for ch, conflict, seq in w.conflicts:
        w.conn.execute(
            insert(st.conflicts).values(
                seq=seq,
                entity=ch["entity"],
                row_id=ch["row_id"],
                change_id=ch["change_id"],
                user_id=w.user_id,
                kind=conflict["kind"],
                field=conflict["field"],
                detail=json.dumps(conflict),
                created_at=w.now_ms,
            )
        )
    w.conflicts.clear()
    if w.losses:
        w.conn.execute(
            insert(st.lost_conflicts),
            [
                {
                    "device_id": device,
                    "seq": seq,
                    "entity": ch["entity"],
                    "row_id": ch["row_id"],
                    "change_id": ch["change_id"],
                    "detail": json.dumps(conflict),
                    "created_at": w.now_ms,
                }
                for device, ch, conflict, seq in w.losses
            ],
        )
        w.losses.clear()
