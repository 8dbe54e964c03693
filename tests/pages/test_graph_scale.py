"""A 1,500-actor graph page stays usable: its layout settles and physics stops.

The time from navigation to the end of stabilisation is printed (run with ``-s`` to see
it), not asserted: speed is a benchmark's business. The generous bound only catches a
page that never settles.
"""

from __future__ import annotations

from datetime import date

import pytest

from graph.settings import Settings
from graph.store import Store
from graph.writer import DocumentMeta, write_document
from loaders.extraction import Actor, Claim, Extraction, Span
from tests.pages.conftest import WatchedPage

ACTORS = 1_500
SETTLE_BOUND_MS = 120_000
"""Far above the 30-60 s measured on a loaded test machine: only a hang exceeds it."""


def crowd_extraction(size: int) -> Extraction:
    """``size`` speakers, each naming two others, so every actor has co-mention links."""
    sentences: list[str] = []
    claims: list[Claim] = []
    offset = 0
    for number in range(size):
        content = f"Speaker {(number + 1) % size} and Speaker {(number * 7 + 3) % size} agree"
        sentence = f"Speaker {number} said that {content}."
        start = offset + sentence.index(content)
        claims.append(
            Claim(
                speaker=f"speaker-{number}",
                speaker_mention=Span(
                    offset, offset + len(f"Speaker {number}"), f"Speaker {number}"
                ),
                verb="say",
                content=Span(start, start + len(content), content),
                passage=Span(offset, offset + len(sentence), sentence),
                mentions=sorted(
                    {f"speaker-{(number + 1) % size}", f"speaker-{(number * 7 + 3) % size}"}
                    - {f"speaker-{number}"}
                ),
            )
        )
        sentences.append(sentence)
        offset += len(sentence) + 1
    actors = [
        Actor(f"speaker-{number}", f"Speaker {number}", "person" if number % 3 else "organization")
        for number in range(size)
    ]
    return Extraction(" ".join(sentences), date(2022, 2, 2), actors=actors, claims=claims)


@pytest.fixture
def server_settings(store: Store) -> Settings:
    """A page size cap that lets one graph hold the whole crowd."""
    return store.settings.model_copy(update={"page_size_cap": ACTORS})


def test_a_graph_of_1500_actors_settles_and_stops(store: Store, watched: WatchedPage) -> None:
    write_document(
        store,
        DocumentMeta(title="Crowd", url="https://example.org/crowd"),
        crowd_extraction(ACTORS),
    )
    page = watched.page
    response = page.goto(
        f"{watched.base_url}/graph?limit={ACTORS}", wait_until="commit", timeout=SETTLE_BOUND_MS
    )
    assert response is not None and response.status == 200
    page.wait_for_function("window.saidwhenGraphSettledMs !== undefined", timeout=SETTLE_BOUND_MS)
    navigation = page.evaluate("performance.getEntriesByType('navigation')[0].toJSON()")
    settled_ms = page.evaluate("window.saidwhenGraphSettledMs")
    assert page.evaluate("nodes.length") == ACTORS
    assert page.evaluate("network.physics.physicsEnabled") is False
    print(
        f"\n{ACTORS}-node graph: page received {navigation['responseEnd'] / 1000:.1f} s, "
        f"interactive {navigation['domInteractive'] / 1000:.1f} s, "
        f"layout settled {settled_ms / 1000:.1f} s after navigation"
    )
    watched.screenshot("graph-1500")
    watched.assert_clean()
