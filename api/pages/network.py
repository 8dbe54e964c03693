"""``/graph``: the neighbourhood graph drawn by ``api.graph_page`` with our header around it.

``render_network_html`` makes the whole page (it is also the standalone file of
``saidwhen graph --html``); this module adds the navigation, the centre/depth form and
the legend after ``<body>``, and ``/static/graph.js`` before ``</body>``, which records
when the layout settled (shown on the page, read by the browser tests).
"""

from __future__ import annotations

from collections import Counter
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from api.graph_page import DEFAULT_COLOUR, KIND_COLOURS, render_network_html
from api.pages.templating import templates
from api.pages.twin import fetch_json, json_twin_url

router = APIRouter()

DEFAULT_DEPTH = 2
DEFAULT_LIMIT = 200
ACTOR_TYPES = frozenset({"actor"})
HEAD_END = "</head>"
BODY_START = "<body>"
BODY_END = "</body>"


@router.get("/graph", response_class=HTMLResponse)
async def graph_page(
    request: Request,
    center: str | None = None,
    depth: int = DEFAULT_DEPTH,
    limit: int = DEFAULT_LIMIT,
    topics: bool = False,
) -> HTMLResponse:
    params = {"center": center, "depth": depth, "limit": limit, "topics": topics or None}
    graph = await fetch_json(request, "/v1/graph", params)
    nodes = [with_link(node) for node in graph["nodes"]]
    title = f"Graph around {label_of(nodes, center)}" if center else "Graph"
    page = render_network_html(nodes, graph["edges"], inline_js=False, title=title)
    header = templates.get_template("graph_header.html").render(
        title=title,
        center=center,
        depth=depth,
        topics=topics,
        json_url=json_twin_url(request, "/v1/graph"),
        kinds=legend_of_kinds(nodes),
        edge_types=Counter(edge.get("type", "") for edge in graph["edges"]).most_common(),
        node_count=len(nodes),
        edge_count=len(graph["edges"]),
        timeline_url="/timeline?" + urlencode({"actor": center}) if center else "/timeline",
    )
    return HTMLResponse(wrap_page(page, header))


def with_link(node: dict[str, Any]) -> dict[str, Any]:
    """Where a click on the node goes: an actor's page, a topic's timeline, a claim's passage."""
    node_type = node.get("type") or "actor"
    if node_type in ACTOR_TYPES:
        url = f"/actors/{node['id']}"
    elif node_type == "topic":
        url = "/timeline?" + urlencode({"topic": node["id"]})
    elif node_type == "claim":
        url = f"/claims/{node['id']}"
    elif node_type == "document":
        url = f"/documents/{node['id']}"
    else:
        url = None
    kind = node.get("kind") or node_type
    claims = node.get("claims") or 0
    hover = f"{node['label']} ({kind.replace('_', ' ')}, {claims} claims)"
    return {**node, "kind": kind, "url": url, "title": hover}


def label_of(nodes: list[dict[str, Any]], node_id: str) -> str:
    return next((node["label"] for node in nodes if node["id"] == node_id), node_id)


def legend_of_kinds(nodes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The kinds present, with their colour and how many nodes have each."""
    counts = Counter(node["kind"] for node in nodes)
    return [
        {"kind": kind, "colour": KIND_COLOURS.get(kind, DEFAULT_COLOUR), "count": count}
        for kind, count in sorted(counts.items())
    ]


def wrap_page(page: str, header: str) -> str:
    """Put our stylesheet, header and script into the page ``render_network_html`` made."""
    for marker in (HEAD_END, BODY_START, BODY_END):
        if page.count(marker) != 1:
            raise RuntimeError(f"the network page has {page.count(marker)} {marker!r}, not one")
    stylesheet = (
        '<link rel="icon" href="data:,">\n<link rel="stylesheet" href="/static/saidwhen.css">\n'
    )
    return (
        page.replace(HEAD_END, stylesheet + HEAD_END)
        .replace(BODY_START, BODY_START + header)
        .replace(BODY_END, '<script src="/static/graph.js"></script>\n' + BODY_END)
    )
