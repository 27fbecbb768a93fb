"""Encrypted storage: nothing readable on disk, clean failures, instant passphrase change."""

from __future__ import annotations

import base64
import os
import subprocess
import sys
from pathlib import Path

import pytest

from crmdesk import contacts, notes
from crmdesk.cli import main
from crmdesk.db.keys import KeyFileError, WrongPassphrase
from crmdesk.records import AddressValue, ContactDraft, LabeledValue
from crmdesk.vault import NeedPassphrase, NotInitialised, Vault

from .conftest import PASSPHRASE, file_hashes, files_containing

UNIQUE_NAME = "ศิริวรรณ Qxvbzelmora"
UNIQUE_NOTE = "กุญแจลับ Wuvtrapkelb"


def _spellings(text: str) -> list[bytes]:
    needles = []
    for part in (text, *text.split()):
        needles += [part.encode("utf-8"), part.encode("utf-16-le"), part.encode("utf-16-be")]
    return needles


def _add_secret_contact(vault: Vault) -> None:
    db = vault.unlock(PASSPHRASE)
    with db.write() as s:
        cid = contacts.add_contact(
            s,
            ContactDraft(
                UNIQUE_NAME,
                emails=(LabeledValue("qxvbzelmora@example.org"),),
                addresses=(AddressValue(city="Qxvbzelcity"),),
            ),
        ).id
        notes.add_note(s, "contact", cid, UNIQUE_NOTE)
    return db  # type: ignore[return-value]


def test_nothing_readable_on_disk(vault: Vault) -> None:
    needles = [
        *_spellings(UNIQUE_NAME),
        *_spellings(UNIQUE_NOTE),
        *_spellings("qxvbzelmora@example.org"),
        *_spellings("qxvbzelcity"),
    ]
    db = _add_secret_contact(vault)
    try:
        wal = vault.db_path.with_name("crmdesk.db-wal")
        assert wal.exists() and wal.stat().st_size > 0, "the change should still be in the WAL"
        assert files_containing(vault.data_dir, needles) == []
    finally:
        db.close()
    assert files_containing(vault.data_dir, needles) == []
    # The needles are real: the same search finds them in a plaintext copy of the text.
    plain = vault.data_dir / "plain.txt"
    plain.write_text(UNIQUE_NAME, encoding="utf-16")
    assert files_containing(vault.data_dir, needles) != []


def test_raw_key_is_in_no_file(vault: Vault) -> None:
    raw = vault.raw_key(PASSPHRASE)
    db = _add_secret_contact(vault)
    try:
        needles = [
            raw,
            raw.hex().encode(),
            raw.hex().upper().encode(),
            base64.b64encode(raw),
            base64.urlsafe_b64encode(raw),
        ]
        assert files_containing(vault.data_dir, needles) == []
    finally:
        db.close()


def test_connections_use_sqlcipher_4_and_keep_temporary_data_in_memory(vault: Vault) -> None:
    db = vault.unlock(PASSPHRASE)
    try:
        conn = db.raw_connection()
        version = conn.execute("PRAGMA cipher_version").fetchone()[0]
        assert version.startswith("4."), version
        assert conn.execute("PRAGMA temp_store").fetchone()[0] == 2  # MEMORY
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        conn.close()
    finally:
        db.close()
    header = vault.db_path.read_bytes()[:16]
    assert header != b"SQLite format 3\x00"


def test_changing_the_passphrase_leaves_the_database_file_alone(vault: Vault) -> None:
    before = file_hashes(vault.data_dir)
    vault.change_passphrase(PASSPHRASE, "a brand new passphrase")
    after = file_hashes(vault.data_dir)
    assert after["crmdesk.db"] == before["crmdesk.db"]
    assert after["crmdesk.key"] != before["crmdesk.key"]
    with pytest.raises(WrongPassphrase):
        vault.unlock(PASSPHRASE)
    vault.unlock("a brand new passphrase").close()


def test_changing_the_passphrase_needs_the_old_one(vault: Vault) -> None:
    before = file_hashes(vault.data_dir)
    with pytest.raises(WrongPassphrase):
        vault.change_passphrase("not the passphrase", "a brand new passphrase")
    assert file_hashes(vault.data_dir) == before


def test_remembered_key_unlocks_without_a_passphrase_until_forgotten(vault: Vault) -> None:
    with pytest.raises(NeedPassphrase):
        vault.unlock()
    vault.remember(PASSPHRASE)
    db = vault.unlock()
    with db.read() as s:
        assert contacts.count_contacts(s) == 0
    db.close()
    vault.forget()
    with pytest.raises(NeedPassphrase):
        vault.unlock()


def test_environment_passphrase_unlocks(vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CRMDESK_PASSPHRASE", PASSPHRASE)
    vault.unlock().close()
    monkeypatch.setenv("CRMDESK_PASSPHRASE", "wrong wrong wrong")
    with pytest.raises(WrongPassphrase):
        vault.unlock()


def test_unlock_errors_from_the_service_layer(vault: Vault) -> None:
    with pytest.raises(NotInitialised):
        Vault(vault.data_dir.parent / "empty").unlock(PASSPHRASE)
    vault.key_path.write_text("{not json", encoding="utf-8")
    with pytest.raises(KeyFileError, match="damaged"):
        vault.unlock(PASSPHRASE)


# --- What the command line shows when the database cannot be opened -----------------------


def _break_wrong_passphrase(vault: Vault) -> str:
    return "Wrong passphrase."


def _break_missing_key(vault: Vault) -> str:
    vault.key_path.unlink()
    return "No key file"


def _break_damaged_key(vault: Vault) -> str:
    vault.key_path.write_bytes(vault.key_path.read_bytes()[:-40])
    return "damaged or is not a crmdesk key file"


def _break_not_a_database(vault: Vault) -> str:
    vault.db_path.write_bytes(b"PK\x03\x04 this is a zip file, not a database " * 300)
    return "not a crmdesk database"


def _break_other_database(vault: Vault) -> str:
    other = Vault(vault.data_dir.parent / "other")
    other.init(PASSPHRASE, user_name="x", region="TH").close()
    vault.db_path.write_bytes(other.db_path.read_bytes())
    return "does not belong to this key"


def _break_empty_database(vault: Vault) -> str:
    vault.db_path.write_bytes(b"")  # e.g. truncated by a failed copy
    return "crmdesk.db is empty"


def _break_missing_database(vault: Vault) -> str:
    vault.db_path.unlink()
    return "is missing"


BREAKAGES = [
    _break_wrong_passphrase,
    _break_missing_key,
    _break_damaged_key,
    _break_not_a_database,
    _break_other_database,
    _break_missing_database,
    _break_empty_database,
]


@pytest.mark.parametrize("breakage", BREAKAGES, ids=lambda f: f.__name__[7:])
def test_unlock_failure_is_one_clear_line_and_touches_nothing(
    vault: Vault,
    breakage: object,
    monkeypatch: pytest.MonkeyPatch,
    capfd: pytest.CaptureFixture[str],
) -> None:
    expected = breakage(vault)  # type: ignore[operator]
    passphrase = "wrong passphrase!" if breakage is _break_wrong_passphrase else PASSPHRASE
    monkeypatch.setenv("CRMDESK_PASSPHRASE", passphrase)
    before = file_hashes(vault.data_dir)
    code = main(["--data-dir", str(vault.data_dir), "contact", "list"])
    out, err = capfd.readouterr()  # file descriptors: SQLCipher's own logging would show here
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1 and err.startswith("crmdesk: "), err
    assert expected in err
    assert file_hashes(vault.data_dir) == before


@pytest.mark.parametrize(
    "breakage", [_break_wrong_passphrase, _break_not_a_database], ids=["wrong", "not_a_db"]
)
def test_unlock_failure_in_a_real_process(vault: Vault, breakage: object) -> None:
    expected = breakage(vault)  # type: ignore[operator]
    passphrase = "wrong passphrase!" if breakage is _break_wrong_passphrase else PASSPHRASE
    before = file_hashes(vault.data_dir)
    env = {
        **os.environ,
        "CRMDESK_PASSPHRASE": passphrase,
        "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
    }
    proc = subprocess.run(
        [sys.executable, "-m", "crmdesk", "--data-dir", str(vault.data_dir), "contact", "list"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert proc.stderr.count("\n") == 1 and expected in proc.stderr, proc.stderr
    assert "Traceback" not in proc.stderr
    assert file_hashes(vault.data_dir) == before


def test_plaintext_sqlite_file_is_not_opened(vault: Vault, tmp_path: Path) -> None:
    import sqlite3

    plain = tmp_path / "plain.db"
    with sqlite3.connect(plain) as conn:
        conn.execute("CREATE TABLE contacts(name TEXT)")
    vault.db_path.write_bytes(plain.read_bytes())
    before = file_hashes(vault.data_dir)
    with pytest.raises(Exception, match="not a crmdesk database"):
        vault.unlock(PASSPHRASE)
    assert file_hashes(vault.data_dir) == before
