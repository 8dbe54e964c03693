"""The evidence behind one edge of the drawn graph: the passages that make two nodes linked.

The drawn graph folds claims, events and roles into weighted edges (graph.neighbourhood);
a reader who doubts an edge asks what it stands for. CO_MENTION edges stand for shared
claims, CO_PARTICIPATION for shared events, ROLE for the passage stating the role, and
SPOKE_ABOUT (actor to topic) for the actor's claims about the topic.
"""

from __future__ import annotations

from dataclasses import dataclass

from graph.actors import list_role_edges, resolve_actor
from graph.claims import ClaimFilters, list_claims
from graph.errors import InvalidInput
from graph.relationships import list_relationships
from graph.store import Store

EDGE_TYPES = ("ROLE", "CO_MENTION", "CO_PARTICIPATION", "SPOKE_ABOUT")
MAX_EVIDENCE = 20


@dataclass(frozen=True)
class EdgeEvidence:
    item_id: str
    """The claim or event (or, for a role, the passage) the edge stands for."""
    kind: str
    """``claim``, ``event`` or ``role``."""
    text: str
    document_id: str
    start: int
    end: int


@dataclass(frozen=True)
class EdgeEvidencePage:
    source: str
    target: str
    type: str
    total: int
    evidence: list[EdgeEvidence]
    """At most ``MAX_EVIDENCE`` of them."""


def read_edge_evidence(store: Store, source: str, target: str, edge_type: str) -> EdgeEvidencePage:
    if edge_type not in EDGE_TYPES:
        raise InvalidInput(
            f"type: {edge_type!r} is not an edge type (expected one of {', '.join(EDGE_TYPES)})"
        )
    source_id = resolve_actor(store, source)
    if edge_type == "SPOKE_ABOUT":
        page = {
            "after_dated": None,
            "after_date": None,
            "after_id": None,
            "limit": MAX_EVIDENCE + 1,
        }
        claims = list_claims(store, ClaimFilters(speaker=source_id, topic=target), page)
        items = [
            EdgeEvidence(
                c.id,
                "claim",
                c.evidence.text,
                c.evidence.document_id,
                c.evidence.start,
                c.evidence.end,
            )
            for c in claims
        ]
        return EdgeEvidencePage(source_id, target, edge_type, len(items), items[:MAX_EVIDENCE])
    target_id = resolve_actor(store, target)
    if edge_type == "ROLE":
        roles = [
            role
            for role in list_role_edges(store, source_id)
            if role.other_id == target_id and role.passage
        ]
        items = [
            EdgeEvidence(
                r.passage.id,
                "role",
                r.passage.text,
                r.passage.document_id,
                r.passage.start,
                r.passage.end,
            )
            for r in roles
        ]
        return EdgeEvidencePage(source_id, target_id, edge_type, len(items), items[:MAX_EVIDENCE])
    relationships = list_relationships(store, source_id)
    links = (
        relationships.co_mentions if edge_type == "CO_MENTION" else relationships.co_participations
    )
    ids = next((link.evidence_ids for link in links if link.other_id == target_id), [])
    kind = "claim" if edge_type == "CO_MENTION" else "event"
    rows = store.read("passages_for_items", ids=ids[:MAX_EVIDENCE]) if ids else []
    items = [
        EdgeEvidence(
            row["item_id"],
            kind,
            row["passage"]["text"],
            row["passage"]["document_id"],
            row["passage"]["start"],
            row["passage"]["end"],
        )
        for row in sorted(rows, key=lambda row: row["item_id"])
    ]
    return EdgeEvidencePage(source_id, target_id, edge_type, len(ids), items)
