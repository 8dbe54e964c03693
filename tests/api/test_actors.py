"""Actors, one actor's profile and its relationships, through the HTTP API on a real database."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from graph.actors import resolve_actor
from graph.errors import NotFound
from graph.store import Store
from graph.writer import write_document
from tests.api.problems import assert_problem
from tests.factories import NETWORK_META, network_extraction


@pytest.fixture
def client(store: Store):
    write_document(store, NETWORK_META, network_extraction())
    with TestClient(create_app(store.settings, store)) as client:
        yield client


def test_actors_filter_by_alias_substring_and_kind(client: TestClient) -> None:
    body = client.get("/v1/actors", params={"q": "ORTIZ"}).json()
    assert [actor["id"] for actor in body["items"]] == ["actor:lena-ortiz"]
    assert body["items"][0]["claims"] == 1
    bodies = client.get("/v1/actors", params={"kind": "government_body"}).json()
    assert [actor["id"] for actor in bodies["items"]] == ["actor:harbour-authority"]


def test_actor_pages_follow_the_cursor_without_gaps_or_repeats(client: TestClient) -> None:
    seen: list[str] = []
    cursor = None
    while True:
        params = {"limit": 2} | ({"cursor": cursor} if cursor else {})
        body = client.get("/v1/actors", params=params).json()
        seen += [actor["id"] for actor in body["items"]]
        cursor = body["next_cursor"]
        if cursor is None:
            break
    assert seen == sorted(seen)
    assert len(seen) == len(set(seen)) == 7  # six in the text and the document's author


def test_a_bad_cursor_is_a_problem(client: TestClient) -> None:
    assert_problem(client.get("/v1/actors", params={"cursor": "not-a-cursor!"}), 422)


def test_actor_profile_by_alias_has_roles_with_passages_and_dated_claims(
    client: TestClient,
) -> None:
    body = client.get("/v1/actors/idris").json()
    assert body["id"] == "actor:sam-idris"
    assert body["claims_said"] == 2
    assert body["claims_undated"] == 1
    assert body["first_claim"]["said_on"] == "2022-05-04"
    assert body["last_claim"]["id"] == body["first_claim"]["id"]
    [role] = body["roles_out"]
    assert (role["title"], role["other_id"]) == ("director", "actor:harbour-authority")
    assert "whose director Sam Idris" in role["passage"]["text"]
    authority = client.get("/v1/actors/Harbour Authority").json()
    assert [role["other_id"] for role in authority["roles_in"]] == ["actor:sam-idris"]


def test_actor_profile_orders_first_and_last_claims_by_date(client: TestClient) -> None:
    body = client.get("/v1/actors/actor:raj-patel").json()
    assert body["claims_mentioning"] == 0
    assert body["first_claim"]["said_on"] == body["last_claim"]["said_on"] == "2022-05-03"
    ortiz = client.get("/v1/actors/lena-ortiz").json()
    assert ortiz["claims_mentioning"] == 1


def test_unknown_actor_is_a_404_problem_naming_it(client: TestClient) -> None:
    body = assert_problem(client.get("/v1/actors/Nobody Known"), 404)
    assert "'Nobody Known'" in body["detail"]


def test_resolve_actor_raises_not_found_for_an_unknown_name(store: Store) -> None:
    with pytest.raises(NotFound, match="no actor with id or name 'Ghost'"):
        resolve_actor(store, "Ghost")


def test_relationships_list_roles_co_mentions_and_co_participation(client: TestClient) -> None:
    body = client.get("/v1/actors/Ortiz/relationships").json()
    assert body["actor_id"] == "actor:lena-ortiz"
    assert body["roles"] == []
    mentions = {link["other_id"]: link for link in body["co_mentions"]}
    assert set(mentions) == {"actor:raj-patel", "actor:port-union"}
    assert mentions["actor:raj-patel"]["strength"] == 1
    assert mentions["actor:raj-patel"]["evidence_ids"][0].startswith("claim:")
    shared = {link["other_id"]: link["strength"] for link in body["co_participations"]}
    assert shared == {"actor:raj-patel": 1, "actor:harbour-authority": 1}


def test_union_relationships_count_each_shared_claim(client: TestClient) -> None:
    body = client.get("/v1/actors/the union/relationships").json()
    strengths = {link["other_id"]: link["strength"] for link in body["co_mentions"]}
    assert strengths == {"actor:lena-ortiz": 1, "actor:raj-patel": 1, "actor:sam-idris": 1}
