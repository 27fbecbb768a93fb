"""The deep check: its per-table plan covers the whole schema, and damage anywhere is refused.

A page of a chosen table or index is damaged through its root page (from
``sqlite_schema``), in the database being backed up and in a backup file that
is then re-sealed (so its checksum and MAC pass and only the database check can
see the damage): backup, verify and restore must each refuse it.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

import pytest

from crmdesk.backup.archive import BackupFileError, read_header, seal
from crmdesk.backup.create import write_backup
from crmdesk.backup.deep_check import SCHEMA, check_plan, deep_check
from crmdesk.backup.restore import restore_backup
from crmdesk.backup.snapshot import CRM_TABLES, SnapshotFacts, SnapshotFailed, facts, open_keyed
from crmdesk.backup.verify import verify_backup
from crmdesk.errors import CrmError
from crmdesk.vault import Vault

from .conftest import at

#: Which page to damage: the schema page, the first and the last table, an index.
TARGETS = ("schema", "first table", "last table", "index")


def schema_rows(path: Path, raw_key: bytes) -> list[tuple[str, str, str, int]]:
    """(type, name, table, root page) of every b-tree, lowest root page first."""
    conn = open_keyed(path, raw_key, read_only=True)
    try:
        rows = conn.execute(
            "SELECT type, name, tbl_name, rootpage FROM sqlite_schema "
            "WHERE rootpage > 0 ORDER BY rootpage"
        ).fetchall()
    finally:
        conn.close()
    return [(str(k), str(n), str(t), int(r)) for k, n, t, r in rows]


def page_of(path: Path, raw_key: bytes, target: str) -> int:
    """The root page of the target; tables and indexes the backup does not count, where it can.

    Counting records reads the record tables, so damage there is already found
    while the snapshot is taken; the others are read by the deep check alone.
    """
    rows = schema_rows(path, raw_key)
    uncounted = [r for r in rows if r[2] not in CRM_TABLES and r[2] != "alembic_version"]
    if target == "schema":
        return 1
    if target == "first table":
        return next(r[3] for r in rows if r[0] == "table")
    if target == "last table":
        return [r[3] for r in uncounted if r[0] == "table"][-1]
    return [r[3] for r in uncounted if r[0] == "index"][-1]


def damage(data: bytearray, page: int, page_size: int = 4096) -> None:
    """Flip 16 bytes in the middle of ``page`` (1-based)."""
    start = (page - 1) * page_size + page_size // 2
    for i in range(start, start + 16):
        data[i] ^= 0xFF


def damage_file(path: Path, page: int) -> None:
    data = bytearray(path.read_bytes())
    damage(data, page)
    path.write_bytes(bytes(data))


def backup_of(vault: Vault, raw_key: bytes) -> Path:
    return write_backup(
        vault.db_path, raw_key, vault.backup_dir, at(22), wrapped_key=vault.key_path.read_text()
    ).path


def resealed_with_damage(backup: Path, raw_key: bytes, page: int) -> Path:
    """A copy of ``backup`` whose database page is damaged, with a valid checksum and MAC."""
    header = read_header(backup)
    body = bytearray(backup.read_bytes()[: header.body_size])
    damage(body, page)
    forged = backup.with_name("crmdesk-2026-11-23.crmbak")
    forged.write_bytes(bytes(body))
    seal(forged, header, raw_key)
    return forged


def test_plan_covers_every_table_and_index_in_sqlite_schema(vault: Vault, raw_key: bytes) -> None:
    conn = open_keyed(vault.db_path, raw_key, read_only=True)
    try:
        plan = {task.table for task in check_plan(conn)}
        objects = conn.execute("SELECT type, name, tbl_name FROM sqlite_schema").fetchall()
    finally:
        conn.close()
    tables = {name for kind, name, _ in objects if kind == "table"}
    indexes = {(name, table) for kind, name, table in objects if kind == "index"}
    assert "search_fts" in tables  # virtual tables are listed (their module checks itself)
    assert indexes  # and the schema has indexes, checked with their table
    assert plan == tables | {SCHEMA}
    assert all(table in plan for _, table in indexes)


def test_deep_check_passes_a_sound_copy_with_any_number_of_connections(
    vault: Vault, raw_key: bytes
) -> None:
    conn = open_keyed(vault.db_path, raw_key, read_only=True)
    try:
        seen = facts(conn)
    finally:
        conn.close()
    for workers in (1, 2, 5):
        deep_check(vault.db_path, raw_key, seen, workers=workers)
    wrong = SnapshotFacts({**seen.counts, "contacts": 61}, seen.schema_revision)
    with pytest.raises(SnapshotFailed, match="expected number of records"):
        deep_check(vault.db_path, raw_key, wrong, workers=2)


def test_damaged_free_list_page_is_found(tmp_path: Path) -> None:
    """Only the schema's own check reads the free list: the plan must include it."""
    raw_key = os.urandom(32)
    path = tmp_path / "free.db"
    conn = open_keyed(path, raw_key)
    try:
        conn.execute("CREATE TABLE kept (x TEXT NOT NULL)")
        conn.execute("CREATE INDEX kept_x ON kept (x)")
        conn.executemany("INSERT INTO kept VALUES (?)", [(f"row {i}",) for i in range(50)])
        conn.execute("CREATE TABLE dropped (x)")
        freed = int(
            conn.execute("SELECT rootpage FROM sqlite_schema WHERE name = 'dropped'").fetchone()[0]
        )
        conn.execute("CREATE TABLE after (x)")  # the freed page is not the file's last
        conn.execute("DROP TABLE dropped")
        assert conn.execute("PRAGMA freelist_count").fetchone()[0] == 1  # the trunk page
    finally:
        conn.close()
    expected = SnapshotFacts({"kept": 50}, None)
    deep_check(path, raw_key, expected)
    damage_file(path, freed)
    with pytest.raises(SnapshotFailed):
        deep_check(path, raw_key, expected)


@pytest.mark.parametrize("target", TARGETS)
def test_backup_refuses_a_database_with_a_damaged_page(
    vault: Vault, raw_key: bytes, target: str
) -> None:
    damage_file(vault.db_path, page_of(vault.db_path, raw_key, target))
    with pytest.raises(CrmError, match=r"damaged|integrity"):
        backup_of(vault, raw_key)
    assert list(vault.backup_dir.glob("*.crmbak")) == []


@pytest.mark.parametrize("target", TARGETS)
def test_verify_and_restore_refuse_a_resealed_backup_with_a_damaged_page(
    vault: Vault, raw_key: bytes, tmp_path: Path, target: str
) -> None:
    good = backup_of(vault, raw_key)
    assert verify_backup(good, raw_key).deep
    forged = resealed_with_damage(good, raw_key, page_of(vault.db_path, raw_key, target))
    assert not verify_backup(forged).deep  # checksum alone: it looks sound
    with pytest.raises(BackupFileError, match="is damaged"):
        verify_backup(forged, raw_key)
    elsewhere = Vault(tmp_path / "new")
    with pytest.raises(BackupFileError, match="is damaged"):
        restore_backup(forged, elsewhere, raw_key, datetime.now(UTC))
    assert not elsewhere.db_path.exists()
    assert sorted(p.name for p in elsewhere.data_dir.iterdir()) == ["crmdesk.db.lock"]


def test_deep_check_names_the_file_as_told_when_it_cannot_open_it(
    vault: Vault, raw_key: bytes, tmp_path: Path
) -> None:
    copy = tmp_path / ".crmdesk-2026-11-22.crmbak.tmp-0000.partial"
    copy.write_bytes(vault.db_path.read_bytes())
    damage_file(copy, 1)
    with pytest.raises(SnapshotFailed, match=r"^The copy of crmdesk\.db cannot be opened"):
        deep_check(copy, raw_key, SnapshotFacts({}, None), name="The copy of crmdesk.db")
