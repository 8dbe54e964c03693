"""Every shortest path between two nodes, found by a breadth-first search grown from both ends.

``allShortestPaths`` on the embedded server searches from one end only: four hops from an
actor it has walked every claim of every topic the actor spoke about, seconds at 100k claims
(measured). Growing one side by a ring at a time (queries/path_step.cypher) until the two
searches meet touches only the rings around the two ends; the side grown is the one whose
next ring looks cheaper, so a hub such as a topic is expanded last. The same code runs on
both servers.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import islice

from graph.store import Store


@dataclass(frozen=True)
class FoundPath:
    nodes: list[dict]
    """Maps with ``id``, ``label`` and ``name``, from the first end to the other."""
    edges: list[dict]
    """Maps with ``type``, ``source``, ``target`` (as stored), ``title`` and ``passage_id``."""


@dataclass
class Side:
    """One end's search: how far each reached node is, and every way it was reached."""

    start: str
    distance: dict[str, int] = field(default_factory=dict)
    parents: dict[str, list[tuple[str, dict]]] = field(default_factory=dict)
    frontier: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.distance[self.start] = 0
        self.frontier = [self.start]

    def grow(self, rows: list[dict], nodes: dict[str, dict]) -> None:
        """The next ring from a ``path_step`` answer; ``nodes`` collects the node maps."""
        ring = self.distance[self.frontier[0]] + 1
        reached: dict[str, list[tuple[str, dict]]] = {}
        for row in rows:
            node_id = row["node"]["id"]
            nodes.setdefault(row["from_node"]["id"], row["from_node"])
            if self.distance.get(node_id, ring) == ring:
                reached.setdefault(node_id, []).append((row["from_node"]["id"], row["edge"]))
                nodes.setdefault(node_id, row["node"])
        for node_id, ways in reached.items():
            self.distance[node_id] = ring
            self.parents[node_id] = sorted(ways, key=_way_order)
        self.frontier = sorted(reached)

    def walks(self, node_id: str) -> Iterator[list[tuple[str, dict]]]:
        """Every shortest walk from ``node_id`` back to the start: (node, edge that reached it)."""
        if node_id == self.start:
            yield []
            return
        for parent, edge in self.parents[node_id]:
            for rest in self.walks(parent):
                yield [(node_id, edge), *rest]


@dataclass
class Fanout:
    """Rows per node of each label seen so far: roughly what growing a frontier will cost.

    A label not expanded yet is assumed as costly as the costliest seen.
    """

    rows: Counter[str] = field(default_factory=Counter)
    nodes: Counter[str] = field(default_factory=Counter)

    def learn(self, rows: list[dict], labels: list[str | None]) -> None:
        self.rows.update(row["from_node"]["label"] for row in rows)
        self.nodes.update(labels)

    def cost(self, labels: list[str | None]) -> float:
        seen = {label: self.rows[label] / count for label, count in self.nodes.items()}
        unknown = max(seen.values(), default=1.0)
        return sum(seen.get(label, unknown) for label in labels)


def find_shortest_paths(
    store: Store, from_id: str, to_id: str, max_hops: int, limit: int
) -> list[FoundPath]:
    """Up to ``limit`` shortest paths of at most ``max_hops`` steps; none when there is none.

    The first ring that reaches the other side's frontier fixes the length; its meeting
    nodes join every shortest walk from one end to every shortest walk to the other.
    """
    first, last = Side(from_id), Side(to_id)
    nodes: dict[str, dict] = {}
    fanout = Fanout()

    def labels(node_ids: list[str]) -> list[str | None]:
        return [nodes.get(node_id, {}).get("label") for node_id in node_ids]

    for _ in range(max_hops):
        cheaper = fanout.cost(labels(first.frontier)) <= fanout.cost(labels(last.frontier))
        side, other = (first, last) if cheaper else (last, first)
        expanded = side.frontier
        rows = store.read("path_step", ids=expanded)
        side.grow(rows, nodes)
        fanout.learn(rows, labels(expanded))
        meeting = sorted(set(side.frontier) & set(other.frontier))
        if meeting:
            return list(islice(_join(first, last, meeting, nodes), limit))
        if not side.frontier:
            break
    return []


def _join(
    first: Side, last: Side, meeting: list[str], nodes: dict[str, dict]
) -> Iterator[FoundPath]:
    for middle in meeting:
        for head in first.walks(middle):
            for tail in last.walks(middle):
                node_ids = [first.start, *(node for node, _ in reversed(head))]
                node_ids += [*(node for node, _ in tail[1:]), last.start] if tail else []
                edges = [edge for _, edge in reversed(head)] + [edge for _, edge in tail]
                yield FoundPath([nodes[node_id] for node_id in node_ids], edges)


def _way_order(way: tuple[str, dict]) -> tuple[str, ...]:
    parent, edge = way
    return (parent, edge["type"], edge["source"], edge["target"], edge["title"] or "")
