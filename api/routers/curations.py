"""``/v1/curations``: hand decisions about actors (set a kind or alias, merge, split),
recorded with their author and time, applied again after every load, and undoable."""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, Depends
from fastapi.concurrency import run_in_threadpool
from pydantic import BaseModel, Field

from api.dependencies import get_store
from api.model_response import ModelResponse
from api.paging import Cursor, Page, PageRequest, get_page_request
from api.security import require_api_key
from graph import curation
from graph.actors import resolve_actor
from graph.model import ActorKind
from graph.store import Store

router = APIRouter(prefix="/v1/curations", tags=["curations"])
WRITE_RESPONSES = {
    400: {"description": "A body that is not JSON"},
    401: {"description": "No API key, or one that is not valid"},
    403: {"description": "No API key is configured and the caller is not on this machine"},
    404: {"description": "No such actor or curation"},
    422: {"description": "A missing author, an unknown kind, or nothing to set"},
}


CurationOut = curation.Curation
"""The graph's own record is the response model: one definition of a decision's fields."""


class CurationIn(BaseModel):
    """``set``: ``actor`` gets ``kind`` and/or ``alias``. ``merge``: ``other`` becomes ``actor``.
    ``split``: ``alias`` of ``actor`` becomes its own actor."""

    action: Literal["set", "merge", "split"]
    actor: str = Field(min_length=1, description="actor id, name or alias")
    other: str | None = Field(None, description="merge: the actor merged into `actor`")
    kind: ActorKind | None = None
    alias: str | None = None
    author: str = Field(min_length=1, description="who makes the decision")


class UndoIn(BaseModel):
    author: str = Field(min_length=1, description="who undoes it")


@router.get("", response_model=Page[CurationOut], summary="Every curation decision, oldest first")
def get_curations(
    page: PageRequest = Depends(get_page_request), store: Store = Depends(get_store)
) -> ModelResponse:
    """Undone decisions included (with who undid them and when). Follow `next_cursor`.

    Decisions are few (each is a person's act), so they are read whole and paged here."""
    every = curation.list_curations(store)
    after = page.after.item_id if page.after else None
    start = next(
        (at + 1 for at, item in enumerate(every) if item.id == after),
        0 if after is None else len(every),
    )
    shown = every[start : start + page.limit]
    more = start + page.limit < len(every)
    return ModelResponse(
        Page[CurationOut](
            items=shown,
            next_cursor=Cursor(None, shown[-1].id).encode() if more else None,
        )
    )


@router.post(
    "",
    status_code=201,
    response_model=CurationOut,
    summary="Make a curation decision about actors",
    dependencies=[Depends(require_api_key)],
    responses=WRITE_RESPONSES,
)
async def post_curation(body: CurationIn, store: Store = Depends(get_store)) -> CurationOut:
    """Applied at once and after every later load. Needs an API key."""

    def decide() -> curation.Curation:
        actor_id = resolve_actor(store, body.actor)
        if body.action == "merge":
            other = resolve_actor(store, body.other or "")
            return curation.merge_actors(store, actor_id, other, body.author)
        if body.action == "split":
            return curation.split_actor(store, actor_id, body.alias or "", body.author)
        return curation.set_actor(store, actor_id, body.author, body.kind, body.alias)

    return await run_in_threadpool(decide)


@router.post(
    "/{curation_id}/undo",
    response_model=CurationOut,
    summary="Undo a curation decision",
    dependencies=[Depends(require_api_key)],
    responses=WRITE_RESPONSES,
)
async def undo_curation(
    curation_id: str, body: UndoIn, store: Store = Depends(get_store)
) -> CurationOut:
    """Restores what the decision changed; the decision stays, marked undone. Needs an API key."""
    undone = await run_in_threadpool(curation.undo_curation, store, curation_id, body.author)
    return undone
