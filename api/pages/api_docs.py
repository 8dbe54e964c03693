"""``/docs`` (Swagger UI) and ``/redoc``: the API's documentation, working offline.

FastAPI's own pages load Swagger UI and ReDoc from a CDN, and ReDoc its fonts from Google,
so offline they are blank and online each visit is reported to a third party. The same
pages here take the scripts shipped in ``static/vendor`` (see VENDOR.md), a favicon that
is no URL, and no online validator badge.
"""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html, swagger_ui_default_parameters
from fastapi.responses import HTMLResponse

router = APIRouter()
VENDOR = "/static/vendor"
NO_FAVICON = "data:,"


@router.get("/docs", response_class=HTMLResponse)
async def swagger_ui(request: Request) -> HTMLResponse:
    return get_swagger_ui_html(
        openapi_url=request.app.openapi_url,
        title=f"{request.app.title} · API",
        swagger_js_url=f"{VENDOR}/swagger-ui-bundle.js",
        swagger_css_url=f"{VENDOR}/swagger-ui.css",
        swagger_favicon_url=NO_FAVICON,
        swagger_ui_parameters={**swagger_ui_default_parameters, "validatorUrl": None},
    )


@router.get("/redoc", response_class=HTMLResponse)
async def redoc(request: Request) -> HTMLResponse:
    return get_redoc_html(
        openapi_url=request.app.openapi_url,
        title=f"{request.app.title} · API",
        redoc_js_url=f"{VENDOR}/redoc.standalone.js",
        redoc_favicon_url=NO_FAVICON,
        with_google_fonts=False,
    )
