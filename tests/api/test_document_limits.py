"""``POST /v1/documents`` with hostile bodies: too long, too deep, YAML bombs; never a 500."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from graph.stats import count_graph
from graph.store import Store
from tests.api.clients import client_for
from tests.api.problems import assert_problem

KEY = {"Authorization": "Bearer limits-key"}
ARTICLE = "Tess Lund said on Monday that the ferry would run again. "


@pytest.fixture
def client(store: Store) -> Iterator[TestClient]:
    with client_for(store, api_keys="limits-key", max_text_chars=1000) as client:
        yield client


def test_a_text_over_max_text_chars_is_a_413_naming_the_limit(
    client: TestClient, store: Store
) -> None:
    body = assert_problem(
        client.post("/v1/documents", json={"text": ARTICLE * 30}, headers=KEY), 413
    )
    assert "1,000" in body["detail"] and "SAIDWHEN_MAX_TEXT_CHARS" in body["detail"]
    assert count_graph(store).nodes.get("Document", 0) == 0
    fits = client.post("/v1/documents", json={"text": ARTICLE}, headers=KEY)
    assert fits.status_code == 201, fits.text


def test_a_deeply_nested_json_body_is_a_422(client: TestClient) -> None:
    nested = '{"text": "Tess Lund said so.", "extra": ' + "[" * 100_000 + "]" * 100_000 + "}"
    response = client.post(
        "/v1/documents",
        content=nested.encode(),
        headers={**KEY, "content-type": "application/json"},
    )
    assert "nests deeper" in assert_problem(response, 422)["detail"]


@pytest.mark.parametrize(
    ("name", "content", "named"),
    [
        ("bomb.md", "---\nt: &a [x, x]\nu: [*a, *a]\n---\n" + ARTICLE, "alias *a"),
        ("deep.md", "---\nt: " + "[" * 5000 + "\n---\n" + ARTICLE, "nested deeper"),
        ("deep.json", json.dumps({"text": ARTICLE})[:-1] + ', "x": ' + "{" * 5000, "nests"),
    ],
)
def test_a_hostile_upload_is_a_422_naming_the_file(
    client: TestClient, name: str, content: str, named: str
) -> None:
    response = client.post(
        "/v1/documents", files={"file": (name, content.encode(), "text/plain")}, headers=KEY
    )
    body = assert_problem(response, 422)
    assert name in body["detail"] and named in body["detail"]
