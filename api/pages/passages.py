"""``/claims/{id}``, ``/events/{id}`` and ``/documents/{id}``: what was read, and from where.

A claim is only as good as the passage behind it, so its page shows the whole document
with that passage marked, beside who said it, when (at the precision the text allows,
with the words that gave the date) and what about. A document page marks every claim,
event, date and actor found in its text, lists them beside it, and links each mark to
its entry and back; ``?start=&end=`` marks one passage too (an event's, from the timeline).
A claim's page lists every document reporting its statement; a claim's and an event's page
show what other documents give otherwise (graph/contested.py).
Both read the graph through the functions behind their JSON twins.
"""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from api.dependencies import SettingsDep, StoreDep
from api.pages.document_marks import KIND_ORDER, checked_passage, cut_segments, find_marks
from api.pages.listing import shown_as_page
from api.pages.templating import render
from api.paging import NO_CURSOR
from graph.claims import ClaimFilters, get_claim, list_claims
from graph.contested import ContestFilters, list_contested
from graph.documents import get_document, list_document_actors
from graph.events import EventFilters, get_event, list_events

router = APIRouter()
CONTESTS_SHOWN = 50
GROUP_TITLES = {"claim": "Claims", "event": "Events", "date": "Dates", "actor": "Actors"}


@router.get("/claims/{claim_id}", response_class=HTMLResponse)
def claim_page(request: Request, claim_id: str, store: StoreDep) -> HTMLResponse:
    with shown_as_page():
        claim = get_claim(store, claim_id)
        document = get_document(store, claim.evidence.document_id)
        contests = list_contested(store, ContestFilters(item=claim.id), None, CONTESTS_SHOWN)
    passage = checked_passage(document.text, claim.evidence.start, claim.evidence.end)
    context = {
        "title": f"Claim by {claim.speaker.name}" if claim.speaker else "Claim",
        "claim": claim,
        "document": document,
        "segments": cut_segments(document.text, [], passage),
        "contests": contests,
        "json_url": f"/v1/claims/{claim_id}",
    }
    return render(request, "claim.html", context)


@router.get("/events/{event_id}", response_class=HTMLResponse)
def event_page(request: Request, event_id: str, store: StoreDep) -> HTMLResponse:
    """An event with every passage that reports it, and the dates other documents give it."""
    with shown_as_page():
        event = get_event(store, event_id)
        contests = list_contested(store, ContestFilters(item=event.id), None, CONTESTS_SHOWN)
    context = {
        "title": event.title,
        "event": event,
        "contests": contests,
        "json_url": f"/v1/events/{event_id}",
    }
    return render(request, "event.html", context)


@router.get("/documents/{document_id}", response_class=HTMLResponse)
def document_page(
    request: Request,
    document_id: str,
    store: StoreDep,
    settings: SettingsDep,
    start: int | None = None,
    end: int | None = None,
) -> HTMLResponse:
    # One page of each, as large as the server serves: a document rarely holds more.
    page = {**NO_CURSOR, "limit": settings.page_size_cap + 1}
    with shown_as_page():
        document = get_document(store, document_id)
        claims = list_claims(store, ClaimFilters(document=document.id), page)
        events = list_events(store, EventFilters(document=document.id), page)
        actors = list_document_actors(store, document.id)
    cap = settings.page_size_cap
    found = find_marks(document.text, claims[:cap], events[:cap], actors)
    groups = [
        (kind, GROUP_TITLES[kind], [entry for entry in found if entry.kind == kind])
        for kind in KIND_ORDER
    ]
    context = {
        "title": document.title or document.id,
        "document": document,
        "segments": cut_segments(document.text, found, checked_passage(document.text, start, end)),
        "groups": groups,
        "truncated": len(claims) > cap or len(events) > cap,
        "json_url": f"/v1/documents/{document.id}",
    }
    return render(request, "document.html", context)
