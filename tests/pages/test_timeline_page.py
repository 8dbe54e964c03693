"""The timeline page in Chromium: honest counts, further screens loaded on request, the
chosen item's card in view, items reachable by keyboard, tooltips, a sane axis for one
day, and filter placeholders taken from the graph."""

from __future__ import annotations

import pytest

import api.pages.timeline
from graph.store import Store
from tests.pages.conftest import WatchedPage, assert_fits_a_phone
from tests.pages.corpus import DATED_ITEMS, MARLOW, QUARSHIE, UNDATED_CLAIMS, write_corpus
from tests.pages.test_pages import DRAWN_ITEMS, open_page, wait_for_counts, wait_for_drawn_items

ALL_ITEMS = DATED_ITEMS + UNDATED_CLAIMS


@pytest.fixture(autouse=True)
def corpus(store: Store) -> None:
    write_corpus(store)


def test_a_small_first_screen_says_how_many_and_loads_the_rest(
    watched: WatchedPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(api.pages.timeline, "FIRST_SCREEN", 2)
    monkeypatch.setattr(api.pages.timeline, "SCREEN", 3)
    open_page(watched, "/timeline")
    page = watched.page
    wait_for_drawn_items(page, 2)
    wait_for_counts(page)
    counts = page.locator("#timeline-counts").inner_text()
    assert (
        "Showing the first 2 of 7 (5 dated, 2 undated but placed on the day they were reported,"
        " 0 with no date)" in " ".join(counts.split())
    )
    page.locator("#load-more").click()
    page.wait_for_function("window.saidwhenTimelineScreens === 2")
    wait_for_drawn_items(page, 5)
    page.locator("#load-more").click()
    page.wait_for_function("window.saidwhenTimelineScreens === 3")
    assert page.locator("#timeline-loaded").inner_text() == str(ALL_ITEMS)
    # The undated claims are placed on the day they were reported, so every item is drawn.
    wait_for_drawn_items(page, ALL_ITEMS)
    assert page.locator("#load-more").is_hidden()
    watched.assert_clean()


def test_the_chosen_items_card_is_scrolled_into_view(browser: object, live_server: str) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 420})
    try:
        page = context.new_page()
        page.goto(live_server + "/timeline")
        wait_for_drawn_items(page, ALL_ITEMS)
        page.locator("#timeline .vis-item", has_text="publish its accounts").click()
        card = page.locator("#card")
        card.wait_for(state="visible")
        page.wait_for_function(
            "(() => { const r = document.getElementById('card').getBoundingClientRect();"
            " return r.top >= 0 && r.top < window.innerHeight - 40; })()"
        )
        assert "20 November 2020" in card.inner_text()
    finally:
        context.close()


def test_items_are_reachable_by_keyboard_and_have_tooltips(watched: WatchedPage) -> None:
    open_page(watched, "/timeline")
    page = watched.page
    wait_for_drawn_items(page, ALL_ITEMS)
    page.locator(DRAWN_ITEMS, has_text="fares must rise").hover()
    # vis-timeline fills its tooltip as the mouse enters the item (shown after its delay).
    tooltip = page.locator("div.vis-tooltip")
    tooltip.wait_for(state="attached")
    assert tooltip.text_content() == "April 2021 · Harbour Board: fares must rise"
    page.locator("details summary").focus()
    page.keyboard.press("Enter")
    page.locator("button.show-item", has_text="publish its accounts").focus()
    page.keyboard.press("Enter")
    card = page.locator("#card")
    card.wait_for(state="visible")
    assert "20 November 2020" in card.inner_text()
    assert page.evaluate("window.saidwhenTimeline.getSelection()") == [
        page.locator("#card").get_attribute("data-item-id")
    ]
    watched.assert_clean()


def test_one_day_of_items_reads_as_days_not_milliseconds(watched: WatchedPage) -> None:
    open_page(watched, f"/timeline?actor={MARLOW}&since=2021-05-10&until=2021-05-10")
    page = watched.page
    wait_for_drawn_items(page, 1)
    span = page.evaluate(
        "(() => { const w = window.saidwhenTimeline.getWindow(); return w.end - w.start; })()"
    )
    assert span >= 6 * 24 * 3600 * 1000
    axis = page.locator("#timeline .vis-time-axis").first.inner_text()
    assert ":" not in axis
    watched.assert_clean()


def test_filter_placeholders_name_what_the_graph_holds(watched: WatchedPage) -> None:
    open_page(watched, "/timeline")
    actor = watched.page.get_by_label("Actor id").get_attribute("placeholder")
    topic = watched.page.get_by_label("Topic id").get_attribute("placeholder")
    assert actor == QUARSHIE
    assert topic == "topic:tolls"


def test_the_timeline_fits_a_phone_screen(browser: object, live_server: str) -> None:
    assert_fits_a_phone(browser, live_server, ["/timeline"], "timeline-phone")
