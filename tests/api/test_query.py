"""POST /v1/query: reads run capped; writes stop at the lint, and the database refuses them too."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from graph.backend import Backend
from graph.errors import QueryRefused
from graph.settings import Settings
from graph.stats import count_graph
from graph.store import Store
from graph.writer import write_document
from tests.api.problems import assert_problem
from tests.factories import NETWORK_META, network_extraction


@pytest.fixture
def client(store: Store):
    write_document(store, NETWORK_META, network_extraction())
    settings = store.settings.model_copy(update={"query_row_cap": 3, "api_keys": "k1"})
    with TestClient(create_app(settings, store), headers={"X-API-Key": "k1"}) as client:
        yield client


def test_a_read_returns_columns_and_rows(client: TestClient) -> None:
    response = client.post(
        "/v1/query",
        json={
            "cypher": "MATCH (a:Actor {id: $id})-[:SAID]->(c:Claim) "
            "RETURN a.name AS name, c.said_on AS said_on ORDER BY said_on",
            "params": {"id": "actor:sam-idris"},
        },
    )
    body = response.json()
    assert body == {
        "columns": ["name", "said_on"],
        "rows": [["Sam Idris", "2022-05-04"], ["Sam Idris", None]],
        "truncated": False,
    }


def test_a_read_with_no_rows_still_names_its_columns(client: TestClient, store: Store) -> None:
    if store.backend is Backend.ARCADEDB:
        pytest.xfail("ArcadeDB's Bolt server sends a result's field names only with its first row")
    body = client.post(
        "/v1/query",
        json={"cypher": "MATCH (a:Actor {id: 'actor:nobody'}) RETURN a.id AS id, a.name AS name"},
    ).json()
    assert body == {"columns": ["id", "name"], "rows": [], "truncated": False}


def test_rows_past_the_cap_are_cut_and_flagged(client: TestClient) -> None:
    body = client.post("/v1/query", json={"cypher": "MATCH (a:Actor) RETURN a"}).json()
    assert len(body["rows"]) == 3
    assert body["truncated"] is True
    assert "name" in body["rows"][0][0]


def test_relationships_and_paths_come_back_as_json(client: TestClient) -> None:
    body = client.post(
        "/v1/query",
        json={"cypher": "MATCH p = (:Actor)-[r:ROLE]->(:Actor) RETURN r, p"},
    ).json()
    role, path = body["rows"][0]
    assert role["type"] == "ROLE" and role["properties"]["title"] == "director"
    assert len(path["nodes"]) == 2


def test_a_write_is_refused_by_the_lint_and_writes_nothing(
    client: TestClient, store: Store
) -> None:
    before = count_graph(store)
    body = assert_problem(
        client.post("/v1/query", json={"cypher": "/* hi */ CREATE (:Actor {id: 'x'})"}), 400
    )
    assert "CREATE" in body["detail"]
    assert count_graph(store) == before


def test_the_query_needs_an_api_key(store: Store) -> None:
    settings = Settings(data_dir=store.settings.data_dir, api_keys="k1")
    with TestClient(create_app(settings, store)) as client:
        assert_problem(client.post("/v1/query", json={"cypher": "RETURN 1"}), 401)


def test_the_database_itself_refuses_a_write_that_reaches_it(store: Store) -> None:
    before = count_graph(store)
    with pytest.raises(QueryRefused):
        store.read_only("CREATE (:X)", {}, 10)
    with pytest.raises(QueryRefused):
        store.read_only("MERGE (a:Actor {id: 'actor:sneaky'}) RETURN a", {}, 10)
    assert count_graph(store) == before
    assert store.read_only("MATCH (n:X) RETURN count(n) AS n", {}, 10) == (["n"], [{"n": 0}])
