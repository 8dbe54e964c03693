"""The network page: a pyvis graph rendered with a template that loads nothing from outside.

pyvis's own template links Bootstrap (and, unless inlined, vis-network) from a CDN, so a
page built with it breaks offline and leaks each view to a third party.
``templates/pyvis_offline.html`` keeps what we use of pyvis (nodes, edges, options,
physics, the global ``network`` object) and takes vis-network from ``static/vendor/``:
by URL when the API serves the page, inlined for a standalone file.

Nodes are dicts with ``id`` and ``label`` and optionally ``kind`` (the colour),
``claims`` (how many claims: the size), ``title`` (hover text), ``url`` (where a click
goes) and ``center`` (ringed); edges are dicts with ``source``, ``target``, ``type`` (its
style in ``EDGE_STYLES``, and hover text) and ``weight``. A graph above
``LARGE_GRAPH_NODES`` gets options and seed positions that let 1,500 nodes settle in
seconds instead of a minute.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from markupsafe import Markup
from pyvis.network import Network

from graph.errors import InvalidInput

TEMPLATES = Path(__file__).parent / "templates"
TEMPLATE_NAME = "pyvis_offline.html"
VIS_NETWORK_FILE = Path(__file__).parent / "static" / "vendor" / "vis-network.min.js"
VIS_NETWORK_URL = "/static/vendor/vis-network.min.js"

KIND_COLOURS = {
    "person": "#4e79a7",
    "organization": "#f28e2b",
    "government_body": "#e15759",
    "country": "#76b7b2",
    "media": "#59a14f",
    "topic": "#edc948",
    "document": "#b07aa1",
    "claim": "#ff9da7",
    "event": "#9c755f",
}
DEFAULT_COLOUR = "#bab0ac"
EDGE_STYLES: dict[str, dict[str, Any]] = {
    "ROLE": {"colour": "#e15759", "dashes": False, "directed": True, "meaning": "holds a role at"},
    "CO_MENTION": {
        "colour": "#4e79a7",
        "dashes": False,
        "directed": False,
        "meaning": "in claims together",
    },
    "CO_PARTICIPATION": {
        "colour": "#9c755f",
        "dashes": True,
        "directed": False,
        "meaning": "at events together",
    },
    "SPOKE_ABOUT": {
        "colour": "#c9a227",
        "dashes": [2, 4],
        "directed": True,
        "meaning": "spoke about",
    },
}
"""How each edge type is drawn: only the directed ones have an arrow (a co-mention has no
direction), and each has its own colour and line, named in the page's legend."""
DEFAULT_EDGE_STYLE = {"colour": "#8c8c8c", "dashes": False, "directed": True, "meaning": ""}
CENTRE_BORDER = "#111111"
BASE_NODE_SIZE = 10
NODE_SIZE_PER_SQRT_CLAIM = 5
MAX_NODE_SIZE = 60
LINK_SCHEMES = ("", "http", "https")
LARGE_GRAPH_NODES = 250
"""Above this many nodes (the /graph page shows 200 by default) the page switches to
the large-graph options and starts physics from ``seed_positions``."""
SEED_NODE_SPACING = 90
"""Radius, in canvas units, per square root of a disc's node count: about the density
barnesHut ends with (``LARGE_GRAPH_OPTIONS``), so physics polishes the seed instead of
first shrinking it. Nodes are up to 120 units wide: at 50 they hid each other."""

SMALL_GRAPH_OPTIONS: dict[str, Any] = {
    "nodes": {"shape": "dot", "font": {"size": 14}},
    "edges": {"smooth": {"type": "continuous"}},
    "layout": {"randomSeed": 1},
    "interaction": {"hover": True, "tooltipDelay": 150},
    "physics": {
        "enabled": True,
        "solver": "barnesHut",
        "barnesHut": {
            "gravitationalConstant": -4000,
            "centralGravity": 0.8,
            "springLength": 150,
            "avoidOverlap": 0.5,
        },
        "stabilization": {"enabled": True, "iterations": 300, "updateInterval": 10},
    },
}
"""Physics lays the graph out, then the template turns it off once stabilised, so the
nodes stop drifting and stay where the reader drags them. ``updateInterval`` is how
many iterations run between two yields to the browser: the tab answers while it works.
A fixed seed draws the same graph the same way on every load; the pull to the centre
keeps unconnected actors near the rest, so fitting the view leaves labels readable."""

LARGE_GRAPH_OPTIONS: dict[str, Any] = {
    "nodes": SMALL_GRAPH_OPTIONS["nodes"],
    "edges": {"smooth": False},
    "layout": {"improvedLayout": False},
    "interaction": {
        "hover": True,
        "tooltipDelay": 150,
        "hideEdgesOnDrag": True,
        "hideEdgesOnZoom": True,
    },
    "physics": {
        "enabled": True,
        "solver": "barnesHut",
        "barnesHut": {"gravitationalConstant": -20000, "springLength": 200, "theta": 1.0},
        "stabilization": {"enabled": True, "iterations": 30, "updateInterval": 5},
    },
}
"""Measured on 1,500 nodes in headless Chromium on a loaded 2-core machine: the small
options (300 iterations from vis-network's own start) took 30-60 s. Kamada-Kawai
(``improvedLayout``) is quadratic and pointless once nodes have seed positions; 30
iterations from the seed look like 60 (compared on screenshots of 1,500 actors with the
strongest 2,463 of their 10,328 edges), and 60 like 300 from vis-network's ring; ``theta`` 1.0
halves the cost of each Barnes-Hut iteration; the stronger repulsion and longer springs
spread the nodes as far apart as ``SEED_NODE_SPACING``; straight edges without labels
(the type stays in the hover text) draw fast enough to pan and zoom."""


def render_network_html(
    nodes: list[dict[str, Any]],
    edges: list[dict[str, Any]],
    *,
    inline_js: bool,
    title: str,
    explore: bool = False,
) -> str:
    """A complete HTML page drawing the graph, with no reference to another host.

    ``inline_js=True`` puts the vis-network code in the page (a file that works alone,
    for ``saidwhen graph --html``); otherwise the page loads it from ``VIS_NETWORK_URL``.
    ``explore=True`` leaves clicks to the served page's script (expand, open, evidence);
    otherwise a click on a node opens its ``url``.
    """
    large = len(nodes) > LARGE_GRAPH_NODES
    drawn = vis_graph(nodes, edges, seeded=large)
    network = Network(height="85vh", width="100%", directed=True, heading=title)
    network.nodes = drawn["nodes"]
    network.edges = drawn["edges"]
    network.options = LARGE_GRAPH_OPTIONS if large else SMALL_GRAPH_OPTIONS
    network.set_template_dir(str(TEMPLATES), TEMPLATE_NAME)
    network.templateEnv.autoescape = True
    network.templateEnv.globals.update(
        _vis_network_script(inline_js), explore=explore, edge_styles=edge_styles()
    )
    return network.generate_html(name="graph.html")


def vis_graph(
    nodes: list[dict[str, Any]], edges: list[dict[str, Any]], *, seeded: bool = False
) -> dict[str, list[dict[str, Any]]]:
    """Nodes and edges as vis-network draws them; ``seeded`` adds start positions."""
    known_ids = {node["id"] for node in nodes}
    ends = [_checked_ends(edge, known_ids, number) for number, edge in enumerate(edges, start=1)]
    positions = seed_positions([node["id"] for node in nodes], ends) if seeded else {}
    return {
        "nodes": [vis_node(node, positions.get(node["id"])) for node in nodes],
        "edges": [vis_edge(edge) for edge in edges],
    }


def vis_node(node: dict[str, Any], position: tuple[int, int] | None = None) -> dict[str, Any]:
    """One node, coloured by its kind and sized by its number of claims; the centre ringed."""
    claims = node.get("claims") or 0
    size = min(MAX_NODE_SIZE, BASE_NODE_SIZE + NODE_SIZE_PER_SQRT_CLAIM * math.sqrt(claims))
    colour = KIND_COLOURS.get(node.get("kind") or "", DEFAULT_COLOUR)
    data: dict[str, Any] = {
        "id": node["id"],
        "label": node["label"],
        "color": colour,
        "size": round(size, 1),
        "title": node.get("title") or node["label"],
        "kind": node.get("kind"),
        "claims": claims,
    }
    if node.get("url"):
        data["url"] = _checked_link(node["url"], node["id"])
    if node.get("center"):
        data |= {
            "center": True,
            "borderWidth": 5,
            "color": {"background": colour, "border": CENTRE_BORDER},
            "font": {"size": 18, "bold": True},
        }
    if position is not None:
        data["x"], data["y"] = position
    return data


def _checked_ends(edge: dict[str, Any], known_ids: set[Any], number: int) -> tuple[Any, Any]:
    """The edge's source and target, which must both be nodes of the graph."""
    for end in ("source", "target"):
        if edge[end] not in known_ids:
            raise InvalidInput(
                f"edge {number}: {end}: {edge[end]!r} is not a node of the graph "
                "(add the node, or leave the edge out)"
            )
    return edge["source"], edge["target"]


def vis_edge(edge: dict[str, Any]) -> dict[str, Any]:
    """One edge: its ends, type, and its type and weight as hover text (no label).

    Its look (colour, line, arrow) is its type's, from ``EDGE_STYLES``, applied in the page
    by ``styledEdge``: written once per page instead of once per edge, which kept a
    200-actor graph of a large corpus under its size budget.
    """
    relation = edge.get("type", "")
    weight = edge.get("weight") or 1
    data = {
        "from": edge["source"],
        "to": edge["target"],
        "type": relation,
        "title": f"{relation} ({weight})" if relation else str(weight),
    }
    if weight > 1:
        data["width"] = round(1 + math.log2(weight), 1)
    return data


def edge_styles() -> dict[str, dict[str, Any]]:
    """``EDGE_STYLES`` for the page's script, the default under ``""``."""
    return {**EDGE_STYLES, "": DEFAULT_EDGE_STYLE}


def _checked_link(url: str, node_id: Any) -> str:
    """The node's link, if it is a path or a web address.

    A click sets ``window.location`` to it, so a ``javascript:`` URL in the data would
    run as code in the page.
    """
    if urlsplit(url).scheme.lower() not in LINK_SCHEMES:
        raise InvalidInput(
            f"node {node_id!r}: url: {url!r} is not a path or a web address "
            "(expected /path or https://...)"
        )
    return url


def _vis_network_script(inline_js: bool) -> dict[str, Any]:
    """The template variables that load vis-network: its code, or its URL."""
    if not inline_js:
        return {"vis_network_js": None, "vis_network_src": VIS_NETWORK_URL}
    code = VIS_NETWORK_FILE.read_text(encoding="utf-8")
    # "</script" inside the code would end the inline <script> element early.
    return {
        "vis_network_js": Markup(code.replace("</script", "<\\/script")),
        "vis_network_src": None,
    }


def seed_positions(node_ids: list[Any], ends: list[tuple[Any, Any]]) -> dict[Any, tuple[int, int]]:
    """Where physics starts each node of a large graph: a disc per connected component.

    Without positions vis-network puts every node on one wide circle and needs hundreds
    of iterations to pull them in (tens of seconds for 1,500 nodes), and its own
    pre-layout, Kamada-Kawai, is quadratic. Here each component's breadth-first layers,
    from its best-connected node, lie on rings of a disc of even density, each ring in
    the order of the one inside it, so neighbours start near each other and physics only
    polishes. The discs, largest first, sit side by side in rows as wide as the largest
    (a row of lone actors beside it made the fitted drawing small), or about as many discs
    a row as there are rows. Deterministic: the same graph starts the same way on every
    load.
    """
    neighbours: dict[Any, list[Any]] = {node_id: [] for node_id in node_ids}
    for source, target in ends:
        if source != target:
            neighbours[source].append(target)
            neighbours[target].append(source)
    discs = [
        _disc(layers)
        for layers in sorted(_components(neighbours), key=lambda layers: -sum(map(len, layers)))
    ]
    row_width = max(
        2 * max((radius for _, radius in discs), default=0),
        2 * SEED_NODE_SPACING * math.sqrt(len(discs)),
    )
    positions: dict[Any, tuple[int, int]] = {}
    left = top = row_height = 0.0
    for disc, radius in discs:
        if left > 0 and left + 2 * radius > row_width:
            left, top, row_height = 0.0, top + row_height, 0.0
        for node_id, (x, y) in disc.items():
            positions[node_id] = (round(left + radius + x), round(top + radius + y))
        left += 2 * radius
        row_height = max(row_height, 2 * radius)
    return positions


def _components(neighbours: dict[Any, list[Any]]) -> list[list[list[Any]]]:
    """Each connected component as breadth-first layers from its best-connected node."""
    seen: set[Any] = set()
    components = []
    for root in sorted(neighbours, key=lambda node_id: -len(neighbours[node_id])):
        if root in seen:
            continue
        seen.add(root)
        layers = [[root]]
        while True:
            layer = []
            for node_id in layers[-1]:
                for neighbour in neighbours[node_id]:
                    if neighbour not in seen:
                        seen.add(neighbour)
                        layer.append(neighbour)
            if not layer:
                break
            layers.append(layer)
        components.append(layers)
    return components


def _disc(layers: list[list[Any]]) -> tuple[dict[Any, tuple[float, float]], float]:
    """Positions around the disc's centre, one ring per layer, and the disc's radius."""
    disc: dict[Any, tuple[float, float]] = {}
    placed = 0
    radius = 0.0
    for depth, layer in enumerate(layers):
        placed += len(layer)
        radius = SEED_NODE_SPACING * math.sqrt(placed / math.pi) if depth else 0.0
        for index, node_id in enumerate(layer):
            angle = 2 * math.pi * index / len(layer)
            disc[node_id] = (radius * math.cos(angle), radius * math.sin(angle))
    return disc, radius + SEED_NODE_SPACING
