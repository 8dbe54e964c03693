"""``/claims/{id}`` and ``/documents/{id}``: the source text with the passage marked.

A claim is only as good as the passage behind it, so its page shows the whole document
with that passage in ``<mark>``, beside who said it, when (at the precision the text
allows, with the words that gave the date) and what about. A document page marks the
span given by ``?start=&end=`` (an event's passage, linked from the timeline).
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from api.pages.templating import render
from api.pages.twin import fetch_json

router = APIRouter()


@dataclass(frozen=True)
class Segment:
    """A stretch of document text, marked or not."""

    text: str
    marked: bool


@router.get("/claims/{claim_id}", response_class=HTMLResponse)
async def claim_page(request: Request, claim_id: str) -> HTMLResponse:
    claim = await fetch_json(request, f"/v1/claims/{quote(claim_id, safe=':')}")
    evidence = claim["evidence"]
    document = await fetch_json(request, f"/v1/documents/{evidence['document_id']}")
    context = {
        "title": f"Claim by {claim['speaker']['name']}" if claim.get("speaker") else "Claim",
        "claim": claim,
        "document": document,
        "segments": mark_span(document["text"], evidence["start"], evidence["end"]),
        "json_url": f"/v1/claims/{claim_id}",
    }
    return render(request, "claim.html", context)


@router.get("/documents/{document_id}", response_class=HTMLResponse)
async def document_page(
    request: Request, document_id: str, start: int | None = None, end: int | None = None
) -> HTMLResponse:
    document = await fetch_json(request, f"/v1/documents/{quote(document_id, safe=':')}")
    text = document["text"] or ""
    context = {
        "title": document.get("title") or document_id,
        "document": document,
        "segments": mark_span(text, start, end),
        "json_url": f"/v1/documents/{document_id}",
    }
    return render(request, "document.html", context)


def mark_span(text: str, start: int | None, end: int | None) -> list[Segment]:
    """``text`` cut in up to three segments, the one from ``start`` to ``end`` marked.

    A span outside the text (a stale link after the document changed) marks nothing
    rather than failing: the reader still gets the document.
    """
    if start is None or end is None or not 0 <= start < end <= len(text):
        return [Segment(text, marked=False)]
    parts = [
        Segment(text[:start], marked=False),
        Segment(text[start:end], marked=True),
        Segment(text[end:], marked=False),
    ]
    return [part for part in parts if part.text]
