"""The benchmark contract: result rows, and the context that hands out demo data folders."""

from __future__ import annotations

import fcntl
import json
import math
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH_DATA = ROOT / "bench-data"
# Bump when demo.generate's output changes, so cached demo folders are rebuilt.
DEMO_VERSION = "demo-v7"  # v7: migrations 0011-0013 (lean row and search indexes)
BUILD_INFO = "build.json"
# Where cached demo folders live (tests point it at a temporary folder).
CACHE_ENV = "CRMDESK_BENCH_DATA"


@dataclass(frozen=True)
class Row:
    """One line of docs/PERFORMANCE.md."""

    area: str
    metric: str
    value: float
    unit: str
    target: str = ""
    note: str = ""


@dataclass
class BenchContext:
    """What a benchmark module gets: demo data folders, scratch folders, quick mode."""

    PASSPHRASE = "bench passphrase 2026"

    quick: bool = False
    cache_dir: Path = field(default_factory=lambda: Path(os.environ.get(CACHE_ENV, BENCH_DATA)))
    _tmp: list[Path] = field(default_factory=list)

    def demo_dir(self, contacts: int = 100_000) -> Path:
        """A fresh copy of a data folder holding the standard demo database of that size."""
        source = self._cached_demo(contacts)
        target = self.tmp_dir() / "data"
        shutil.copytree(source, target)
        return target

    def tmp_dir(self) -> Path:
        """A new empty scratch folder, removed by ``cleanup``."""
        path = Path(tempfile.mkdtemp(prefix="crmdesk-bench-"))
        self._tmp.append(path)
        return path

    def cleanup(self) -> None:
        for path in self._tmp:
            shutil.rmtree(path, ignore_errors=True)
        self._tmp.clear()

    def demo_build_info(self, contacts: int = 100_000) -> dict[str, float | str]:
        """How long ``crmdesk demo`` took when the cached folder was built (wall and CPU)."""
        path = self._cached_demo(contacts) / BUILD_INFO
        return dict(json.loads(path.read_text())) if path.exists() else {}

    def _cached_demo(self, contacts: int) -> Path:
        folder = self.cache_dir / f"{DEMO_VERSION}-{contacts}"
        if (folder / "READY").exists():
            return folder
        self.cache_dir.mkdir(parents=True, exist_ok=True)
        # One builder at a time: benchmarks of other areas may ask for the same folder.
        with (self.cache_dir / f".{folder.name}.lock").open("w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            if (folder / "READY").exists():
                return folder
            shutil.rmtree(folder, ignore_errors=True)
            building = self.cache_dir / f"{folder.name}.building-{os.getpid()}"
            shutil.rmtree(building, ignore_errors=True)
            building.mkdir(parents=True)
            try:
                info = build_demo(building, contacts, self.PASSPHRASE)
                (building / BUILD_INFO).write_text(json.dumps(info, indent=2) + "\n")
                (building / "READY").write_text(DEMO_VERSION + "\n")
                building.rename(folder)
            finally:
                shutil.rmtree(building, ignore_errors=True)
        return folder


def build_demo(data_dir: Path, contacts: int, passphrase: str) -> dict[str, float | str]:
    """Create a data folder and fill it with ``crmdesk demo`` in a child process.

    Returns the wall-clock and CPU seconds of the ``demo`` command, and the load.
    """
    env = dict(os.environ, CRMDESK_PASSPHRASE=passphrase, CRMDESK_HOME=str(data_dir))
    env.setdefault("LANG", "th_TH.UTF-8")
    cli = [sys.executable, "-m", "crmdesk", "--data-dir", str(data_dir)]
    subprocess.run(
        [*cli, "init", "--region", "TH", "--user", "demo", "--currency", "THB"],
        check=True,
        env=env,
        stdout=subprocess.DEVNULL,
    )
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(
        [*cli, "demo", "--contacts", str(contacts), "--seed", "1"],
        check=True,
        env=env,
        stdout=subprocess.DEVNULL,
    )
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    return {
        "contacts": contacts,
        "wall_s": round(wall, 2),
        "cpu_s": round(cpu, 2),
        "peak_rss_mb": round(after.ru_maxrss / 1024, 1),
        "load": " ".join(f"{x:.2f}" for x in os.getloadavg()),
        "built": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
    }


def percentile(samples: list[float], p: float) -> float:
    """The p-th percentile (0..100) by nearest rank."""
    ordered = sorted(samples)
    if not ordered:
        return float("nan")
    rank = max(1, min(len(ordered), math.ceil(p / 100 * len(ordered))))
    return ordered[rank - 1]


def median(samples: list[float]) -> float:
    return statistics.median(samples) if samples else float("nan")
