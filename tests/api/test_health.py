"""The service's first endpoints, through FastAPI's TestClient on a real database."""

from __future__ import annotations

from fastapi.testclient import TestClient

from api.app import create_app
from graph.store import Store
from graph.writer import DocumentMeta, write_document
from tests.factories import sample_extraction


def client_for(store: Store) -> TestClient:
    return TestClient(create_app(store.settings, store))


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
