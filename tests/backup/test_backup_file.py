"""Writing a backup file: encrypted, self-describing, one per day, replaced atomically."""

from __future__ import annotations

from pathlib import Path

import pytest

from crmdesk.backup.archive import BackupFileError, check_archive, read_header, seal
from crmdesk.backup.catalog import list_backups
from crmdesk.backup.create import write_backup
from crmdesk.backup.restore import restore_backup
from crmdesk.backup.verify import verify_backup
from crmdesk.db.engine import Database
from crmdesk.vault import Vault

from .conftest import PASSPHRASE, at, fill


def backup(vault: Vault, raw_key: bytes, day: int, hour: int = 12) -> Path:
    return write_backup(
        vault.db_path,
        raw_key,
        vault.backup_dir,
        at(day, hour),
        wrapped_key=vault.key_path.read_text(),
    ).path


def test_backup_is_named_by_day_and_verifies_with_counts(
    vault: Vault, db: Database, raw_key: bytes
) -> None:
    path = backup(vault, raw_key, 22)
    assert path.name == "crmdesk-2026-11-22.crmbak"
    result = verify_backup(path, raw_key)
    assert result.deep
    assert result.info.header.counts["contacts"] == 60
    assert result.info.header.counts["notes"] == 60
    assert result.info.header.schema_revision is not None


def test_backup_file_reveals_no_plaintext(vault: Vault, db: Database, raw_key: bytes) -> None:
    data = backup(vault, raw_key, 22).read_bytes()
    for needle in ("Alice Walker", "person1@example.com", "王小明", "สมชาย"):
        assert needle.encode("utf-8") not in data
    assert b"SQLite format 3" not in data


def test_second_backup_same_day_replaces_that_days_file(
    vault: Vault, db: Database, raw_key: bytes
) -> None:
    first = backup(vault, raw_key, 22, hour=9)
    fill(db, 5, start=100)
    second = backup(vault, raw_key, 22, hour=18)
    assert first == second
    assert [e.path.name for e in list_backups(vault.backup_dir)] == ["crmdesk-2026-11-22.crmbak"]
    assert check_archive(second).header.counts["contacts"] == 65
    assert sorted(p.name for p in vault.backup_dir.iterdir()) == ["crmdesk-2026-11-22.crmbak"]


def test_backups_of_different_days_are_listed_newest_first(
    vault: Vault, db: Database, raw_key: bytes
) -> None:
    backup(vault, raw_key, 20)
    backup(vault, raw_key, 22)
    backup(vault, raw_key, 21)
    names = [e.path.name for e in list_backups(vault.backup_dir)]
    assert names == [
        "crmdesk-2026-11-22.crmbak",
        "crmdesk-2026-11-21.crmbak",
        "crmdesk-2026-11-20.crmbak",
    ]


def test_backup_while_a_write_transaction_is_open_is_consistent(
    vault: Vault, db: Database, raw_key: bytes
) -> None:
    with db.write() as session:
        from crmdesk import contacts
        from crmdesk.records import ContactDraft

        contacts.add_contact(session, ContactDraft(display_name="uncommitted"))
        session.flush()
        path = backup(vault, raw_key, 22)
    assert verify_backup(path, raw_key).info.header.counts["contacts"] == 60


@pytest.mark.parametrize("where", ["body-start", "body", "header", "mac", "checksum", "magic"])
def test_one_corrupted_byte_is_refused(
    vault: Vault, db: Database, raw_key: bytes, where: str
) -> None:
    path = backup(vault, raw_key, 22)
    data = bytearray(path.read_bytes())
    body = read_header(path).body_size
    index = {
        "body-start": 10,
        "body": body // 2,
        "header": body + 20,
        "mac": len(data) - 50,
        "checksum": len(data) - 20,
        "magic": len(data) - 3,
    }
    data[index[where]] ^= 0x01
    path.write_bytes(bytes(data))
    with pytest.raises(BackupFileError, match=r"damaged|not a crmdesk"):
        verify_backup(path)
    with pytest.raises(BackupFileError):
        verify_backup(path, raw_key)


def test_truncated_and_foreign_files_are_refused(
    vault: Vault, db: Database, raw_key: bytes, tmp_path: Path
) -> None:
    path = backup(vault, raw_key, 22)
    truncated = tmp_path / "crmdesk-2026-11-01.crmbak"
    truncated.write_bytes(path.read_bytes()[:-1000])
    with pytest.raises(BackupFileError, match="truncated"):
        verify_backup(truncated)
    foreign = tmp_path / "crmdesk-2026-11-02.crmbak"
    foreign.write_bytes(b"PK\x03\x04 this is a zip file" * 100)
    with pytest.raises(BackupFileError, match="not a crmdesk backup"):
        verify_backup(foreign)
    empty = tmp_path / "empty.crmbak"
    empty.write_bytes(b"")
    with pytest.raises(BackupFileError, match="not a crmdesk backup"):
        verify_backup(empty)


def test_backup_of_another_database_key_is_refused(
    vault: Vault, db: Database, raw_key: bytes, tmp_path: Path
) -> None:
    path = backup(vault, raw_key, 22)
    other = Vault(tmp_path / "other")
    other.init(PASSPHRASE).close()
    with pytest.raises(BackupFileError, match="different crmdesk database key"):
        verify_backup(path, other.raw_key(PASSPHRASE))


def test_a_damaged_page_is_refused_even_in_a_resealed_file(
    vault: Vault, db: Database, raw_key: bytes, tmp_path: Path
) -> None:
    # A copy that went wrong before it was sealed: checksum and MAC match, a page does not.
    path = backup(vault, raw_key, 22)
    header = read_header(path)
    body = bytearray(path.read_bytes()[: header.body_size])
    body[header.body_size // 2] ^= 0x01
    resealed = tmp_path / "crmdesk-2026-11-03.crmbak"
    resealed.write_bytes(bytes(body))
    seal(resealed, header, raw_key)
    assert verify_backup(resealed).info.header == header  # the checksum cannot see it
    with pytest.raises(BackupFileError, match="damaged"):
        verify_backup(resealed, raw_key)
    with pytest.raises(BackupFileError, match="damaged"):
        restore_backup(resealed, Vault(tmp_path / "new"), raw_key, at(23))
    assert not (tmp_path / "new" / "crmdesk.db").exists()


def test_verify_reads_the_file_in_place_and_writes_nothing(
    vault: Vault, db: Database, raw_key: bytes
) -> None:
    path = backup(vault, raw_key, 22)
    before = (path.read_bytes(), path.stat().st_mtime_ns, sorted(path.parent.iterdir()))
    assert verify_backup(path, raw_key).deep
    assert (path.read_bytes(), path.stat().st_mtime_ns, sorted(path.parent.iterdir())) == before


def test_verify_in_place_works_in_a_folder_with_uri_characters(
    vault: Vault, db: Database, raw_key: bytes, tmp_path: Path
) -> None:
    folder = tmp_path / "สำรอง ข้อมูล #1 ?x=1 %20"
    folder.mkdir()
    path = write_backup(
        vault.db_path, raw_key, folder, at(22), wrapped_key=vault.key_path.read_text()
    ).path
    assert verify_backup(path, raw_key).deep
