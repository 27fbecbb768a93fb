"""``crmdesk init`` and ``crmdesk passphrase change`` end to end, and bad arguments or input."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from crmdesk.vault import Vault

from .conftest import PASSPHRASE, Run, invoke


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_init_then_use_then_change_passphrase(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    data = str(tmp_path / "fresh")
    monkeypatch.setenv("CRMDESK_PASSPHRASE", PASSPHRASE)
    created = invoke(capsys, "--data-dir", data, "init", "--region", "TH")
    assert created.code == 0 and "Created an encrypted crmdesk database" in created.out
    assert {p.name for p in Path(data).iterdir()} >= {"crmdesk.db", "crmdesk.key"}
    again = invoke(capsys, "--data-dir", data, "init")
    assert again.code == 2 and "already holds a crmdesk database" in again.err
    cid = invoke(capsys, "--data-dir", data, "contact", "add", "--name", "Pass Phrase").out.strip()

    db_hash = _sha(Path(data) / "crmdesk.db")
    monkeypatch.setenv("CRMDESK_NEW_PASSPHRASE", "another good passphrase")
    changed = invoke(capsys, "--data-dir", data, "passphrase", "change")
    assert (changed.code, changed.out) == (0, "Passphrase changed.\n")
    assert _sha(Path(data) / "crmdesk.db") == db_hash  # no re-encryption

    old = invoke(capsys, "--data-dir", data, "contact", "show", cid)
    assert (old.code, old.err) == (2, "crmdesk: Wrong passphrase.\n")
    monkeypatch.setenv("CRMDESK_PASSPHRASE", "another good passphrase")
    assert invoke(capsys, "--data-dir", data, "contact", "show", cid).code == 0


def test_init_refuses_a_short_passphrase_and_leaves_no_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("CRMDESK_PASSPHRASE", "short")
    result = invoke(capsys, "--data-dir", str(tmp_path / "d"), "init")
    assert result.code == 2 and "at least 8 characters" in result.err
    assert not (tmp_path / "d" / "crmdesk.db").exists()


def test_without_passphrase_or_terminal_the_message_says_what_to_do(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    result = invoke(capsys, "--data-dir", str(tmp_path / "d"), "init")
    assert result.code == 2
    assert result.err == (
        "crmdesk: Set CRMDESK_PASSPHRASE or run in a terminal to choose a passphrase.\n"
    )


def test_commands_on_an_empty_folder_say_run_init(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("CRMDESK_PASSPHRASE", PASSPHRASE)
    result = invoke(capsys, "--data-dir", str(tmp_path / "none"), "contact", "list")
    assert result.code == 2 and "Run 'crmdesk init'" in result.err


def test_crmdesk_home_selects_the_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("CRMDESK_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("CRMDESK_HOME", str(tmp_path / "home-data"))
    assert invoke(capsys, "init").code == 0
    assert (tmp_path / "home-data" / "crmdesk.key").exists()


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["frobnicate"], "invalid choice: 'frobnicate'"),
        (["contact", "add"], "the following arguments are required: --name"),
        (["contact", "add", "--name", "X", "--birthday", "2026-13-01"], "is not a date"),
        (["contact", "list", "--limit", "-1"], "'-1' is negative"),
        (["contact", "list", "--limit", "ten"], "'ten' is not a whole number"),
        (["activity", "add", "--regarding", "x", "--at", "tomorrow"], "is not a date and time"),
        (["activity", "add", "--regarding", "x", "--type", "fax"], "invalid choice: 'fax'"),
        (["search"], "the following arguments are required: query"),
        (["field", "define", "invoice", "x"], "invalid choice: 'invoice'"),
        (["lookup", "run"], "the following arguments are required: name"),
    ],
)
def test_bad_arguments_exit_2_with_usage(run: Run, argv: list[str], message: str) -> None:
    result = run(*argv)
    assert result.code == 2
    assert message in result.err and "usage:" in result.err
    assert "Traceback" not in result.err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["contact", "add", "--name", " "], "crmdesk: display_name: A name is required.\n"),
        (
            ["contact", "add", "--name", "X", "--email", "nope"],
            "crmdesk: emails[0]: 'nope' is not an email address.\n",
        ),
        (
            ["contact", "add", "--name", "X", "--phone", "12"],
            "crmdesk: phones[0]: '12' is not a phone number.\n",
        ),
        (["contact", "edit", "missing", "--name", "Y"], "crmdesk: No contact with id missing.\n"),
        (["contact", "delete", "missing"], "crmdesk: No contact with id missing.\n"),
        (["activity", "complete", "missing"], "crmdesk: No activity with id missing.\n"),
        (
            ["opportunity", "add", "--name", "X", "--amount", "lots"],
            "crmdesk: 'lots' is not an amount.\n",
        ),
        (
            ["opportunity", "add", "--name", "X", "--currency", "baht"],
            "crmdesk: 'baht' is not a currency code such as THB, TWD or USD.\n",
        ),
        (
            ["activity", "add", "--regarding", "x", "--contact", "nobody"],
            "crmdesk: contact_id: No such record.\n",
        ),
    ],
)
def test_bad_input_is_one_clear_line(run: Run, argv: list[str], message: str) -> None:
    result = run(*argv)
    assert (result.code, result.out, result.err) == (2, "", message)


def test_real_process_exit_codes_and_utf8_output(tmp_path: Path) -> None:
    data = tmp_path / "proc"
    Vault(data).init(PASSPHRASE, user_name="p", region="TH").close()
    env = {
        **os.environ,
        "CRMDESK_PASSPHRASE": PASSPHRASE,
        "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
        "PYTHONIOENCODING": "ascii",  # the CLI must still print Thai as UTF-8
    }

    def crmdesk(*argv: str) -> subprocess.CompletedProcess[bytes]:
        return subprocess.run(
            [sys.executable, "-m", "crmdesk", "--data-dir", str(data), *argv],
            capture_output=True,
            env=env,
            timeout=120,
            check=False,
        )

    added = crmdesk("contact", "add", "--name", "ใจดี มีสุข", "--email", "jai@example.com")
    assert added.returncode == 0 and len(added.stdout.strip()) == 32
    listed = crmdesk("search", "ใจ", "--json")
    assert listed.returncode == 0 and "ใจดี มีสุข".encode() in listed.stdout
    bad = crmdesk("contact", "add", "--name", "X", "--email", "nope")
    assert bad.returncode == 2
    assert bad.stderr == b"crmdesk: emails[0]: 'nope' is not an email address.\n"


def test_key_remember_and_forget(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "kr"
    Vault(data).init(PASSPHRASE, user_name="k", region="TH").close()
    monkeypatch.setenv("CRMDESK_PASSPHRASE", PASSPHRASE)
    assert invoke(capsys, "--data-dir", str(data), "key", "remember").code == 0
    monkeypatch.delenv("CRMDESK_PASSPHRASE")
    assert invoke(capsys, "--data-dir", str(data), "contact", "list", "--json").out == "[]\n"
    assert invoke(capsys, "--data-dir", str(data), "key", "forget").code == 0
    locked = invoke(capsys, "--data-dir", str(data), "contact", "list")
    assert locked.code == 2
    assert locked.err == (
        "crmdesk: The database is locked. Set CRMDESK_PASSPHRASE or run in a terminal.\n"
    )


def test_passphrase_change_refuses_a_weak_new_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "weak"
    Vault(data).init(PASSPHRASE, user_name="w", region="TH").close()
    key_before = _sha(data / "crmdesk.key")
    monkeypatch.setenv("CRMDESK_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("CRMDESK_NEW_PASSPHRASE", "short")
    result = invoke(capsys, "--data-dir", str(data), "passphrase", "change")
    assert result.code == 2 and "at least 8 characters" in result.err
    monkeypatch.setenv("CRMDESK_PASSPHRASE", "wrong but long")
    monkeypatch.setenv("CRMDESK_NEW_PASSPHRASE", "a fine new passphrase")
    wrong = invoke(capsys, "--data-dir", str(data), "passphrase", "change")
    assert (wrong.code, wrong.err) == (2, "crmdesk: Wrong passphrase.\n")
    assert _sha(data / "crmdesk.key") == key_before
