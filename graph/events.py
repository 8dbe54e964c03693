"""Reading events: dated happenings the texts report, with who took part."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

from pydantic import BaseModel

from graph.claims import (
    ActorRef,
    Evidence,
    Precision,
    TopicRef,
    check_date_range,
    resolve_actor_filter,
    resolve_topic_filter,
)
from graph.errors import NotFound
from graph.store import Store

EventDating = Literal["yes", "no"]
"""Whether the text dates the event."""
EventSort = Literal["date", "-date"]


class EventItem(BaseModel):
    id: str
    title: str
    date: datetime.date | None = None
    precision: Precision | None = None
    date_text: str | None = None
    participants: list[ActorRef]
    topics: list[TopicRef]
    evidence: Evidence
    """The earliest passage that reports it."""
    evidence_count: int = 1
    """How many passages report it: an event several documents report is one event."""


class EventDetail(EventItem):
    evidences: list[Evidence]
    """Every passage that reports it, earliest first."""


@dataclass(frozen=True)
class EventFilters:
    """Filters as given; None means "any". ``actor`` is a participant."""

    document: str | None = None
    actor: str | None = None
    topic: str | None = None
    since: datetime.date | None = None
    until: datetime.date | None = None
    dated: EventDating | None = None


def list_events(
    store: Store, filters: EventFilters, page: Mapping[str, Any], sort: EventSort = "date"
) -> list[EventItem]:
    """Events in (date, id) order (newest first for ``-date``), undated last; ``page`` holds
    ``limit`` and the cursor."""
    return read_events(store, event_query_params(store, filters), page, sort)


def event_query_params(store: Store, filters: EventFilters) -> dict[str, Any]:
    """``filters`` as the event queries take them, names resolved to ids once per request."""
    check_date_range(filters.since, filters.until)
    return {
        "document_id": filters.document,
        "actor_id": resolve_actor_filter(store, filters.actor, "actor"),
        "topic_id": resolve_topic_filter(store, filters.topic, "topic"),
        "since": filters.since,
        "until": filters.until,
        "dated": filters.dated,
    }


def read_events(
    store: Store, params: Mapping[str, Any], page: Mapping[str, Any], sort: EventSort = "date"
) -> list[EventItem]:
    """``list_events`` for filters already resolved by ``event_query_params``."""
    rows = store.read("list_events", **params, **page, descending=sort == "-date")
    return [EventItem.model_validate(row["event"]) for row in rows]


def get_event(store: Store, event_id: str) -> EventDetail:
    rows = store.read("event_by_id", event_id=event_id)
    if not rows:
        raise NotFound(f"no event with id {event_id!r} (ids look like 'event:…'; see /v1/events)")
    return EventDetail.model_validate(rows[0]["event"])
