"""Shortest paths between two actors, with the passage behind each step where there is one.

A step through a claim (SAID, MENTIONS, ABOUT) or an event (PARTICIPATED_IN, ABOUT) is
evidenced by that claim's or event's passage; a ROLE step by the passage that stated the
role. Steps with no passage of their own (AUTHORED_BY) carry none.
"""

from __future__ import annotations

from dataclasses import dataclass

from graph.actors import Passage, resolve_actor
from graph.errors import InvalidInput
from graph.path_search import find_shortest_paths
from graph.store import Store

MAX_HOPS = 6
"""The deepest search the API allows."""
MAX_PATHS = 25


@dataclass(frozen=True)
class PathNode:
    id: str
    label: str
    name: str | None


@dataclass(frozen=True)
class PathEdge:
    type: str
    source: str
    target: str
    title: str | None
    evidence: Passage | None


@dataclass(frozen=True)
class Path:
    nodes: list[PathNode]
    edges: list[PathEdge]

    @property
    def length(self) -> int:
        return len(self.edges)


@dataclass(frozen=True)
class ActorPaths:
    from_id: str
    to_id: str
    paths: list[Path]
    capped: list[PathNode]
    """Hubs whose relationships were followed only up to ``fanout_cap``: a shorter path
    through one of them may exist."""
    fanout_cap: int


def find_paths(
    store: Store, from_actor: str, to_actor: str, max_hops: int = 4, limit: int = MAX_PATHS
) -> ActorPaths:
    """Every shortest path (up to ``limit``) of at most ``max_hops`` steps; none is no error."""
    if not 1 <= max_hops <= MAX_HOPS:
        raise InvalidInput(f"max_hops: {max_hops} is out of range (expected 1 to {MAX_HOPS})")
    from_id, to_id = resolve_actor(store, from_actor), resolve_actor(store, to_actor)
    if from_id == to_id:
        raise InvalidInput(f"from and to are the same actor ({from_id}): pick two actors")
    found_paths = find_shortest_paths(store, from_id, to_id, max_hops, limit)
    evidence = _find_evidence(store, [edge for path in found_paths.paths for edge in path.edges])
    found = [
        Path(
            nodes=[PathNode(**node) for node in path.nodes],
            edges=[
                PathEdge(
                    type=edge["type"],
                    source=edge["source"],
                    target=edge["target"],
                    title=edge["title"],
                    evidence=evidence.get(_evidence_key(edge)),
                )
                for edge in path.edges
            ],
        )
        for path in found_paths.paths
    ]
    capped = [PathNode(**node) for node in found_paths.capped]
    return ActorPaths(from_id, to_id, found, capped, found_paths.fanout_cap)


def _evidence_key(edge: dict) -> str | None:
    """The id whose passage evidences ``edge``: its own passage, or its claim's or event's."""
    if edge["passage_id"]:
        return edge["passage_id"]
    for end in (edge["source"], edge["target"]):
        if end.startswith(("claim:", "event:")):
            return end
    return None


def _find_evidence(store: Store, edges: list[dict]) -> dict[str, Passage]:
    keys = sorted({key for edge in edges if (key := _evidence_key(edge))})
    if not keys:
        return {}
    return {
        row["item_id"]: Passage(**row["passage"])
        for row in store.read("passages_for_items", ids=keys)
    }
