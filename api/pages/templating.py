"""The pages' Jinja2 environment, and the HTML error page for ``PageError``.

Templates live in ``api/templates`` and extend ``base.html`` (navigation, the JSON-twin
link, the viewport meta for phones). Autoescape is on: every name, quote and document
text comes from news articles and is shown as text, never as markup.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from api.pages.formatting import date_label, is_low_confidence, kind_label, mode_label
from api.pages.twin import PageError

TEMPLATES_DIR = Path(__file__).resolve().parent.parent / "templates"
templates = Jinja2Templates(directory=TEMPLATES_DIR)
templates.env.filters.update(
    date_label=date_label,
    kind_label=kind_label,
    mode_label=mode_label,
    is_low_confidence=is_low_confidence,
)


def render(
    request: Request, name: str, context: dict[str, Any], status_code: int = 200
) -> HTMLResponse:
    return templates.TemplateResponse(request, name, context, status_code=status_code)


def install_error_page(app: FastAPI) -> None:
    """Show a failed page as HTML (an unknown id is a 404 page, not a stack trace)."""

    @app.exception_handler(PageError)
    async def page_error(request: Request, error: PageError) -> HTMLResponse:
        context = {"title": error.title, "status": error.status, "detail": error.detail}
        return render(request, "error.html", context, status_code=error.status)
