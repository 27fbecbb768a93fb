"""CLI test fixtures: an initialised data folder and an in-process ``crmdesk`` runner."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from crmdesk.cli import main
from crmdesk.vault import Vault, remember_key

PASSPHRASE = "correct horse battery"


@dataclass(frozen=True)
class Result:
    """What one command printed and returned."""

    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)


Run = Callable[..., Result]


@pytest.fixture(scope="session")
def cli_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bytes]:
    vault = Vault(tmp_path_factory.mktemp("cli-template") / "data")
    vault.init(PASSPHRASE, user_name="nok", region="TH", currency="THB").close()
    return vault.data_dir, vault.raw_key(PASSPHRASE)


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory, cli_template: tuple[Path, bytes]) -> Path:
    """A copy of an initialised data folder shared by one module's tests."""
    copy = tmp_path_factory.mktemp("cli") / "data"
    shutil.copytree(cli_template[0], copy)
    return copy


def invoke(capsys: pytest.CaptureFixture[str], *argv: str) -> Result:
    try:
        code = main(list(argv))
    except SystemExit as exc:  # argparse usage errors
        code = int(exc.code or 0)
    captured = capsys.readouterr()
    return Result(code, captured.out, captured.err)


@pytest.fixture
def run(
    data_dir: Path, cli_template: tuple[Path, bytes], capsys: pytest.CaptureFixture[str]
) -> Run:
    """Run ``crmdesk --data-dir DATA ...`` in this process; the key is in the (fake) keyring."""
    remember_key(cli_template[1])

    def _run(*argv: str) -> Result:
        return invoke(capsys, "--data-dir", str(data_dir), *argv)

    return _run
