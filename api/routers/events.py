"""``GET /v1/events`` and ``GET /v1/events/{event_id}``: what happened, when, and who took part."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Query

from api.dependencies import get_store
from api.model_response import ModelResponse
from api.paging import Page, PageRequest, get_page_request
from api.query_parameters import IsoDate
from graph.events import (
    EventDating,
    EventDetail,
    EventFilters,
    EventItem,
    EventSort,
    get_event,
    list_events,
)
from graph.store import Store

router = APIRouter(prefix="/v1/events", tags=["events"])

EVENT_EXAMPLE = {
    "id": "event:1f575f4e666e0321",
    "title": "Brook met Orbit Bank",
    "date": "2021-03-04",
    "precision": "day",
    "date_text": "on Thursday",
    "participants": [
        {"id": "actor:ada-brook", "name": "Ada Brook"},
        {"id": "actor:orbit-bank", "name": "Orbit Bank"},
    ],
    "topics": [{"id": "topic:ledger-bill", "name": "ledger bill"}],
    "evidence": {
        "document_id": "doc:a88aada49b36ba94",
        "passage_id": "passage:42f23e3d13453adb",
        "start": 67,
        "end": 132,
        "text": "Brook met Orbit Bank on Thursday, whose chief Tom Vale backed the bill.",
    },
    "evidence_count": 1,
}


EventPage = Page[EventItem]


@router.get(
    "",
    response_model=EventPage,
    summary="List events: what happened, when, and who took part",
    responses={
        200: {
            "content": {
                "application/json": {"example": {"items": [EVENT_EXAMPLE], "next_cursor": None}}
            }
        },
        404: {"description": "An actor or topic that names nothing"},
        422: {"description": "A bad date, limit or cursor; the problem names the parameter"},
    },
)
def get_events(
    document: str | None = Query(None, description="only events from this document id"),
    actor: str | None = Query(None, description="a participant: an actor id, name or alias"),
    topic: str | None = Query(None, description="a topic id, name or alias"),
    since: IsoDate | None = Query(None, description="on or after this date (YYYY-MM-DD)"),
    until: IsoDate | None = Query(None, description="on or before this date (YYYY-MM-DD)"),
    dated: EventDating | None = Query(None, description="yes: only dated events; no: undated"),
    sort: EventSort = Query(
        "date", description="date: oldest first; -date: newest first (undated last either way)"
    ),
    page: PageRequest = Depends(get_page_request),
    store: Store = Depends(get_store),
) -> ModelResponse:
    """Events in date order (then id), each with its participants, topics and the passage that
    reports it. Undated events come last; a date range leaves them out. Follow `next_cursor`
    for the next page."""
    filters = EventFilters(document, actor, topic, since, until, dated)
    rows = list_events(store, filters, page.query_params(), sort)
    items, next_cursor = page.split(rows, lambda event: (event.date, event.id))
    return ModelResponse(EventPage(items=items, next_cursor=next_cursor))


@router.get(
    "/{event_id}",
    response_model=EventDetail,
    summary="One event with its participants and evidence",
    responses={
        200: {
            "content": {
                "application/json": {
                    "example": {**EVENT_EXAMPLE, "evidences": [EVENT_EXAMPLE["evidence"]]}
                }
            }
        },
        404: {"description": "No event has this id"},
    },
)
def get_event_by_id(event_id: str, store: Store = Depends(get_store)) -> ModelResponse:
    """The event with this id (`event:…`), who took part, its topics and every passage that
    reports it (an event several documents report is one event), earliest first."""
    return ModelResponse(get_event(store, event_id))
