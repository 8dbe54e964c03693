"""The OpenAPI document promises what the app answers: each error status an operation gives,
as problem+json with the ``Problem`` schema (found by tests/api/test_schemathesis.py)."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from graph.store import Store
from graph.writer import write_document
from tests.api.problems import assert_problem
from tests.factories import NETWORK_META, network_extraction

PROBLEM_CONTENT = {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}
ERROR_ANSWERS = [
    ("GET", "/v1/actors/{actor}", "/v1/actors/Nobody", {}, 404),
    ("GET", "/v1/actors/{actor}/relationships", "/v1/actors/Nobody/relationships", {}, 404),
    ("GET", "/v1/paths", "/v1/paths?from=Ortiz&to=Nobody", {}, 404),
    ("GET", "/v1/graph", "/v1/graph?center=Nobody", {}, 404),
    ("GET", "/v1/export", "/v1/export?speaker=Nobody", {}, 404),
    ("GET", "/v1/search", "/v1/search?q=", {}, 422),
    ("GET", "/v1/actors", "/v1/actors?cursor=x", {}, 422),
    ("POST", "/v1/query", "/v1/query", {"json": {"cypher": "CREATE (:X)"}}, 400),
    ("POST", "/v1/query", "/v1/query", {"json": {}}, 422),
    ("POST", "/v1/query", "/v1/query", {"json": {"cypher": "RETURN 1"}, "headers": {}}, 401),
    (
        "POST",
        "/v1/documents",
        "/v1/documents",
        {"content": b"--x--", "headers": {"Content-Type": "multipart/form-data", "X-API-Key": "k"}},
        400,
    ),
]


@pytest.fixture
def client(store: Store):
    write_document(store, NETWORK_META, network_extraction())
    app = create_app(store.settings.model_copy(update={"api_keys": "k"}), store)
    with TestClient(app, headers={"X-API-Key": "k"}) as client:
        yield client


@pytest.mark.parametrize(("method", "template", "url", "request_args", "status"), ERROR_ANSWERS)
def test_an_error_answer_is_documented_for_its_operation_as_a_problem(
    client: TestClient,
    method: str,
    template: str,
    url: str,
    request_args: dict[str, Any],
    status: int,
) -> None:
    if "headers" in request_args:
        client.headers.pop("X-API-Key")
    assert_problem(client.request(method, url, **request_args), status)
    responses = client.get("/openapi.json").json()["paths"][template][method.lower()]["responses"]
    assert responses[str(status)]["content"] == PROBLEM_CONTENT


def test_no_operation_promises_fastapis_validation_error_shape(client: TestClient) -> None:
    openapi = client.get("/openapi.json").json()
    assert "HTTPValidationError" not in openapi["components"]["schemas"]
    assert openapi["components"]["schemas"]["Problem"]["required"] == [
        "type",
        "title",
        "status",
        "detail",
    ]
