"""The benchmark runs end to end at tiny scales and reports every figure (no timings asserted)."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path
from typing import Any

import pytest

from bench.queries import QUESTIONS
from bench.report import print_report
from bench.run import Options, machine, run_backend
from graph.store import Store

PRINTED = (
    "words per CPU second",
    "articles/s",
    "news-like articles",
    "claims an article",
    "share of time writing",
    "bare CREATE",
    "writer/bare",
    "API p50",
    "direct p50",
    "API/direct",
    "slope of log(p50)",
    "requests/s",
    "cache off",
    "cache on",
    "errors",
    "peak RSS, service",
    "database",
)


def missing_figures(value: Any, where: str = "") -> list[str]:
    """Paths to every figure that is absent (None) in the results."""
    if isinstance(value, dict):
        return [
            path for key, item in value.items() for path in missing_figures(item, f"{where}.{key}")
        ]
    if isinstance(value, list):
        return [
            path for i, item in enumerate(value) for path in missing_figures(item, f"{where}[{i}]")
        ]
    return [where] if value is None else []


@pytest.fixture
def tiny_options(tmp_path: Path) -> Options:
    return Options(
        scales=[100, 2000],
        extraction_articles=2,
        pool_articles=4,
        ingest_seconds=30.0,
        writer_claims=200,
        requests=3,
        query_seconds=10.0,
        load_requests=20,
        load_seconds=10.0,
        load_clients=4,
        corpus_dir=tmp_path / "corpus",
        realistic_articles=20,
    )


def test_benchmark_prints_and_records_every_figure_at_two_tiny_scales(
    store: Store, tiny_options: Options, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    figures = run_backend(store, tiny_options, tmp_path)
    results = {
        "machine": machine(),
        "options": asdict(tiny_options),
        "backends": {store.backend.value: figures},
    }
    print_report(results)
    printed = capsys.readouterr().out

    assert missing_figures(figures) == []
    assert [scale["claims"] >= 100 for scale in figures["scales"]] == [True, True]
    assert figures["scales"][1]["claims"] >= 2000
    assert figures["scales"][1]["claims_synthetic"] > 0
    for scale in figures["scales"]:
        assert [row["question"] for row in scale["queries"]] == [q.name for q in QUESTIONS]
        assert all(row["errors"] == 0 for row in scale["queries"])
        for throughput in (scale["throughput"], scale["throughput_cached"]):
            assert throughput["requests"] > 0
            assert throughput["errors"] == 0
    for label in PRINTED + tuple(q.name for q in QUESTIONS):
        assert label in printed, label
    assert json.loads(json.dumps(results, default=str))["backends"]
