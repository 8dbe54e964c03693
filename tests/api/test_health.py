"""The service's first endpoints, through FastAPI's TestClient on a real database."""

from __future__ import annotations

import re

from graph.queries import load_queries
from graph.stats import RELATIONSHIP_TYPES
from graph.store import Store
from graph.writer import DocumentMeta, write_document
from tests.api.clients import client_for
from tests.factories import sample_extraction


def test_health_reports_the_backend_and_a_reachable_database(store: Store) -> None:
    with client_for(store) as client:
        body = client.get("/health").json()
    assert body["status"] == "ok"
    assert body["database_reachable"] is True
    assert body["backend"] == store.backend.value


def test_stats_count_nodes_by_label_and_relationships_by_type(store: Store) -> None:
    write_document(store, DocumentMeta(url="https://example.org/s"), sample_extraction())
    with client_for(store) as client:
        body = client.get("/v1/stats").json()
    assert body["nodes"]["Claim"] == 1
    assert body["nodes"]["Actor"] == 3
    assert body["relationships"]["SAID"] == 1
    assert body["relationships"]["MENTIONS"] == 0


def test_stats_list_every_relationship_type_the_writers_create(store: Store) -> None:
    created = {
        kind
        for query in load_queries().values()
        if query.writes
        for kind in re.findall(r"(?:MERGE|CREATE)\b[^\n]*?-\[\w*:(\w+)", query.body)
    }
    assert {"CORROBORATES", "CONTESTS", "RESOLVED"} <= created
    assert created <= set(RELATIONSHIP_TYPES)
    with client_for(store) as client:
        listed = client.get("/v1/stats").json()["relationships"]
    assert listed == dict.fromkeys(RELATIONSHIP_TYPES, 0)


def test_cors_allows_only_the_configured_origins(store: Store) -> None:
    with client_for(store, cors_origins="https://newsroom.example") as client:
        allowed = client.get("/health", headers={"Origin": "https://newsroom.example"})
        other = client.get("/health", headers={"Origin": "https://elsewhere.example"})
    assert allowed.headers["access-control-allow-origin"] == "https://newsroom.example"
    assert "access-control-allow-origin" not in other.headers


def test_without_cors_origins_no_cross_origin_header_is_sent(store: Store) -> None:
    with client_for(store) as client:
        response = client.get("/health", headers={"Origin": "https://newsroom.example"})
    assert "access-control-allow-origin" not in response.headers
