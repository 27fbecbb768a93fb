"""Database test helpers: fresh encrypted vaults and a look at every byte of a data folder."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from crmdesk.vault import Vault

PASSPHRASE = "correct horse battery"


def file_hashes(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` (relative path) with the SHA-256 of its bytes."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def files_containing(folder: Path, needles: list[bytes]) -> list[str]:
    """Files under ``folder`` whose bytes contain any of ``needles``."""
    found = []
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            data = path.read_bytes()
            found += [f"{path.name}: {n!r}" for n in needles if n in data]
    return found


@pytest.fixture(scope="session")
def vault_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One initialised, closed data folder; tests get copies (the KDF runs once)."""
    folder = tmp_path_factory.mktemp("template") / "data"
    Vault(folder).init(PASSPHRASE, user_name="tester", region="TH").close()
    return folder


@pytest.fixture
def vault(tmp_path: Path, vault_template: Path) -> Vault:
    """A fresh copy of an initialised, closed vault (region TH)."""
    folder = tmp_path / "data"
    shutil.copytree(vault_template, folder)
    return Vault(folder)
