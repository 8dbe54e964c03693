"""The one place that turns errors into ``application/problem+json`` (RFC 9457), and says so.

The OpenAPI document describes every error answer as that media type and the ``Problem``
schema (FastAPI's default ``HTTPValidationError`` would promise a shape this app never
sends); routers list which error statuses each operation can answer with.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Match

from graph.errors import SaidwhenError

log = logging.getLogger(__name__)
PROBLEM_JSON = "application/problem+json"
PROBLEM_SCHEMA_REF = "#/components/schemas/Problem"
FASTAPI_VALIDATION_SCHEMAS = ("HTTPValidationError", "ValidationError")
HTTP_METHODS = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE")
STATIC_FILE_METHODS = "GET, HEAD"
"""What the one 405 that comes from no route, StaticFiles' under /static, allows."""


class InvalidParam(BaseModel):
    name: str
    reason: str


class Problem(BaseModel):
    """An error answer (RFC 9457); `invalid_params` only when a request failed validation."""

    type: str
    title: str
    status: int
    detail: str
    invalid_params: list[InvalidParam] | None = None


def problem(
    status: int,
    detail: str,
    title: str | None = None,
    headers: Mapping[str, str] | None = None,
    **extra: object,
) -> JSONResponse:
    body = {
        "type": "about:blank",
        "title": title or HTTPStatus(status).phrase,
        "status": status,
        "detail": detail,
        **extra,
    }
    return JSONResponse(body, status_code=status, media_type=PROBLEM_JSON, headers=headers)


def describe_validation_error(error: dict) -> str:
    where = ".".join(str(part) for part in error.get("loc", ()) if part not in ("body",))
    return f"{where}: {error.get('msg', 'invalid')}"


def describe_problems(openapi: dict[str, Any]) -> dict[str, Any]:
    """Every 4xx/5xx answer in ``openapi`` documented as a problem+json ``Problem``."""
    schemas = openapi.setdefault("components", {}).setdefault("schemas", {})
    for name in FASTAPI_VALIDATION_SCHEMAS:
        schemas.pop(name, None)
    problem_schema = Problem.model_json_schema(ref_template="#/components/schemas/{model}")
    schemas.update(problem_schema.pop("$defs"))
    schemas["Problem"] = problem_schema
    for operations in openapi.get("paths", {}).values():
        for operation in operations.values():
            for status, response in operation.get("responses", {}).items():
                if status[0] in "45":
                    response["content"] = {PROBLEM_JSON: {"schema": {"$ref": PROBLEM_SCHEMA_REF}}}
    return openapi


def allowed_methods(request: Request) -> str:
    """The methods some route takes at the request's path.

    Starlette's own ``Allow`` names the methods of the first route whose path matched, but
    one path often has two routes (GET and POST ``/v1/documents``): each method is tried.
    """
    allowed = []
    for method in HTTP_METHODS:
        scope = {**request.scope, "method": method}
        if any(route.matches(scope)[0] is Match.FULL for route in request.app.router.routes):
            allowed.append(method)
    return ", ".join(allowed)


def install_problem_handlers(app: FastAPI) -> None:
    build_openapi = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            app.openapi_schema = describe_problems(build_openapi())
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]

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
        """Keeps the error's headers; a 405 names every method its path takes in ``Allow``."""
        headers = dict(error.headers or {})
        if error.status_code == 405:
            headers["Allow"] = allowed_methods(request) or STATIC_FILE_METHODS
        return problem(error.status_code, str(error.detail), headers=headers)

    @app.exception_handler(Exception)
    async def unexpected_error(request: Request, error: Exception) -> JSONResponse:
        log.exception("unexpected error on %s %s", request.method, request.url.path)
        return problem(500, "an unexpected error occurred; the server log has the details")
