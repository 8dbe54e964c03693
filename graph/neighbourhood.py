"""An actor-centred neighbourhood for drawing: actors (optionally topics) and weighted links.

The drawn graph is a projection, not the stored one: two actors are linked when a ROLE ties
them, when they share claims (CO_MENTION) or events (CO_PARTICIPATION), weighted by how
many. Claims and events themselves would bury the people in a picture, so they become
weights. The neighbourhood grows one ring of actors per ``depth`` step from the centre
(breadth first, in Python, since Cypher cannot take a variable-length bound as a
parameter) and stops at ``limit`` actors.
"""

from __future__ import annotations

from dataclasses import dataclass

from graph.actors import resolve_actor
from graph.errors import InvalidInput
from graph.store import Store

MAX_DEPTH = 4
UNDIRECTED_TYPES = ("CO_MENTION", "CO_PARTICIPATION")


@dataclass(frozen=True)
class GraphNode:
    id: str
    label: str
    kind: str | None
    type: str
    """``actor`` or ``topic``."""
    claims: int


@dataclass(frozen=True)
class GraphEdge:
    source: str
    target: str
    type: str
    weight: int


@dataclass(frozen=True)
class Neighbourhood:
    nodes: list[GraphNode]
    edges: list[GraphEdge]


def build_neighbourhood(
    store: Store,
    center: str | None = None,
    depth: int = 1,
    limit: int = 50,
    topics: bool = False,
) -> Neighbourhood:
    """Actors within ``depth`` links of ``center``; without one, the ``limit`` best connected."""
    if not 1 <= depth <= MAX_DEPTH:
        raise InvalidInput(f"depth: {depth} is out of range (expected 1 to {MAX_DEPTH})")
    if center:
        actor_ids = _grow_from(store, resolve_actor(store, center), depth, limit)
    else:
        actor_ids = [row["id"] for row in store.read("most_connected_actors", limit=limit)]
    links = store.read("actor_links_among", ids=actor_ids)
    nodes = [
        GraphNode(row["id"], row["name"], row["kind"], "actor", row["claims"])
        for row in store.read("graph_actor_nodes", ids=actor_ids)
    ]
    edges = _fold_links(links)
    if topics:
        topic_rows = store.read("actor_topic_links", ids=actor_ids)
        nodes += list(
            {
                row["target"]: GraphNode(
                    row["target"], row["topic_name"], "topic", "topic", row["topic_claims"]
                )
                for row in topic_rows
            }.values()
        )
        edges += [GraphEdge(r["source"], r["target"], r["type"], r["weight"]) for r in topic_rows]
    order = {actor_id: position for position, actor_id in enumerate(actor_ids)}
    nodes.sort(key=lambda node: (order.get(node.id, len(order)), node.id))
    return Neighbourhood(nodes, edges)


def _grow_from(store: Store, center_id: str, depth: int, limit: int) -> list[str]:
    """Actor ids ring by ring from the centre, strongest links first within a ring."""
    found = [center_id]
    frontier = [center_id]
    for _ in range(depth):
        if not frontier or len(found) >= limit:
            break
        links = sorted(
            store.read("actor_links", ids=frontier), key=lambda row: (-row["weight"], row["target"])
        )
        ring: list[str] = []
        for row in links:
            for actor_id in (row["source"], row["target"]):
                if actor_id not in found and actor_id not in ring:
                    ring.append(actor_id)
        ring = ring[: limit - len(found)]
        found += ring
        frontier = ring
    return found


def _fold_links(links: list[dict]) -> list[GraphEdge]:
    """One edge per pair and type: undirected links found from both ends count once."""
    folded: dict[tuple[str, str, str], int] = {}
    for row in links:
        source, target = row["source"], row["target"]
        if row["type"] in UNDIRECTED_TYPES:
            source, target = sorted((source, target))
        folded[(source, target, row["type"])] = row["weight"]
    return [
        GraphEdge(source, target, kind, weight)
        for (source, target, kind), weight in sorted(folded.items())
    ]


def count_neighbourhood(store: Store, center: str | None, depth: int, cap: int) -> int:
    """How many actors the neighbourhood holds before ``limit`` cuts it, counting to ``cap``:
    all actors without a centre, else those within ``depth`` links of it."""
    if not center:
        return store.read("count_actors")[0]["count"]
    return len(_grow_from(store, resolve_actor(store, center), depth, cap))
