"""What every page shares with its JSON twin: the error it shows, and the twin's address.

Pages read the graph through the same functions as the ``/v1`` routers (never the API over
HTTP in-process), so a page and its JSON twin run one code path. A domain error while a
page is computed becomes a ``PageError``, shown as an HTML page with its status.
"""

from __future__ import annotations

from fastapi import Request


class PageError(Exception):
    """A page could not be computed: shown as an HTML page with its status."""

    def __init__(self, status: int, title: str, detail: str) -> None:
        super().__init__(detail)
        self.status = status
        self.title = title
        self.detail = detail


def json_twin_url(request: Request, path: str) -> str:
    """The JSON twin of the page being shown: ``path`` with the page's own query string."""
    return f"{path}?{request.url.query}" if request.url.query else path
