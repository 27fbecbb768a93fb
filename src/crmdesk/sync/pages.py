"""Download pages for one user: rows after the cursors, removals and dropped buckets.

Per bucket, the records written after the cursor and the moves out of it (``moves``) are one
stream ordered by seq, so a page cut anywhere resumes with no gap. A move becomes a removal
only when the user may not see the record where it is now; a bucket the client has a cursor
for but is no longer entitled to is named in ``dropped`` (the client deletes its rows), and
its records the user still sees through a share come again in the same page.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, and_, case, insert, or_, select

from crmdesk.sync import entitlements, trees
from crmdesk.sync import store as st

#: At most this many dropped buckets are named per page (a crafted request may send many).
MAX_DROPPED = 200


@dataclass
class Page:
    """One download page; ``rows`` are JSON texts copied from the store unparsed."""

    rows: list[str] = field(default_factory=list)
    removals: list[dict[str, str]] = field(default_factory=list)
    cursors: dict[str, int] = field(default_factory=dict)
    dropped: list[str] = field(default_factory=list)
    more: bool = False

    def size(self) -> int:
        return len(self.rows) + len(self.removals)

    def to_json(self) -> bytes:
        tail = json.dumps(
            {
                "removals": self.removals,
                "dropped": self.dropped,
                "cursors": self.cursors,
                "more": self.more,
            }
        )
        return ('{"rows":[' + ",".join(self.rows) + "]," + tail[1:]).encode()


def _row_json(entity: str, row_id: str, bucket: str, seq: int, data: str, gone: bool) -> str:
    return (
        f'{{"e":{json.dumps(entity)},"id":{json.dumps(row_id)},"b":{json.dumps(bucket)},'
        f'"s":{int(seq)},"d":{"null" if gone else data}}}'
    )


def remember_buckets(conn: Connection, device_id: str, user_id: str) -> frozenset[str]:
    """Record the buckets ``device_id`` is given now; return every bucket it was ever given."""
    d = st.device_buckets.c
    had = {str(b) for b in conn.execute(select(d.bucket).where(d.device_id == device_id)).scalars()}
    now = set(entitlements.buckets_for(conn, user_id))
    new = sorted(now - had)
    if new:
        conn.execute(
            insert(st.device_buckets), [{"device_id": device_id, "bucket": b} for b in new]
        )
    return frozenset(had | now)


def build(
    conn: Connection,
    user_id: str,
    cursors_in: dict[str, Any],
    limit: int,
    had: frozenset[str] | None = None,
) -> Page:
    """The next page for ``user_id`` after ``cursors_in``, at most ``limit`` rows and removals.

    ``had``: the buckets this device was ever given (``remember_buckets``); only those can be
    named in ``dropped``, so a cursor for a bucket the device never had yields nothing.
    """
    visible = entitlements.visible_owners(conn, user_id)
    buckets = entitlements.buckets_for(conn, user_id, visible)
    page = Page()
    seen = _Sight(conn, visible, buckets)
    if visible is not entitlements.ALL:
        allowed = set(buckets)
        page.dropped = sorted(
            b
            for b in cursors_in
            if isinstance(b, str)
            and b not in allowed
            and len(b) <= 64
            and (had is None or b in had)
        )[:MAX_DROPPED]
        for bucket in page.dropped:
            after = cursors_in.get(bucket, 0)
            after = after if isinstance(after, int) and not isinstance(after, bool) else 0
            _shared_out_of_sight(conn, page, bucket, after, seen)
        _still_shared(conn, page, page.dropped, buckets)
    for bucket in buckets:
        after = cursors_in.get(bucket, 0)
        after = after if isinstance(after, int) and not isinstance(after, bool) else 0
        room = limit - page.size()
        if room <= 0:
            page.more = True
            break
        if _bucket(conn, page, bucket, after, room, seen):
            page.more = True
            break
    return page


class _Sight:
    """Whether the user may see a record where it is now: its bucket, or a share."""

    def __init__(self, conn: Connection, visible: entitlements.Visible, buckets: list[str]):
        self.visible = visible
        self._shared: set[tuple[str, str]] | None = None
        self._conn, self._buckets = conn, buckets

    def sees(self, entity: str, row_id: str, bucket: str | None) -> bool:
        if bucket is not None and entitlements.may_see(self.visible, bucket):
            return True
        if self._shared is None:
            # A share reaches the record's whole tree (``trees``): its children follow it.
            self._shared = trees.shared_keys(self._conn, self._buckets)
        return (entity, row_id) in self._shared


def _shared_out_of_sight(
    conn: Connection, page: Page, bucket: str, after: int, seen: _Sight
) -> None:
    """Removals for records shared into a bucket the user lost (owned elsewhere, so the
    client's dropping of the bucket's own rows does not reach them): those shared into it
    now, and those whose move out of it (a stopped share) came after the client's cursor,
    which the client will never read from the bucket's stream now."""
    t, r, m = trees.shared_tree([bucket]), st.records.c, st.moves.c
    shared_now = select(t.c.entity, t.c.row_id, r.bucket).select_from(
        t.join(st.records, and_(r.entity == t.c.entity, r.row_id == t.c.row_id))
    )
    moved_out = (
        select(m.entity, m.row_id, r.bucket)
        .select_from(
            st.moves.outerjoin(st.records, and_(r.entity == m.entity, r.row_id == m.row_id))
        )
        .where(m.from_bucket == bucket, m.seq > after)
    )
    done: set[tuple[str, str]] = set()
    for query in (shared_now, moved_out):
        for entity, row_id, current in conn.execute(query):
            key = (str(entity), str(row_id))
            if key in done:
                continue
            done.add(key)
            if current is None or not seen.sees(key[0], key[1], str(current)):
                page.removals.append({"e": key[0], "id": key[1], "b": bucket})


def _still_shared(conn: Connection, page: Page, dropped: list[str], buckets: list[str]) -> None:
    """Send again the records of dropped buckets that the user still sees through a share.

    The client deletes every row a dropped bucket owns, including a record shared into a
    bucket the user still has (a rep's customer shared with a colleague, when the rep leaves
    the manager's team). Its cursor for that bucket is usually past the share already, so
    without this the record would never come back. In the same page as the drop, which the
    client applies first, the record (and its tree) is put back.
    """
    if not dropped:
        return
    t, r = trees.shared_tree(buckets), st.records.c
    for entity, row_id, bucket, data, seq in conn.execute(
        select(r.entity, r.row_id, r.bucket, r.data, r.seq)
        .select_from(t.join(st.records, and_(r.entity == t.c.entity, r.row_id == t.c.row_id)))
        .where(r.bucket.in_(dropped), r.gone.is_(False))
        .order_by(r.seq)
    ):
        page.rows.append(_row_json(entity, row_id, bucket, seq, data, False))


def _bucket(conn: Connection, page: Page, bucket: str, after: int, room: int, seen: _Sight) -> bool:
    """Add one bucket's stream after ``after``; True when the page is full.

    Three streams merged by position: records owned in the bucket, records shared into it
    with their trees (position: the later of the record's seq and the share's), and moves
    out of it. Positions repeat (every record a share reaches that has not changed since
    sits at the share's seq), so a cut page ends before the position it would split, and
    the cursor never passes a record the page did not carry; a page whose first position
    alone fills it carries that position whole, over the limit.
    """
    items, full = _stream(conn, bucket, after, room)
    if full and items:
        edge = items[-1][0]
        items = [x for x in items if x[0] < edge] or _stream(conn, bucket, after, None, edge)[0]
    for _pos, is_row, x in items:
        if is_row:
            page.rows.append(_row_json(x[1], x[2], bucket, x[5], x[3], bool(x[4])))
        elif x[3] is None or not seen.sees(str(x[1]), str(x[2]), str(x[3])):
            # Seen where it is now (a manager over both reps, a share): nothing to remove.
            page.removals.append({"e": str(x[1]), "id": str(x[2]), "b": bucket})
    page.cursors[bucket] = items[-1][0] if items else after
    return full


def _stream(
    conn: Connection, bucket: str, after: int, room: int | None, upto: int | None = None
) -> tuple[list[tuple[int, bool, Any]], bool]:
    """A bucket's items after ``after`` in position order, at most ``room`` (or every one up
    to position ``upto``), and whether more may follow."""
    r, m, t = st.records.c, st.moves.c, trees.shared_tree([bucket])
    position = case((r.seq > t.c.since, r.seq), else_=t.c.since)
    rows_q = select(r.seq, r.entity, r.row_id, r.data, r.gone, r.seq).where(
        r.bucket == bucket, r.seq > after
    )
    shared_q = (
        select(position, r.entity, r.row_id, r.data, r.gone, r.seq)
        .select_from(t.join(st.records, and_(r.entity == t.c.entity, r.row_id == t.c.row_id)))
        .where(or_(r.seq > after, t.c.since > after))
    )
    moves_q = (
        select(m.seq, m.entity, m.row_id, r.bucket)
        .select_from(
            st.moves.outerjoin(st.records, and_(r.entity == m.entity, r.row_id == m.row_id))
        )
        .where(m.from_bucket == bucket, m.seq > after)
    )
    if upto is not None:
        rows_q = rows_q.where(r.seq <= upto)
        shared_q = shared_q.where(position <= upto)
        moves_q = moves_q.where(m.seq <= upto)
    rows_q, shared_q, moves_q = (
        rows_q.order_by(r.seq),
        shared_q.order_by(position),
        moves_q.order_by(m.seq),
    )
    if room is not None:
        rows_q, shared_q, moves_q = rows_q.limit(room), shared_q.limit(room), moves_q.limit(room)
    rows, shared, moves = (conn.execute(q).all() for q in (rows_q, shared_q, moves_q))
    items: list[tuple[int, bool, Any]] = [(int(x[0]), True, x) for x in (*rows, *shared)]
    items += [(int(x[0]), False, x) for x in moves]
    items.sort(key=lambda item: item[0])
    if room is None:
        return items, False
    full = len(items) > room or room in (len(rows), len(shared), len(moves))
    return items[:room], full
