#!/usr/bin/env python3
"""Set up crmdesk's virtual environment from the lock file, then run the app or the tests.

    python3 dev.py run [ARGS...]    set up, then start crmdesk (the desktop app; CLI with ARGS)
    python3 dev.py test [ARGS...]   set up, then run the whole test suite, one worker per CPU
                                    (pytest ARGS; -n 0 runs it in one process)
    python3 dev.py bench [ARGS...]  set up, then run the benchmarks (writes docs/PERFORMANCE.md)
    python3 dev.py lock             regenerate requirements.lock from pyproject.toml

Only Python >= 3.11 and git are needed; everything else is installed into .venv.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
LOCK = ROOT / "requirements.lock"
STAMP = VENV / ".crmdesk-installed"


def _bin(name: str) -> Path:
    folder = "Scripts" if os.name == "nt" else "bin"
    suffix = ".exe" if os.name == "nt" else ""
    return VENV / folder / f"{name}{suffix}"


def _fingerprint() -> str:
    digest = hashlib.sha256()
    for path in (LOCK, ROOT / "pyproject.toml"):
        digest.update(path.read_bytes())
    return digest.hexdigest()


def ensure_env() -> None:
    """Create .venv and install the locked dependencies when they changed."""
    if sys.version_info < (3, 11):
        sys.exit("crmdesk needs Python 3.11 or newer.")
    if not _bin("python").exists():
        print("Creating .venv ...", flush=True)
        venv.EnvBuilder(with_pip=True, clear=False).create(VENV)
    wanted = _fingerprint()
    if STAMP.exists() and STAMP.read_text() == wanted:
        return
    print("Installing dependencies from requirements.lock ...", flush=True)
    pip = [str(_bin("python")), "-m", "pip", "--disable-pip-version-check", "install", "-q"]
    subprocess.run([*pip, "-r", str(LOCK)], check=True)
    subprocess.run([*pip, "--no-deps", "-e", str(ROOT)], check=True)
    STAMP.write_text(wanted)


def _workers(args: list[str]) -> list[str]:
    """One test worker per CPU (pytest-xdist), unless the arguments choose for themselves.

    Run one after another, the suite took over 25 minutes on a slow 2-core machine.
    """
    chosen = any(a == "-n" or a.startswith(("-n", "--numprocesses", "--dist")) for a in args)
    return [] if chosen or "no:xdist" in args else ["-n", "auto"]


def main(argv: list[str]) -> int:
    command, rest = (argv[0], argv[1:]) if argv else ("run", [])
    if command == "lock":
        ensure_env()
        subprocess.run([str(_bin("python")), "-m", "pip", "install", "-q", "uv"], check=True)
        return subprocess.call(
            [str(_bin("uv")), "pip", "compile", "pyproject.toml", "--extra", "dev",
             "--universal", "--python-version", "3.11", "-o", str(LOCK)],
            cwd=ROOT,
        )
    ensure_env()
    env = dict(os.environ)
    if command == "run":
        return subprocess.call([str(_bin("python")), "-m", "crmdesk", *rest], env=env)
    if command == "test":
        env["QT_QPA_PLATFORM"] = "offscreen"
        return subprocess.call(
            [str(_bin("python")), "-m", "pytest", *_workers(rest), *rest], cwd=ROOT, env=env
        )
    if command == "bench":
        env["QT_QPA_PLATFORM"] = "offscreen"
        return subprocess.call(
            [str(_bin("python")), str(ROOT / "benchmarks" / "run.py"), *rest], cwd=ROOT, env=env
        )
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
