"""One search across actors, topics and claims, on a real database."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from graph.search import escape_lucene
from graph.store import Store
from graph.writer import write_document
from tests.api.problems import assert_problem
from tests.factories import NETWORK_META, network_extraction


@pytest.fixture
def client(store: Store):
    write_document(store, NETWORK_META, network_extraction())
    with TestClient(create_app(store.settings, store)) as client:
        yield client


def test_search_ranks_topic_and_claims_for_a_word(client: TestClient) -> None:
    hits = client.get("/v1/search", params={"q": "tunnel"}).json()["hits"]
    assert hits[0] == {
        "type": "claim",
        "id": hits[0]["id"],
        "label": hits[0]["label"],
        "score": pytest.approx(0.9),
    }
    kinds = {(hit["type"], hit["id"]) for hit in hits}
    assert ("topic", "topic:harbour-tunnel") in kinds
    assert sum(hit["type"] == "claim" for hit in hits) == 2
    assert [hit["score"] for hit in hits] == sorted((hit["score"] for hit in hits), reverse=True)


def test_an_exact_alias_outranks_every_claim(client: TestClient) -> None:
    hits = client.get("/v1/search", params={"q": "Patel"}).json()["hits"]
    assert (hits[0]["type"], hits[0]["id"], hits[0]["score"]) == ("actor", "actor:raj-patel", 1.0)


def test_lucene_operators_in_the_query_are_plain_text(client: TestClient) -> None:
    response = client.get("/v1/search", params={"q": 'union (backed "him'})
    assert response.status_code == 200
    assert any(hit["type"] == "claim" for hit in response.json()["hits"])
    assert escape_lucene("a:b (c) AND") == "a\\:b \\(c\\) and"


def test_empty_search_is_a_problem(client: TestClient) -> None:
    assert_problem(client.get("/v1/search", params={"q": "  "}), 422)
    assert_problem(client.get("/v1/search"), 422)


def test_the_index_keeps_only_the_best_claims_up_to_the_limit(
    client: TestClient, store: Store
) -> None:
    every = store.read("search_claims", lucene_query="tunnel", limit=20)
    [best] = store.read("search_claims", lucene_query="tunnel", limit=1)
    assert len(every) == 2
    assert best["score"] == max(row["score"] for row in every)
