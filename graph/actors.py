"""Actors: listing, look-up by id, name or alias, and one actor's profile.

``resolve_actor`` is the one way every endpoint and command turns what a user typed (an id
such as ``actor:ada-brook``, a key such as ``ada-brook``, a name or an alias, in any case)
into an actor id, so ``/v1/actors/Brook`` and ``--center "ada brook"`` behave alike.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from graph import ids
from graph.errors import NotFound
from graph.model import actor_key
from graph.store import Read, Reads, Rows, Store


@dataclass(frozen=True)
class ActorSummary:
    id: str
    name: str
    kind: str | None
    aliases: list[str]
    claims: int


@dataclass(frozen=True)
class ActorPage:
    actors: list[ActorSummary]
    next_after_id: str | None
    """The id to continue after, or None on the last page."""


@dataclass(frozen=True)
class Passage:
    id: str
    start: int
    end: int
    text: str
    document_id: str


@dataclass(frozen=True)
class RoleEdge:
    direction: str
    """``out``: this actor holds ``title`` at ``other``; ``in``: ``other`` holds it here."""
    title: str
    other_id: str
    other_name: str
    other_kind: str | None
    document_id: str | None
    since: date | None
    until: date | None
    passage: Passage | None


@dataclass(frozen=True)
class DatedClaim:
    id: str
    text: str
    said_on: date
    said_on_precision: str | None
    date_text: str | None


@dataclass(frozen=True)
class ResolvedName:
    """Evidence of resolution: ``document_id`` named the actor ``alias``, and ``rule`` linked it;
    ``kind`` is the document's own kind for the actor when it gives another (a contested kind)."""

    document_id: str
    alias: str
    rule: str
    kind: str | None = None


@dataclass(frozen=True)
class ActorProfile:
    id: str
    name: str
    kind: str | None
    aliases: list[str]
    curated: bool
    claims_said: int
    claims_mentioning: int
    claims_undated: int
    first_claim: DatedClaim | None
    last_claim: DatedClaim | None
    roles_out: list[RoleEdge] = field(default_factory=list)
    roles_in: list[RoleEdge] = field(default_factory=list)
    candidates: list[str] = field(default_factory=list)
    """Ids of the actors an ambiguous short name could be (empty when it is not ambiguous)."""
    resolved: list[ResolvedName] = field(default_factory=list)


def list_actors(
    store: Store,
    q: str | None = None,
    kind: str | None = None,
    limit: int = 50,
    after_id: str | None = None,
    by_claims: bool = False,
    after_claims: int | None = None,
) -> ActorPage:
    """One page of actors ordered by id, or by claims said (most first, then id) when
    ``by_claims``; one extra row tells whether another page follows."""
    rows = store.read(
        "list_actors",
        q=q or None,
        kind=kind,
        by_claims=by_claims,
        after_claims=after_claims,
        after_id=after_id,
        limit=limit + 1,
    )
    actors = [ActorSummary(**row) for row in rows[:limit]]
    return ActorPage(actors, actors[-1].id if len(rows) > limit else None)


def actor_id_candidates(id_or_name: str) -> dict[str, str]:
    """What finds an actor given by id, key, name or alias: ``$id_or_name`` and ``$key_id``
    through the id index, ``$name_key`` through the ActorName index."""
    text = id_or_name.strip()
    return {"id_or_name": text, "key_id": ids.actor_id(text), "name_key": actor_key(text)}


def resolve_actor(store: Store, id_or_name: str) -> str:
    """The id of the actor ``id_or_name`` names (id, key, name or alias), by indexes; a graph
    loaded before names were indexed is read whole, case-insensitively, as a last resort."""
    return store.run(actor_resolution(id_or_name))


def actor_resolution(id_or_name: str) -> Reads[str]:
    """``resolve_actor``'s reads (graph/store.py ``Reads``), for a caller on the event loop too."""
    params = actor_id_candidates(id_or_name)
    text, key_id = params["id_or_name"], params["key_id"]
    rows: Rows = []
    if text:
        rows = (yield Read("resolve_actor", params)) or (
            yield Read("resolve_actor_by_scan", {"id_or_name": text, "key_id": key_id})
        )
    if not rows:
        raise NotFound(
            f"no actor with id or name {id_or_name!r} "
            "(search with GET /v1/actors?q=... or GET /v1/search?q=...)"
        )
    return rows[0]["id"]


def get_actor(store: Store, id_or_name: str) -> ActorProfile:
    actor_id = resolve_actor(store, id_or_name)
    row = store.read("actor_by_id", actor_id=actor_id)[0]
    bounds = store.read("actor_dated_claim_bounds", actor_id=actor_id)[0]
    roles = list_role_edges(store, actor_id)
    actor = row["actor"]
    return ActorProfile(
        id=actor["id"],
        name=actor["name"],
        kind=actor["kind"],
        aliases=actor["aliases"] or [],
        curated=bool(actor["curated"]),
        claims_said=row["said"],
        claims_mentioning=row["mentioned_in"],
        claims_undated=row["undated"],
        first_claim=DatedClaim(**bounds["first"]) if bounds["first"] else None,
        last_claim=DatedClaim(**bounds["last"]) if bounds["last"] else None,
        roles_out=[role for role in roles if role.direction == "out"],
        roles_in=[role for role in roles if role.direction == "in"],
        candidates=actor["candidates"] or [],
        resolved=sorted(
            (ResolvedName(**link) for link in row["resolved"]),
            key=lambda link: (link.document_id, link.alias),
        ),
    )


def list_role_edges(store: Store, actor_id: str) -> list[RoleEdge]:
    rows = store.read("actor_roles", actor_id=actor_id)
    edges = [
        RoleEdge(**{**row, "passage": Passage(**row["passage"]) if row["passage"] else None})
        for row in rows
    ]
    return sorted(edges, key=lambda edge: (edge.direction, edge.other_id, edge.title))
