"""``saidwhen load`` on a bulk file: extraction workers, batched writes, a bad file reported."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from api.cli import main
from graph.stats import count_graph
from graph.store import Store
from loaders.parallel_extraction import IN_PROCESS_FIRST
from tests.cli_env import point_cli_at

ARTICLES = IN_PROCESS_FIRST + 8  # enough that the workers take part
SPEAKERS = ("Mara Quill", "Tobias Fenn", "Ilse Marrow", "Ada Brook")


def write_corpus(folder: Path) -> None:
    folder.mkdir()
    records = [
        {
            "url": f"https://example.org/levy/{n}",
            "published": f"2022-05-{1 + n % 28:02d}",
            "text": f"{SPEAKERS[n % 4]} said on Tuesday that the harbour levy {n} would be cut.",
        }
        for n in range(ARTICLES)
    ]
    lines = "\n".join(json.dumps(record) for record in records)
    (folder / "articles.jsonl").write_text(lines + "\n", encoding="utf-8")
    (folder / "broken.json").write_text('{"text": "unterminated', encoding="utf-8")


def test_a_bulk_load_reports_every_article_and_the_bad_file(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    point_cli_at(store, monkeypatch)
    folder = tmp_path / "corpus"
    write_corpus(folder)
    runner = CliRunner()

    first = runner.invoke(main, ["load", str(folder), "--workers", "2"])

    assert first.exit_code == 1, first.output  # one file failed
    assert f"{ARTICLES + 1} documents (0 unchanged, 1 failed) · {ARTICLES} claims" in first.output
    assert "broken.json" in first.output
    counts = count_graph(store)
    assert counts.nodes["Document"] == ARTICLES
    assert counts.relationships["SAID"] == ARTICLES

    again = runner.invoke(main, ["load", str(folder), "--workers", "2"])
    assert f"{ARTICLES + 1} documents ({ARTICLES} unchanged, 1 failed) · 0 claims" in again.output
    assert count_graph(store) == counts
