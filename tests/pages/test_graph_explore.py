"""Exploring the graph page in Chromium: the JSON link is the drawing, a click on a node adds
its neighbours, a click on an edge shows its passages, a name can be found, a capped
drawing says so, symmetric edges have no arrow, and hostile names stay text."""

from __future__ import annotations

import pytest

from graph.store import Store
from tests.pages.conftest import WatchedPage, assert_fits_a_phone
from tests.pages.corpus import (
    BOARD,
    HOSTILE_NAME,
    MARLOW,
    QUARSHIE,
    write_corpus,
    write_hostile_document,
)
from tests.pages.test_pages import open_page

HOSTILE = "actor:hostile"


@pytest.fixture(autouse=True)
def corpus(store: Store) -> None:
    write_corpus(store)
    write_hostile_document(store)


def open_graph(watch: WatchedPage, path: str) -> None:
    open_page(watch, path)
    watch.page.wait_for_function("window.saidwhenGraphSettledMs !== undefined", timeout=60_000)


def screen_point(watch: WatchedPage, *node_ids: str) -> tuple[float, float]:
    """Where on the screen the middle of the given nodes is drawn."""
    points = [
        watch.page.evaluate(f"network.canvasToDOM(network.getPositions([{n!r}])[{n!r}])")
        for n in node_ids
    ]
    frame = watch.page.locator("#mynetwork").bounding_box()
    x = sum(point["x"] for point in points) / len(points)
    y = sum(point["y"] for point in points) / len(points)
    return frame["x"] + x, frame["y"] + y


def drawn_edges(watch: WatchedPage) -> set[tuple[str, str, str]]:
    return {
        tuple(edge) for edge in watch.page.evaluate("edges.get().map(e => [e.from, e.to, e.type])")
    }


def test_the_json_link_answers_exactly_the_drawing(watched: WatchedPage) -> None:
    open_graph(watched, f"/graph?center={MARLOW}&topics=true")
    href = watched.page.locator("header.site a.json").get_attribute("href")
    twin = watched.page.request.get(watched.base_url + href).json()
    assert sorted(node["id"] for node in twin["nodes"]) == sorted(
        watched.page.evaluate("nodes.getIds()")
    )
    assert {(e["source"], e["target"], e["type"]) for e in twin["edges"]} == drawn_edges(watched)
    assert len(twin["edges"]) == watched.page.evaluate("edges.length") > 0
    watched.assert_clean()


def test_a_click_on_a_node_adds_its_neighbours(watched: WatchedPage) -> None:
    open_graph(watched, f"/graph?center={QUARSHIE}&depth=1")
    page = watched.page
    assert sorted(page.evaluate("nodes.getIds()")) == sorted([QUARSHIE, BOARD])
    page.mouse.click(*screen_point(watched, BOARD))
    page.wait_for_function("window.saidwhenGraphExpanded === 1", timeout=20_000)
    assert sorted(page.evaluate("nodes.getIds()")) == sorted([QUARSHIE, BOARD, MARLOW])
    assert (BOARD, MARLOW, "CO_PARTICIPATION") in drawn_edges(watched)
    assert page.url.endswith("depth=1")
    watched.assert_clean()


def test_a_click_on_an_edge_lists_its_passages(watched: WatchedPage) -> None:
    open_graph(watched, f"/graph?center={QUARSHIE}&depth=1")
    page = watched.page
    page.mouse.click(*screen_point(watched, QUARSHIE, BOARD))
    panel = page.locator("#edge-evidence")
    panel.wait_for(state="visible", timeout=20_000)
    assert panel.locator("[data-field=title]").inner_text().startswith("CO_MENTION")
    link = panel.locator("li a")
    assert link.all_inner_texts() == [
        "On Friday, Quarshie asked the Harbour Board to publish its accounts."
    ]
    assert link.get_attribute("href").startswith("/claims/claim")
    watched.assert_clean()


def test_symmetric_edges_have_no_arrow_and_the_centre_is_ringed(watched: WatchedPage) -> None:
    open_graph(watched, f"/graph?center={MARLOW}&topics=true")
    arrows = dict(watched.page.evaluate("edges.get().map(e => [e.type, e.arrows.to.enabled])"))
    assert arrows["CO_PARTICIPATION"] is False and arrows.get("CO_MENTION", False) is False
    assert arrows["SPOKE_ABOUT"] is True
    assert watched.page.evaluate("nodes.get().filter(n => n.center).map(n => n.id)") == [MARLOW]
    legend = watched.page.locator("#edge-legend").inner_text()
    assert "CO_PARTICIPATION" in legend and "SPOKE_ABOUT" in legend
    assert watched.page.evaluate("edges.get().every(e => e.label === undefined)")
    watched.assert_clean()


def test_find_selects_a_node_by_name(watched: WatchedPage) -> None:
    open_graph(watched, "/graph")
    watched.page.get_by_label("Find in the drawing").fill("harbour")
    watched.page.locator("#find-node button").click()
    watched.page.wait_for_function("window.saidwhenGraphFound !== undefined")
    assert watched.page.evaluate("network.getSelectedNodes()") == [BOARD]
    watched.assert_clean()


def test_a_capped_drawing_says_how_many_it_leaves_out(watched: WatchedPage) -> None:
    open_graph(watched, "/graph?limit=2")
    assert watched.page.evaluate("nodes.length") == 2
    assert watched.page.locator("#graph-capped").inner_text() == "Showing 2 of 5 actors"
    watched.assert_clean()


def test_a_hostile_name_is_text_in_the_tooltip_and_the_find_list(watched: WatchedPage) -> None:
    dialogs: list[str] = []
    watched.page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    open_graph(watched, f"/graph?center={HOSTILE}")
    page = watched.page
    assert page.locator(".graph-header h1").inner_text() == f"Graph around {HOSTILE_NAME}"
    page.mouse.move(*screen_point(watched, HOSTILE))
    tooltip = page.locator("div.vis-tooltip")
    tooltip.wait_for(state="visible", timeout=10_000)
    assert HOSTILE_NAME in tooltip.inner_text()
    assert page.locator("img").count() == 0
    assert HOSTILE_NAME in page.evaluate(
        "[...document.querySelectorAll('#node-names option')].map(o => o.value)"
    )
    assert dialogs == []
    watched.assert_clean()


def test_the_graph_page_fits_a_phone_screen(browser: object, live_server: str) -> None:
    assert_fits_a_phone(browser, live_server, [f"/graph?center={MARLOW}"], "graph-phone")
