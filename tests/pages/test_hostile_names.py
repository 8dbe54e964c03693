"""A name is text on every page: markup in a speaker's or participant's name stays letters.

Names come from news articles and curated files, so a name may hold ``<img src=...>``.
vis-timeline puts row labels into the page as HTML (through a filter that keeps ``<img>``
and links), so the page must hand it the name escaped.
"""

from __future__ import annotations

from datetime import date

import pytest

from graph.model import Actor, Claim, Event, Extraction, Span
from graph.store import Store
from graph.writer import DocumentMeta, write_document
from tests.pages.conftest import WatchedPage

PROBE = "probe-from-a-name.png"
SPEAKER = f'<img src="/{PROBE}" onerror="window.nameRan = 1">Lena Voss'
PARTICIPANT = f'<a href="/{PROBE}"><b>Tom</b></a> Arkwright'
TEXT = "Lena Voss said on Tuesday that the market hall would reopen. Voss met Arkwright in May."


def span_of(part: str) -> Span:
    start = TEXT.index(part)
    return Span(start, start + len(part), part)


def hostile_extraction() -> Extraction:
    return Extraction(
        text=TEXT,
        published=date(2022, 6, 2),
        actors=[
            Actor("lena-voss", SPEAKER, "person", [], []),
            Actor("tom-arkwright", PARTICIPANT, "person", [], []),
        ],
        topics=[],
        claims=[
            Claim(
                speaker="lena-voss",
                speaker_mention=span_of("Lena Voss"),
                verb="say",
                content=span_of("the market hall would reopen"),
                passage=span_of("Lena Voss said on Tuesday that the market hall would reopen."),
                said_on=date(2022, 5, 31),
                said_on_precision="day",
                date_text="on Tuesday",
            )
        ],
        events=[
            Event(
                "Voss met Arkwright",
                span_of("Voss met Arkwright in May."),
                date=date(2022, 5, 1),
                precision="month",
                date_text="in May",
                participants=["lena-voss", "tom-arkwright"],
            )
        ],
    )


@pytest.fixture(autouse=True)
def hostile_document(store: Store) -> None:
    write_document(
        store,
        DocumentMeta(title="Market hall", url="https://example.org/hall"),
        hostile_extraction(),
    )


def assert_no_markup_ran(watch: WatchedPage, inside: str) -> None:
    """No element came from a name, no request went for its image, no handler ran."""
    page = watch.page
    assert page.locator(f"{inside} img, {inside} b, {inside} a[href='/{PROBE}']").count() == 0
    assert page.evaluate("window.nameRan") is None
    assert [url for url in watch.requests if PROBE in url] == []
    watch.assert_clean()


@pytest.mark.parametrize("path", ["/timeline", "/actors/actor:lena-voss"])
def test_timeline_rows_show_markup_in_names_as_text(watched: WatchedPage, path: str) -> None:
    page = watched.page
    assert page.goto(watched.base_url + path).status == 200
    page.wait_for_selector("#timeline .vis-labelset .vis-label")
    labels = page.locator("#timeline .vis-labelset .vis-label").all_inner_texts()
    assert SPEAKER in labels
    assert any(PARTICIPANT in label for label in labels)
    assert_no_markup_ran(watched, "body")


def test_graph_labels_and_heading_show_markup_in_names_as_text(watched: WatchedPage) -> None:
    page = watched.page
    assert page.goto(watched.base_url + "/graph?center=actor:lena-voss").status == 200
    page.wait_for_function("window.saidwhenGraphSettledMs !== undefined", timeout=30_000)
    assert SPEAKER in page.locator("h1.network-heading").inner_text()
    labels = page.evaluate("nodes.get().map(node => node.label)")
    assert SPEAKER in labels and PARTICIPANT in labels
    assert_no_markup_ran(watched, "body")
