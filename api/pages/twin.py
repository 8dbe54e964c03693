"""Ask the JSON API for a page's data, in-process, as Datasette's internal client does.

The page and its JSON twin then run one code path: the same router, the same graph/
function, the same validation. An error from the API (an unknown id, a bad parameter)
becomes a ``PageError`` that the pages show as HTML with the API's status and message.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx
from fastapi import Request

INTERNAL_BASE_URL = "http://saidwhen.internal"


class PageError(Exception):
    """The JSON twin answered with an error: shown as an HTML page with its status."""

    def __init__(self, status: int, title: str, detail: str) -> None:
        super().__init__(detail)
        self.status = status
        self.title = title
        self.detail = detail


async def fetch_json(
    request: Request, path: str, params: Mapping[str, Any] | None = None
) -> dict[str, Any]:
    """GET ``path`` from this app; parameters that are None or empty are left out."""
    query = {key: value for key, value in (params or {}).items() if value not in (None, "")}
    transport = httpx.ASGITransport(app=request.app)
    async with httpx.AsyncClient(transport=transport, base_url=INTERNAL_BASE_URL) as client:
        response = await client.get(path, params=query)
    if response.is_error:
        raise _page_error(response)
    return response.json()


async def follow_cursor(
    request: Request,
    path: str,
    params: Mapping[str, Any],
    *,
    max_items: int,
) -> tuple[list[dict[str, Any]], bool]:
    """Every item of a paged list up to ``max_items``, and whether more were left out."""
    items: list[dict[str, Any]] = []
    cursor: str | None = None
    while True:
        body = await fetch_json(request, path, {**params, "cursor": cursor})
        items.extend(body["items"])
        cursor = body.get("next_cursor")
        if not cursor or len(items) >= max_items:
            return items[:max_items], bool(cursor) or len(items) > max_items


def _page_error(response: httpx.Response) -> PageError:
    try:
        problem = response.json()
    except ValueError:
        problem = {}
    return PageError(
        response.status_code,
        problem.get("title") or response.reason_phrase,
        problem.get("detail") or response.text[:200],
    )


def json_twin_url(request: Request, path: str) -> str:
    """The JSON twin of the page being shown: ``path`` with the page's own query string."""
    return f"{path}?{request.url.query}" if request.url.query else path
