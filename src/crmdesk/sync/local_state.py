"""The client's sync bookkeeping in its own database: settings, cursors, outbox batches, acks."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection

from crmdesk.db.capture import WireFields
from crmdesk.db.types import utcnow
from crmdesk.ids import new_id
from crmdesk.sync.protocol import MAX_BATCH, Change, Result


def get(conn: Connection, key: str) -> str | None:
    value = conn.exec_driver_sql("SELECT value FROM sync_state WHERE key = ?", (key,)).scalar()
    return None if value is None else str(value)


def put(conn: Connection, key: str, value: str | None) -> None:
    if value is None:
        conn.exec_driver_sql("DELETE FROM sync_state WHERE key = ?", (key,))
        return
    conn.exec_driver_sql(
        "INSERT INTO sync_state(key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (key, value),
    )


def cursors(conn: Connection) -> dict[str, int]:
    return {str(b): int(s) for b, s in conn.exec_driver_sql("SELECT bucket, seq FROM sync_cursors")}


def outbox_high(conn: Connection) -> int:
    """The highest outbox counter this database ever allocated."""
    value = conn.exec_driver_sql("SELECT seq FROM sqlite_sequence WHERE name = 'outbox'").scalar()
    return int(value or 0)


def next_batch(conn: Connection, limit: int = MAX_BATCH) -> list[Change]:
    """The oldest outbox changes, whole local transactions only, with their base seqs."""
    sql = (
        "SELECT o.counter, o.change_id, o.tx_id, o.entity, o.row_id, o.op, o.fields, o.hlc, "
        "coalesce(r.server_seq, 0) FROM outbox o "
        "LEFT JOIN sync_rows r ON r.entity = o.entity AND r.row_id = o.row_id "
    )
    rows = list(conn.exec_driver_sql(sql + "ORDER BY o.counter LIMIT ?", (limit,)).all())
    if len(rows) == limit:
        last_tx = rows[-1][2]
        rest = conn.exec_driver_sql(
            sql + "WHERE o.tx_id = ? AND o.counter > ? ORDER BY o.counter", (last_tx, rows[-1][0])
        ).all()
        start = next(i for i, r in enumerate(rows) if r[2] == last_tx)
        if start and len(rows) + len(rest) > MAX_BATCH * 4:
            # The server takes more than four batches' worth only as one local transaction:
            # send the transactions before it now, and the big one alone next.
            del rows[start:]
        else:
            rows.extend(rest)
    wire = WireFields(conn)
    return [
        Change(
            counter=r[0],
            change_id=r[1],
            tx_id=r[2],
            entity=r[3],
            row_id=r[4],
            op=r[5],
            fields=wire(r[3], r[4], r[5], r[6]),
            hlc=r[7],
            base_seq=r[8],
        )
        for r in rows
    ]


@dataclass
class AckCounts:
    applied: int = 0
    conflicts: int = 0
    parked: int = 0


def _dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def acknowledge(conn: Connection, batch: list[Change], results: list[Result]) -> AckCounts:
    """Remove acknowledged changes from the outbox; park refused ones; keep conflicts."""
    counts = AckCounts()
    by_id = {ch["change_id"]: ch for ch in batch}
    now = utcnow().isoformat(timespec="microseconds")
    versions: list[tuple[str, str, int]] = []
    done: list[tuple[str]] = []
    for result in results:
        ch = by_id.get(result["change_id"])
        if ch is None:
            continue
        status = result["status"]
        if status in ("forbidden", "invalid"):
            counts.parked += 1
            conn.exec_driver_sql(
                "INSERT OR REPLACE INTO sync_parked(change_id, counter, tx_id, entity, row_id, op, "
                "fields, hlc, status, reason, parked_at) "
                "SELECT change_id, counter, tx_id, entity, row_id, op, ?, hlc, ?, ?, ? "
                "FROM outbox WHERE change_id = ?",
                (_dump(ch["fields"]), status, result.get("reason") or status, now, ch["change_id"]),
            )
        else:
            counts.applied += 1
            seq = result.get("seq")
            if seq:
                versions.append((ch["entity"], ch["row_id"], seq))
            for conflict in result.get("conflicts") or []:
                counts.conflicts += 1
                conn.exec_driver_sql(
                    "INSERT OR IGNORE INTO sync_conflicts(id, change_id, entity, row_id, kind, "
                    "field, mine, theirs, winner, copy_id, created_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        new_id(),
                        ch["change_id"],
                        ch["entity"],
                        ch["row_id"],
                        conflict["kind"],
                        conflict["field"],
                        _dump(conflict["mine"]),
                        _dump(conflict["theirs"]),
                        conflict["winner"],
                        conflict.get("copy_id"),
                        now,
                    ),
                )
        done.append((ch["change_id"],))
    if versions:
        conn.exec_driver_sql(
            "INSERT INTO sync_rows(entity, row_id, server_seq) VALUES (?, ?, ?) "
            "ON CONFLICT(entity, row_id) DO UPDATE SET server_seq = "
            "max(server_seq, excluded.server_seq)",
            versions,
        )
    if done:
        conn.exec_driver_sql("DELETE FROM outbox WHERE change_id = ?", done)
    return counts


def add_lost(conn: Connection, server_url: str, items: list[dict[str, Any]]) -> int:
    """Add conflicts this device lost (from ``/v1/lost``) to the conflicts list, each once."""
    now = utcnow().isoformat(timespec="microseconds")
    added = 0
    for item in items:
        conflict = item["conflict"]
        local_id = hashlib.sha256(f"lost:{server_url}:{item['n']}".encode()).hexdigest()[:32]
        added += conn.exec_driver_sql(
            "INSERT OR IGNORE INTO sync_conflicts(id, change_id, entity, row_id, kind, "
            "field, mine, theirs, winner, copy_id, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                local_id,
                item["change_id"],
                item["e"],
                item["id"],
                conflict["kind"],
                conflict.get("field"),
                _dump(conflict.get("mine")),
                _dump(conflict.get("theirs")),
                conflict.get("winner") or "theirs",
                conflict.get("copy_id"),
                now,
            ),
        ).rowcount
    return added
