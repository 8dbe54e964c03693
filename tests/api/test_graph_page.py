"""The network page loads nothing from another host, and works in a real browser."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from api.graph_page import VIS_NETWORK_FILE, VIS_NETWORK_URL, render_network_html
from graph.errors import InvalidInput

NODES = [
    {"id": "actor:ines-marlow", "label": "Ines Marlow", "kind": "person", "claims": 9},
    {"id": "actor:harbour-board", "label": "Harbour Board", "kind": "organization", "claims": 2},
    {"id": "topic:ferry", "label": "Ferry service", "kind": "topic", "url": "/topics/ferry"},
]
EDGES = [
    {"source": "actor:ines-marlow", "target": "topic:ferry", "type": "SPOKE_ABOUT"},
    {"source": "actor:ines-marlow", "target": "actor:harbour-board", "type": "CRITICISED"},
]
OUTSIDE_REFERENCE = re.compile(r"""\b(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", re.IGNORECASE)
CHROMIUM = "/usr/bin/chromium"


@pytest.mark.parametrize("inline_js", [True, False])
def test_page_references_no_other_host(inline_js: bool) -> None:
    page = render_network_html(NODES, EDGES, inline_js=inline_js, title="Ferry")
    assert OUTSIDE_REFERENCE.findall(page) == []
    assert "bootstrap" not in page.lower()


@pytest.mark.parametrize("inline_js", [True, False])
def test_page_carries_every_node_label_and_edge_type(inline_js: bool) -> None:
    page = render_network_html(NODES, EDGES, inline_js=inline_js, title="Ferry")
    for label in ("Ines Marlow", "Harbour Board", "Ferry service", "SPOKE_ABOUT", "CRITICISED"):
        assert label in page


def test_inline_page_contains_the_vendored_vis_network_code() -> None:
    page = render_network_html(NODES, EDGES, inline_js=True, title="Ferry")
    code = VIS_NETWORK_FILE.read_text(encoding="utf-8")
    assert code in page
    assert VIS_NETWORK_URL not in page


def test_served_page_loads_vis_network_from_this_server() -> None:
    page = render_network_html(NODES, EDGES, inline_js=False, title="Ferry")
    assert f'<script src="{VIS_NETWORK_URL}"></script>' in page
    assert len(page) < 10_000


def test_labels_and_title_cannot_inject_markup() -> None:
    nodes = [{"id": "x", "label": "</script><script>alert(1)</script>", "kind": "person"}]
    page = render_network_html(nodes, [], inline_js=False, title="<b>Ferry</b>")
    assert "<script>alert(1)" not in page
    assert "<b>Ferry</b>" not in page
    assert "&lt;b&gt;Ferry&lt;/b&gt;" in page


def test_a_javascript_link_on_a_node_is_refused() -> None:
    nodes = [{"id": "x", "label": "X", "url": "javascript:alert(1)"}]
    with pytest.raises(InvalidInput, match=r"node 'x': url: 'javascript:alert\(1\)'"):
        render_network_html(nodes, [], inline_js=False, title="Ferry")


def test_an_edge_to_a_missing_node_names_the_edge() -> None:
    edges = [*EDGES, {"source": "topic:ferry", "target": "actor:nobody", "type": "ABOUT"}]
    with pytest.raises(InvalidInput, match=r"edge 3: target: 'actor:nobody' is not a node"):
        render_network_html(NODES, edges, inline_js=False, title="Ferry")


@pytest.mark.skipif(shutil.which(CHROMIUM) is None, reason="needs Debian's Chromium")
def test_standalone_page_stabilises_stops_physics_and_follows_a_node_link(
    tmp_path: Path,
) -> None:
    sync_api = pytest.importorskip("playwright.sync_api")
    page_file = tmp_path / "graph.html"
    page_file.write_text(
        render_network_html(NODES, EDGES, inline_js=True, title="Ferry"), encoding="utf-8"
    )
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        try:
            page = browser.new_page()
            requested: list[str] = []
            errors: list[str] = []
            page.on("request", lambda request: requested.append(request.url))
            page.on("pageerror", lambda error: errors.append(str(error)))
            page.goto(page_file.as_uri())
            page.wait_for_function("network.physics.physicsEnabled === false", timeout=60_000)
            assert requested == [page_file.as_uri()]
            assert errors == []

            position = page.evaluate(
                "network.canvasToDOM(network.getPositions(['topic:ferry'])['topic:ferry'])"
            )
            frame = page.locator("#mynetwork").bounding_box()
            assert frame is not None
            with page.expect_request("file:///topics/ferry"):
                page.mouse.click(frame["x"] + position["x"], frame["y"] + position["y"])
        finally:
            browser.close()
