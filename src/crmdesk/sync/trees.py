"""Customer trees on the server: which record a child hangs from, and what a share reaches.

A child record (contact details, deals, activities, notes, custom values, tags) takes the
owner of its customer (``crmdesk.ownership``), so it lives in its customer's bucket. The
server keeps the same link in ``records.parent``: the id of the record a child hangs from,
by the same rule (its contact, else its company, else its deal; a note, tag or custom value:
the record it is attached to). A share names one record; what it makes visible is that
record's *tree*: the record and, recursively, every record whose parent is in the tree and
that lives in the same bucket (so a child given to someone else is not shared along).
Visibility is keyed on the customer: a child added, moved or deleted later follows the
share with no bookkeeping per child.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from sqlalchemy import CTE, Connection, and_, bindparam, func, or_, select, update

from crmdesk.sync import children
from crmdesk.sync import store as st

#: Per table, the columns naming a child's parent, first one set wins (``ownership``'s rule).
PARENT_COLUMNS: dict[str, tuple[str, ...]] = {
    table: children.link_columns(table) for table in children.CHILD_TABLES
}
#: The tables a parent can be in (a note on an activity hangs from the activity).
PARENT_TABLES = ("contacts", "companies", "opportunities", "activities")
#: How many levels a parent chain is followed up (contact > deal > activity > note is 3).
MAX_DEPTH = 6


def parent_of(entity: str, data: dict[str, Any] | None) -> str | None:
    """The id of the record ``entity``'s row hangs from, or None for a customer or a
    record of no customer."""
    for column in PARENT_COLUMNS.get(entity, ()):
        value = (data or {}).get(column)
        if isinstance(value, str) and value:
            return value[:32]
    return None


def note_parents(conn: Connection, after: int, last_seq: int | None = None) -> int:
    """Store the parent of every record written after seq ``after``; return the last seq.

    Called in the upload's transaction with the seq it started from and the last seq it
    used (the ``buckets`` table names the buckets it wrote to), and once over everything when
    the column is added. A record that leaves the trees shared through its parent (re-linked
    to another one, or given to another owner without it, e.g. a deal reassigned alone) gets
    a move out of each bucket those were shared into (seqs after ``last_seq``), which the
    receivers' downloads turn into a removal unless they still see it (another share, its
    own bucket), and so do the records below it.
    """
    r, b = st.records.c, st.buckets.c
    touched = [str(n) for n in conn.execute(select(b.name).where(b.high_seq > after)).scalars()]
    store = (
        update(st.records)
        .where(r.entity == bindparam("k_entity"), r.row_id == bindparam("k_row"))
        .values(parent=bindparam("parent"))
    )
    #: (entity, row id, bucket now, the parent whose shares it left)
    left: list[tuple[str, str, str, str]] = []
    parents: dict[str, str | None] = {}
    for bucket in touched:
        changed: list[dict[str, Any]] = []
        for entity, row_id, data, had in conn.execute(
            select(r.entity, r.row_id, r.data, r.parent).where(
                r.bucket == bucket, r.seq > after, r.entity.in_(sorted(PARENT_COLUMNS))
            )
        ).all():
            try:
                parent = parent_of(str(entity), json.loads(data))
            except (ValueError, AttributeError):
                parent = None
            parents[str(row_id)] = parent
            if parent != had:
                changed.append({"k_entity": entity, "k_row": row_id, "parent": parent})
                if had:
                    left.append((str(entity), str(row_id), bucket, str(had)))
        for start in range(0, len(changed), 5000):
            conn.execute(store, changed[start : start + 5000])
    seq = after if last_seq is None else last_seq
    if last_seq is None:
        return seq
    left += _given_away_alone(conn, after, last_seq, parents, {i for _e, i, _b, _p in left})
    moves: list[dict[str, Any]] = []
    for entity, row_id, bucket, old_parent in left:
        targets = sorted(_shared_through(conn, old_parent))
        # The record takes its own children with it (a deal's calls and notes).
        for e, i in tree_of(conn, entity, row_id) if targets else []:
            for target in targets:
                seq += 1
                row = {"seq": seq, "entity": e, "row_id": i, "to_bucket": bucket}
                moves.append({**row, "from_bucket": target})
    if moves:
        conn.execute(st.moves.insert(), moves)
    return seq


def _given_away_alone(
    conn: Connection, after: int, last_seq: int, parents: dict[str, str | None], done: set[str]
) -> list[tuple[str, str, str, str]]:
    """Children this upload moved to another bucket without their parent (a deal given to
    someone else alone): they left the tree their parent is shared with."""
    m = st.moves.c
    moved = conn.execute(
        select(m.entity, m.row_id, m.to_bucket).where(m.seq > after, m.seq <= last_seq)
    ).all()
    ids = {str(i) for _e, i, _b in moved}
    out: list[tuple[str, str, str, str]] = []
    for entity, row_id, bucket in moved:
        parent = parents.get(str(row_id))
        if parent and parent not in ids and str(row_id) not in done:
            out.append((str(entity), str(row_id), str(bucket), parent))
    return out


def _shared_through(conn: Connection, parent_id: str) -> set[str]:
    """The buckets a share of ``parent_id`` or of a record above it goes into."""
    r, s = st.records.c, st.shares.c
    chain: list[tuple[str, str]] = []
    current: str | None = parent_id
    for _ in range(MAX_DEPTH):
        if not current or any(i == current for _e, i in chain):
            break
        up = conn.execute(
            select(r.entity, r.row_id, r.parent).where(
                r.entity.in_(PARENT_TABLES), r.row_id == current
            )
        ).first()
        if up is None:
            break
        chain.append((str(up[0]), str(up[1])))
        current = None if up[2] is None else str(up[2])
    if not chain:
        return set()
    return {
        str(bucket)
        for bucket in conn.execute(
            select(s.bucket)
            .where(or_(*(and_(s.entity == e, s.row_id == i) for e, i in chain)))
            .distinct()
        ).scalars()
    }


def shared_tree(targets: Iterable[str]) -> CTE:
    """The records shared into the buckets ``targets``, with their trees.

    Columns: ``entity``, ``row_id`` and ``since`` (the seq of the earliest share that reaches
    the record), one row per record.
    """
    r, s = st.records.c, st.shares.c
    wanted = sorted(set(targets))
    roots = (
        select(r.entity, r.row_id, r.bucket, s.seq.label("since"))
        .select_from(st.shares.join(st.records, and_(r.entity == s.entity, r.row_id == s.row_id)))
        .where(s.bucket.in_(wanted))
        .cte("share_tree", recursive=True)
    )
    child = st.records.alias("child")
    # UNION (not UNION ALL) ends the walk on a cycle a crafted parent could make.
    tree = roots.union(
        select(child.c.entity, child.c.row_id, child.c.bucket, roots.c.since).where(
            child.c.parent == roots.c.row_id, child.c.bucket == roots.c.bucket
        )
    )
    return (
        select(tree.c.entity, tree.c.row_id, func.min(tree.c.since).label("since"))
        .group_by(tree.c.entity, tree.c.row_id)
        .cte("shared")
    )


def shared_keys(conn: Connection, targets: Iterable[str]) -> set[tuple[str, str]]:
    """Every record (entity, row id) the shares into ``targets`` make visible."""
    wanted = sorted(set(targets))
    if not wanted:
        return set()
    tree = shared_tree(wanted)
    return {(str(e), str(i)) for e, i in conn.execute(select(tree.c.entity, tree.c.row_id))}


def tree_of(conn: Connection, entity: str, row_id: str) -> list[tuple[str, str]]:
    """A record and every record in its tree (same bucket), the record first."""
    r = st.records.c
    bucket = conn.execute(
        select(r.bucket).where(r.entity == entity, r.row_id == row_id)
    ).scalar_one_or_none()
    if bucket is None:
        return []
    out, seen, level = [(entity, row_id)], {row_id}, [row_id]
    for _ in range(MAX_DEPTH):
        found: list[str] = []
        for start in range(0, len(level), 500):
            for e, i in conn.execute(
                select(r.entity, r.row_id)
                .where(r.parent.in_(level[start : start + 500]), r.bucket == bucket)
                .order_by(r.seq)
            ):
                if str(i) not in seen:
                    seen.add(str(i))
                    out.append((str(e), str(i)))
                    found.append(str(i))
        if not found:
            break
        level = found
    return out


def ancestry(conn: Connection, entity: str, row_id: str) -> list[tuple[str, str]]:
    """A record and the records it hangs from in its bucket, nearest first."""
    r = st.records.c
    row = conn.execute(
        select(r.parent, r.bucket).where(r.entity == entity, r.row_id == row_id)
    ).first()
    if row is None:
        return []
    out = [(entity, row_id)]
    parent, bucket = row
    for _ in range(MAX_DEPTH):
        if not parent or any(i == parent for _e, i in out):
            break
        up = conn.execute(
            select(r.entity, r.row_id, r.parent).where(
                r.entity.in_(PARENT_TABLES), r.row_id == str(parent), r.bucket == bucket
            )
        ).first()
        if up is None:
            break
        out.append((str(up[0]), str(up[1])))
        parent = up[2]
    return out


def is_shared_into(conn: Connection, entity: str, row_id: str, targets: Iterable[str]) -> bool:
    """Whether a share into one of ``targets`` reaches the record (it or a record it hangs
    from is shared there)."""
    wanted = sorted(set(targets))
    chain = ancestry(conn, entity, row_id)
    if not wanted or not chain:
        return False
    s = st.shares.c
    return (
        conn.execute(
            select(s.seq)
            .where(
                or_(*(and_(s.entity == e, s.row_id == i) for e, i in chain)),
                s.bucket.in_(wanted),
            )
            .limit(1)
        ).first()
        is not None
    )
