"""``GET /v1/topics`` and ``GET /v1/topics/{topic_id}``: what is talked about, and by whom."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Query

from api.dependencies import get_store
from api.model_response import ModelResponse
from api.paging import Page, PageRequest, get_page_request
from api.routers.claims import CLAIM_EXAMPLE
from graph.claims import ClaimFilters, ClaimItem, list_claims
from graph.store import Store
from graph.topics import CountSort, TopicSummary, get_topic, list_topics, topic_position

router = APIRouter(prefix="/v1/topics", tags=["topics"])

TOPIC_EXAMPLE = {
    "id": "topic:ledger-bill",
    "name": "ledger bill",
    "aliases": ["ledger bill", "the ledger act"],
    "claims": 12,
}


TopicPage = Page[TopicSummary]


class TopicDetail(TopicSummary):
    items: list[ClaimItem]
    next_cursor: str | None


@router.get(
    "",
    response_model=TopicPage,
    summary="List topics with how many claims are about each",
    responses={
        200: {
            "content": {
                "application/json": {"example": {"items": [TOPIC_EXAMPLE], "next_cursor": None}}
            }
        },
        422: {"description": "A bad limit or cursor; the problem names the parameter"},
    },
)
def get_topics(
    sort: CountSort = Query("id", description="id: by id; -claims: the most claims first"),
    page: PageRequest = Depends(get_page_request),
    store: Store = Depends(get_store),
) -> ModelResponse:
    """Topics in id order (ids are readable: `topic:ledger-bill`), or with the most claims
    first (`sort=-claims`), each with its aliases and claim count. Follow `next_cursor` for
    the next page."""
    rows = list_topics(store, page.count_query_params(), sort)
    items, next_cursor = page.split(rows, lambda topic: topic_position(topic, sort))
    return ModelResponse(TopicPage(items=items, next_cursor=next_cursor))


@router.get(
    "/{topic_id}",
    response_model=TopicDetail,
    summary="One topic: who said what about it, in date order",
    responses={
        200: {
            "content": {
                "application/json": {
                    "example": {**TOPIC_EXAMPLE, "items": [CLAIM_EXAMPLE], "next_cursor": None}
                }
            }
        },
        404: {"description": "No topic has this id"},
        422: {"description": "A bad limit or cursor; the problem names the parameter"},
    },
)
def get_topic_by_id(
    topic_id: str, page: PageRequest = Depends(get_page_request), store: Store = Depends(get_store)
) -> ModelResponse:
    """The topic and, as `items`, the claims about it in the order they were said (undated
    last), each with its speaker and evidence. Follow `next_cursor` for more claims."""
    topic = get_topic(store, topic_id)
    rows = list_claims(store, ClaimFilters(topic=topic.id), page.query_params())
    items, next_cursor = page.split(rows, lambda claim: (claim.placed_on, claim.id))
    return ModelResponse(TopicDetail(**topic.model_dump(), items=items, next_cursor=next_cursor))
