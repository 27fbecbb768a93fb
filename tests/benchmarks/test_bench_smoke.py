"""The benchmark harness in quick mode: it builds a demo folder, runs, and writes the table."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from benchmarks.harness import DEMO_VERSION, BenchContext, Row, percentile  # noqa: E402

from benchmarks import run  # noqa: E402


def test_quick_core_run_writes_the_table_and_keeps_other_areas_and_notes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CRMDESK_BENCH_DATA", str(tmp_path / "cache"))
    report = tmp_path / "PERFORMANCE.md"
    earlier = [Row("sync", "push 1,000 changes", 1.5, "s", "≤ 5", "from another area")]
    notes = "\n## Notes\n\nWritten by a person; kept.\n"
    report.write_text(run.render(earlier, "earlier run", []) + notes, encoding="utf-8")

    assert run.main(["--quick", "--only", "core", "--output", str(report)]) == 0

    text = report.read_text(encoding="utf-8")
    assert "| area | metric | value | unit | target | note |" in text
    assert "SQLCipher: 4." in text and "CPU:" in text and "--only core" in text
    rows = run.parse_rows(text)
    metrics = {r.metric for r in rows if r.area == "core"}
    for wanted in (
        "unlock + open, raw key (keyring path), p95",
        "search Thai 2-char, p95",
        "search Chinese 1-char, p95",
        "save one edited contact, p95",
        "bulk insert ratio service / plain",
        "database size on disk",
    ):
        assert wanted in metrics
    assert all(r.value == r.value for r in rows if r.area == "core"), "no NaN (failed) rows"
    assert [r for r in rows if r.area == "sync"] == earlier
    assert text.endswith(notes)
    assert (tmp_path / "cache").is_dir()


def test_demo_dir_gives_fresh_copies_of_one_cached_build(tmp_path: Path) -> None:
    ctx = BenchContext(quick=True, cache_dir=tmp_path / "cache")
    try:
        first, second = ctx.demo_dir(20), ctx.demo_dir(20)
        assert first != second
        assert (first / "crmdesk.db").exists() and (second / "crmdesk.key").exists()
        assert [p.name for p in (tmp_path / "cache").glob("demo-*")] == [f"{DEMO_VERSION}-20"]
        assert ctx.demo_build_info(20)["contacts"] == 20
    finally:
        ctx.cleanup()
    assert not first.exists()


def test_percentile_is_nearest_rank() -> None:
    samples = [float(n) for n in range(1, 101)]
    assert percentile(samples, 50) == 50.0
    assert percentile(samples, 95) == 95.0
    assert percentile([3.0], 95) == 3.0
