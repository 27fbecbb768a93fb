"""Encrypted crmdesk-server backups: a backup passphrase, no plaintext, restore on a new machine."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from crmdesk.backup.archive import read_header
from crmdesk.sync import server_backup
from crmdesk.sync.server_backup_key import KEY_FILE, PASSPHRASE_ENV

from .test_server_backup import add_office_data, all_rows, cli, init_server, only_backup

SECRET = "office backup passphrase"


def encrypted_office(
    root: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> tuple[Path, str, Path]:
    """A server with data whose backups are encrypted; returns its folder, URL and a backup."""
    office = root / "office"
    url = init_server(office, capsys)
    add_office_data(url)
    monkeypatch.setenv(PASSPHRASE_ENV, SECRET)
    assert cli(office, "backup", "passphrase") == 0
    monkeypatch.delenv(PASSPHRASE_ENV)
    assert cli(office, "backup", "now") == 0
    capsys.readouterr()
    return office, url, only_backup(office)


def test_encrypted_backup_reveals_nothing_and_restores_on_a_new_machine(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    office, url, backup = encrypted_office(tmp_path, capsys, monkeypatch)
    assert stat.S_IMODE((office / KEY_FILE).stat().st_mode) == 0o600
    data = backup.read_bytes()
    for needle in (b"SQLite format 3", b"Contact 1", b"user0"):
        assert needle not in data
    header = read_header(backup)
    assert dict(header.extra) == {"body": "sqlcipher"} and header.wrapped_key
    assert header.counts["records"] == 20
    assert cli(office, "backup", "verify", str(backup)) == 0  # the server's own key

    spare = tmp_path / "new-machine"
    new_url = init_server(spare, capsys)
    before = all_rows(new_url)
    assert cli(spare, "backup", "restore", "--yes", str(backup)) == 2
    assert PASSPHRASE_ENV in capsys.readouterr().err
    monkeypatch.setenv(PASSPHRASE_ENV, "not the passphrase")
    assert cli(spare, "backup", "verify", str(backup)) == 2
    assert "wrong backup passphrase" in capsys.readouterr().err
    assert all_rows(new_url) == before and not (spare / KEY_FILE).exists()

    monkeypatch.setenv(PASSPHRASE_ENV, SECRET)
    assert cli(spare, "backup", "restore", "--yes", str(backup)) == 0
    assert all_rows(new_url) == all_rows(url)
    # The new machine keeps encrypting, under the same passphrase.
    monkeypatch.delenv(PASSPHRASE_ENV)
    assert cli(spare, "backup", "now") == 0
    assert dict(read_header(only_backup(spare)).extra) == {"body": "sqlcipher"}


def test_a_damaged_encrypted_backup_is_refused_and_changes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    office, url, backup = encrypted_office(tmp_path, capsys, monkeypatch)
    data = bytearray(backup.read_bytes())
    data[read_header(backup).body_size // 2] ^= 0x01
    backup.write_bytes(bytes(data))
    before = all_rows(url)
    assert cli(office, "backup", "verify", str(backup)) == 2
    assert "damaged" in capsys.readouterr().err
    assert cli(office, "backup", "restore", "--yes", str(backup)) == 2
    assert all_rows(url) == before and not list(office.glob("before-restore-*"))


def test_a_new_passphrase_keeps_older_backups_under_the_old_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    office, _url, backup = encrypted_office(tmp_path, capsys, monkeypatch)
    monkeypatch.setenv(PASSPHRASE_ENV, "the new passphrase")
    assert cli(office, "backup", "passphrase") == 0
    monkeypatch.delenv(PASSPHRASE_ENV)
    assert cli(office, "backup", "verify", str(backup)) == 0  # same key on this server
    key = server_backup.load_backup_key(office)
    assert key is not None
    spare = tmp_path / "spare"
    init_server(spare, capsys)
    monkeypatch.setenv(PASSPHRASE_ENV, "the new passphrase")
    assert cli(spare, "backup", "verify", str(backup)) == 2  # it carries the old passphrase
    monkeypatch.setenv(PASSPHRASE_ENV, SECRET)
    assert cli(spare, "backup", "verify", str(backup)) == 0


def test_a_short_backup_passphrase_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    office = tmp_path / "office"
    init_server(office, capsys)
    monkeypatch.setenv(PASSPHRASE_ENV, "short")
    assert cli(office, "backup", "passphrase") == 2
    assert "at least 8 characters" in capsys.readouterr().err
    assert not (office / KEY_FILE).exists()
