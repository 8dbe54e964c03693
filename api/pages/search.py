"""``/search``: names that match above the claims that match, with counts and pages.

Claims come with their speaker, date and source document, the searched words marked.
Pages are numbered (``?page=2``): claims are in rank order, which has no cursor to
resume from, and the full-text index keeps only the best ``offset + limit`` anyway.
"""

from __future__ import annotations

from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse

from api.dependencies import get_store
from api.pages.highlight import highlight
from api.pages.listing import shown_as_page
from api.pages.templating import render
from api.pages.twin import json_twin_url
from graph.search_results import search_results
from graph.store import Store

router = APIRouter()
StoreDep = Annotated[Store, Depends(get_store)]
CLAIMS_PER_PAGE = 20
NAMES_SHOWN = 10


@router.get("/search", response_class=HTMLResponse)
def search_page(
    request: Request, store: StoreDep, q: str = "", page: int = Query(1, ge=1)
) -> HTMLResponse:
    context = {
        "title": f"Search: {q}" if q else "Search",
        "query": q,
        "json_url": json_twin_url(request, "/v1/search") if q.strip() else None,
    }
    if q.strip():
        offset = (page - 1) * CLAIMS_PER_PAGE
        with shown_as_page():
            results = search_results(
                store, q, offset=offset, limit=CLAIMS_PER_PAGE, names_shown=NAMES_SHOWN
            )
        context |= {
            "results": results,
            "first_rank": offset + 1,
            "claims": [
                {"found": found, "pieces": highlight(found.claim.text, q)}
                for found in results.claims
            ],
            "previous_url": page_url(q, page - 1) if page > 1 else None,
            "next_url": page_url(q, page + 1) if results.more_claims else None,
        }
    return render(request, "search.html", context)


def page_url(q: str, page: int) -> str:
    return "/search?" + urlencode({"q": q, "page": page} if page > 1 else {"q": q})
