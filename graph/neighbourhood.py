"""An actor-centred neighbourhood for drawing: actors (optionally topics) and weighted links.

The drawn graph is a projection, not the stored one: two actors are linked when a ROLE ties
them, when they share claims (CO_MENTION: one is among the other's strongest co-mentions,
graph/co_mention_lists.py) or events (CO_PARTICIPATION), weighted by how many. Claims and
events themselves would bury the people in a picture, so they become weights. The
neighbourhood grows one ring of actors per ``depth`` step from the centre (breadth first, in
Python, since Cypher cannot take a variable-length bound as a parameter) and stops at
``limit`` actors.

A large drawing keeps fewer, stronger edges: above ``EDGES_PER_NODE`` edges per node on
average, each node keeps only its strongest few (``strongest_edges``), and the
neighbourhood says how many there were (``edges_total``), so a page can say what it left out.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from itertools import combinations

from graph.actors import resolve_actor
from graph.co_mention_lists import STRONGEST_KEPT, Strongest, strongest_co_mentions
from graph.errors import InvalidInput
from graph.store import Store

MAX_DEPTH = 4
EDGES_PER_NODE = 2
"""Most edges a drawing keeps per node, on average. The 1,500 best connected actors of a
1,000-article store share 10,328 links: drawn in full, a grey disc that took seconds to
lay out in Chromium (bench/graph_settle.py); each actor's strongest (2,463) lay out
faster and leave the nodes visible between the lines."""


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
    edges_total: int
    """Edges among these nodes before ``strongest_edges`` left the weakest out."""
    actors_total: int | None = None
    """Actors the neighbourhood holds before ``limit`` cut it, when counted (``count_to``)."""


def build_neighbourhood(
    store: Store,
    center: str | None = None,
    depth: int = 1,
    limit: int = 50,
    topics: bool = False,
    count_to: int = 0,
) -> Neighbourhood:
    """Actors within ``depth`` links of ``center``; without one, the ``limit`` best connected.

    With ``count_to`` above ``limit``, also how many actors there are before the cut
    (``actors_total``), counting up to ``count_to``: the rings grow that far in one pass.
    """
    if not 1 <= depth <= MAX_DEPTH:
        raise InvalidInput(f"depth: {depth} is out of range (expected 1 to {MAX_DEPTH})")
    actors_total = None
    if center:
        grown = _grow_from(store, resolve_actor(store, center), depth, max(limit, count_to))
        # Rings grown further start with the same actors: the first ``limit`` are the drawing.
        actor_ids = grown[:limit]
        actors_total = len(grown) if count_to > limit else None
    else:
        actor_ids = [row["id"] for row in store.read("most_connected_actors", limit=limit)]
        if count_to > limit:
            actors_total = min(count_to, store.read("count_actors")[0]["count"])
    nodes = [
        GraphNode(row["id"], row["name"], row["kind"], "actor", row["claims"])
        for row in store.read("graph_actor_nodes", ids=actor_ids)
    ]
    edges = links_among(
        store.read("actor_link_items", ids=actor_ids),
        co_mentions_among(strongest_co_mentions(store, actor_ids), set(actor_ids)),
        set(actor_ids),
    )
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
    return Neighbourhood(nodes, strongest_edges(edges, len(nodes)), len(edges), actors_total)


def co_mentions_among(strongest: Strongest, actor_ids: set[str]) -> dict[tuple[str, str], int]:
    """Shared claims per pair of the given actors (smaller id first) where one is among the
    other's strongest co-mentions (graph/co_mention_lists.py)."""
    return {
        (min(actor, other), max(actor, other)): weight
        for actor, partners in strongest.items()
        for other, weight in partners
        if other in actor_ids
    }


def links_among(
    rows: list[dict], co_mentioned: dict[tuple[str, str], int], actor_ids: set[str]
) -> list[GraphEdge]:
    """Edges between the given actors from ``actor_link_items``' lists (an actor once per
    item): ROLE to each actor held (as often as held), and one undirected edge per pair
    (source < target) sharing events, weighted by how many; with the pairs sharing claims
    (``co_mentions_among``)."""
    members: dict[str, dict[str, list[str]]] = {"CO_PARTICIPATION": {}}
    counts: Counter[tuple[str, str, str]] = Counter(
        {(*pair, "CO_MENTION"): weight for pair, weight in co_mentioned.items()}
    )
    for row in rows:
        actor = row["actor"]
        if row["type"] == "ROLE":
            counts.update((actor, target, "ROLE") for target in row["items"] if target in actor_ids)
            continue
        shared = members[row["type"]]
        for item in row["items"]:
            shared.setdefault(item, []).append(actor)
    for kind, by_item in members.items():
        for actors in by_item.values():
            if len(actors) > 1:
                counts.update(
                    (source, target, kind) for source, target in combinations(sorted(actors), 2)
                )
    return [
        GraphEdge(source, target, kind, weight)
        for (source, target, kind), weight in sorted(counts.items())
    ]


def strongest_edges(edges: list[GraphEdge], node_count: int) -> list[GraphEdge]:
    """At most ``EDGES_PER_NODE`` edges per node on average: each node's ``k`` strongest
    (an edge stays when it is among the strongest of either end), ``k`` as large as fits.

    Every node with an edge keeps its strongest one, so nothing drawn is cut loose; ties
    go to the edge listed first. Edges that fit are all kept, in their order.
    """
    budget = EDGES_PER_NODE * node_count
    if len(edges) <= budget:
        return edges
    ranked: dict[str, list[int]] = {}
    for index, edge in enumerate(edges):
        ranked.setdefault(edge.source, []).append(index)
        ranked.setdefault(edge.target, []).append(index)
    for indexes in ranked.values():
        indexes.sort(key=lambda index: (-edges[index].weight, index))
    kept: set[int] = set()
    for rank in range(max(map(len, ranked.values()))):
        wider = kept | {indexes[rank] for indexes in ranked.values() if len(indexes) > rank}
        if len(wider) > budget:
            break
        kept = wider
    return [edge for index, edge in enumerate(edges) if index in kept]


def _grow_from(store: Store, center_id: str, depth: int, limit: int) -> list[str]:
    """Actor ids ring by ring from the centre, strongest links first within a ring."""
    found = [center_id]
    frontier = [center_id]
    seen = {center_id}
    for _ in range(depth):
        if not frontier or len(found) >= limit:
            break
        # An actor's strongest ``limit`` co-mentions hold every one this ring can take: at most
        # ``len(found)`` of them are found already, and the ring takes ``limit - len(found)``.
        links = sorted(
            _links_from(store.read("actor_neighbours", ids=frontier))
            + [
                (actor, other, weight)
                for actor, partners in _strongest(store, frontier, limit).items()
                for other, weight in partners
            ],
            key=lambda link: (-link[2], link[1]),
        )
        ring: list[str] = []
        for source, target, _ in links:
            for actor_id in (source, target):
                if actor_id not in seen:
                    seen.add(actor_id)
                    ring.append(actor_id)
        ring = ring[: limit - len(found)]
        found += ring
        frontier = ring
    return found


def _strongest(store: Store, actor_ids: list[str], per_actor: int) -> Strongest:
    """Each actor's ``per_actor`` strongest co-mentions: from the kept lists when they hold
    that many, else from the weights."""
    if per_actor <= STRONGEST_KEPT:
        return {
            actor: partners[:per_actor]
            for actor, partners in strongest_co_mentions(store, actor_ids).items()
        }
    return {
        row["actor"]: list(zip(row["neighbours"], row["weights"], strict=True))
        for row in store.read("strongest_co_mentions", ids=actor_ids, per_actor=per_actor)
    }


def _links_from(rows: list[dict]) -> list[tuple[str, str, int]]:
    """``actor_neighbours``' lists as (source, target, weight), one per pair and type: a
    ROLE from its holder, a shared claim or event from the given actor."""
    links = []
    for row in rows:
        actor = row["actor"]
        for other, weight in Counter(row["neighbours"]).items():
            if other == actor:
                continue
            links.append(
                (other, actor, weight) if row["type"] == "ROLE_OF" else (actor, other, weight)
            )
    return links
