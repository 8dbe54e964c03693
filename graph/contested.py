"""Contested facts: where documents disagree, every version kept side by side with its evidence.

Four kinds, each read by its own named query:

- ``statement``: one document reports a statement its speaker denies in another (two claims
  linked by ``CONTESTS``; graph/statements.py decides);
- ``event_date``: one happening dated differently (two events linked by ``CONTESTS``;
  loaders/event_identity.py decides);
- ``actor_kind``: a document gives a known actor another kind (its ``RESOLVED`` link keeps it);
- ``role``: an actor's role at another actor given under different titles (``ROLE`` edges).

Nothing is merged or dropped to make a fact agree: the alternatives are what the documents say.
"""

from __future__ import annotations

import datetime
import heapq
from dataclasses import dataclass
from typing import Literal

from pydantic import BaseModel, field_validator

from graph.claims import ActorRef, Evidence, TopicRef, resolve_actor_filter, resolve_topic_filter
from graph.store import Store

ContestKind = Literal["statement", "event_date", "actor_kind", "role"]
CONTEST_QUERIES: dict[str, str] = {
    "actor_kind": "contested_kinds",
    "event_date": "contested_event_dates",
    "role": "contested_roles",
    "statement": "contested_statements",
}


class Alternative(BaseModel):
    """One version: what it says (``value``: a mode, a date, a kind, a title) and what backs it."""

    id: str | None = None
    """The claim or event that carries this version (none for a kind or a role)."""
    value: str | None = None
    text: str | None = None
    date: datetime.date | None = None
    evidence: list[Evidence] = []
    """The passages that give this version."""
    documents: list[str] = []
    """The documents that give this version, those of its passages included."""

    def model_post_init(self, context: object) -> None:
        found = {item.document_id for item in self.evidence}
        self.documents = sorted(set(self.documents) | found)


class ContestedItem(BaseModel):
    """A fact the documents give two or more ways; ``id`` starts with its kind."""

    id: str
    kind: ContestKind
    actors: list[ActorRef]
    topics: list[TopicRef]
    alternatives: list[Alternative]

    @field_validator("actors", "topics")
    @classmethod
    def once_each(cls, refs: list) -> list:
        return list({ref.id: ref for ref in refs}.values())


@dataclass(frozen=True)
class ContestFilters:
    """Filters as given; None means "any". ``actor`` and ``topic`` are ids, names or aliases."""

    actor: str | None = None
    topic: str | None = None
    kind: ContestKind | None = None
    item: str | None = None
    """A claim's or an event's id: the contests it is a version in."""


def list_contested(
    store: Store, filters: ContestFilters, after_id: str | None, limit: int
) -> list[ContestedItem]:
    """Contested facts in id order (ids start with their kind), at most ``limit`` after
    ``after_id``: each kind's query pages by id, and their pages are merged."""
    params = {
        "actor_id": resolve_actor_filter(store, filters.actor, "actor"),
        "topic_id": resolve_topic_filter(store, filters.topic, "topic"),
        "item_id": filters.item,
        "after_id": after_id,
        "limit": limit,
    }
    kinds = [filters.kind] if filters.kind else sorted(CONTEST_QUERIES)
    pages = [read_contests(store, CONTEST_QUERIES[kind], params) for kind in kinds]
    return list(heapq.merge(*pages, key=lambda item: item.id))[:limit]


def read_contests(store: Store, query: str, params: dict) -> list[ContestedItem]:
    return [ContestedItem.model_validate(row["contest"]) for row in store.read(query, **params)]
