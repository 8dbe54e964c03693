"""HTML pages for people: home, the browse lists, search, timeline, graph, actor, claim,
document, and the API's docs.

Each page is backed by its JSON twin under ``/v1`` (linked from the page as "JSON"): the
page handler calls the graph functions behind that endpoint, with its parameters, and
renders what they answer, so the HTML and the JSON cannot disagree about the graph.
"""

from __future__ import annotations

from fastapi import APIRouter

from api.pages import actors, api_docs, browse, home, network, passages, search, timeline

router = APIRouter(include_in_schema=False)
for module in (home, search, timeline, network, browse, actors, passages, api_docs):
    router.include_router(module.router)
