"""Loading a mixed folder: curated facts first, articles after, failures isolated."""

from __future__ import annotations

from pathlib import Path

from graph.stats import count_graph
from graph.store import Store
from loaders.ingest import load_paths

FACTS = """\
actors:
  - name: Tova Lind
    kind: person
    aliases: [Lind]
claims:
  - speaker: Tova Lind
    text: The harbour tax will be dropped
    said_on: 2022-05
    source: https://example.org/lind
"""

ARTICLE = """---
title: Harbour tax
published: 2022-05-20
---
Lind said on Tuesday that the harbour tax would be dropped before summer.
"""


def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a-facts.yaml").write_text(FACTS, encoding="utf-8")
    (folder / "b-article.md").write_text(ARTICLE, encoding="utf-8")
    (folder / "c-broken.json").write_text('{"text": "unterminated', encoding="utf-8")
    (folder / "d-article.md").write_text(
        ARTICLE.replace("Harbour tax", "Harbour tax, again").replace("Tuesday", "Monday"),
        encoding="utf-8",
    )
    return folder


def test_a_bad_file_fails_alone_and_curated_actors_are_known_to_the_articles(
    store: Store, tmp_path: Path
) -> None:
    summary = load_paths(store, [corpus(tmp_path)])
    assert len(summary.loaded) == 3
    assert [path for path, _ in summary.failed] == [str(tmp_path / "corpus" / "c-broken.json")]
    assert "line 1" in summary.failed[0][1]
    rows = store.driver.execute_query(
        "MATCH (a:Actor {name: 'Tova Lind'})-[:SAID]->(c:Claim) RETURN c.said_on AS said_on",
        database_=store.database,
    ).records
    assert len(rows) == 3  # the curated claim and one from each article, all on one actor


def test_loading_the_same_folder_twice_changes_nothing(store: Store, tmp_path: Path) -> None:
    folder = corpus(tmp_path)
    load_paths(store, [folder])
    before = count_graph(store)
    again = load_paths(store, [folder])
    assert len(again.unchanged) == 3 and not again.loaded
    assert count_graph(store) == before
