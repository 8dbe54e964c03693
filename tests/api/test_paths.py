"""Shortest paths between actors, with evidence, on a real database."""

from __future__ import annotations

import itertools

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from graph import path_search
from graph.store import Store
from graph.writer import write_document
from tests.api.problems import assert_problem
from tests.factories import NETWORK_META, network_extraction


@pytest.fixture
def client(store: Store):
    write_document(store, NETWORK_META, network_extraction())
    with TestClient(create_app(store.settings, store)) as client:
        yield client


def test_two_step_paths_go_through_the_claim_and_the_shared_event(client: TestClient) -> None:
    body = client.get("/v1/paths", params={"from": "Patel", "to": "Ortiz"}).json()
    assert (body["from_id"], body["to_id"]) == ("actor:raj-patel", "actor:lena-ortiz")
    middles = sorted(path["nodes"][1]["label"] for path in body["paths"])
    assert middles == ["Claim", "Event"]
    assert all(path["length"] == 2 for path in body["paths"])
    for path in body["paths"]:
        for edge in path["edges"]:
            assert edge["evidence"]["text"] in network_extraction().text


def test_role_step_carries_the_passage_that_states_the_role(client: TestClient) -> None:
    body = client.get("/v1/paths", params={"from": "Ortiz", "to": "Sam Idris"}).json()
    [path] = body["paths"]
    assert path["length"] == 3
    role = path["edges"][-1]
    assert (role["type"], role["title"]) == ("ROLE", "director")
    assert "whose director Sam Idris" in role["evidence"]["text"]


def test_max_hops_below_the_shortest_path_finds_none(client: TestClient) -> None:
    body = client.get("/v1/paths", params={"from": "Ortiz", "to": "Idris", "max_hops": 2}).json()
    assert body["paths"] == []


def test_an_unconnected_actor_has_no_path(client: TestClient) -> None:
    body = client.get("/v1/paths", params={"from": "Nia Cole", "to": "Ortiz", "max_hops": 6})
    assert body.json()["paths"] == []


def test_bad_path_requests_are_problems(client: TestClient) -> None:
    assert_problem(client.get("/v1/paths", params={"from": "Ortiz", "to": "Nobody"}), 404)
    assert_problem(client.get("/v1/paths", params={"from": "Ortiz", "to": "Lena Ortiz"}), 422)
    assert_problem(
        client.get("/v1/paths", params={"from": "Ortiz", "to": "Patel", "max_hops": 7}), 422
    )


def test_a_role_is_a_one_step_path_from_one_actor_to_the_other(client: TestClient) -> None:
    body = client.get("/v1/paths", params={"from": "Harbour Authority", "to": "Idris"}).json()
    [path] = body["paths"]
    assert [node["id"] for node in path["nodes"]] == ["actor:harbour-authority", "actor:sam-idris"]
    assert [node["name"] for node in path["nodes"]] == ["Harbour Authority", "Sam Idris"]
    assert (path["length"], path["edges"][0]["type"]) == (1, "ROLE")


def test_each_path_runs_from_the_first_actor_to_the_second_step_by_step(client: TestClient) -> None:
    body = client.get("/v1/paths", params={"from": "Idris", "to": "Patel", "max_hops": 6}).json()
    assert body["paths"]
    for path in body["paths"]:
        ids = [node["id"] for node in path["nodes"]]
        assert (ids[0], ids[-1], len(ids)) == (
            "actor:sam-idris",
            "actor:raj-patel",
            path["length"] + 1,
        )
        for step, edge in enumerate(path["edges"]):
            assert {edge["source"], edge["target"]} == {ids[step], ids[step + 1]}


NETWORK_ACTORS = ("lena-ortiz", "raj-patel", "harbour-authority", "sam-idris", "port-union")


def plain_bfs_length(store: Store, from_id: str, to_id: str) -> int | None:
    """Steps from one actor to the other by a plain one-sided BFS, ring by ring."""
    seen, ring, steps = {from_id}, [from_id], 0
    while ring:
        steps += 1
        rings = path_search._neighbours(store, ring, set())
        ring = sorted({node for found in rings.values() for node in found} - seen)
        if to_id in ring:
            return steps
        seen.update(ring)
    return None


def test_every_path_found_is_as_short_as_a_plain_search_finds(
    client: TestClient, store: Store
) -> None:
    for one, two in itertools.permutations(NETWORK_ACTORS, 2):
        from_id, to_id = f"actor:{one}", f"actor:{two}"
        body = client.get("/v1/paths", params={"from": from_id, "to": to_id, "max_hops": 6})
        lengths = {path["length"] for path in body.json()["paths"]}
        expected = plain_bfs_length(store, from_id, to_id)
        assert lengths == ({expected} if expected else set()), (one, two)
        assert body.json()["capped"] == []


def test_a_hub_cut_short_is_named_in_the_answer(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(path_search, "FANOUT_CAP", 1)
    body = client.get("/v1/paths", params={"from": "Ortiz", "to": "Sam Idris"}).json()
    assert body["fanout_cap"] == 1
    assert "actor:lena-ortiz" in [node["id"] for node in body["capped"]]
    assert [node["name"] for node in body["capped"]][0]
    for path in body["paths"]:
        assert [path["nodes"][0]["id"], path["nodes"][-1]["id"]] == [
            "actor:lena-ortiz",
            "actor:sam-idris",
        ]


def test_two_step_paths_are_found_whole_past_a_hub_cut(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(path_search, "FANOUT_CAP", 1)
    body = client.get("/v1/paths", params={"from": "Patel", "to": "Ortiz"}).json()
    assert sorted(path["nodes"][1]["label"] for path in body["paths"]) == ["Claim", "Event"]
