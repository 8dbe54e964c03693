"""Extraction on worker processes gives what one process gives, in the same order."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from graph.errors import InvalidInput
from graph.model import Extraction, extraction_to_dict
from loaders import parallel_extraction
from loaders.documents import ReadFailure
from loaders.gazetteer import Gazetteer
from loaders.parallel_extraction import extract_in_order
from loaders.source_document import SourceDocument

SPEAKERS = ("Mara Quill", "Tobias Fenn", "Ilse Marrow")


def article(number: int) -> SourceDocument:
    speaker = SPEAKERS[number % len(SPEAKERS)]
    text = (
        f"{speaker} said on Tuesday that the harbour levy {number} would be cut. "
        f'"We will not wait," {speaker.split()[0]} told reporters.'
    )
    return SourceDocument(
        text=text,
        title=f"Levy {number}",
        author=None,
        published=date(2022, 5, 1 + number % 28),
        url=f"https://example.org/levy/{number}",
        source=None,
        path=f"levy-{number}.txt",
        kind="text",
    )


def outcomes_of(items, workers: int) -> list[object]:
    return [
        (
            str(item.path),
            extraction_to_dict(outcome) if isinstance(outcome, Extraction) else outcome,
        )
        for item, outcome in extract_in_order(items, Gazetteer.default(), workers)
    ]


def test_workers_give_the_same_outcomes_in_the_same_order(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(parallel_extraction, "IN_PROCESS_FIRST", 3)
    monkeypatch.setattr(parallel_extraction, "WINDOW_PER_WORKER", 2)
    items = [article(n) for n in range(12)]
    items.insert(5, ReadFailure(Path("broken.json"), InvalidInput("broken.json: not JSON")))

    in_parallel = outcomes_of(items, workers=2)

    assert in_parallel == outcomes_of(items, workers=1)
    assert [path for path, _ in in_parallel] == [str(item.path) for item in items]
    assert in_parallel[5][1] is None  # the unreadable file passes through, in its place
    assert all(outcome["claims"] for _, outcome in in_parallel if outcome)
