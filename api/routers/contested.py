"""``GET /v1/contested``: where documents disagree, every version side by side with its evidence."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Query

from api.dependencies import get_store
from api.model_response import ModelResponse
from api.paging import Page, PageRequest, get_page_request
from graph.contested import ContestedItem, ContestFilters, ContestKind, list_contested
from graph.store import Store

router = APIRouter(prefix="/v1/contested", tags=["contested"])

CONTEST_EXAMPLE = {
    "id": "statement:claim:0d1c9a7e5b2f4a61|claim:7f3e2b8c9d0a1e45",
    "kind": "statement",
    "actors": [{"id": "actor:ilse-varga", "name": "Ilse Varga"}],
    "topics": [],
    "alternatives": [
        {
            "id": "claim:0d1c9a7e5b2f4a61",
            "value": "said",
            "text": "the old tram depot will become a public library",
            "date": "2022-05-04",
            "evidence": [
                {
                    "document_id": "doc:5b0e1f9a2c3d4e6f",
                    "passage_id": "passage:1a2b3c4d5e6f7a8b",
                    "start": 0,
                    "end": 88,
                    "text": "Ilse Varga said on Wednesday that the old tram depot will become "
                    "a public library.",
                }
            ],
            "documents": ["doc:5b0e1f9a2c3d4e6f"],
        }
    ],
}
ContestedPage = Page[ContestedItem]


@router.get(
    "",
    response_model=ContestedPage,
    summary="List contested facts: what documents give two ways",
    responses={
        200: {
            "content": {
                "application/json": {"example": {"items": [CONTEST_EXAMPLE], "next_cursor": None}}
            }
        },
        404: {"description": "An actor or topic that names nothing"},
        422: {"description": "A bad kind, limit or cursor; the problem names the parameter"},
    },
)
def get_contested(
    actor: str | None = Query(None, description="an actor the fact is about: an id, name or alias"),
    topic: str | None = Query(None, description="a topic id, name or alias"),
    kind: ContestKind | None = Query(
        None,
        description="statement (said by one document, denied by another), event_date (one "
        "happening dated differently), actor_kind (an actor given two kinds) or role (a role "
        "under different titles)",
    ),
    item: str | None = Query(
        None, description="a claim or event id: the contests it is one version in"
    ),
    page: PageRequest = Depends(get_page_request),
    store: Store = Depends(get_store),
) -> ModelResponse:
    """Facts the documents disagree about, each with every version (`alternatives`) and the
    passages or documents that give it; nothing is merged or dropped to make them agree. In
    id order (ids start with their kind). Kinds and roles have no topic, so `topic` lists
    statements and events only. Follow `next_cursor` for the next page."""
    after_id = page.after.item_id if page.after else None
    filters = ContestFilters(actor, topic, kind, item)
    rows = list_contested(store, filters, after_id, page.limit + 1)
    items, next_cursor = page.split(rows, lambda item: (None, item.id))
    return ModelResponse(ContestedPage(items=items, next_cursor=next_cursor))
