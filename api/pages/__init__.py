"""HTML pages for people: home, search, timeline, graph, actor, claim and document.

Each page is backed by its JSON twin under ``/v1`` (linked from the page as "JSON"): the
page handler asks the API for the same view in-process (``api.pages.twin``) and renders
it, so the HTML and the JSON can never disagree about what the graph holds.
"""

from __future__ import annotations

from fastapi import APIRouter

from api.pages import actors, api_docs, browse, home, network, passages, search, timeline

router = APIRouter(include_in_schema=False)
for module in (home, search, timeline, network, browse, actors, passages, api_docs):
    router.include_router(module.router)
