"""What a client sees when the database is gone or a query runs past its time: 503 and 504."""

from __future__ import annotations

import socket
from dataclasses import replace

import pytest
from neo4j import GraphDatabase

from graph.backend import Backend, Connection
from graph.store import Store
from tests.api.clients import client_for


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.mark.parametrize(
    "path", ["/v1/stats", "/v1/timeline?actor=someone"], ids=["worker thread", "event loop"]
)
def test_a_database_that_went_away_is_a_503_problem(store: Store, path: str) -> None:
    """Both ways a route reads: ``Store`` in a worker thread, ``AsyncReads`` on the loop."""
    uri, auth = f"bolt://127.0.0.1:{_closed_port()}", ("neo4j", "unused")
    gone = GraphDatabase.driver(uri, auth=auth)
    connection = Connection(gone, gone, store.database, store.settings, uri=uri, auth=auth)
    try:
        with client_for(replace(store, connection=connection)) as client:
            response = client.get(path)
    finally:
        gone.close()
    assert response.status_code == 503
    assert response.headers["content-type"].startswith("application/problem+json")
    assert response.json()["status"] == 503


def test_a_query_past_its_time_limit_is_a_504_problem(store: Store) -> None:
    if store.backend is Backend.ARCADEDB:
        pytest.skip("the embedded server ignores per-query timeouts (graph/backend.py)")
    slow = "UNWIND range(1, 100000000) AS x WITH x WHERE x % 7919 = 1 RETURN count(x) AS n"
    with client_for(replace(store, query_timeout=0.2)) as client:
        response = client.post("/v1/query", json={"cypher": slow})
    assert response.status_code == 504
    assert response.json()["status"] == 504
