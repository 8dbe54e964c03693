"""``GET /v1/claims`` and ``GET /v1/claims/{claim_id}``: who said what, when."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Query

from api.dependencies import get_store
from api.model_response import ModelResponse
from api.paging import Page, PageRequest, get_page_request
from api.query_parameters import IsoDate
from graph.claims import (
    ClaimDetail,
    ClaimFilters,
    ClaimItem,
    ClaimSort,
    ConfidenceBand,
    DatedBy,
    Dating,
    get_claim,
    list_claims,
)
from graph.model import Mode
from graph.store import Store

router = APIRouter(prefix="/v1/claims", tags=["claims"])

CLAIM_EXAMPLE = {
    "id": "claim:74bd121359b8bd4e",
    "text": "the ledger bill would pass",
    "quote": None,
    "verb": "say",
    "mode": "said",
    "confidence": 0.9,
    "said_on": "2021-03-02",
    "said_on_precision": "day",
    "date_text": "on Tuesday",
    "reported_on": "2021-03-04",
    "placed_by": "said_on",
    "speaker": {"id": "actor:ada-brook", "name": "Ada Brook", "kind": "person"},
    "topics": [{"id": "topic:ledger-bill", "name": "ledger bill"}],
    "mentions": [],
    "evidence": {
        "document_id": "doc:a88aada49b36ba94",
        "passage_id": "passage:4e9a6db0c1481df3",
        "start": 0,
        "end": 66,
        "text": "Senator Ada Brook said on Tuesday that the ledger bill would pass.",
    },
}


DATED_BY_DESCRIPTION = (
    "said: place claims by when they were said (undated ones last, outside any date range); "
    "reported: place a claim the text does not date by its document's publication date "
    "(`placed_by: reported_on`)"
)

CONFIDENCE_DESCRIPTION = (
    "a confidence band: high (0.8 and above), medium (0.6 to 0.8), low (below 0.6)"
)
DATED_DESCRIPTION = (
    "yes: the text says when it was said; reported: it does not, but its document's "
    "publication day is known; no: neither"
)
SORT_DESCRIPTION = "date: oldest first; -date: newest first (undated claims last either way)"

ClaimPage = Page[ClaimItem]


def claim_filters(
    document: str | None = Query(None, description="only claims from this document id"),
    speaker: str | None = Query(None, description="the speaker: an actor id, name or alias"),
    topic: str | None = Query(None, description="a topic id, name or alias"),
    mentions: str | None = Query(
        None, description="an actor the claim mentions: id, name or alias"
    ),
    since: IsoDate | None = Query(None, description="said on or after this date (YYYY-MM-DD)"),
    until: IsoDate | None = Query(None, description="said on or before this date (YYYY-MM-DD)"),
    q: str | None = Query(None, description="a case-insensitive substring of the claim text"),
    dated_by: DatedBy = Query("said", description=DATED_BY_DESCRIPTION),
    min_confidence: float | None = Query(
        None, ge=0, le=1, description="only claims at least this confident (0 to 1)"
    ),
    mode: Mode | None = Query(None, description="only claims said, asked or denied"),
    confidence: ConfidenceBand | None = Query(None, description=CONFIDENCE_DESCRIPTION),
    dated: Dating | None = Query(None, description=DATED_DESCRIPTION),
) -> ClaimFilters:
    """The claims list's filters from the query string: the endpoint's and the page's."""
    return ClaimFilters(
        document,
        speaker,
        topic,
        mentions,
        since,
        until,
        q,
        dated_by,
        min_confidence,
        mode,
        confidence,
        dated,
    )


@router.get(
    "",
    response_model=ClaimPage,
    summary="List claims: who said what, when",
    responses={
        200: {
            "content": {
                "application/json": {"example": {"items": [CLAIM_EXAMPLE], "next_cursor": None}}
            }
        },
        404: {"description": "A speaker, topic or mentioned actor that names nothing"},
        422: {"description": "A bad date, limit or cursor; the problem names the parameter"},
    },
)
def get_claims(
    filters: ClaimFilters = Depends(claim_filters),
    sort: ClaimSort = Query("date", description=SORT_DESCRIPTION),
    page: PageRequest = Depends(get_page_request),
    store: Store = Depends(get_store),
) -> ModelResponse:
    """Claims in the order they were said (by date, then id), each with its speaker, topics,
    mentioned actors and the passage that supports it. Undated claims come last. Names are
    matched case-insensitively against actors' and topics' names and aliases; a name that
    matches nothing is a 404 naming the parameter. A date range leaves undated claims out,
    unless `dated_by=reported` places them by `reported_on` (`placed_by` says which date
    placed each claim). Each claim has a `mode` (said, asked or denied) and a `confidence`
    in [0, 1]; `min_confidence` keeps the claims at least that sure, `confidence` a band.
    `sort=-date` lists the newest first. Follow `next_cursor` for the next page."""
    rows = list_claims(store, filters, page.query_params(), sort)
    items, next_cursor = page.split(rows, lambda claim: (claim.placed_on, claim.id))
    return ModelResponse(ClaimPage(items=items, next_cursor=next_cursor))


@router.get(
    "/{claim_id}",
    response_model=ClaimDetail,
    summary="One claim with its speaker, evidence, other reports and contesting claims",
    responses={
        200: {
            "content": {
                "application/json": {
                    "example": {
                        **CLAIM_EXAMPLE,
                        "reported_by": 1,
                        "reports": [],
                        "contested_by": [],
                    }
                }
            }
        },
        404: {"description": "No claim has this id"},
    },
)
def get_claim_by_id(claim_id: str, store: Store = Depends(get_store)) -> ClaimDetail:
    """The claim with this id (`claim:…`), its speaker, topics, mentioned actors and the
    passage of the document it was read from. `reported_by` counts the documents reporting
    the same statement (same speaker, close words, compatible dates), whose claims and
    passages `reports` lists; `contested_by` lists claims of other documents denying what
    this one says (or saying what it denies)."""
    return get_claim(store, claim_id)
