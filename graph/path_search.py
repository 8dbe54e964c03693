"""Every shortest path between two nodes, found by a breadth-first search grown from both ends.

``allShortestPaths`` on the embedded server searches from one end only: four hops from an
actor it has walked every claim of every topic the actor spoke about, seconds at 100k claims
(measured). Growing one side by a ring at a time, the whole ring in one query
(queries/path_neighbours.cypher), until the two searches meet touches only the rings around
the two ends; the side grown is the one whose next ring looks cheaper, so a hub such as a
topic is expanded last. The search stops at the first ring that meets the other side. The
two ends' neighbours are read whole first, so paths of one or two steps are found exactly.

A ring reads ids only: on the embedded server each returned row and each label or
relationship property costs more than walking the relationship, so the steps' details are
read afterwards, for the few steps the paths found take. A hub (a node with more than
``FANOUT_CAP`` relationships) is followed through its first ``FANOUT_CAP`` only, or the
rings grow with the graph; the answer names the hubs so cut, since a shorter path through
one of them may have been missed. The same code runs on both servers.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import islice, product

from graph.store import Store

FANOUT_CAP = 100
"""Relationships followed at most from one node."""
END_CAP = 20_000
"""Relationships read at most from either end, for the paths of one and two steps."""
PREFIX_LABELS = {"actor": "Actor", "claim": "Claim", "topic": "Topic", "event": "Event"}
"""Node ids start with their kind (graph/ids.py); documents' ``doc:`` is the rest."""
FEW_RELATIONSHIPS_FIRST = ("Claim", "Event", "Document", "Actor", "Topic")


@dataclass(frozen=True)
class FoundPath:
    nodes: list[dict]
    """Maps with ``id``, ``label`` and ``name``, from the first end to the other."""
    edges: list[dict]
    """Maps with ``type``, ``source``, ``target`` (as stored), ``title`` and ``passage_id``."""


@dataclass(frozen=True)
class FoundPaths:
    paths: list[FoundPath]
    capped: list[dict]
    """The hubs whose relationships were followed only up to ``fanout_cap`` (node maps)."""
    fanout_cap: int


@dataclass
class Side:
    """One end's search: how far each reached node is, and the nodes it was reached from."""

    start: str
    distance: dict[str, int] = field(default_factory=dict)
    parents: dict[str, list[str]] = field(default_factory=dict)
    frontier: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.distance[self.start] = 0
        self.frontier = [self.start]

    def grow(self, rings: dict[str, list[str]]) -> None:
        """The next ring from the frontier's neighbours."""
        ring = self.distance[self.frontier[0]] + 1
        reached: dict[str, set[str]] = {}
        for node_id, neighbours in rings.items():
            for neighbour in neighbours:
                if self.distance.get(neighbour, ring) == ring:
                    reached.setdefault(neighbour, set()).add(node_id)
        for node_id, parents in reached.items():
            self.distance[node_id] = ring
            self.parents[node_id] = sorted(parents)
        self.frontier = sorted(reached)

    def walks(self, node_id: str) -> Iterator[list[str]]:
        """Every shortest walk from ``node_id`` back to the start, the start last."""
        if node_id == self.start:
            yield [node_id]
            return
        for parent in self.parents[node_id]:
            for rest in self.walks(parent):
                yield [node_id, *rest]


@dataclass
class Fanout:
    """Neighbours per node of each label seen so far: roughly what growing a frontier will cost.

    A label not expanded yet is assumed as costly as the costliest seen.
    """

    neighbours: Counter[str] = field(default_factory=Counter)
    nodes: Counter[str] = field(default_factory=Counter)

    def learn(self, rings: dict[str, list[str]]) -> None:
        for node_id, found in rings.items():
            self.neighbours[label_of(node_id)] += len(found)
            self.nodes[label_of(node_id)] += 1

    def cost(self, node_ids: list[str]) -> float:
        seen = {label: self.neighbours[label] / count for label, count in self.nodes.items()}
        unknown = max(seen.values(), default=1.0)
        return sum(seen.get(label_of(node_id), unknown) for node_id in node_ids)


def label_of(node_id: str) -> str:
    return PREFIX_LABELS.get(node_id.split(":", 1)[0], "Document")


def find_shortest_paths(
    store: Store, from_id: str, to_id: str, max_hops: int, limit: int
) -> FoundPaths:
    """Up to ``limit`` shortest paths of at most ``max_hops`` steps; none when there is none.

    The two ends' neighbours are read whole (up to ``END_CAP``), so paths of one or two
    steps are all found. Longer ones come from the ring search: the first ring that reaches
    the other side's frontier fixes the length; its meeting nodes join every shortest walk
    from one end to every shortest walk to the other.
    """
    capped: set[str] = set()
    [row] = store.read("path_neighbours", ids=[from_id, to_id], per_node=END_CAP)
    ends = {node_id: neighbours for node_id, _, neighbours in row["rings"]}
    ends_capped = {node_id for node_id, degree, _ in row["rings"] if degree > END_CAP}
    first_ring, last_ring = ends.get(from_id, []), ends.get(to_id, [])
    middles = sorted(set(first_ring) & set(last_ring))
    if to_id in first_ring:
        node_paths = [[from_id, to_id]]
    elif middles and max_hops >= 2:
        node_paths = [[from_id, middle, to_id] for middle in middles]
    elif max_hops > 2:
        first, last = Side(from_id), Side(to_id)
        fanout = Fanout()
        for side, ring in ((first, first_ring), (last, last_ring)):
            if len(ring) > FANOUT_CAP:
                capped.add(side.start)
            rings = {side.start: ring[:FANOUT_CAP]}
            side.grow(rings)
            fanout.learn(rings)
        node_paths = _ring_search(store, first, last, fanout, max_hops - 2, limit, capped)
    else:
        node_paths = []
    capped |= ends_capped
    node_paths = node_paths[:limit]
    nodes = _nodes(store, {node for path in node_paths for node in path} | capped)
    edges = _edges(store, node_paths)
    paths = [
        FoundPath([nodes[node] for node in path], list(steps))
        for path in node_paths
        for steps in product(*(edges[pair] for pair in zip(path, path[1:], strict=False)))
    ]
    capped_nodes = [nodes[node] for node in sorted(capped) if node in nodes]
    return FoundPaths(paths[:limit], capped_nodes, FANOUT_CAP)


def _ring_search(
    store: Store,
    first: Side,
    last: Side,
    fanout: Fanout,
    rings_left: int,
    limit: int,
    capped: set[str],
) -> list[list[str]]:
    """Up to ``limit`` shortest walks (node ids) the rings find; hubs cut join ``capped``."""
    for _ in range(rings_left):
        if not first.frontier or not last.frontier:
            break
        cheaper = fanout.cost(first.frontier) <= fanout.cost(last.frontier)
        side, other = (first, last) if cheaper else (last, first)
        rings = _neighbours(store, side.frontier, capped)
        side.grow(rings)
        fanout.learn(rings)
        meeting = sorted(set(side.frontier) & set(other.frontier))
        if meeting:
            return list(islice(_join(first, last, meeting), limit))
    return []


def _neighbours(store: Store, node_ids: list[str], capped: set[str]) -> dict[str, list[str]]:
    """Each node's neighbours, up to ``FANOUT_CAP``; the nodes that had more join ``capped``."""
    [row] = store.read("path_neighbours", ids=node_ids, per_node=FANOUT_CAP)
    rings: dict[str, list[str]] = {}
    for node_id, degree, neighbours in row["rings"]:
        if degree > FANOUT_CAP:
            capped.add(node_id)
        rings[node_id] = neighbours
    return rings


def _join(first: Side, last: Side, meeting: list[str]) -> Iterator[list[str]]:
    for middle in meeting:
        for head in first.walks(middle):
            for tail in last.walks(middle):
                yield [*reversed(head), *tail[1:]]


def _nodes(store: Store, node_ids: set[str]) -> dict[str, dict]:
    if not node_ids:
        return {}
    rows = store.read("path_nodes", ids=sorted(node_ids))
    return {row["node"]["id"]: row["node"] for row in rows}


def _edges(store: Store, node_paths: list[list[str]]) -> dict[tuple[str, str], list[dict]]:
    """Every relationship between each two neighbours on the paths, by the pair in path order."""
    pairs = {pair for path in node_paths for pair in zip(path, path[1:], strict=False)}
    if not pairs:
        return {}
    asked = sorted({_few_first(pair) for pair in pairs})
    edges: dict[tuple[str, str], list[dict]] = {pair: [] for pair in pairs}
    for row in store.read("path_edges", pairs=[list(pair) for pair in asked]):
        one, two = row["pair"]
        for pair in ((one, two), (two, one)):
            if pair in edges:
                edges[pair].append(row["edge"])
    for found in edges.values():
        found.sort(key=_edge_order)
    return edges


def _few_first(pair: tuple[str, str]) -> tuple[str, str]:
    """The pair with the end of fewer relationships first (a claim before an actor)."""
    return min(pair, pair[::-1], key=lambda ends: FEW_RELATIONSHIPS_FIRST.index(label_of(ends[0])))


def _edge_order(edge: dict) -> tuple[str, ...]:
    return (edge["type"], edge["source"], edge["target"], edge["title"] or "")
