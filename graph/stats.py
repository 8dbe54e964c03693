"""Counts and reachability, for /health, /v1/stats and ``saidwhen db status``."""

from __future__ import annotations

from dataclasses import dataclass

from graph.store import Store

LABELS = ("Document", "Passage", "Actor", "Topic", "Claim", "Event")
RELATIONSHIP_TYPES = (
    "IN",
    "SAID",
    "ABOUT",
    "MENTIONS",
    "REFERS_TO",
    "EVIDENCED_BY",
    "PARTICIPATED_IN",
    "ROLE",
    "AUTHORED_BY",
    "RESOLVED",
    "CORROBORATES",
    "CONTESTS",
    "CO_MENTIONED",
)


@dataclass(frozen=True)
class GraphCounts:
    nodes: dict[str, int]
    relationships: dict[str, int]


def ping(store: Store) -> bool:
    return store.read("ping")[0]["ok"] == 1


def count_graph(store: Store) -> GraphCounts:
    """Every label and type of the model, with 0 for those not present yet (the ``ActorName``
    look-up entries are an index, not part of the model)."""
    nodes = dict.fromkeys(LABELS, 0) | {
        r["label"]: r["count"] for r in store.read("count_labels") if r["label"] in LABELS
    }
    relationships = dict.fromkeys(RELATIONSHIP_TYPES, 0) | {
        r["type"]: r["count"] for r in store.read("count_relationship_types")
    }
    return GraphCounts(nodes, relationships)


@dataclass(frozen=True)
class CoreCounts:
    documents: int
    claims: int
    actors: int


def count_label(store: Store, query: str) -> int:
    """The count one of the ``count_<label>s`` queries answers."""
    return store.read(query)[0]["count"]


def count_core_nodes(store: Store) -> CoreCounts:
    """Documents, claims and actors: one label each, so no query walks the whole graph."""
    return CoreCounts(
        documents=store.read("count_documents")[0]["count"],
        claims=store.read("count_claims")[0]["count"],
        actors=store.read("count_actors")[0]["count"],
    )
