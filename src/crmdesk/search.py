"""Instant search across contacts, companies and opportunities, ranked for a lookup bar.

Ranking tiers: exact name, name prefix, name contains, anything else. Queries of
three or more characters use the FTS5 trigram indexes of the names and the whole
documents (candidates holding every trigram, checked with ``instr``); shorter ones use the name
index for prefixes, and for the rest the trigram table over the padded ``keys``
(every trigram that starts with the query), or a scan when the query is so
common that a scan meets enough hits at once. Phone-like queries also
match the digits of stored numbers in national and international form.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from crmdesk import local_settings, phones
from crmdesk.db import search_index
from crmdesk.text import fold, looks_like_phone

_MAX_CHAR = "\U0010ffff"
# Past these, a short query matches so many records that the plain scans stop early.
_SHORT_MAX_TERMS = 64
_SHORT_MAX_DOCS = 2000


@dataclass(frozen=True)
class SearchHit:
    """One result: which record, what to show, and its tier (0 is best)."""

    entity: str
    id: str
    title: str
    subtitle: str | None
    tier: int


def _fts_phrase(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def search(session: Session, query: str, limit: int = 50) -> list[SearchHit]:
    """Records matching ``query``, best first."""
    q = fold(query)
    if not q or limit <= 0:
        return []
    conn = session.connection()
    if search_index.has_dirty(conn):
        search_index.refresh(conn)
    hits: dict[int, SearchHit] = {}

    def take(sql: str, params: tuple[Any, ...], tier: int | None) -> None:
        need = limit - len(hits)
        if need <= 0:
            return
        rows = conn.exec_driver_sql(sql + " LIMIT ?", (*params, need + len(hits))).fetchall()
        for docid, entity, eid, title, subtitle, name_key in rows:
            if docid in hits or len(hits) >= limit:
                continue
            rank = tier if tier is not None else _tier(name_key, q)
            hits[docid] = SearchHit(entity, eid, title, subtitle, rank)

    cols = "SELECT docid, entity, entity_id, title, subtitle, name_key FROM search_docs"
    take(f"{cols} WHERE name_key = ? ORDER BY docid", (q,), 0)
    take(f"{cols} WHERE name_key > ? AND name_key < ? ORDER BY name_key", (q, q + _MAX_CHAR), 1)
    if len(q) >= 3:
        doc_cols = "SELECT d.docid, d.entity, d.entity_id, d.title, d.subtitle, d.name_key"
        in_names = (
            f"{doc_cols} FROM search_names f JOIN search_docs d ON d.docid = f.rowid "
            "WHERE search_names MATCH ? AND instr(d.name_key, ?) > 0"
        )
        in_body = (
            f"{doc_cols} FROM search_fts f JOIN search_docs d ON d.docid = f.rowid "
            "WHERE search_fts MATCH ? AND instr(d.body, ?) > 0"
        )
        take(in_names, (search_index.match_expression(q), q), 2)
        if looks_like_phone(query):
            region = local_settings.default_region(session)
            for form in phones.query_forms(query, region):
                if len(form) >= 3:
                    take(in_body, (search_index.match_expression(form), form), 3)
        take(in_body, (search_index.match_expression(q), q), 3)
    else:
        terms = _short_terms(conn, q)
        if terms is None:
            # A common query: the scans meet enough hits at once. Selecting only docid
            # lets SQLite scan the narrow name_key index, not the documents.
            names = "SELECT docid FROM search_docs WHERE instr(name_key, ?) > 0 LIMIT ?"
            take(f"{cols} WHERE docid IN ({names})", (q, limit + len(hits)), 2)
            take(f"{cols} WHERE instr(keys, ?) > 0", (q,), 3)
        elif terms:
            short = (
                "SELECT d.docid, d.entity, d.entity_id, d.title, d.subtitle, d.name_key "
                "FROM search_short s JOIN search_docs d ON d.docid = s.rowid "
                "WHERE search_short MATCH ?"
            )
            expr = " OR ".join(_fts_phrase(t) for t in terms)
            take(f"{short} AND instr(d.name_key, ?) > 0", (expr, q), 2)
            take(short, (expr,), 3)
    return sorted(hits.values(), key=lambda h: (h.tier, fold(h.title), h.entity, h.id))


def _short_terms(conn: Any, q: str) -> list[str] | None:
    """The indexed trigrams of the padded keys that start with ``q`` (1-2 characters).

    A document's keys contain ``q`` exactly when one of these trigrams is in its
    ``search_short`` entry. None when ``q`` is so common that scanning is quicker.
    """
    rows = conn.exec_driver_sql(
        "SELECT term, doc FROM search_short_terms WHERE term >= ? AND term < ? LIMIT ?",
        (q, q + _MAX_CHAR, _SHORT_MAX_TERMS + 1),
    ).fetchall()
    if len(rows) > _SHORT_MAX_TERMS or sum(n for _, n in rows) > _SHORT_MAX_DOCS:
        return None
    return [term for term, _ in rows]


def _tier(name_key: str, q: str) -> int:
    if name_key == q:
        return 0
    if name_key.startswith(q):
        return 1
    return 2 if q in name_key else 3
