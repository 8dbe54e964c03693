"""The search page in Chromium: names above claims, each claim with its speaker, date and
document and the searched words marked, honest totals, and numbered pages."""

from __future__ import annotations

from datetime import date

import pytest

from api.pages.highlight import Piece, highlight
from api.pages.search import CLAIMS_PER_PAGE
from graph.model import Actor, Extraction
from graph.store import Store
from graph.writer import DocumentMeta, write_document
from tests.pages.conftest import WatchedPage, assert_fits_a_phone
from tests.pages.corpus import HOSTILE_NAME, claim, write_corpus, write_hostile_document
from tests.pages.test_browse_narrowing import choose
from tests.pages.test_pages import open_page

MANY = CLAIMS_PER_PAGE + 5


def write_many_ferry_claims(store: Store) -> None:
    """``MANY`` claims that all mention the ferry, by one speaker, in one document."""
    text = " ".join(f"Skipper Rhee said the ferry run {n} was late." for n in range(MANY))
    claims = [
        claim(
            text, "skipper-rhee", f"Skipper Rhee said the ferry run {n} ", f"the ferry run {n} was"
        )
        for n in range(MANY)
    ]
    extraction = Extraction(
        text=text,
        published=date(2022, 1, 3),
        actors=[Actor("skipper-rhee", "Skipper Rhee", "person", ["Rhee"], [])],
        claims=claims,
    )
    write_document(
        store, DocumentMeta(title="Ferry log", url="https://example.org/log"), extraction
    )


@pytest.fixture(autouse=True)
def corpus(store: Store) -> None:
    write_corpus(store)
    write_hostile_document(store)
    write_many_ferry_claims(store)


def test_highlight_marks_whole_words_and_words_they_begin() -> None:
    assert highlight("Fares rise; the fare-box stays", "fare") == [
        Piece("Fares", True),
        Piece(" rise; the ", False),
        Piece("fare", True),
        Piece("-box stays", False),
    ]
    assert highlight("a ferry", "(ferry") == [Piece("a ", False), Piece("ferry", True)]


def test_claims_show_speaker_date_document_and_the_words_marked(watched: WatchedPage) -> None:
    open_page(watched, "/search?q=timetable")
    page = watched.page
    hit = page.locator("#hits li.hit").first
    assert hit.locator("mark").all_inner_texts() == ["timetable"]
    assert hit.locator(".speaker").inner_text() == "Zed Vantor"
    assert hit.locator(".said-on").inner_text() == "1 June 2021"
    assert hit.locator(".source").inner_text() == f"Hostile {HOSTILE_NAME}"
    assert "<b>was</b>" in hit.inner_text() and hit.locator("b, img").count() == 0
    watched.assert_clean()


def test_a_name_ranks_above_the_claims_and_every_total_is_counted(watched: WatchedPage) -> None:
    open_page(watched, "/search?q=ferry")
    page = watched.page
    names = page.locator("section.names").bounding_box()
    claims = page.locator("#hits").bounding_box()
    assert names["y"] < claims["y"]
    assert page.locator("#topic-hits").inner_text() == "ferry service"
    assert page.locator("#claim-total").get_attribute("data-total") == str(MANY + 2)
    watched.assert_clean()


def test_pages_of_claims_follow_the_rank_without_repeats(watched: WatchedPage) -> None:
    open_page(watched, "/search?q=ferry")
    page = watched.page
    first = page.eval_on_selector_all("#hits li[data-id]", "items => items.map(i => i.dataset.id)")
    assert len(first) == CLAIMS_PER_PAGE
    page.locator("#next-page").click()
    page.wait_for_url("**page=2")
    second = page.eval_on_selector_all("#hits li[data-id]", "items => items.map(i => i.dataset.id)")
    assert len(second) == MANY + 2 - CLAIMS_PER_PAGE
    assert not set(first) & set(second)
    assert page.locator("#hits").get_attribute("start") == str(CLAIMS_PER_PAGE + 1)
    assert page.locator("#next-page").count() == 0
    page.locator("#previous-page").click()
    page.wait_for_url("**/search?q=ferry")
    watched.assert_clean()


def test_the_search_page_fits_a_phone_screen(browser: object, live_server: str) -> None:
    assert_fits_a_phone(browser, live_server, ["/search?q=ferry"], "search-phone")


def test_a_speaker_facet_narrows_the_claims_found_to_its_count(watched: WatchedPage) -> None:
    open_page(watched, "/search?q=ferry")
    count = choose(watched, "speaker", "Ines Marlow")
    assert count == 1
    page = watched.page
    assert page.locator("#claim-total").get_attribute("data-total") == "1"
    assert page.locator("#hits li.hit .speaker").all_inner_texts() == ["Ines Marlow"]
    watched.assert_clean()


def test_a_narrowed_search_pages_on_with_its_facet(watched: WatchedPage) -> None:
    open_page(watched, "/search?q=ferry")
    count = choose(watched, "dated", "undated, reported on a known day")
    assert count == MANY
    page = watched.page
    assert page.locator("#claim-total").get_attribute("data-total") == str(MANY)
    first = page.locator("#hits li.hit").evaluate_all("hits => hits.map(h => h.dataset.id)")
    with page.expect_navigation():
        page.locator("#next-page").click()
    assert "dated=reported" in page.url
    second = page.locator("#hits li.hit").evaluate_all("hits => hits.map(h => h.dataset.id)")
    assert len(first) + len(second) == MANY and not set(first) & set(second)
    assert set(page.locator("#hits li.hit .said-on").all_inner_texts()) == {"undated"}
    watched.assert_clean()


TYPES = ("actor", "topic", "claim")


def json_hits(watch: WatchedPage) -> dict[str, list[str]]:
    """The ids the page's JSON link answers, by type, in their order."""
    href = watch.page.locator("header.site a.json").get_attribute("href")
    response = watch.page.request.get(watch.base_url + href)
    assert response.ok
    hits = response.json()["hits"]
    return {kind: [hit["id"] for hit in hits if hit["type"] == kind] for kind in TYPES}


def shown_hits(watch: WatchedPage) -> dict[str, list[str]]:
    page = watch.page
    return {
        "actor": page.eval_on_selector_all(
            "#actor-hits a", "links => links.map(a => decodeURIComponent(a.pathname.slice(8)))"
        ),
        "topic": page.eval_on_selector_all(
            "#topic-hits a",
            "links => links.map(a => new URLSearchParams(a.search).get('topic'))",
        ),
        "claim": page.eval_on_selector_all(
            "#hits li[data-id]", "hits => hits.map(h => h.dataset.id)"
        ),
    }


def test_the_json_link_of_a_narrowed_page_answers_the_rows_shown(watched: WatchedPage) -> None:
    open_page(watched, "/search?q=ferry")
    choose(watched, "dated", "undated, reported on a known day")
    with watched.page.expect_navigation():
        watched.page.locator("#next-page").click()
    shown = shown_hits(watched)
    assert len(shown["claim"]) == MANY - CLAIMS_PER_PAGE and shown["topic"] == ["topic:ferry"]
    assert json_hits(watched) == shown
    choose(watched, "speaker", "Skipper Rhee")
    shown = shown_hits(watched)
    assert len(shown["claim"]) == CLAIMS_PER_PAGE
    assert json_hits(watched) == shown
    watched.assert_clean()
