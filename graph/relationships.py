"""How one actor is connected to others: stated roles, shared claims and shared events.

Each kind answers a different question a researcher asks ("who does X work for", "who is
X talked about with", "who was in the room with X"), so they are listed apart, each with
the count that measures it and the claim or event ids to check it against.
"""

from __future__ import annotations

from dataclasses import dataclass

from graph.actors import RoleEdge, list_role_edges, resolve_actor
from graph.store import Store


@dataclass(frozen=True)
class SharedLink:
    """Another actor tied to this one by ``strength`` shared claims or events."""

    other_id: str
    other_name: str
    other_kind: str | None
    strength: int
    evidence_ids: list[str]


@dataclass(frozen=True)
class ActorRelationships:
    actor_id: str
    roles: list[RoleEdge]
    co_mentions: list[SharedLink]
    co_participations: list[SharedLink]


def list_relationships(store: Store, id_or_name: str) -> ActorRelationships:
    actor_id = resolve_actor(store, id_or_name)
    return ActorRelationships(
        actor_id=actor_id,
        roles=list_role_edges(store, actor_id),
        co_mentions=[
            _shared_link(row, "claim_ids")
            for row in store.read("actor_co_mentions", actor_id=actor_id)
        ],
        co_participations=[
            _shared_link(row, "event_ids")
            for row in store.read("actor_co_participations", actor_id=actor_id)
        ],
    )


def _shared_link(row: dict, evidence_key: str) -> SharedLink:
    return SharedLink(
        other_id=row["other_id"],
        other_name=row["other_name"],
        other_kind=row["other_kind"],
        strength=row["strength"],
        evidence_ids=sorted(row[evidence_key]),
    )
