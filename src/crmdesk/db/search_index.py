"""The search index: one folded document per contact, company and opportunity.

Triggers on every table that feeds a document mark it dirty in ``search_dirty``
(for every write path, sync included). ``refresh`` rebuilds the dirty documents
with set-based SQL; the session runs it before each commit, and search runs it
before each query, so the index is never stale when read.

``search_docs.body`` and ``name_key`` are indexed by FTS5 trigram tables for queries
of three or more characters; shorter queries use a third trigram table over the
padded ``keys`` column (see ``SHORT_DDL``).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from crmdesk.text import digits, fold

# Every index table stores only which documents hold a trigram (detail=none) and no
# token counts (columnsize=0): nothing reads positions or ranks, and positions were
# most of the index (about 860 bytes a contact, most of an import's index writing).
# A query ANDs the trigrams of its text and checks the candidates with instr(), which
# is what a trigram phrase match did (see ``match_expression``).
_LEAN = "tokenize='trigram', detail=none, columnsize=0"

#: The whole document, for queries of three or more characters.
FTS_DDL = (
    "CREATE VIRTUAL TABLE search_fts USING fts5("
    f"body, content='search_docs', content_rowid='docid', {_LEAN})"
)
#: The name alone, for the name tier of queries of three or more characters.
NAMES_DDL = (
    "CREATE VIRTUAL TABLE search_names USING fts5("
    f"name_key, content='search_docs', content_rowid='docid', {_LEAN})"
)

FTS_SYNC_TRIGGERS = (
    "CREATE TRIGGER search_docs_ai AFTER INSERT ON search_docs BEGIN "
    "INSERT INTO search_fts(rowid, body) VALUES (new.docid, new.body); "
    "INSERT INTO search_names(rowid, name_key) VALUES (new.docid, new.name_key); END",
    "CREATE TRIGGER search_docs_ad AFTER DELETE ON search_docs BEGIN "
    "INSERT INTO search_fts(search_fts, rowid, body) VALUES ('delete', old.docid, old.body); "
    "INSERT INTO search_names(search_names, rowid, name_key) "
    "VALUES ('delete', old.docid, old.name_key); END",
    "CREATE TRIGGER search_docs_au_body AFTER UPDATE OF docid, body ON search_docs "
    "WHEN old.docid IS NOT new.docid OR old.body IS NOT new.body BEGIN "
    "INSERT INTO search_fts(search_fts, rowid, body) VALUES ('delete', old.docid, old.body); "
    "INSERT INTO search_fts(rowid, body) VALUES (new.docid, new.body); END",
    "CREATE TRIGGER search_docs_au_name AFTER UPDATE OF docid, name_key ON search_docs "
    "WHEN old.docid IS NOT new.docid OR old.name_key IS NOT new.name_key BEGIN "
    "INSERT INTO search_names(search_names, rowid, name_key) "
    "VALUES ('delete', old.docid, old.name_key); "
    "INSERT INTO search_names(rowid, name_key) VALUES (new.docid, new.name_key); END",
)
FTS_FILL = (
    "INSERT INTO search_fts(search_fts) VALUES ('rebuild')",
    "INSERT INTO search_names(search_names) VALUES ('rebuild')",
)


# Short queries (one or two characters) cannot use the trigram index on ``body``. This
# third table indexes ``keys`` followed by two spaces, so every character of ``keys``
# starts at least one trigram: a short query is then the OR of the indexed trigrams
# that begin with it (found in ``search_short_terms``), with no scan. It is contentless:
# a document's entry is deleted by giving back the text it indexed.
SHORT_PAD = "  "
SHORT_DDL = (
    f"CREATE VIRTUAL TABLE search_short USING fts5(keys, content='', {_LEAN})",
    "CREATE VIRTUAL TABLE search_short_terms USING fts5vocab(search_short, row)",
)
SHORT_SYNC_TRIGGERS = (
    "CREATE TRIGGER search_docs_short_ai AFTER INSERT ON search_docs BEGIN "
    f"INSERT INTO search_short(rowid, keys) VALUES (new.docid, new.keys || '{SHORT_PAD}'); END",
    "CREATE TRIGGER search_docs_short_ad AFTER DELETE ON search_docs BEGIN "
    "INSERT INTO search_short(search_short, rowid, keys) "
    f"VALUES ('delete', old.docid, old.keys || '{SHORT_PAD}'); END",
    "CREATE TRIGGER search_docs_short_au AFTER UPDATE OF docid, keys ON search_docs "
    "WHEN old.docid IS NOT new.docid OR old.keys IS NOT new.keys BEGIN "
    "INSERT INTO search_short(search_short, rowid, keys) "
    f"VALUES ('delete', old.docid, old.keys || '{SHORT_PAD}'); "
    f"INSERT INTO search_short(rowid, keys) VALUES (new.docid, new.keys || '{SHORT_PAD}'); END",
)
SHORT_FILL = (
    f"INSERT INTO search_short(rowid, keys) SELECT docid, keys || '{SHORT_PAD}' FROM search_docs"
)


def match_expression(text: str) -> str:
    """An FTS5 query for the documents whose indexed text may contain ``text`` (3+ chars).

    The AND of its trigrams: every document that contains ``text`` matches, and the
    few that hold the trigrams apart are dropped by the caller's ``instr`` check.
    """
    grams = dict.fromkeys(text[i : i + 3] for i in range(len(text) - 2))
    return " AND ".join('"' + g.replace('"', '""') + '"' for g in grams)


def _mark(entity: str, id_sql: str) -> str:
    # NOT EXISTS as well as OR IGNORE: a foreign key action (deleting a company sets its
    # contacts' and deals' company_id to NULL) runs these triggers under the outer
    # statement's conflict rule, which overrides OR IGNORE; both update triggers then
    # marked the same record and the delete failed on search_dirty's key.
    return (
        f"INSERT OR IGNORE INTO search_dirty(entity, entity_id) SELECT '{entity}', {id_sql} "
        f"WHERE NOT EXISTS (SELECT 1 FROM search_dirty WHERE entity = '{entity}' "
        f"AND entity_id = {id_sql});"
    )


def _party_mark(ref: str) -> str:
    return (
        f"INSERT OR IGNORE INTO search_dirty(entity, entity_id) "
        f"SELECT 'contact', {ref}.contact_id WHERE {ref}.contact_id IS NOT NULL; "
        f"INSERT OR IGNORE INTO search_dirty(entity, entity_id) "
        f"SELECT 'company', {ref}.company_id WHERE {ref}.company_id IS NOT NULL;"
    )


def _entity_mark(ref: str) -> str:
    return (
        "INSERT OR IGNORE INTO search_dirty(entity, entity_id) "
        f"SELECT {ref}.entity, {ref}.entity_id;"
    )


def _three(table: str, body_for: dict[str, str]) -> list[str]:
    out = []
    for event, ref in (("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")):
        body = body_for[ref]
        out.append(
            f"CREATE TRIGGER trg_{table}_search_{event[:3].lower()} AFTER {event} ON {table} "
            f"BEGIN {body} END"
        )
        if event == "UPDATE":
            out.append(
                f"CREATE TRIGGER trg_{table}_search_upd_old AFTER UPDATE ON {table} "
                f"BEGIN {body_for['OLD']} END"
            )
    return out


def dirty_trigger_ddl() -> list[str]:
    """Triggers that mark the documents a change affects as dirty."""
    ddl: list[str] = []
    ddl += _three("contacts", {r: _mark("contact", f"{r}.id") for r in ("NEW", "OLD")})
    ddl += _three(
        "companies",
        {
            r: _mark("company", f"{r}.id")
            + " INSERT OR IGNORE INTO search_dirty(entity, entity_id) "
            f"SELECT 'contact', id FROM contacts WHERE company_id = {r}.id;"
            for r in ("NEW", "OLD")
        },
    )
    ddl += _three("opportunities", {r: _mark("opportunity", f"{r}.id") for r in ("NEW", "OLD")})
    for table in ("emails", "phones", "addresses"):
        ddl += _three(table, {r: _party_mark(r) for r in ("NEW", "OLD")})
    ddl += _three("notes", {r: _entity_mark(r) for r in ("NEW", "OLD")})
    ddl += _three("record_tags", {r: _entity_mark(r) for r in ("NEW", "OLD")})
    ddl += _three(
        "tags",
        {
            r: "INSERT OR IGNORE INTO search_dirty(entity, entity_id) "
            f"SELECT entity, entity_id FROM record_tags WHERE tag_id = {r}.id;"
            for r in ("NEW", "OLD")
        },
    )
    ddl += _three(
        "custom_values",
        {
            r: "INSERT OR IGNORE INTO search_dirty(entity, entity_id) "
            f"SELECT f.entity, {r}.entity_id FROM custom_fields f WHERE f.id = {r}.field_id;"
            for r in ("NEW", "OLD")
        },
    )
    return ddl


def _tags_sql(entity_table: str, ref: str) -> str:
    return (
        "(SELECT group_concat(t.name, ' ') FROM record_tags rt JOIN tags t ON t.id = rt.tag_id "
        f"WHERE rt.entity = '{entity_table}' AND rt.entity_id = {ref}.id AND t.deleted_at IS NULL)"
    )


def _notes_sql(entity_table: str, ref: str) -> str:
    return (
        "(SELECT group_concat(n.body, ' ') FROM notes n WHERE n.entity = "
        f"'{entity_table}' AND n.entity_id = {ref}.id AND n.deleted_at IS NULL)"
    )


def _custom_sql(ref: str) -> str:
    return (
        "(SELECT group_concat(cv.value, ' ') FROM custom_values cv JOIN custom_fields f "
        "ON f.id = cv.field_id AND f.field_type IN ('text', 'choice') AND f.deleted_at IS NULL "
        f"WHERE cv.entity_id = {ref}.id)"
    )


def _party_sql(col: str, ref: str) -> tuple[str, str, str]:
    emails = f"(SELECT group_concat(e.address, ' ') FROM emails e WHERE e.{col} = {ref}.id)"
    phones = (
        "(SELECT group_concat(concat_ws(' ', crm_digits(p.e164), crm_digits(p.number)), ' ') "
        f"FROM phones p WHERE p.{col} = {ref}.id)"
    )
    places = (
        "(SELECT group_concat(concat_ws(' ', a.city, a.region, a.postal_code, a.country), ' ') "
        f"FROM addresses a WHERE a.{col} = {ref}.id)"
    )
    return emails, phones, places


_UPSERT = (
    "INSERT INTO search_docs(entity, entity_id, title, subtitle, name_key, keys, body) {select} "
    "ON CONFLICT(entity, entity_id) DO UPDATE SET title = excluded.title, "
    "subtitle = excluded.subtitle, name_key = excluded.name_key, keys = excluded.keys, "
    "body = excluded.body "
    "WHERE search_docs.body IS NOT excluded.body OR search_docs.keys IS NOT excluded.keys "
    "OR search_docs.title IS NOT excluded.title OR search_docs.subtitle IS NOT excluded.subtitle"
)


def _contact_select() -> str:
    emails, phones, places = _party_sql("contact_id", "c")
    tags = _tags_sql("contact", "c")
    return (
        "SELECT 'contact', c.id, c.display_name, co.name, crm_fold(c.display_name), "
        f"crm_fold(concat_ws(' ', c.display_name, c.given_name, c.family_name, co.name, {tags}, "
        "(SELECT group_concat(a.city, ' ') FROM addresses a WHERE a.contact_id = c.id))), "
        f"crm_fold(concat_ws(' ', c.display_name, c.given_name, c.family_name, c.title, co.name, "
        f"{emails}, {phones}, {places}, {tags}, {_notes_sql('contact', 'c')}, {_custom_sql('c')})) "
        "FROM contacts c LEFT JOIN companies co ON co.id = c.company_id AND co.deleted_at IS NULL "
        "WHERE c.deleted_at IS NULL AND c.id IN "
        "(SELECT entity_id FROM search_dirty WHERE entity = 'contact') AND 1"
    )


def _company_select() -> str:
    emails, phones, places = _party_sql("company_id", "co")
    tags = _tags_sql("company", "co")
    return (
        "SELECT 'company', co.id, co.name, co.industry, crm_fold(co.name), "
        f"crm_fold(concat_ws(' ', co.name, {tags}, "
        "(SELECT group_concat(a.city, ' ') FROM addresses a WHERE a.company_id = co.id))), "
        f"crm_fold(concat_ws(' ', co.name, co.industry, co.website, {emails}, {phones}, "
        f"{places}, {tags}, {_notes_sql('company', 'co')}, {_custom_sql('co')})) "
        "FROM companies co WHERE co.deleted_at IS NULL AND co.id IN "
        "(SELECT entity_id FROM search_dirty WHERE entity = 'company') AND 1"
    )


def _opportunity_select() -> str:
    tags = _tags_sql("opportunity", "o")
    return (
        "SELECT 'opportunity', o.id, o.name, co.name, crm_fold(o.name), "
        f"crm_fold(concat_ws(' ', o.name, co.name, {tags})), "
        f"crm_fold(concat_ws(' ', o.name, co.name, c.display_name, {tags}, "
        f"{_notes_sql('opportunity', 'o')}, {_custom_sql('o')})) "
        "FROM opportunities o LEFT JOIN companies co ON co.id = o.company_id "
        "AND co.deleted_at IS NULL "
        "LEFT JOIN contacts c ON c.id = o.contact_id AND c.deleted_at IS NULL "
        "WHERE o.deleted_at IS NULL AND o.id IN "
        "(SELECT entity_id FROM search_dirty WHERE entity = 'opportunity') AND 1"
    )


#: A deal's document shows its contact's and company's names, which the triggers
#: mark only on the contact and company: rebuild those deals too.
_DEALS_OF_DIRTY = (
    "INSERT OR IGNORE INTO search_dirty(entity, entity_id) "
    "SELECT 'opportunity', o.id FROM search_dirty d JOIN opportunities o "
    "ON o.contact_id = d.entity_id WHERE d.entity = 'contact' "
    "UNION SELECT 'opportunity', o.id FROM search_dirty d JOIN opportunities o "
    "ON o.company_id = d.entity_id WHERE d.entity = 'company'"
)

_REFRESH: tuple[str, ...] = (
    _DEALS_OF_DIRTY,
    _UPSERT.format(select=_contact_select()),
    _UPSERT.format(select=_company_select()),
    _UPSERT.format(select=_opportunity_select()),
    # Documents whose record is gone or tombstoned.
    # CROSS JOIN keeps search_dirty as the outer loop: the planner otherwise scanned every
    # document (and probed three tables for each) on every commit.
    "DELETE FROM search_docs WHERE docid IN (SELECT d.docid FROM search_dirty s CROSS JOIN "
    "search_docs d ON s.entity = d.entity AND s.entity_id = d.entity_id "
    "WHERE NOT EXISTS (SELECT 1 FROM contacts c WHERE d.entity = 'contact' AND c.id = d.entity_id "
    "AND c.deleted_at IS NULL) "
    "AND NOT EXISTS (SELECT 1 FROM companies c WHERE d.entity = 'company' AND c.id = d.entity_id "
    "AND c.deleted_at IS NULL) "
    "AND NOT EXISTS (SELECT 1 FROM opportunities o WHERE d.entity = 'opportunity' "
    "AND o.id = d.entity_id AND o.deleted_at IS NULL))",
    "DELETE FROM search_dirty",
)


@dataclass(frozen=True, slots=True)
class NewContactDocument:
    """The stored values of a new contact that has no custom values: all its document needs.

    ``phones`` holds ``(e164, number)`` pairs, ``addresses`` ``(city, region,
    postal_code, country)``; every list in saved order, the tag names as stored.
    """

    contact_id: str
    display_name: str
    given_name: str | None
    family_name: str | None
    title: str | None
    company_name: str | None
    emails: Sequence[str]
    phones: Sequence[tuple[str | None, str]]
    addresses: Sequence[tuple[str | None, str | None, str | None, str | None]]
    tags: Sequence[str]
    notes: Sequence[str]


class _SharedFolds(dict[str | None, str]):
    """``fold`` of the values many contacts share (family names, titles, companies,
    cities, tags, notes), so an import folds each once: ``folds[text]``.

    Emptied when full, so a file whose values all differ holds no more than that.
    """

    def __missing__(self, text: str | None) -> str:
        if len(self) >= 8192:
            self.clear()
        folded = self[text] = fold(text)
        return folded


_shared_folds = _SharedFolds()


def contact_document(c: NewContactDocument) -> tuple[str, str, str, str | None, str, str, str]:
    """The ``search_docs`` row ``refresh`` builds for this contact, from values in hand.

    The same expressions as ``_contact_select`` (concat_ws, group_concat in saved order,
    crm_digits, crm_fold), so a bulk insert (an import) can write its documents with
    one executemany instead of the correlated subqueries; a test checks a rebuild
    leaves such documents unchanged.

    ``fold`` of values joined by spaces is their folds joined by spaces, the empty
    ones left out (a space ends every normalisation step's reach, and folding
    collapses runs of spaces), so each value is folded once, not once for each of
    the three columns it appears in; a test checks this against folding the joined
    text.
    """
    shared = _shared_folds
    name = fold(c.display_name)
    given = fold(c.given_name)
    family = shared[c.family_name]
    company = shared[c.company_name]
    tags = [shared[t] for t in c.tags]
    keys = [name, given, family, company, *tags]
    body = [name, given, family, shared[c.title], company]
    body += [fold(e) for e in c.emails]
    for e164, number in c.phones:
        if e164 is not None:
            body.append(digits(e164))
        body.append(digits(number))
    for address in c.addresses:
        if address[0] is not None:
            keys.append(shared[address[0]])
        body += [shared[p] for p in address if p is not None]
    body += tags
    body += [shared[n] for n in c.notes]
    return (
        "contact",
        c.contact_id,
        c.display_name,
        c.company_name,
        name,
        " ".join([k for k in keys if k]),
        " ".join([b for b in body if b]),
    )


def insert_new_contact_documents(conn: Any, docs: Sequence[tuple[Any, ...]]) -> None:
    """Insert documents of new contacts (``contact_document`` rows); they are no longer dirty."""
    if not docs:
        return
    # One statement for all: FTS5 writes its pending terms out at every statement
    # (savepoint) that changes it, so an executemany cost twice the whole refresh.
    conn.exec_driver_sql(
        "INSERT INTO search_docs(entity, entity_id, title, subtitle, name_key, keys, body) "
        "SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4, value ->> 5, "
        "value ->> 6 FROM jsonb_each(?) ORDER BY key",  # as bulk.insert_json
        (json.dumps(docs, ensure_ascii=False),),
    )
    conn.exec_driver_sql(
        "DELETE FROM search_dirty WHERE entity = 'contact' "
        "AND entity_id IN (SELECT value FROM json_each(?))",
        (json.dumps([d[1] for d in docs]),),
    )


def has_dirty(conn: Any) -> bool:
    """True when some document waits to be rebuilt (``conn``: SQLAlchemy Connection)."""
    return conn.exec_driver_sql("SELECT 1 FROM search_dirty LIMIT 1").first() is not None


def refresh(conn: Any) -> None:
    """Rebuild every dirty document, inside the caller's transaction."""
    if not has_dirty(conn):
        return
    for statement in _REFRESH:
        conn.exec_driver_sql(statement)


def rebuild_all(conn: Any) -> None:
    """Mark every record dirty and rebuild the whole index."""
    conn.exec_driver_sql(
        "INSERT OR IGNORE INTO search_dirty SELECT 'contact', id FROM contacts "
        "UNION ALL SELECT 'company', id FROM companies "
        "UNION ALL SELECT 'opportunity', id FROM opportunities"
    )
    refresh(conn)
