"""``GET /v1/search``: one ranked list across actors, topics and claims."""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, Depends, Query
from pydantic import BaseModel, ConfigDict, Field

from api.dependencies import get_store
from api.model_response import ModelResponse
from api.query_parameters import IsoDate
from api.routers.claims import CONFIDENCE_DESCRIPTION, DATED_DESCRIPTION
from graph.claims import ClaimFilters, ConfidenceBand, Dating
from graph.model import Mode
from graph.search import too_many_notice
from graph.search_results import search_hits, search_narrowing, search_results
from graph.store import Store

router = APIRouter(prefix="/v1", tags=["search"])


class SearchHit(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    type: Literal["actor", "topic", "claim"]
    id: str
    label: str
    score: float


class SearchResults(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "q": "ledger",
                    "hits": [
                        {
                            "type": "topic",
                            "id": "topic:ledger-bill",
                            "label": "ledger bill",
                            "score": 0.75,
                        },
                        {
                            "type": "claim",
                            "id": "claim:0c1d2e3f40516273",
                            "label": "the ledger bill would pass",
                            "score": 0.9,
                        },
                    ],
                    "claims_ranked": True,
                    "claims_matched": 1,
                    "notice": None,
                }
            ]
        }
    )
    q: str
    hits: list[SearchHit]
    claims_ranked: bool = Field(
        description="false when too many claims match to rank them: the claim hits are then "
        "the most recent matches, and `notice` says how to narrow the search"
    )
    claims_matched: int = Field(
        description="about how many claims match: estimated from a sample of about 500 "
        "claims, exact when the graph holds fewer"
    )
    notice: str | None = Field(None, description="why the claims are not ranked, and what to do")


def search_filters(
    speaker: str | None = Query(
        None, description="only claims by this speaker: an actor id, name or alias"
    ),
    mode: Mode | None = Query(None, description="only claims said, asked or denied"),
    confidence: ConfidenceBand | None = Query(None, description=CONFIDENCE_DESCRIPTION),
    dated: Dating | None = Query(None, description=DATED_DESCRIPTION),
    since: IsoDate | None = Query(None, description="said on or after this date (YYYY-MM-DD)"),
    until: IsoDate | None = Query(None, description="said on or before this date (YYYY-MM-DD)"),
) -> ClaimFilters:
    """What the search page's facets narrow its claims by: the endpoint's and the page's."""
    return ClaimFilters(
        speaker=speaker, since=since, until=until, mode=mode, confidence=confidence, dated=dated
    )


@router.get(
    "/search",
    response_model=SearchResults,
    summary="Search actors, topics and claims",
    responses={
        404: {"description": "A speaker that names nothing"},
        422: {"description": "An empty q, a bad date or a page past the best 1,000 claims"},
    },
    description="Actors and topics whose name or alias contains `q` (1.0 exact, 0.75 prefix, "
    "0.5 inside; the best `limit` of each) and one page of the claims whose text matches it "
    "in the full-text index (`limit` a page, scaled so the best claim scores 0.9), best first. "
    "Operators and brackets in `q` are taken as plain text. The claims can be narrowed as the "
    "search page narrows them (speaker, mode, confidence, dated, since, until: among the best "
    "1,000 matches), so the page's JSON link answers the rows the page shows. When a word is "
    "in too many claims to rank them all, the claim hits are the most recent matches (score "
    "0.45, not narrowed) and `notice` says so.",
)
def get_search(
    q: str = Query(..., min_length=1, description="words to look for"),
    limit: int = Query(20, ge=1, le=200, description="most actors, topics and claims a page"),
    page: int = Query(1, ge=1, description="the page of claims: ranks from (page - 1) * limit"),
    filters: ClaimFilters = Depends(search_filters),
    store: Store = Depends(get_store),
) -> ModelResponse:
    results = search_results(
        store,
        q,
        offset=(page - 1) * limit,
        limit=limit,
        names_shown=limit,
        narrowing=search_narrowing(store, filters),
        count_claims=False,
    )
    return ModelResponse(
        SearchResults(
            q=q,
            hits=[SearchHit.model_validate(hit) for hit in search_hits(results)],
            claims_ranked=results.matches.ranked,
            claims_matched=results.matches.estimate,
            notice=None if results.matches.ranked else too_many_notice(results.matches),
        )
    )
