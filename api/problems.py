"""The one place that turns errors into ``application/problem+json`` (RFC 9457)."""

from __future__ import annotations

import logging
from http import HTTPStatus

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from graph.errors import SaidwhenError

log = logging.getLogger(__name__)
PROBLEM_JSON = "application/problem+json"


def problem(status: int, detail: str, title: str | None = None, **extra: object) -> JSONResponse:
    body = {
        "type": "about:blank",
        "title": title or HTTPStatus(status).phrase,
        "status": status,
        "detail": detail,
        **extra,
    }
    return JSONResponse(body, status_code=status, media_type=PROBLEM_JSON)


def describe_validation_error(error: dict) -> str:
    where = ".".join(str(part) for part in error.get("loc", ()) if part not in ("body",))
    return f"{where}: {error.get('msg', 'invalid')}"


def install_problem_handlers(app: FastAPI) -> None:
    @app.exception_handler(SaidwhenError)
    async def domain_error(request: Request, error: SaidwhenError) -> JSONResponse:
        return problem(error.status, str(error), error.title)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, error: RequestValidationError) -> JSONResponse:
        errors = error.errors()
        detail = "; ".join(describe_validation_error(item) for item in errors)
        invalid = [
            {"name": describe_validation_error(item).split(":")[0], "reason": item.get("msg", "")}
            for item in errors
        ]
        return problem(422, detail, "Invalid parameters", invalid_params=invalid)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, error: StarletteHTTPException) -> JSONResponse:
        return problem(error.status_code, str(error.detail))

    @app.exception_handler(Exception)
    async def unexpected_error(request: Request, error: Exception) -> JSONResponse:
        log.exception("unexpected error on %s %s", request.method, request.url.path)
        return problem(500, "an unexpected error occurred; the server log has the details")
