"""``/v1/topics``: topics with claim counts, and who said what about one, in date order."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from graph.store import Store
from graph.writer import write_document
from tests.api.clients import client_for, walk_pages
from tests.api.problems import assert_problem
from tests.factories import META, TARIFF_META, sample_extraction, tariff_extraction


@pytest.fixture
def client(store: Store) -> Iterator[TestClient]:
    write_document(store, TARIFF_META, tariff_extraction())
    write_document(store, META, sample_extraction())
    with client_for(store) as client:
        yield client


def test_topics_list_with_claim_counts(client: TestClient) -> None:
    body = client.get("/v1/topics").json()
    assert body["next_cursor"] is None
    assert [(topic["id"], topic["claims"]) for topic in body["items"]] == [
        ("topic:ledger-bill", 1),
        ("topic:reservoir", 1),
        ("topic:water-tariff", 2),
    ]
    assert body["items"][2]["aliases"] == ["tariff", "water tariff"]


def test_topics_page_by_cursor(client: TestClient) -> None:
    pages = walk_pages(client, "/v1/topics", limit=2)
    assert [[topic["id"] for topic in page] for page in pages] == [
        ["topic:ledger-bill", "topic:reservoir"],
        ["topic:water-tariff"],
    ]


def test_a_topic_lists_who_said_what_about_it_in_date_order(client: TestClient) -> None:
    body = client.get("/v1/topics/topic:water-tariff").json()
    assert (body["name"], body["claims"]) == ("water tariff", 2)
    assert [(claim["speaker"]["name"], claim["said_on"]) for claim in body["items"]] == [
        ("Jonas Reed", "2023-06-01"),
        ("Vera Holm", "2023-06-03"),
    ]
    first = client.get("/v1/topics/topic:water-tariff", params={"limit": 1}).json()
    assert len(first["items"]) == 1 and first["next_cursor"]


def test_an_unknown_topic_is_a_404_naming_it(client: TestClient) -> None:
    body = assert_problem(client.get("/v1/topics/topic:unheard-of"), 404)
    assert "topic:unheard-of" in body["detail"]


def test_a_bad_limit_is_a_422(client: TestClient) -> None:
    assert "limit" in assert_problem(client.get("/v1/topics", params={"limit": 0}), 422)["detail"]
