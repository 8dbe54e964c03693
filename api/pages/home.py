"""``/``: what the graph holds (each count links to its list), the newest documents, the
most quoted actors and the most discussed topics.

The rankings are the claims list's own facets with no filter (graph/facets.py), so the
start page and ``/claims`` agree on who is most quoted.
"""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from api.dependencies import StoreDep
from api.pages.listing import shown_as_page
from api.pages.templating import render
from graph.documents import list_recent_documents
from graph.facets import count_top_names
from graph.stats import count_label

router = APIRouter()

SHOWN = 10
COUNTED = {
    "Document": "count_documents",
    "Actor": "count_actors",
    "Topic": "count_topics",
    "Claim": "count_claims",
    "Event": "count_events",
}


@router.get("/", response_class=HTMLResponse)
def home_page(request: Request, store: StoreDep) -> HTMLResponse:
    with shown_as_page():
        counts = {label: count_label(store, query) for label, query in COUNTED.items()}
        top = count_top_names(store, SHOWN)
        documents = list_recent_documents(store, SHOWN)
    context = {
        "title": "Who said what, when",
        "counts": counts,
        "actors": [{"id": a.value, "name": a.label, "claims": a.count} for a in top["speaker"]],
        "topics": [{"id": t.value, "name": t.label, "claims": t.count} for t in top["topic"]],
        "documents": documents,
        "json_url": "/v1/stats",
    }
    return render(request, "home.html", context)
