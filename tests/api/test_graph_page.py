"""The network page loads nothing from another host, and works in a real browser."""

from __future__ import annotations

import json
import math
import re
from pathlib import Path

import pytest

from api.graph_page import (
    LARGE_GRAPH_NODES,
    SEED_NODE_SPACING,
    VIS_NETWORK_FILE,
    VIS_NETWORK_URL,
    edge_styles,
    render_network_html,
    seed_positions,
    vis_edge,
)
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
DATA_SET = re.compile(r"var (nodes|edges) = new vis\.DataSet\((.*?)(?:\.map\(styledEdge\))?\);")


def page_data(page: str) -> dict[str, list[dict]]:
    """The nodes and edges the page hands to vis-network, as JSON."""
    return {name: json.loads(data) for name, data in DATA_SET.findall(page)}


def ring(size: int) -> tuple[list[dict], list[dict]]:
    """``size`` people, each criticising the next: one component, every node of degree 2."""
    nodes = [
        {"id": f"p{number}", "label": f"P{number}", "kind": "person"} for number in range(size)
    ]
    edges = [
        {"source": f"p{number}", "target": f"p{(number + 1) % size}", "type": "CRITICISED"}
        for number in range(size)
    ]
    return nodes, edges


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


def test_a_small_graph_shows_edge_types_on_hover_and_lets_vis_network_place_nodes() -> None:
    data = page_data(render_network_html(NODES, EDGES, inline_js=False, title="Ferry"))
    assert [edge["title"].split()[0] for edge in data["edges"]] == ["SPOKE_ABOUT", "CRITICISED"]
    assert all("label" not in edge for edge in data["edges"])
    assert all("x" not in node for node in data["nodes"])


def test_only_directed_edge_types_have_arrows_each_in_its_own_style() -> None:
    styles = edge_styles()
    assert styles["CO_MENTION"]["directed"] is False
    assert styles["CO_PARTICIPATION"]["directed"] is False
    assert styles["ROLE"]["directed"] is True
    assert len({style["colour"] for style in styles.values()}) == len(styles)
    edge = vis_edge({"source": "actor:ada", "target": "actor:tom", "type": "ROLE", "weight": 4})
    assert edge == {"from": "actor:ada", "to": "actor:tom", "type": "ROLE", "title": "ROLE (4)",
                    "width": 3.0}  # fmt: skip


def test_a_large_graph_starts_from_seed_positions_with_types_only_on_hover() -> None:
    nodes, edges = ring(LARGE_GRAPH_NODES + 1)
    page = render_network_html(nodes, edges, inline_js=False, title="Ring")
    data = page_data(page)
    assert all(isinstance(node["x"], int) and isinstance(node["y"], int) for node in data["nodes"])
    assert all(
        "label" not in edge and edge["title"].startswith("CRITICISED") for edge in data["edges"]
    )
    assert '"improvedLayout": false' in page


def test_seed_positions_are_the_same_on_every_call() -> None:
    nodes, edges = ring(40)
    ids = [node["id"] for node in nodes]
    ends = [(edge["source"], edge["target"]) for edge in edges]
    assert seed_positions(ids, ends) == seed_positions(ids, ends)


def test_seed_positions_put_neighbours_closer_than_strangers() -> None:
    nodes, edges = ring(400)
    ends = [(edge["source"], edge["target"]) for edge in edges]
    positions = seed_positions([node["id"] for node in nodes], ends)
    neighbours = sum(math.dist(positions[a], positions[b]) for a, b in ends) / len(ends)
    strangers = [(f"p{number}", f"p{(number + 200) % 400}") for number in range(400)]
    apart = sum(math.dist(positions[a], positions[b]) for a, b in strangers) / len(strangers)
    assert neighbours * 3 < apart


def test_seed_positions_keep_components_apart() -> None:
    ends = [("a", "b"), ("b", "c"), ("c", "a"), ("x", "y")]
    positions = seed_positions(["a", "b", "c", "x", "y", "alone"], ends)
    groups = [("a", "b", "c"), ("x", "y"), ("alone",)]
    for number, group in enumerate(groups):
        for other in groups[number + 1 :]:
            gap = min(math.dist(positions[a], positions[b]) for a in group for b in other)
            assert gap >= SEED_NODE_SPACING


def test_standalone_page_stabilises_stops_physics_and_follows_a_node_link(
    tmp_path: Path, browser: object
) -> None:
    page_file = tmp_path / "graph.html"
    page_file.write_text(
        render_network_html(NODES, EDGES, inline_js=True, title="Ferry"), encoding="utf-8"
    )
    page = browser.new_page()
    try:
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
        page.close()
