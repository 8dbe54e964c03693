"""Every list endpoint answers one envelope, ``{"items", "next_cursor"}``, under one limit rule."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from graph.store import Store
from tests.api.clients import client_for

LISTS = [
    "/v1/actors",
    "/v1/claims",
    "/v1/documents",
    "/v1/events",
    "/v1/timeline",
    "/v1/topics",
    "/v1/topics/topic:water-tariff",  # a topic with its claims as the list
]
CAP = 5


@pytest.fixture
def capped(client: TestClient, store: Store):
    with client_for(store, page_size_cap=CAP) as capped_client:
        yield capped_client


@pytest.mark.parametrize("path", LISTS)
def test_a_list_answers_items_and_next_cursor(capped: TestClient, path: str) -> None:
    response = capped.get(path, params={"limit": 1})
    assert response.status_code == 200, response.text
    body = response.json()
    assert set(body) >= {"items", "next_cursor"}
    assert len(body["items"]) == 1


@pytest.mark.parametrize("path", [*LISTS, "/v1/graph"])
def test_a_limit_above_the_cap_is_a_422_naming_it(capped: TestClient, path: str) -> None:
    response = capped.get(path, params={"limit": CAP + 1})
    assert response.status_code == 422
    assert f"page size cap of {CAP}" in response.json()["detail"]


def test_the_openapi_document_has_one_page_shape(capped: TestClient) -> None:
    spec = capped.get("/openapi.json").json()
    schemas = spec["components"]["schemas"]
    pages = {name: schema for name, schema in schemas.items() if name.startswith("Page_")}
    for path in ("/v1/actors", "/v1/claims", "/v1/documents", "/v1/events", "/v1/topics"):
        response = spec["paths"][path]["get"]["responses"]["200"]
        reference = response["content"]["application/json"]["schema"]["$ref"]
        assert reference.rsplit("/", 1)[1] in pages, (path, reference)
    assert pages and all(
        set(page["properties"]) == {"items", "next_cursor"} for page in pages.values()
    )
