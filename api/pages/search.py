"""``/search``: names that match above the claims that match, with counts and pages.

Claims come with their speaker, date and source document, the searched words marked.
Facets (speaker, dating, year, mode, confidence) count and narrow the best ``RANK_WINDOW``
matching claims, the window pages are cut from; ``/v1/search`` takes the same parameters.
Pages are numbered (``?page=2``): claims are in rank order, which has no cursor to
resume from, and the full-text index keeps only the best ``offset + limit`` anyway.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse

from api.dependencies import StoreDep
from api.pages.browse import CLAIM_DATING, CONFIDENCE_LABELS
from api.pages.highlight import highlight
from api.pages.listing import FacetBlock, facet_block, shown_as_page, url_with, year_block
from api.pages.templating import render
from api.pages.twin import json_twin_url
from api.routers.search import search_filters
from graph.claims import ClaimFilters
from graph.facets import FacetCount, count_search_facets
from graph.search_results import RANK_WINDOW, search_narrowing, search_results

router = APIRouter()
CLAIMS_PER_PAGE = 20
"""Claims a page, and names of each kind: ``/v1/search``'s default ``limit``, so the page's
JSON link answers the rows the page shows."""


@router.get("/search", response_class=HTMLResponse)
def search_page(
    request: Request,
    store: StoreDep,
    filters: Annotated[ClaimFilters, Depends(search_filters)],
    q: str = "",
    page: int = Query(1, ge=1),
) -> HTMLResponse:
    context = {
        "title": f"Search: {q}" if q else "Search",
        "query": q,
        "json_url": json_twin_url(request, "/v1/search") if q.strip() else None,
    }
    if q.strip():
        offset = (page - 1) * CLAIMS_PER_PAGE
        with shown_as_page():
            narrowing = search_narrowing(store, filters)
            results = search_results(
                store,
                q,
                offset=offset,
                limit=CLAIMS_PER_PAGE,
                names_shown=CLAIMS_PER_PAGE,
                narrowing=narrowing,
            )
            # Claims too many to rank are the most recent ones, not a window to count over.
            ranked = not results.claim_total_estimated
            by_facet = count_search_facets(store, q, narrowing).by_facet if ranked else None
        context |= {
            "results": results,
            "first_rank": offset + 1,
            "claims": [
                {"found": found, "pieces": highlight(found.claim.text, q)}
                for found in results.claims
            ],
            "facets": search_facets(request, by_facet) if by_facet else [],
            "window": RANK_WINDOW,
            "previous_url": page_url(request, page - 1) if page > 1 else None,
            "next_url": page_url(request, page + 1) if results.more_claims else None,
        }
    return render(request, "search.html", context)


def search_facets(request: Request, by_facet: dict[str, list[FacetCount]]) -> list[FacetBlock]:
    return [
        facet_block(request, "Speaker", "speaker", by_facet["speaker"]),
        facet_block(request, "Dated", "dated", by_facet["dated"], CLAIM_DATING),
        year_block(request, by_facet["year"]),
        facet_block(request, "Mode", "mode", by_facet["mode"]),
        facet_block(request, "Confidence", "confidence", by_facet["confidence"], CONFIDENCE_LABELS),
    ]


def page_url(request: Request, page: int) -> str:
    """This search, narrowed as it is, at page ``page``."""
    return url_with(request, page=str(page) if page > 1 else None)
