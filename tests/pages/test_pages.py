"""Every page in headless Chromium against the real app and database: what it shows, where a
click leads, no console error, nothing asked of another host, a screenshot of each."""

from __future__ import annotations

import httpx
import pytest

from graph import ids
from graph.store import Store
from tests.pages.conftest import WatchedPage, assert_fits_a_phone
from tests.pages.corpus import (
    BOARD,
    BRIDGE_TEXT,
    BRIDGE_URL,
    DATED_ITEMS,
    FERRY_TEXT,
    FERRY_URL,
    MARLOW,
    QUARSHIE,
    UNDATED_CLAIMS,
    claim_id_of,
    write_corpus,
)

ACCOUNTS_CLAIM = claim_id_of(
    BRIDGE_URL, BRIDGE_TEXT, "the Harbour Board to publish its accounts", "osei-quarshie"
)
FARES_CLAIM = claim_id_of(FERRY_URL, FERRY_TEXT, "fares must rise", "harbour-board")
DRAWN_ITEMS = "#timeline .vis-item:is(.vis-box, .vis-range, .vis-point)"
"""One element per item (a box also draws a line and a dot, which carry .vis-item too)."""


@pytest.fixture(autouse=True)
def corpus(store: Store) -> None:
    write_corpus(store)


def open_page(watch: WatchedPage, path: str) -> None:
    response = watch.page.goto(watch.base_url + path)
    assert response is not None and response.status == 200, path


def assert_json_twin(watch: WatchedPage, expected_path: str) -> None:
    """The page's "JSON" link is the same view under /v1, and it answers JSON."""
    href = watch.page.locator("header.site a.json").get_attribute("href")
    assert href is not None and href.startswith(expected_path)
    response = watch.page.request.get(watch.base_url + href)
    assert response.ok and response.headers["content-type"].startswith("application/json")


def wait_for_drawn_items(page: object, count: int) -> None:
    page.wait_for_function(
        f"document.querySelectorAll({DRAWN_ITEMS!r}).length === {count}", timeout=10_000
    )


def wait_for_counts(page: object) -> None:
    """The timeline page's counts arrive after its first screen is drawn."""
    page.wait_for_function(
        "document.getElementById('timeline-counts').dataset.total !== undefined",
        timeout=10_000,
    )


def assert_inputs_labelled(watch: WatchedPage) -> None:
    unlabelled = watch.page.evaluate(
        """[...document.querySelectorAll('input, select')]
             .filter(el => el.type !== 'hidden' && el.labels.length === 0)
             .map(el => el.name || el.id)"""
    )
    assert unlabelled == []


def test_home_shows_counts_recent_documents_and_the_most_quoted(watched: WatchedPage) -> None:
    open_page(watched, "/")
    page = watched.page
    assert page.locator(".counts li").first.inner_text().split()[0] == "2"  # documents
    assert page.locator("#recent-documents li a").all_inner_texts() == [
        "Ferry to resume",
        "Bridge tolls",
    ]
    assert page.locator("#top-actors li a").all_inner_texts() == [
        "Osei Quarshie",
        "Harbour Board",
        "Ines Marlow",
    ]
    assert page.locator("#top-topics li a").all_inner_texts() == ["ferry service", "bridge tolls"]
    assert_inputs_labelled(watched)
    assert_json_twin(watched, "/v1/stats")
    watched.screenshot("home")

    page.get_by_label("Search actors, topics and claims").fill("Marlow")
    page.keyboard.press("Enter")
    page.wait_for_url("**/search?q=Marlow")
    assert "Ines Marlow" in page.locator("#actor-hits").inner_text()
    assert_json_twin(watched, "/v1/search?q=Marlow")
    watched.screenshot("search")
    watched.assert_clean()


def test_timeline_draws_every_dated_item_and_places_the_undated_by_reported_on(
    watched: WatchedPage,
) -> None:
    open_page(watched, "/timeline")
    page = watched.page
    wait_for_drawn_items(page, DATED_ITEMS + UNDATED_CLAIMS)
    assert page.locator("#undated .undated-item").count() == 0
    reported = page.locator("#timeline .vis-item.reported:is(.vis-box, .vis-range, .vis-point)")
    assert reported.count() == UNDATED_CLAIMS
    faded = page.locator("#timeline .vis-item.low-confidence:is(.vis-box, .vis-range, .vis-point)")
    assert faded.count() == 1
    assert "the old pier is safe" in faded.inner_text()
    assert float(faded.evaluate("node => getComputedStyle(node).opacity")) < 1
    rows = page.locator("#timeline .vis-labelset .vis-label").all_inner_texts()
    assert rows == [
        "Harbour Board",
        "Ines Marlow",
        "Osei Quarshie",
        "Events · Harbour Board, Ines Marlow",
    ]
    assert_inputs_labelled(watched)
    assert_json_twin(watched, "/v1/timeline")

    page.locator("#timeline .vis-item", has_text="publish its accounts").click()
    card = page.locator("#card")
    assert card.is_visible()
    assert "20 November 2020 (day)" in card.inner_text()
    assert "On Friday" in card.inner_text()
    assert "asked (ask)" in card.inner_text()
    assert "Confidence 0.95" in card.inner_text()
    watched.screenshot("timeline")

    card.get_by_role("link", name="Read the passage").click()
    page.wait_for_url(f"**/claims/{ACCOUNTS_CLAIM}")
    assert page.locator("mark#passage").inner_text() == (
        "On Friday, Quarshie asked the Harbour Board to publish its accounts."
    )
    watched.assert_clean()


def test_graph_colours_kinds_settles_and_a_node_double_click_opens_the_actor(
    watched: WatchedPage,
) -> None:
    open_page(watched, "/graph")
    page = watched.page
    page.wait_for_function("window.saidwhenGraphSettledMs !== undefined", timeout=60_000)
    assert page.evaluate("network.physics.physicsEnabled") is False
    assert sorted(page.evaluate("nodes.getIds()")) == sorted([BOARD, MARLOW, QUARSHIE])
    legend = page.locator(".legend[aria-label='Node kinds']").inner_text()
    assert "organization (1)" in legend and "person (2)" in legend
    assert_inputs_labelled(watched)
    assert_json_twin(watched, "/v1/graph")
    watched.screenshot("graph")

    position = page.evaluate(f"network.canvasToDOM(network.getPositions([{MARLOW!r}])[{MARLOW!r}])")
    frame = page.locator("#mynetwork").bounding_box()
    assert frame is not None
    page.mouse.dblclick(frame["x"] + position["x"], frame["y"] + position["y"])
    page.wait_for_url(f"**/actors/{MARLOW}")
    assert page.locator("h1").inner_text() == "Ines Marlow"
    watched.assert_clean()


def test_actor_page_lists_what_they_said_in_date_order_and_their_neighbours(
    watched: WatchedPage,
) -> None:
    open_page(watched, f"/actors/{QUARSHIE}")
    page = watched.page
    said = page.locator("#said .said-item").all_inner_texts()
    assert [line.split(":")[0] for line in said] == [
        "2019 (“in 2019”)",
        "20 November 2020 (“On Friday”)",
        "undated · reported 22 November 2020",
    ]
    assert "Harbour Board" in page.locator("#neighbours").inner_text()
    wait_for_drawn_items(page, 3)
    assert page.locator("#undated .undated-item").count() == 0
    assert_json_twin(watched, f"/v1/actors/{QUARSHIE}")
    watched.screenshot("actor")

    page.get_by_role("link", name="Graph around Osei Quarshie").click()
    page.wait_for_url("**/graph?center=*")
    page.wait_for_function("window.saidwhenGraphSettledMs !== undefined", timeout=60_000)
    assert QUARSHIE in page.evaluate("nodes.getIds()")
    watched.assert_clean()


def test_claim_page_marks_the_passage_and_shows_speaker_date_and_topics(
    watched: WatchedPage,
) -> None:
    open_page(watched, f"/claims/{FARES_CLAIM}")
    page = watched.page
    assert page.locator("mark#passage").inner_text() == (
        "The Harbour Board warned in April that fares must rise."
    )
    assert page.locator("#document-text").inner_text() == FERRY_TEXT
    facts = page.locator("dl.facts").first.inner_text()
    assert "Harbour Board" in facts
    assert "April 2021 (month precision)" in facts
    assert "from “in April”" in facts
    assert "12 May 2021" in page.locator("#reported-on").inner_text()
    assert "ferry service" in facts
    assert "said (warn)" in facts
    assert "0.75" in facts
    assert "low" not in page.locator("dd[data-field=confidence]").inner_text()
    assert_json_twin(watched, f"/v1/claims/{FARES_CLAIM}")
    watched.screenshot("claim")

    page.get_by_role("link", name="Harbour Board").first.click()
    page.wait_for_url(f"**/actors/{BOARD}")
    watched.assert_clean()


def test_document_page_marks_the_span_it_is_given(watched: WatchedPage) -> None:
    passage = "Marlow met the Harbour Board on 3 May 2021 to discuss the ferry."
    start = FERRY_TEXT.index(passage)
    document_id = ids.document_id(FERRY_URL)
    open_page(watched, f"/documents/{document_id}?start={start}&end={start + len(passage)}")
    assert watched.page.locator("mark#passage").inner_text() == passage
    assert watched.page.locator("h1").inner_text() == "Ferry to resume"
    assert_json_twin(watched, f"/v1/documents/{document_id}")
    watched.screenshot("document")
    watched.assert_clean()


def test_pages_fit_a_phone_screen(browser: object, live_server: str) -> None:
    assert_fits_a_phone(browser, live_server, ["/timeline", "/"], "home-phone")


@pytest.mark.parametrize(
    "path", ["/actors/actor:nobody-at-all", "/claims/claim:0000000000000000", "/documents/doc:0"]
)
def test_an_unknown_id_is_an_html_404_page(live_server: str, path: str) -> None:
    response = httpx.get(live_server + path)
    assert response.status_code == 404
    assert response.headers["content-type"].startswith("text/html")
    assert "<h1>404" in response.text
    assert "Traceback" not in response.text
