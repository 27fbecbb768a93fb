"""Lean search index: trigram tables that store only which documents hold a trigram.

The body and name index (``search_fts``, both columns with positions) and the short-query
table become three FTS5 tables with ``detail=none`` and ``columnsize=0``: ``search_fts``
(body), ``search_names`` (name_key) and ``search_short`` (padded keys, now deleted by
giving back its text). Queries AND the trigrams of their text and check the candidates
with ``instr``, which finds the same documents the phrase queries did; the index is about
a quarter of its old size, and writing a document costs about half as much.

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-24 04:30:00
"""

from __future__ import annotations

from alembic import op

from crmdesk.db.search_index import (
    FTS_DDL,
    FTS_FILL,
    FTS_SYNC_TRIGGERS,
    NAMES_DDL,
    SHORT_DDL,
    SHORT_FILL,
    SHORT_SYNC_TRIGGERS,
)

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

_OLD_FTS = (
    "CREATE VIRTUAL TABLE search_fts USING fts5("
    "name_key, body, content='search_docs', content_rowid='docid', tokenize='trigram')",
    "CREATE TRIGGER search_docs_ai AFTER INSERT ON search_docs BEGIN "
    "INSERT INTO search_fts(rowid, name_key, body) VALUES (new.docid, new.name_key, new.body); END",
    "CREATE TRIGGER search_docs_ad AFTER DELETE ON search_docs BEGIN "
    "INSERT INTO search_fts(search_fts, rowid, name_key, body) "
    "VALUES ('delete', old.docid, old.name_key, old.body); END",
    "CREATE TRIGGER search_docs_au AFTER UPDATE ON search_docs BEGIN "
    "INSERT INTO search_fts(search_fts, rowid, name_key, body) "
    "VALUES ('delete', old.docid, old.name_key, old.body); "
    "INSERT INTO search_fts(rowid, name_key, body) VALUES (new.docid, new.name_key, new.body); END",
    "INSERT INTO search_fts(search_fts) VALUES ('rebuild')",
)
_OLD_SHORT = (
    "CREATE VIRTUAL TABLE search_short USING fts5("
    "keys, content='', contentless_delete=1, tokenize='trigram')",
    "CREATE VIRTUAL TABLE search_short_terms USING fts5vocab(search_short, row)",
    "CREATE TRIGGER search_docs_short_ai AFTER INSERT ON search_docs BEGIN "
    "INSERT INTO search_short(rowid, keys) VALUES (new.docid, new.keys || '  '); END",
    "CREATE TRIGGER search_docs_short_ad AFTER DELETE ON search_docs BEGIN "
    "DELETE FROM search_short WHERE rowid = old.docid; END",
    "CREATE TRIGGER search_docs_short_au AFTER UPDATE OF keys ON search_docs "
    "WHEN old.keys IS NOT new.keys BEGIN "
    "DELETE FROM search_short WHERE rowid = old.docid; "
    "INSERT INTO search_short(rowid, keys) VALUES (new.docid, new.keys || '  '); END",
    "INSERT INTO search_short(rowid, keys) SELECT docid, keys || '  ' FROM search_docs",
)


def _drop_index_tables() -> None:
    bind = op.get_bind()
    for (name,) in bind.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'search_docs_%'"
    ).fetchall():
        bind.exec_driver_sql(f"DROP TRIGGER {name}")
    for table in ("search_short_terms", "search_short", "search_names", "search_fts"):
        bind.exec_driver_sql(f"DROP TABLE IF EXISTS {table}")


def upgrade() -> None:
    _drop_index_tables()
    bind = op.get_bind()
    for sql in (FTS_DDL, NAMES_DDL, *SHORT_DDL, *FTS_SYNC_TRIGGERS, *SHORT_SYNC_TRIGGERS):
        bind.exec_driver_sql(sql)
    for sql in (*FTS_FILL, SHORT_FILL):
        bind.exec_driver_sql(sql)


def downgrade() -> None:
    _drop_index_tables()
    bind = op.get_bind()
    for sql in (*_OLD_FTS, *_OLD_SHORT):
        bind.exec_driver_sql(sql)
