"""Running crmdesk as a real subprocess, on a computer without a keyring."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from crmdesk.backup.snapshot import open_keyed

from .conftest import PASSPHRASE


def no_keyring_env(home: Path, passphrase: str | None = PASSPHRASE) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        HOME=str(home),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
    )
    env.pop("CRMDESK_PASSPHRASE", None)
    if passphrase is not None:
        env["CRMDESK_PASSPHRASE"] = passphrase
    return env


def crmdesk(
    data_dir: Path, *args: str, home: Path, passphrase: str | None = PASSPHRASE
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "crmdesk", "--data-dir", str(data_dir), *args],
        env=no_keyring_env(home, passphrase),
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=120,
        check=False,
    )


def all_rows(db_path: Path, raw_key: bytes) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, in a stable order.

    Virtual tables are left out: their shadow tables hold their data (and a contentless
    full-text table cannot be read row by row).
    """
    conn = open_keyed(db_path, raw_key)
    try:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' "
                "ORDER BY name"
            )
        ]
        return {
            t: sorted(conn.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in tables
        }
    finally:
        conn.close()
