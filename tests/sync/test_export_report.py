"""``crmdesk export`` on a connected laptop: reported to the office audit log, refused for a rep."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.conftest import PASSPHRASE
from tests.sync.conftest import MakeLaptop, RunningServer
from tests.sync.helpers import add_contact

from crmdesk.cli import main as crmdesk_main
from crmdesk.sync import audit


def _audited(server: RunningServer, action: str) -> list[tuple[str, str]]:
    with server.store.read() as conn:
        return [(e.user_name, e.detail or "") for e in audit.entries(conn) if e.action == action]


def test_cli_export_is_audited_and_a_reps_is_refused_before_writing(
    sqlite_server: RunningServer,
    make_laptop: MakeLaptop,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    sqlite_server.add_user("dora", "director")
    sqlite_server.add_user("mali", "manager", manager="dora")
    sqlite_server.add_user("rep_a", "rep", manager="mali")
    mali, rep = make_laptop(sqlite_server, "mali"), make_laptop(sqlite_server, "rep_a")
    add_contact(mali.db, "陈伟")
    add_contact(rep.db, "สมชาย ใจดี")
    mali.sync.sync_once()
    rep.sync.sync_once()
    monkeypatch.setenv("CRMDESK_PASSPHRASE", PASSPHRASE)

    out = tmp_path / "mine.vcf"
    argv = ["--data-dir", str(tmp_path / "laptop-mali"), "export", "--format", "vcard"]
    assert crmdesk_main([*argv, "--output", str(out)]) == 0
    assert f"Exported 1 contacts to {out}." in capsys.readouterr().out
    assert "陈伟" in out.read_text(encoding="utf-8")
    assert _audited(sqlite_server, "export") == [("mali", "mine.vcf: 1 contacts (vcard)")]

    theirs = tmp_path / "theirs.vcf"
    argv = ["--data-dir", str(tmp_path / "laptop-rep_a"), "export", "--format", "vcard"]
    assert crmdesk_main([*argv, "--output", str(theirs)]) == 2
    assert capsys.readouterr().err == "crmdesk: Your role does not allow exporting records.\n"
    assert not theirs.exists()
