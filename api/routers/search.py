"""``GET /v1/search``: one ranked list across actors, topics and claims."""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, Depends, Query
from pydantic import BaseModel, ConfigDict, Field

from api.dependencies import get_store
from graph import search as graph_search
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


@router.get(
    "/search",
    response_model=SearchResults,
    summary="Search actors, topics and claims",
    description="Actors and topics whose name or alias contains `q` (1.0 exact, 0.75 prefix, "
    "0.5 inside) and claims whose text matches it in the full-text index (scaled so the best "
    "claim scores 0.9), best first. Operators and brackets in `q` are taken as plain text. "
    "When a word is in too many claims to rank them all, the claim hits are the most recent "
    "matches (score 0.45) and `notice` says so.",
)
def get_search(
    q: str = Query(..., min_length=1, description="words to look for"),
    limit: int = Query(20, ge=1, le=200, description="most hits to return"),
    store: Store = Depends(get_store),
) -> SearchResults:
    found = graph_search.search(store, q, limit)
    return SearchResults(
        q=q,
        hits=[SearchHit.model_validate(hit) for hit in found.hits],
        claims_ranked=found.claims.ranked,
        claims_matched=found.claims.estimate,
        notice=None if found.claims.ranked else graph_search.too_many_notice(found.claims),
    )
