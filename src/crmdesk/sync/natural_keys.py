"""Rows two laptops made with the same natural key (tag name, custom field...): one wins.

The server does not check natural keys; each client, when a downloaded row collides with a
local row of another id, keeps the *winner* — a live row before a deleted one, then the
smaller id (ids are UUIDv7, so the one made first) — the same choice on every laptop. If the
local row loses, references to it are moved to the winner and it is deleted, both as
ordinary captured edits, so the server and every other laptop converge; if the downloaded
row loses it is not stored (its own laptop deletes it when the winner reaches it).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection

from crmdesk.db.types import utcnow
from crmdesk.ids import new_id


@dataclass(frozen=True)
class NaturalKey:
    """How one table's natural key is matched, and which rows refer to its rows."""

    #: SQL condition on the local table, ``?`` filled from ``params`` of the incoming row.
    where: str
    params: tuple[str, ...]
    #: The key of ``VALUES (id, *params)`` row ``v`` (columns ``column1``...), to test a
    #: whole page at once.
    key_of_v: str
    has_tombstone: bool = False
    #: (table, column, columns that with ``column`` are unique there)
    referenced_by: tuple[tuple[str, str, tuple[str, ...]], ...] = ()


KEYS: dict[str, NaturalKey] = {
    "tags": NaturalKey(
        "name_key = crm_fold(?)",
        ("name",),
        "crm_fold(v.column2)",
        has_tombstone=True,
        referenced_by=(("record_tags", "tag_id", ("entity", "entity_id")),),
    ),
    "custom_fields": NaturalKey(
        "entity = ? AND name = ?",
        ("entity", "name"),
        "v.column2, v.column3",
        has_tombstone=True,
        referenced_by=(("custom_values", "field_id", ("entity_id",)),),
    ),
    "saved_lookups": NaturalKey("name = ?", ("name",), "v.column2"),
    "record_tags": NaturalKey(
        "tag_id = ? AND entity = ? AND entity_id = ?",
        ("tag_id", "entity", "entity_id"),
        "v.column2, v.column3, v.column4",
    ),
    "custom_values": NaturalKey(
        "field_id = ? AND entity_id = ?", ("field_id", "entity_id"), "v.column2, v.column3"
    ),
}


def _rank(row_id: str, deleted_at: Any) -> tuple[bool, str]:
    return (deleted_at is not None, row_id)


@contextmanager
def _captured(conn: Connection) -> Iterator[None]:
    """Change capture on inside a download's (uncaptured) transaction: these edits sync."""
    raw = conn.connection.dbapi_connection
    assert raw is not None
    before = raw.capture
    raw.capture = True
    try:
        yield
    finally:
        raw.capture = before


_CHUNK = 400


def upsert(conn: Connection, table: str, cols: list[str], values: list[tuple[Any, ...]]) -> int:
    """Store downloaded rows of a natural-key table; return how many lost to a local row.

    Rows are checked a chunk at a time; a chunk with no collision (the usual case) is
    written in one statement, and only a chunk with one goes row by row.
    """
    key = KEYS[table]
    names, marks = ", ".join(cols), ", ".join("?" * len(cols))
    insert = f"INSERT OR REPLACE INTO {table} ({names}) VALUES ({marks})"
    skipped = 0
    for start in range(0, len(values), _CHUNK):
        chunk = values[start : start + _CHUNK]
        if _collides(conn, table, key, cols, chunk):
            skipped += _one_by_one(conn, table, key, cols, chunk, insert)
        else:
            conn.exec_driver_sql(insert, chunk)
    return skipped


def _collides(
    conn: Connection, table: str, key: NaturalKey, cols: list[str], chunk: list[tuple[Any, ...]]
) -> bool:
    """Whether a row of the chunk shares its key with a local row or another row of the chunk."""
    at = [cols.index("id"), *(cols.index(p) for p in key.params)]
    rows = [tuple(v[i] for i in at) for v in chunk]
    width = len(at)
    values = ", ".join(["(" + ", ".join("?" * width) + ")"] * len(rows))
    flat = tuple(x for row in rows for x in row)
    on = " AND ".join(
        f"{left} = {right}"
        for left, right in zip(
            _local_key(key), [e.strip() for e in key.key_of_v.split(",")], strict=True
        )
    )
    local = conn.exec_driver_sql(
        f"SELECT 1 FROM (VALUES {values}) v JOIN {table} t ON {on} AND t.id <> v.column1 LIMIT 1",
        flat,
    ).first()
    if local is not None:
        return True
    twins = conn.exec_driver_sql(
        f"SELECT 1 FROM (VALUES {values}) v GROUP BY {key.key_of_v} HAVING count(*) > 1 LIMIT 1",
        flat,
    ).first()
    return twins is not None


def _local_key(key: NaturalKey) -> list[str]:
    """The local columns of a key, as ``t.column`` (from ``where``: "col = ?" parts)."""
    return ["t." + part.split("=")[0].strip() for part in key.where.split(" AND ")]


def _one_by_one(
    conn: Connection,
    table: str,
    key: NaturalKey,
    cols: list[str],
    chunk: list[tuple[Any, ...]],
    insert: str,
) -> int:
    tomb = "deleted_at" if key.has_tombstone else "NULL"
    skipped = 0
    for value in chunk:
        data = dict(zip(cols, value, strict=True))
        local = conn.exec_driver_sql(
            f"SELECT id, {tomb} FROM {table} WHERE {key.where} AND id <> ?",
            (*(data.get(p) for p in key.params), data["id"]),
        ).first()
        if local is not None:
            local_id = str(local[0])
            incoming = _rank(str(data["id"]), data.get("deleted_at") if key.has_tombstone else None)
            if _rank(local_id, local[1]) < incoming:
                with _captured(conn):
                    _repoint(conn, key, str(data["id"]), local_id)
                skipped += 1
                continue
            with _captured(conn):
                _repoint(conn, key, local_id, str(data["id"]))
                if table == "custom_values":
                    _keep_losing_value(conn, local_id, data)
                conn.exec_driver_sql(f"DELETE FROM {table} WHERE id = ?", (local_id,))
        conn.exec_driver_sql(insert, value)
    return skipped


def _repoint(conn: Connection, key: NaturalKey, loser: str, winner: str) -> None:
    """Rows referring to ``loser`` refer to ``winner``; where it already has one, it goes."""
    for ref_table, column, unique_with in key.referenced_by:
        others = ", ".join(unique_with)
        rows = conn.exec_driver_sql(
            f"SELECT id, {others} FROM {ref_table} WHERE {column} = ?", (loser,)
        ).all()
        for row in rows:
            same = " AND ".join(f"{c} = ?" for c in unique_with)
            twin = conn.exec_driver_sql(
                f"SELECT id FROM {ref_table} WHERE {column} = ? AND {same}", (winner, *row[1:])
            ).first()
            if twin is None:
                conn.exec_driver_sql(
                    f"UPDATE {ref_table} SET {column} = ? WHERE id = ?", (winner, row[0])
                )
                continue
            if ref_table == "custom_values":
                kept = conn.exec_driver_sql(
                    "SELECT value FROM custom_values WHERE id = ?", (twin[0],)
                ).scalar()
                _keep_losing_value(conn, str(row[0]), {"id": twin[0], "value": kept})
            conn.exec_driver_sql(f"DELETE FROM {ref_table} WHERE id = ?", (row[0],))


def _keep_losing_value(conn: Connection, loser_id: str, winner: dict[str, Any]) -> None:
    """A custom value set on this laptop lost to another laptop's: list it as a conflict."""
    mine = conn.exec_driver_sql(
        "SELECT value FROM custom_values WHERE id = ?", (loser_id,)
    ).scalar()
    if mine is None or mine == winner.get("value"):
        return
    stamp = hashlib.sha256(f"natural:{loser_id}:{winner['id']}".encode()).hexdigest()[:32]
    conn.exec_driver_sql(
        "INSERT OR IGNORE INTO sync_conflicts(id, change_id, entity, row_id, kind, field, mine, "
        "theirs, winner, copy_id, created_at) VALUES (?, ?, 'custom_values', ?, 'field', "
        "'value', ?, ?, 'theirs', NULL, ?)",
        (
            new_id(),
            stamp,
            winner["id"],
            json.dumps(mine, ensure_ascii=False),
            json.dumps(winner.get("value"), ensure_ascii=False),
            utcnow().isoformat(timespec="microseconds"),
        ),
    )


def settle_stages(conn: Connection) -> int:
    """Live pipeline stages with the same name (folded) become one; return how many went.

    Stage names have no unique index (a laptop may briefly hold both), so after stages
    arrive the duplicates are settled by the same rule: the smaller id stays, the deals in
    the others move to it and the others are deleted (tombstones), as captured edits.
    """
    groups = conn.exec_driver_sql(
        "SELECT group_concat(id, ' ') FROM pipeline_stages WHERE deleted_at IS NULL "
        "GROUP BY crm_fold(name) HAVING count(*) > 1"
    ).all()
    settled = 0
    stamp = utcnow().isoformat(timespec="microseconds")
    for (ids,) in groups:
        winner, *losers = sorted(str(ids).split())
        with _captured(conn):
            for loser in losers:
                conn.exec_driver_sql(
                    "UPDATE opportunities SET stage_id = ? WHERE stage_id = ?", (winner, loser)
                )
                conn.exec_driver_sql(
                    "UPDATE pipeline_stages SET deleted_at = ?, updated_at = ? WHERE id = ?",
                    (stamp, stamp, loser),
                )
                settled += 1
    return settled
