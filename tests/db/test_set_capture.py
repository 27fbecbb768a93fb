"""Set-based capture writes, for any inserts, the outbox rows the capture triggers would."""

from __future__ import annotations

import json
import shutil
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3.dbapi2 as sqlcipher
from hypothesis import given, settings
from hypothesis import strategies as st

from crmdesk.db import set_capture
from crmdesk.db.capture import enable_capture
from crmdesk.db.engine import Database
from crmdesk.db.set_capture import InsertCapture, new_transaction
from crmdesk.ids import new_id
from crmdesk.vault import Vault

from .conftest import PASSPHRASE

_NOW = "2026-01-02T03:04:05+00:00"
_OWNER = "0" * 31 + "1"


def _open_copy(template: Path, folder: Path) -> Database:
    shutil.copytree(template, folder)
    return Vault(folder).unlock(PASSPHRASE)


@pytest.fixture
def db(tmp_path: Path, vault_template: Path) -> Iterator[Database]:
    database = _open_copy(vault_template, tmp_path / "first")
    yield database
    database.close()


@pytest.fixture
def second_db(tmp_path: Path, vault_template: Path) -> Iterator[Database]:
    database = _open_copy(vault_template, tmp_path / "second")
    yield database
    database.close()


def _rows() -> list[tuple[str, tuple[Any, ...]]]:
    """Inserts into several captured tables, with every kind of NULL and awkward text."""
    company, plain, person, tag = (f"{n:032x}" for n in (10, 11, 12, 13))
    return [
        (
            "INSERT INTO companies(id, name, industry, website, background, owner_id, "
            "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                company,
                'Quote "Co" \\ ltd',
                None,
                "https://q.example",
                "บริษัท 公司",
                _OWNER,
                _NOW,
                _NOW,
            ),
        ),
        (
            "INSERT INTO companies(id, name, owner_id, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?)",
            (plain, "Plain", _OWNER, _NOW, _NOW),
        ),
        (
            "INSERT INTO contacts(id, display_name, given_name, family_name, title, company_id, "
            "birthday, source, owner_id, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (person, "สมชาย 王", "สมชาย", None, "", company, None, "import", _OWNER, _NOW, _NOW),
        ),
        (
            "INSERT INTO contacts(id, display_name, owner_id, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?)",
            (f"{14:032x}", "Only A Name", _OWNER, _NOW, _NOW),
        ),
        (
            "INSERT INTO emails(id, address, contact_id, owner_id, label, position) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (f"{15:032x}", "a@example.com", person, _OWNER, None, 0),
        ),
        (
            "INSERT INTO emails(id, address, company_id, owner_id, label, position) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (f"{16:032x}", "b@example.com", company, _OWNER, "work\nline", 1),
        ),
        ("INSERT INTO tags(id, name) VALUES (?, ?)", (tag, "ลูกค้า")),
        (
            "INSERT INTO record_tags(id, tag_id, entity, entity_id, owner_id) "
            "VALUES (?, ?, ?, ?, ?)",
            (f"{17:032x}", tag, "contact", person, _OWNER),
        ),
    ]


def _write(db: Database, body: Callable[[Any], None], *, set_based: bool) -> list[tuple[Any, ...]]:
    """Run ``body`` in a write transaction, in a capture window or under the triggers."""
    enable_capture(db)
    with db.write() as session:
        conn = session.connection()
        new_transaction(conn)
        if set_based:
            with InsertCapture(conn, db.clock).window():
                body(conn)
        else:
            body(conn)
    with db.engine.connect() as conn:
        return list(
            conn.exec_driver_sql(
                "SELECT change_id, tx_id, entity, row_id, op, fields, hlc, device_id "
                "FROM outbox ORDER BY counter"
            ).all()
        )


def _insert_all(conn: Any) -> None:
    for sql, params in _rows():
        conn.exec_driver_sql(sql, params)


def _assert_ids_and_timestamps(rows: list[tuple[Any, ...]]) -> None:
    change_ids = [r[0] for r in rows]
    assert len(set(change_ids)) == len(change_ids)
    now_ms = time.time_ns() // 1_000_000
    for change_id in change_ids:
        parsed = uuid.UUID(hex=change_id)
        assert parsed.hex == change_id  # 32 lower-case hex digits, as new_id writes them
        assert parsed.version == 7 and parsed.variant == uuid.RFC_4122
        assert 0 <= now_ms - (parsed.int >> 80) < 600_000
    hlcs = [r[6] for r in rows]
    assert hlcs == sorted(hlcs) and len(set(hlcs)) == len(hlcs)


def test_window_rows_equal_the_trigger_rows_text_for_text(
    db: Database, second_db: Database
) -> None:
    by_triggers = _write(db, _insert_all, set_based=False)
    set_based = _write(second_db, _insert_all, set_based=True)
    # Same entity, row, op, device and the very same fields text (NULLs left out).
    assert [r[2:6] + r[7:] for r in set_based] == [r[2:6] + r[7:] for r in by_triggers]
    assert json.loads(set_based[0][5]) == {
        "name": 'Quote "Co" \\ ltd',
        "website": "https://q.example",
        "background": "บริษัท 公司",
        "owner_id": _OWNER,
        "created_at": _NOW,
        "updated_at": _NOW,
    }
    assert len({r[1] for r in set_based}) == 1
    _assert_ids_and_timestamps(set_based)


def test_rowid_gaps_keep_timestamps_distinct_increasing_and_before_later_changes(
    db: Database,
) -> None:
    def gappy(conn: Any) -> None:
        for rowid in (5, 6, 40, 41, 1000):
            conn.exec_driver_sql(
                "INSERT INTO tags(rowid, id, name) VALUES (?, ?, ?)", (rowid, new_id(), f"t{rowid}")
            )
        conn.exec_driver_sql(
            "INSERT INTO notes(id, entity, entity_id, body, owner_id, created_at, updated_at) "
            "VALUES (?, 'contact', ?, 'n', ?, ?, ?)",
            (new_id(), f"{1:032x}", _OWNER, _NOW, _NOW),
        )

    rows = _write(db, gappy, set_based=True)
    assert [(r[2], json.loads(r[5]).get("name")) for r in rows] == [
        ("notes", None),
        *[("tags", f"t{n}") for n in (5, 6, 40, 41, 1000)],
    ]
    _assert_ids_and_timestamps(rows)
    with db.write() as session:
        session.connection().exec_driver_sql(
            "INSERT INTO tags(id, name) VALUES (?, 'after')", (new_id(),)
        )
    later = _write(db, lambda _conn: None, set_based=False)
    assert later[-1][6] > max(r[6] for r in rows)


def test_many_rows_get_distinct_uuid7_change_ids(db: Database) -> None:
    def many(conn: Any) -> None:
        conn.exec_driver_sql(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000) "
            "INSERT INTO tags(id, name) SELECT printf('%032x', i), 'tag ' || i FROM n"
        )

    rows = _write(db, many, set_based=True)
    assert len(rows) == 3000
    _assert_ids_and_timestamps(rows)
    # Counted up in outbox order (RFC 9562 monotonic random), so the change id index is
    # appended to, not split page by page.
    change_ids = [r[0] for r in rows]
    assert change_ids == sorted(change_ids)


def test_windows_draw_their_own_random_change_ids(db: Database) -> None:
    def one_tag(conn: Any) -> None:
        conn.exec_driver_sql("INSERT INTO tags(id, name) VALUES (?, ?)", (new_id(), new_id()))

    first = _write(db, one_tag, set_based=True)
    second = _write(db, one_tag, set_based=True)
    a, b = uuid.UUID(hex=first[-1][0]).int, uuid.UUID(hex=second[-1][0]).int
    # The 74 random bits (12 after the version, 62 after the variant) differ: each window
    # draws its own, so two laptops' imports never count through the same ids.
    random_bits = ((1 << 12) - 1) << 64 | (1 << 62) - 1
    assert a & random_bits != b & random_bits
    _assert_ids_and_timestamps(second)  # the outbox holds both windows' rows


@pytest.mark.parametrize("nullable_count", [0, 1, 4, 5])
def test_fields_sql_is_the_triggers_text_for_every_null_pattern(
    db: Database, nullable_count: int
) -> None:
    columns = ["id", "name", "a", "b", "c", "d", "e"]
    nullable = columns[2 : 2 + nullable_count]
    values: dict[str, Any] = {
        "id": "x",
        "name": 'ก "quoted" \\ 中\t\x01',
        "a": 1.5,
        "b": 7,
        "c": "",
        "d": "ลูกค้า 客户",
        "e": 'line\n"two"',
    }
    select = ", ".join(f"? AS {c}" for c in columns)
    pairs = ", ".join(f"'{c}', t.{c}" for c in columns if c != "id")
    sql = (
        f"SELECT {set_capture.fields_sql(columns, nullable)}, "
        f"json_patch('{{}}', json_object({pairs})) FROM (SELECT {select}) t"
    )
    with db.engine.connect() as conn:
        for pattern in range(2 ** len(nullable)):
            row = [
                None if c in nullable and pattern >> nullable.index(c) & 1 else values[c]
                for c in columns
            ]
            ours, triggers = conn.exec_driver_sql(sql, tuple(row)).one()
            assert ours == triggers


_VALUE = st.one_of(
    st.none(),
    st.text(),
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.floats(allow_nan=False, allow_infinity=False),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_VALUE, min_size=4, max_size=4))
def test_fields_sql_is_the_triggers_text_for_any_values(values: list[Any]) -> None:
    columns = ["id", "a", "b", "c", "d"]
    pairs = ", ".join(f"'{c}', t.{c}" for c in columns if c != "id")
    select = ", ".join(f"? AS {c}" for c in columns)
    sql = (
        f"SELECT {set_capture.fields_sql(columns, columns[1:])}, "
        f"json_patch('{{}}', json_object({pairs})) FROM (SELECT {select}) t"
    )
    conn = sqlcipher.connect(":memory:")
    try:
        ours, triggers = conn.execute(sql, ("x", *values)).fetchone()
    finally:
        conn.close()
    assert ours == triggers


def test_window_statements_are_compiled_once_not_at_every_window(db: Database) -> None:
    enable_capture(db)
    outbox_compiles: list[str] = []

    def authorizer(action: int, arg1: Any, _arg2: Any, _db: Any, trigger: Any) -> int:
        # SQLite asks while it compiles a statement, not when it runs one.
        if action == sqlcipher.SQLITE_INSERT and arg1 == "outbox" and trigger is None:
            outbox_compiles.append(arg1)
        return int(sqlcipher.SQLITE_OK)

    with db.write() as session:
        conn = session.connection()
        raw = set_capture.raw_connection(conn)
        raw.set_authorizer(authorizer)
        try:
            for i in range(200):  # the driver's statement cache full of ones used once
                raw.execute(f"SELECT {i} FROM local_meta LIMIT 0").fetchall()
            capture = InsertCapture(conn, db.clock)
            for window in range(3):
                with capture.window():
                    # Statements run once a window, as an import's are.
                    conn.exec_driver_sql(
                        f"INSERT INTO tags(id, name) VALUES (?, 'w{window}')", (new_id(),)
                    )
                    conn.exec_driver_sql(
                        f"SELECT count(*) FROM tags WHERE name <> 'x{window}'"
                    ).all()
        finally:
            raw.set_authorizer(None)
    assert len(outbox_compiles) == 1
