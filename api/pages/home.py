"""``/`` (counts, recent documents, most quoted actors and topics) and ``/search``.

The list endpoints page in id or date order and have no "most quoted" or "newest first"
sort, so the start page reads up to ``SCAN_CAP`` rows of each and ranks them here: exact
for any corpus of that size, and a bounded cost for a larger one.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from api.pages.templating import render
from api.pages.twin import fetch_json, follow_cursor, json_twin_url

router = APIRouter()

SHOWN = 10
SCAN_CAP = 2_000
PAGE_SIZE = 200


@router.get("/", response_class=HTMLResponse)
async def home_page(request: Request) -> HTMLResponse:
    stats = await fetch_json(request, "/v1/stats")
    actors, _ = await follow_cursor(request, "/v1/actors", {"limit": PAGE_SIZE}, max_items=SCAN_CAP)
    topics, _ = await follow_cursor(request, "/v1/topics", {"limit": PAGE_SIZE}, max_items=SCAN_CAP)
    documents, _ = await follow_cursor(
        request, "/v1/documents", {"limit": PAGE_SIZE}, max_items=SCAN_CAP
    )
    context = {
        "title": "Who said what, when",
        "counts": stats["nodes"],
        "actors": most_quoted(actors),
        "topics": most_quoted(topics),
        "documents": most_recent(documents),
        "json_url": "/v1/stats",
    }
    return render(request, "home.html", context)


@router.get("/search", response_class=HTMLResponse)
async def search_page(request: Request, q: str = "") -> HTMLResponse:
    hits = (await fetch_json(request, "/v1/search", {"q": q}))["hits"] if q.strip() else []
    context = {
        "title": f"Search: {q}" if q else "Search",
        "query": q,
        "hits": [{**hit, "url": hit_url(hit)} for hit in hits],
        "json_url": json_twin_url(request, "/v1/search"),
    }
    return render(request, "search.html", context)


def most_quoted(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The ``SHOWN`` rows with the most claims (ties by name), leaving out those with none."""
    quoted = [row for row in rows if row.get("claims")]
    return sorted(quoted, key=lambda row: (-row["claims"], row["name"]))[:SHOWN]


def most_recent(documents: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Newest published first; documents with no publication date after the dated ones."""
    dated = sorted(
        (doc for doc in documents if doc.get("published")),
        key=lambda doc: (doc["published"], doc["id"]),
        reverse=True,
    )
    return (dated + [doc for doc in documents if not doc.get("published")])[:SHOWN]


def hit_url(hit: dict[str, Any]) -> str:
    """Actors open their page, topics their timeline, claims their passage."""
    if hit["type"] == "actor":
        return f"/actors/{hit['id']}"
    if hit["type"] == "topic":
        return f"/timeline?topic={hit['id']}"
    return f"/claims/{hit['id']}"
