"""``/actors/{id}``: who the actor is, what they said in date order, and their neighbours."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from api.dependencies import StoreDep
from api.pages.listing import shown_as_page
from api.pages.templating import render
from api.pages.timeline import (
    SCREEN,
    build_timeline_view,
    item_card,
    load_timeline,
    timeline_filters,
)
from graph.actors import get_actor
from graph.contested import ContestFilters, list_contested
from graph.relationships import list_relationships

router = APIRouter()
CONTESTS_SHOWN = 20


@router.get("/actors/{id_or_name}", response_class=HTMLResponse)
def actor_page(request: Request, id_or_name: str, store: StoreDep) -> HTMLResponse:
    """``id_or_name`` may be a name or an alias too: it is resolved as the API resolves it."""
    with shown_as_page():
        actor = get_actor(store, id_or_name)
        relationships = list_relationships(store, actor.id)
        contests = list_contested(store, ContestFilters(actor=actor.id), None, CONTESTS_SHOWN + 1)
        items, next_cursor = load_timeline(
            store, timeline_filters(actor.id, None, None, None), None, SCREEN
        )
    context = {
        "title": actor.name,
        "actor": actor,
        "actor_id": actor.id,
        "relationships": relationships,
        # The timeline orders by date with the undated last: the order to read them in.
        "said": [item_card(item) for item in items if speaker_id(item) == actor.id],
        "truncated": next_cursor is not None,
        "contests": contests[:CONTESTS_SHOWN],
        "contests_truncated": len(contests) > CONTESTS_SHOWN,
        "json_url": f"/v1/actors/{actor.id}",
        **build_timeline_view(items),
    }
    return render(request, "actor.html", context)


def speaker_id(item: dict[str, Any]) -> str | None:
    return (item.get("speaker") or {}).get("id")
