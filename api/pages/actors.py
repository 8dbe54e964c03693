"""``/actors/{id}``: who the actor is, what they said in date order, and their neighbours."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from api.pages.templating import render
from api.pages.timeline import build_timeline_view, item_card, load_timeline
from api.pages.twin import fetch_json

router = APIRouter()


@router.get("/actors/{id_or_name}", response_class=HTMLResponse)
async def actor_page(request: Request, id_or_name: str) -> HTMLResponse:
    """``id_or_name`` may be a name or an alias too: the API resolves it, as it does for JSON."""
    actor = await fetch_json(request, f"/v1/actors/{quote(id_or_name, safe=':')}")
    actor_id = actor["id"]
    relationships = await fetch_json(request, f"/v1/actors/{actor_id}/relationships")
    items, truncated = await load_timeline(request, {"actor": actor_id})
    context = {
        "title": actor["name"],
        "actor": actor,
        "actor_id": actor_id,
        "relationships": relationships,
        # The timeline API orders by date with the undated last: the order to read them in.
        "said": [item_card(item) for item in items if speaker_id(item) == actor_id],
        "truncated": truncated,
        "json_url": f"/v1/actors/{actor_id}",
        **build_timeline_view(items),
    }
    return render(request, "actor.html", context)


def speaker_id(item: dict[str, Any]) -> str | None:
    return (item.get("speaker") or {}).get("id")
