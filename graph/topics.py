"""Reading topics: what the claims are about, and how much was said about each."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

from pydantic import BaseModel

from graph import ids
from graph.errors import NotFound
from graph.store import Read, Reads, Rows, Store

CountSort = Literal["id", "-claims"]
"""By id (readable: ``topic:ledger-bill``), or the most claims first."""


class TopicSummary(BaseModel):
    id: str
    name: str
    aliases: list[str] = []
    claims: int


def list_topics(
    store: Store, page: Mapping[str, Any], sort: CountSort = "id"
) -> list[TopicSummary]:
    """Topics in id order (topics have no date), or most claims first for ``-claims``, each
    with its claim count; ``page`` holds ``limit``, ``after_claims`` and ``after_id``."""
    rows = store.read(
        "list_topics",
        by_claims=sort == "-claims",
        after_claims=page.get("after_claims"),
        after_id=page["after_id"],
        limit=page["limit"],
    )
    return [TopicSummary.model_validate(row["topic"]) for row in rows]


def topic_position(topic: TopicSummary, sort: CountSort) -> tuple[int | None, str]:
    """Where a page of topics sorted by ``sort`` ends: the cursor's key."""
    return (topic.claims if sort == "-claims" else None, topic.id)


def get_topic(store: Store, topic_id: str) -> TopicSummary:
    rows = store.read("topic_by_id", topic_id=topic_id)
    if not rows:
        raise NotFound(f"no topic with id {topic_id!r} (ids look like 'topic:…'; see /v1/topics)")
    return TopicSummary.model_validate(rows[0]["topic"])


def resolve_topic(store: Store, id_or_name: str) -> str:
    """The id of the topic ``id_or_name`` names (id, key, name or alias, case-insensitive)."""
    return store.run(topic_resolution(id_or_name))


def topic_resolution(id_or_name: str) -> Reads[str]:
    """``resolve_topic``'s reads (graph/store.py ``Reads``), for a caller on the event loop too."""
    text = id_or_name.strip()
    rows: Rows = []
    if text:
        rows = yield Read("resolve_topic", {"id_or_name": text, "key_id": ids.topic_id(text)})
    if not rows:
        raise NotFound(f"no topic with id or name {id_or_name!r} (list them with GET /v1/topics)")
    return rows[0]["id"]
