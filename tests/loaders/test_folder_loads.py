"""Loading folders with hostile files beside good ones, and the same folder by two spellings."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from click.testing import CliRunner

from api.cli import main
from graph.stats import count_graph
from graph.store import Store
from loaders.ingest import load_paths
from tests.cli_env import point_cli_at

ARTICLE = "Tess Lund said on Monday that the ferry would run again.\n"
YAML_BOMB = "claims:\n  - &a {speaker: Tess Lund, text: x}\n  - *a\n"


def hostile_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "a-good.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "b-deep.json").write_text('{"text": ' + "[" * 5000 + "]" * 5000 + "}")
    (folder / "c-bomb.yaml").write_text(YAML_BOMB, encoding="utf-8")
    (folder / "d-bomb.md").write_text("---\nt: &t [x]\nu: *t\n---\n" + ARTICLE)
    (folder / "e-long.txt").write_text(ARTICLE * 40, encoding="utf-8")
    (folder / "f-good.md").write_text(
        "---\ntitle: Ferry\n---\n" + ARTICLE.replace("Monday", "Friday")
    )
    return folder


def with_text_limit(store: Store, max_text_chars: int) -> Store:
    """The session's store (same drivers) with another document size limit."""
    settings = store.settings.model_copy(update={"max_text_chars": max_text_chars})
    return dataclasses.replace(store, settings=settings)


def test_bad_files_fail_alone_and_the_good_ones_beside_them_load(
    store: Store, tmp_path: Path
) -> None:
    summary = load_paths(with_text_limit(store, 1000), [hostile_folder(tmp_path)])
    failed = dict(summary.failed)
    folder = tmp_path / "inbox"
    assert sorted(failed) == [
        str(folder / name) for name in ("b-deep.json", "c-bomb.yaml", "d-bomb.md", "e-long.txt")
    ]
    assert "nests deeper" in failed[str(folder / "b-deep.json")]
    assert "line 3" in failed[str(folder / "c-bomb.yaml")]
    assert "alias *t" in failed[str(folder / "d-bomb.md")]
    assert "limit of 1,000" in failed[str(folder / "e-long.txt")]
    assert len(summary.loaded) == 2
    assert count_graph(store).nodes["Document"] == 2


def test_a_folder_by_relative_then_absolute_path_is_one_set_of_documents(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "ferry.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "tram.txt").write_text(ARTICLE.replace("ferry", "tram"), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    first = load_paths(store, [Path("inbox")])
    counts = count_graph(store)
    again = load_paths(store, [folder, Path("inbox/../inbox/ferry.txt")])
    assert (len(first.loaded), len(again.loaded), len(again.unchanged)) == (2, 0, 3)
    assert count_graph(store) == counts


def test_load_names_the_file_over_the_text_size_limit(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    point_cli_at(store, monkeypatch)
    monkeypatch.setenv("SAIDWHEN_MAX_TEXT_CHARS", "1000")
    long_file = tmp_path / "long.txt"
    long_file.write_text(ARTICLE * 40, encoding="utf-8")
    result = CliRunner().invoke(main, ["load", str(long_file)])
    assert result.exit_code == 1, result.output
    assert "long.txt" in result.output and "limit of 1,000" in result.output
    assert "(0 unchanged, 1 failed)" in result.output
