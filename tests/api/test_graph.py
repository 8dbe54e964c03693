"""The neighbourhood graph for drawing, on a real database."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from graph.neighbourhood import EDGES_PER_NODE, GraphEdge, strongest_edges
from graph.store import Store
from graph.writer import write_document
from tests.api.problems import assert_problem
from tests.factories import NETWORK_META, network_extraction


@pytest.fixture
def client(store: Store):
    write_document(store, NETWORK_META, network_extraction())
    with TestClient(create_app(store.settings, store)) as client:
        yield client


def edge_set(body: dict) -> set[tuple[str, str, str, int]]:
    return {(e["source"], e["target"], e["type"], e["weight"]) for e in body["edges"]}


def test_depth_one_around_an_actor_holds_its_direct_neighbours(client: TestClient) -> None:
    body = client.get("/v1/graph", params={"center": "Idris"}).json()
    ids = [node["id"] for node in body["nodes"]]
    assert ids[0] == "actor:sam-idris"
    assert set(ids) == {"actor:sam-idris", "actor:harbour-authority", "actor:port-union"}
    assert ("actor:sam-idris", "actor:harbour-authority", "ROLE", 1) in edge_set(body)
    idris = body["nodes"][0]
    assert (idris["type"], idris["kind"], idris["claims"]) == ("actor", "person", 2)


def test_depth_two_reaches_the_next_ring_and_folds_undirected_links(client: TestClient) -> None:
    body = client.get("/v1/graph", params={"center": "Idris", "depth": 2}).json()
    ids = {node["id"] for node in body["nodes"]}
    assert {"actor:lena-ortiz", "actor:raj-patel"} <= ids
    assert "actor:nia-cole" not in ids
    pairs = [(e["source"], e["target"], e["type"]) for e in body["edges"]]
    assert len(pairs) == len(set(pairs))
    assert ("actor:lena-ortiz", "actor:raj-patel", "CO_MENTION", 1) in edge_set(body)


def test_topics_join_when_asked(client: TestClient) -> None:
    body = client.get("/v1/graph", params={"center": "Ortiz", "topics": True}).json()
    topic = next(node for node in body["nodes"] if node["type"] == "topic")
    assert (topic["id"], topic["claims"]) == ("topic:harbour-tunnel", 2)
    assert ("actor:lena-ortiz", "topic:harbour-tunnel", "SPOKE_ABOUT", 1) in edge_set(body)


def test_without_a_centre_the_best_connected_actors_come_first(client: TestClient) -> None:
    body = client.get("/v1/graph", params={"limit": 2}).json()
    assert len(body["nodes"]) == 2
    assert "actor:nia-cole" not in {node["id"] for node in body["nodes"]}


def test_unknown_centre_is_a_404_problem(client: TestClient) -> None:
    assert_problem(client.get("/v1/graph", params={"center": "Nobody"}), 404)


def test_edges_join_only_the_actors_drawn(client: TestClient) -> None:
    body = client.get("/v1/graph", params={"center": "Ortiz", "depth": 2, "limit": 3}).json()
    ids = {node["id"] for node in body["nodes"]}
    assert len(ids) == 3
    assert body["edges"]
    assert all({edge["source"], edge["target"]} <= ids for edge in body["edges"])


def test_a_small_graph_keeps_every_edge_and_says_so(client: TestClient) -> None:
    body = client.get("/v1/graph", params={"center": "Idris", "depth": 2}).json()
    assert body["edges_total"] == len(body["edges"]) > 0


def test_a_dense_graph_keeps_each_nodes_strongest_edges() -> None:
    # Eight actors all linked (28 edges, a budget of 24): the weakest go, the hub's stay.
    ids = [f"a{n}" for n in range(8)]
    edges = [
        GraphEdge(a, b, "CO_MENTION", 5 if "a0" in (a, b) else 1)
        for i, a in enumerate(ids)
        for b in ids[i + 1 :]
    ]
    kept = strongest_edges(edges, len(ids))
    assert len(kept) <= EDGES_PER_NODE * len(ids) < len(edges)
    assert {edge for edge in edges if edge.weight == 5} <= set(kept)
    assert all(any(node in (e.source, e.target) for e in kept) for node in ids)
    assert strongest_edges(edges[:10], len(ids)) == edges[:10]
