"""Narrowing and sorting the browse lists in Chromium: each facet value narrows the list to
its count and the JSON and CSV twins answer the same rows; a sort link orders the rows as
the JSON twin does."""

from __future__ import annotations

import pytest

from graph.store import Store
from tests.pages.conftest import WatchedPage
from tests.pages.corpus import write_corpus, write_hostile_document
from tests.pages.test_browse import csv_ids, json_ids, shown_ids
from tests.pages.test_pages import open_page


@pytest.fixture(autouse=True)
def corpus(store: Store) -> None:
    write_corpus(store)
    write_hostile_document(store)


def choose(watch: WatchedPage, facet: str, label: str) -> int:
    """Click the facet value labelled ``label``; its count as the page showed it."""
    choice = watch.page.locator(f'[data-facet="{facet}"] li', has_text=label).first
    count = int(choice.locator(".count").get_attribute("data-count"))
    with watch.page.expect_navigation():
        choice.locator("a").click()
    return count


def assert_rows_match(watch: WatchedPage, count: int) -> None:
    assert len(shown_ids(watch)) == count
    assert watch.page.locator("#list-total").get_attribute("data-total") == str(count)
    assert shown_ids(watch) == json_ids(watch) == csv_ids(watch)


@pytest.mark.parametrize(
    ("facet", "label", "expected"),
    [
        ("dated", "undated, reported on a known day", 3),
        ("mode", "asked", 1),
        ("confidence", "low (below 0.6)", 1),
        ("confidence", "medium (0.6 to 0.8)", 1),
        ("year", "2021", 3),
    ],
)
def test_a_narrowing_facet_on_claims_narrows_to_its_count_and_the_twins_agree(
    watched: WatchedPage, facet: str, label: str, expected: int
) -> None:
    open_page(watched, "/claims")
    count = choose(watched, facet, label)
    assert count == expected
    assert_rows_match(watched, count)
    assert watched.page.locator(f'[data-facet="{facet}"] li.selected').count() == 1
    watched.assert_clean()


def test_facets_combine_and_each_clears_on_its_own(watched: WatchedPage) -> None:
    open_page(watched, "/claims")
    choose(watched, "dated", "dated in the text")
    count = choose(watched, "year", "2021")
    assert count == 3
    assert_rows_match(watched, count)
    with watched.page.expect_navigation():
        watched.page.locator('[data-facet="dated"] .facet-clear').click()
    assert "since=2021-01-01" in watched.page.url and "dated" not in watched.page.url
    assert_rows_match(watched, 3)
    watched.assert_clean()


def test_the_dated_and_year_facets_narrow_the_events(watched: WatchedPage) -> None:
    open_page(watched, "/events")
    count = choose(watched, "year", "2021")
    assert count == 1
    assert_rows_match(watched, count)
    watched.assert_clean()


def dates_shown(watch: WatchedPage) -> list[str]:
    return watch.page.eval_on_selector_all(
        "#listing tbody tr[data-id] td:first-child", "cells => cells.map(c => c.innerText)"
    )


def test_newest_first_orders_the_claims_as_the_json_twin_does(watched: WatchedPage) -> None:
    open_page(watched, "/claims")
    oldest = shown_ids(watched)
    with watched.page.expect_navigation():
        watched.page.get_by_role("link", name="Newest first").click()
    assert "sort=-date" in watched.page.url
    newest = shown_ids(watched)
    assert newest == json_ids(watched) == csv_ids(watched)
    undated = 3
    assert newest[:-undated] == oldest[:-undated][::-1]
    assert dates_shown(watched)[0] == "1 June 2021"
    assert watched.page.locator(".sorts a[aria-current]").inner_text() == "Newest first"
    watched.assert_clean()


@pytest.mark.parametrize("path", ["/actors", "/topics"])
def test_most_claims_first_orders_as_the_json_twin_does(watched: WatchedPage, path: str) -> None:
    open_page(watched, path)
    with watched.page.expect_navigation():
        watched.page.get_by_role("link", name="Most claims first").click()
    shown = shown_ids(watched)
    assert shown == json_ids(watched) == csv_ids(watched)
    response = watched.page.request.get(watched.base_url + "/v1" + path + "?sort=-claims")
    counts = [item["claims"] for item in response.json()["items"]]
    assert counts == sorted(counts, reverse=True) and counts[0] > counts[-1]
    watched.assert_clean()


def test_a_sorted_list_pages_on_in_the_same_order(watched: WatchedPage) -> None:
    open_page(watched, "/claims?sort=-date&limit=3")
    first = shown_ids(watched)
    with watched.page.expect_navigation():
        watched.page.locator("#next-page").click()
    second = shown_ids(watched)
    assert second == json_ids(watched)
    everything = watched.page.request.get(watched.base_url + "/v1/claims?sort=-date").json()
    assert first + second == [item["id"] for item in everything["items"]][:6]
    watched.assert_clean()
