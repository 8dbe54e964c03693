"""The timeline's date brush in Chromium: a histogram of items per year that, dragged
across, narrows the timeline to the dates chosen (counts, items and filters agree)."""

from __future__ import annotations

from datetime import date

import pytest

from graph.store import Store
from tests.pages.conftest import WatchedPage
from tests.pages.corpus import write_corpus
from tests.pages.test_pages import open_page, wait_for_counts, wait_for_drawn_items

ALL_ITEMS = 7
"""Five dated items and two claims placed on the day they were reported (2020, 2021)."""


@pytest.fixture(autouse=True)
def corpus(store: Store) -> None:
    write_corpus(store)


def drag_across(watch: WatchedPage, start: float, end: float) -> None:
    """Drag over the brush from ``start`` to ``end``, as fractions of its width."""
    box = watch.page.locator("#brush").bounding_box()
    y = box["y"] + box["height"] / 2
    watch.page.mouse.move(box["x"] + start * box["width"], y)
    watch.page.mouse.down()
    watch.page.mouse.move(box["x"] + (start + end) / 2 * box["width"], y)
    watch.page.mouse.move(box["x"] + end * box["width"], y)
    with watch.page.expect_navigation():
        watch.page.mouse.up()


def test_the_brush_shows_items_per_year(watched: WatchedPage) -> None:
    open_page(watched, "/timeline")
    wait_for_counts(watched.page)
    bars = watched.page.locator("#brush .bar")
    assert bars.evaluate_all("bars => bars.map(bar => bar.dataset.label)") == [
        "2019",
        "2020",
        "2021",
    ]
    assert "2021: 4 items" in bars.nth(2).get_attribute("title")
    watched.assert_clean()


def test_dragging_the_brush_narrows_the_timeline_to_those_dates(watched: WatchedPage) -> None:
    open_page(watched, "/timeline")
    wait_for_drawn_items(watched.page, ALL_ITEMS)
    wait_for_counts(watched.page)
    # The brush spans 2019-01-01 to 2022-01-01: the last third is 2021.
    drag_across(watched, 0.67, 0.999)
    form = watched.page.locator("form.filters")
    since = date.fromisoformat(form.locator("input[name=since]").input_value())
    until = date.fromisoformat(form.locator("input[name=until]").input_value())
    assert date(2020, 12, 25) <= since <= date(2021, 1, 10)
    assert date(2021, 12, 25) <= until <= date(2021, 12, 31)
    wait_for_drawn_items(watched.page, 4)
    wait_for_counts(watched.page)
    total = watched.page.locator("#timeline-counts").get_attribute("data-total")
    assert total == "4"
    years = watched.page.evaluate(
        "window.saidwhenTimeline.itemsData.get().map(item => new Date(item.start).getUTCFullYear())"
    )
    assert years == [2021] * 4
    assert watched.page.get_by_role("link", name="all dates").is_visible()
    watched.assert_clean()
