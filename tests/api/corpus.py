"""The example corpus (examples/corpus and its gazetteer), loaded through the real pipeline."""

from __future__ import annotations

from pathlib import Path

from graph.store import Store
from loaders.gazetteer import Gazetteer
from loaders.ingest import load_paths

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def load_example_corpus(store: Store) -> None:
    """Read, extract and write every example document; a document that fails fails the test."""
    gazetteer = Gazetteer.default().merge(Gazetteer.from_yaml(EXAMPLES / "gazetteer.yaml"))
    summary = load_paths(store, [EXAMPLES / "corpus"], gazetteer=gazetteer)
    assert summary.loaded and not summary.failed, summary.failed
