"""``crmdesk import``, ``crmdesk export`` and ``crmdesk duplicates`` as a user runs them."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from crmdesk.cli import main
from crmdesk.vault import Vault, remember_key

from .conftest import DATA


@pytest.fixture
def run(  # type: ignore[no-untyped-def]
    tmp_path: Path, capsys: pytest.CaptureFixture[str], vault_template: tuple[Path, bytes]
):
    shutil.copytree(vault_template[0], tmp_path / "data")
    vault = Vault(tmp_path / "data")
    remember_key(vault_template[1])

    def _run(*argv: str) -> tuple[int, str, str]:
        try:
            code = main(["--data-dir", str(vault.data_dir), *argv])
        except SystemExit as exc:
            code = int(exc.code or 0)
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return _run


def test_import_dry_run_then_import_then_undo(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run("import", str(DATA / "ragged.csv"), "--dry-run", "--json")
    report = json.loads(out)
    assert code == 0
    assert (report["created"], report["batch_id"], report["errors"][0]["line"]) == (4, None, 3)
    code, out, _ = run("import", str(DATA / "ragged.csv"))
    assert code == 0
    assert "created 4, updated 0, skipped 0" in out
    assert "line 3: error: row has 5 fields" in out
    batch = out.strip().split()[-1]
    code, out, _ = run("import", str(DATA / "ragged.csv"), "--json")
    assert json.loads(out)["skipped"] == 4
    assert run("import", "undo", batch)[0] == 0
    code, _, err = run("import", "undo", batch)
    assert code == 2 and "already undone" in err


def test_unreadable_files_exit_2(run) -> None:  # type: ignore[no-untyped-def]
    code, _, err = run("import", str(DATA / "garbage.bin"))
    assert code == 2 and "binary" in err
    code, _, err = run("import", str(DATA / "gmail-list.vcf"), "--format", "csv")
    assert code == 2


def test_mapping_preset_by_name(run) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run(
        "import", str(DATA / "outlook-contacts.csv"), "--mapping", "outlook", "--json"
    )
    assert code == 0 and json.loads(out)["created"] == 2
    code, _, err = run("import", str(DATA / "outlook-contacts.csv"), "--mapping", "nope")
    assert code == 2 and "No mapping named 'nope'" in err


def test_export_writes_vcard_csv_and_ics(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    run("import", str(DATA / "thai-excel-cp874.csv"))
    code, out, _ = run("export", "--format", "csv", "--output", str(tmp_path / "out.csv"))
    assert code == 0 and "Exported 4 contacts" in out
    data = (tmp_path / "out.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and "สมชาย".encode() in data
    code, _, _ = run("export", "--format", "vcard", "--output", str(tmp_path / "out.vcf"))
    assert (tmp_path / "out.vcf").read_text(encoding="utf-8").count("BEGIN:VCARD") == 4
    code, out, _ = run("export", "--format", "ics", "--output", str(tmp_path / "out.ics"))
    assert code == 0 and (tmp_path / "out.ics").read_text().startswith("BEGIN:VCALENDAR")
    code, _, err = run("export", "--format", "csv", "--output", str(tmp_path / "no" / "x.csv"))
    assert code == 2 and "does not exist" in err
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_duplicates_find_merge_and_undo(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    run("import", str(DATA / "chinese-excel-big5.csv"))
    run("import", str(DATA / "vcard4-chinese.vcf"), "--on-duplicate", "create")
    code, out, _ = run("duplicates", "find", "--json")
    groups = json.loads(out)
    assert code == 0 and len(groups) == 1
    survivor, other = groups[0]["contact_ids"]
    code, out, _ = run("duplicates", "merge", survivor, other)
    assert code == 0
    assert json.loads(run("duplicates", "find", "--json")[1]) == []
    assert run("duplicates", "undo", out.strip().split()[-1])[0] == 0
    assert len(json.loads(run("duplicates", "find", "--json")[1])) == 1


def test_import_undo_refuses_with_exit_1_when_records_were_worked_on(run) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run("import", str(DATA / "outlook-contacts.csv"), "--json")
    batch = json.loads(out)["batch_id"]
    code, out, _ = run("contact", "list", "--json")
    anan = next(c["id"] for c in json.loads(out) if c["display_name"] == "Anan Sukprasert")
    assert run("note", "add", "contact", anan, "Asked for a quote")[0] == 0
    code, out, err = run("import", "undo", batch)
    assert code == 1 and out == ""
    assert "Nothing was undone" in err
    assert f"contact {anan} Anan Sukprasert: has notes written after the import" in err
    assert "--keep-changed" in err
    code, out, _ = run("import", "undo", batch, "--keep-changed")
    assert code == 0
    assert "kept 1 changed since the import" in out
    assert f"kept contact {anan} Anan Sukprasert" in out
    code, out, _ = run("contact", "list", "--json")
    assert [c["display_name"] for c in json.loads(out)] == ["Anan Sukprasert"]


def test_duplicates_merge_three_and_undo_refusal(run) -> None:  # type: ignore[no-untyped-def]
    ids = []
    for title in ("Buyer", "Manager", "Director"):
        code, out, _ = run("contact", "add", "--name", "Somchai Jaidee", "--title", title)
        ids.append(out.strip().split()[-1])
    code, _, err = run("duplicates", "merge", *ids, "--take", "title")
    assert code == 2 and "--take title=ID" in err
    code, out, _ = run("duplicates", "merge", *ids, "--take", f"title={ids[2]}")
    assert code == 0
    journal = out.strip().split()[-1]
    code, out, _ = run("contact", "list", "--json")
    assert [(c["id"], c["title"]) for c in json.loads(out)] == [(ids[0], "Director")]
    assert run("contact", "edit", ids[0], "--title", "CEO")[0] == 0
    code, _, err = run("duplicates", "undo", journal)
    assert code == 1 and "edited after the merge" in err and "--keep-changed" in err
    assert run("duplicates", "undo", journal, "--keep-changed")[0] == 0
    code, out, _ = run("contact", "list", "--json")
    assert sorted(c["title"] for c in json.loads(out)) == ["CEO", "Director", "Manager"]
