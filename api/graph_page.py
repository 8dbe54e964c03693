"""The network page: a pyvis graph rendered with a template that loads nothing from outside.

pyvis's own template links Bootstrap (and, unless inlined, vis-network) from a CDN, so a
page built with it breaks offline and leaks each view to a third party.
``templates/pyvis_offline.html`` keeps what we use of pyvis (nodes, edges, options,
physics, the global ``network`` object) and takes vis-network from ``static/vendor/``:
by URL when the API serves the page, inlined for a standalone file.

Nodes are dicts with ``id`` and ``label`` and optionally ``kind`` (the colour),
``claims`` (how many claims: the size), ``title`` (hover text) and ``url`` (where a click
goes); edges are dicts with ``source``, ``target`` and ``type`` (label and hover text).
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
BASE_NODE_SIZE = 10
NODE_SIZE_PER_SQRT_CLAIM = 5
MAX_NODE_SIZE = 60
STABILIZATION_ITERATIONS = 300
LINK_SCHEMES = ("", "http", "https")

NETWORK_OPTIONS: dict[str, Any] = {
    "nodes": {"shape": "dot", "font": {"size": 14}},
    "edges": {
        "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
        "font": {"size": 10, "align": "middle"},
        "smooth": {"type": "continuous"},
    },
    "interaction": {"hover": True, "tooltipDelay": 150},
    "physics": {
        "enabled": True,
        "solver": "barnesHut",
        "barnesHut": {"gravitationalConstant": -8000, "springLength": 120},
        "stabilization": {"enabled": True, "iterations": STABILIZATION_ITERATIONS},
    },
}
"""Physics lays the graph out, then the template turns it off once stabilised, so the
nodes stop drifting and stay where the reader drags them."""


def render_network_html(
    nodes: list[dict[str, Any]], edges: list[dict[str, Any]], *, inline_js: bool, title: str
) -> str:
    """A complete HTML page drawing the graph, with no reference to another host.

    ``inline_js=True`` puts the vis-network code in the page (a file that works alone,
    for ``saidwhen graph --html``); otherwise the page loads it from ``VIS_NETWORK_URL``.
    """
    network = Network(height="85vh", width="100%", directed=True, heading=title)
    for node in nodes:
        _add_node(network, node)
    known_ids = {node["id"] for node in nodes}
    for number, edge in enumerate(edges, start=1):
        _add_edge(network, edge, known_ids, number)
    network.options = NETWORK_OPTIONS
    network.set_template_dir(str(TEMPLATES), TEMPLATE_NAME)
    network.templateEnv.autoescape = True
    network.templateEnv.globals.update(_vis_network_script(inline_js))
    return network.generate_html(name="graph.html")


def _add_node(network: Network, node: dict[str, Any]) -> None:
    """Add one node, coloured by its kind and sized by its number of claims."""
    claims = node.get("claims") or 0
    attributes = {
        "color": KIND_COLOURS.get(node.get("kind", ""), DEFAULT_COLOUR),
        "size": min(MAX_NODE_SIZE, BASE_NODE_SIZE + NODE_SIZE_PER_SQRT_CLAIM * math.sqrt(claims)),
        "title": node.get("title") or node["label"],
        "kind": node.get("kind"),
        "claims": claims,
    }
    if node.get("url"):
        attributes["url"] = _checked_link(node["url"], node["id"])
    network.add_node(node["id"], label=node["label"], **attributes)


def _add_edge(network: Network, edge: dict[str, Any], known_ids: set[Any], number: int) -> None:
    """Add one edge labelled with its type; both ends must be nodes of the graph."""
    for end in ("source", "target"):
        if edge[end] not in known_ids:
            raise InvalidInput(
                f"edge {number}: {end}: {edge[end]!r} is not a node of the graph "
                "(add the node, or leave the edge out)"
            )
    relation = edge.get("type", "")
    network.add_edge(edge["source"], edge["target"], label=relation, title=relation)


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
