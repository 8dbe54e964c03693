"""``/graph``: the neighbourhood graph drawn by ``api.graph_page`` with our header around it.

``render_network_html`` makes the whole page (it is also the standalone file of
``saidwhen graph --html``); this module adds the navigation, the centre/depth form, the
legends of node kinds and edge types, the "showing N of M" notice, the find box and the
evidence panel after ``<body>``, and ``/static/graph.js`` before ``</body>``, which does
the exploring: a click expands a node (``/graph/neighbours``), a double click opens its
page, a click on an edge shows its evidence (``/v1/graph/evidence``). The page reads the
graph through the functions behind ``/v1/graph`` and links exactly that view as JSON.
"""

from __future__ import annotations

from collections import Counter
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter
from fastapi.responses import HTMLResponse, JSONResponse

from api.dependencies import SettingsDep, StoreDep
from api.graph_page import (
    DEFAULT_COLOUR,
    DEFAULT_EDGE_STYLE,
    EDGE_STYLES,
    KIND_COLOURS,
    render_network_html,
    vis_graph,
)
from api.pages.listing import shown_as_page
from api.pages.templating import templates
from api.paging import check_limit
from graph.actors import resolve_actor
from graph.neighbourhood import build_neighbourhood

router = APIRouter()

DEFAULT_DEPTH = 2
DEFAULT_LIMIT = 200
EXPAND_LIMIT = 50
"""Most neighbours one click on a node adds."""
COUNT_CAP = 10_000
"""Actors counted at most for the "showing N of M" notice."""
HEAD_END = "</head>"
BODY_START = "<body>"
BODY_END = "</body>"


@router.get("/graph", response_class=HTMLResponse)
def graph_page(
    store: StoreDep,
    settings: SettingsDep,
    center: str | None = None,
    depth: int = DEFAULT_DEPTH,
    limit: int = DEFAULT_LIMIT,
    topics: bool = False,
) -> HTMLResponse:
    with shown_as_page():
        check_limit(limit, settings)
        center_id = resolve_actor(store, center) if center else None
        found = build_neighbourhood(
            store, center_id, depth, limit, topics, count_to=max(COUNT_CAP, limit + 1)
        )
    total = found.actors_total or 0
    nodes = [with_link(vars(node), center_id) for node in found.nodes]
    edges = [vars(edge) for edge in found.edges]
    title = f"Graph around {label_of(nodes, center_id)}" if center_id else "Graph"
    page = render_network_html(nodes, edges, inline_js=False, title=title, explore=True)
    twin = {"center": center_id, "depth": depth, "limit": limit, "topics": topics}
    actors_drawn = sum(1 for node in nodes if node["type"] == "actor")
    header = templates.get_template("graph_header.html").render(
        title=title,
        center=center_id,
        depth=depth,
        limit=limit,
        topics=topics,
        json_url="/v1/graph?" + urlencode({k: v for k, v in twin.items() if v is not None}),
        kinds=legend_of_kinds(nodes),
        edge_types=legend_of_edges(edges),
        node_count=len(nodes),
        edge_count=len(edges),
        edges_total=found.edges_total,
        actors_drawn=actors_drawn,
        actors_total=total,
        total_capped=total >= COUNT_CAP,
        narrower_url=(
            "/graph?" + urlencode({**{k: v for k, v in twin.items() if v}, "depth": depth - 1})
            if center_id and depth > 1
            else None
        ),
        placeholder=nodes[0]["label"] if nodes else None,
        timeline_url="/timeline?" + urlencode({"actor": center_id}) if center_id else "/timeline",
    )
    return HTMLResponse(wrap_page(page, header))


@router.get("/graph/neighbours")
def graph_neighbours(store: StoreDep, center: str, topics: bool = False) -> JSONResponse:
    """The nodes and edges one click on ``center`` adds, drawn as the page draws its own."""
    with shown_as_page():
        found = build_neighbourhood(store, center, 1, EXPAND_LIMIT, topics)
    nodes = [with_link(vars(node), None) for node in found.nodes]
    return JSONResponse(vis_graph(nodes, [vars(edge) for edge in found.edges]))


def with_link(node: dict[str, Any], center_id: str | None) -> dict[str, Any]:
    """Where a double click on the node goes: an actor's page, a topic's claims."""
    node_type = node.get("type") or "actor"
    if node_type == "actor":
        url = f"/actors/{node['id']}"
    elif node_type == "topic":
        url = "/claims?" + urlencode({"topic": node["id"]})
    else:
        url = None
    kind = node.get("kind") or node_type
    claims = node.get("claims") or 0
    hover = f"{node['label']} ({kind.replace('_', ' ')}, {claims} claims)"
    return {**node, "kind": kind, "url": url, "title": hover, "center": node["id"] == center_id}


def label_of(nodes: list[dict[str, Any]], node_id: str) -> str:
    return next((node["label"] for node in nodes if node["id"] == node_id), node_id)


def legend_of_kinds(nodes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The kinds present, with their colour and how many nodes have each."""
    counts = Counter(node["kind"] for node in nodes)
    return [
        {"kind": kind, "colour": KIND_COLOURS.get(kind, DEFAULT_COLOUR), "count": count}
        for kind, count in sorted(counts.items())
    ]


def legend_of_edges(edges: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The edge types present, each with how it is drawn and how many there are."""
    counts = Counter(edge["type"] for edge in edges)
    return [
        {"type": edge_type, "count": count, **EDGE_STYLES.get(edge_type, DEFAULT_EDGE_STYLE)}
        for edge_type, count in sorted(counts.items())
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
