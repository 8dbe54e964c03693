"""``GET /v1/timeline``: claims and events of an actor or topic on one date axis."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Query

from api.dependencies import get_reads
from api.model_response import RowsResponse
from api.paging import Page, PageRequest, get_page_request
from api.query_parameters import IsoDate
from api.routers.claims import CLAIM_EXAMPLE, DATED_BY_DESCRIPTION
from graph.async_reads import AsyncReads
from graph.claims import DatedBy
from graph.timeline import TimelineFilters, TimelineItem, parse_kinds, timeline_rows

router = APIRouter(prefix="/v1/timeline", tags=["timeline"])

TIMELINE_EXAMPLE = {
    "items": [
        {
            "kind": "claim",
            "date": "2021-03-02",
            "precision": "day",
            "undated": False,
            **CLAIM_EXAMPLE,
        },
        {
            "kind": "event",
            "id": "event:1f575f4e666e0321",
            "date": None,
            "precision": None,
            "undated": True,
            "date_text": None,
            "title": "Brook met Orbit Bank",
            "participants": [{"id": "actor:ada-brook", "name": "Ada Brook"}],
            "topics": [{"id": "topic:ledger-bill", "name": "ledger bill"}],
            "evidence": {
                "document_id": "doc:a88aada49b36ba94",
                "passage_id": "passage:42f23e3d13453adb",
                "start": 67,
                "end": 132,
                "text": "Brook later met Orbit Bank, whose chief Tom Vale backed the bill.",
            },
        },
    ],
    "next_cursor": None,
}


TimelinePage = Page[TimelineItem]


@router.get(
    "",
    response_model=TimelinePage,
    summary="Timeline: claims and events merged in date order",
    responses={
        200: {"content": {"application/json": {"example": TIMELINE_EXAMPLE}}},
        404: {"description": "An actor or topic that names nothing"},
        422: {"description": "A bad date, kinds, limit or cursor; the problem names it"},
    },
)
async def get_timeline(
    actor: str | None = Query(
        None, description="an actor id, name or alias: the claims they said, events they joined"
    ),
    topic: str | None = Query(None, description="a topic id, name or alias"),
    since: IsoDate | None = Query(None, description="on or after this date (YYYY-MM-DD)"),
    until: IsoDate | None = Query(None, description="on or before this date (YYYY-MM-DD)"),
    kinds: str = Query("claim,event", description="which items: claim, event or both"),
    dated_by: DatedBy = Query("said", description=DATED_BY_DESCRIPTION),
    min_confidence: float | None = Query(
        None, ge=0, le=1, description="only claims at least this confident (0 to 1)"
    ),
    page: PageRequest = Depends(get_page_request),
    reads: AsyncReads = Depends(get_reads),
) -> RowsResponse:
    """Claims (dated by when they were said) and events (dated by when they happened) on one
    axis, ordered by date and then id. Every item has `kind`, `date`, `precision` and
    `undated`; undated items come after all dated ones and are never dropped (a date range
    leaves them out). With `dated_by=reported` a claim the text does not date is placed on
    its `reported_on` (its document's publication date) and marked `placed_by: reported_on`.
    `min_confidence` leaves out claims less sure than it (events stay). The cursor is a
    position, so pages stay stable while documents load."""
    # async: the reads run on the event loop (graph/async_reads.py), not in a worker thread.
    filters = TimelineFilters(
        actor, topic, since, until, parse_kinds(kinds), dated_by, min_confidence
    )
    rows = await timeline_rows(reads, filters, page.query_params())
    items, next_cursor = page.split(rows, lambda item: (item["date"], item["id"]))
    return RowsResponse({"items": items, "next_cursor": next_cursor})  # TimelinePage's order
