"""The desktop benchmark runs in quick mode and reports every figure the issue asks for."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from benchmarks.harness import BenchContext
from pytestqt.qtbot import QtBot

from benchmarks import bench_ui


def test_quick_ui_benchmark_measures_every_figure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    monkeypatch.setenv("CRMDESK_PASSPHRASE", "placeholder")  # restored after the test
    ctx = BenchContext(quick=True, cache_dir=tmp_path / "cache")
    try:
        rows = bench_ui.run(ctx)
    finally:
        ctx.cleanup()
    metrics = {r.metric: r for r in rows}
    for wanted in (
        "launch to main window usable",
        "lookup keystroke to results shown, p95",
        "open a contact record with 200 history items, p95",
        "scroll the whole contact list, end to end",
        "longest UI-thread stall while scrolling",
        "jump far down the list (scroll bar dragged), rows shown, worst of 5",
        "peak memory (RSS) of the app",
        "peak memory (RSS) of the app during its daily backup",
    ):
        assert wanted in metrics
        assert not math.isnan(metrics[wanted].value) and metrics[wanted].value > 0
    scroll = metrics["scroll the whole contact list, end to end"].note
    assert "300 rows" in scroll and "Page Down steps" in scroll
