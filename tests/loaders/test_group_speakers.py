"""Groups that speak ("analysts said", "several Republicans said"): actors of kind
``group`` that belong to their document, in extraction and in the graph (both backends)."""

from __future__ import annotations

from datetime import date

from fastapi.testclient import TestClient

from api.app import create_app
from graph.actors import get_actor, list_actors
from graph.claims import ClaimFilters, get_claim, list_claims
from graph.store import Store
from loaders.pipeline import extract
from tests.loaders.test_resolution import PAGE, load

MONDAY = date(2022, 3, 14)
ANALYSTS = "Analysts said on Monday that the harbour fees would fall."
ANALYSTS_AGAIN = "Analysts said on Tuesday that the bridge tolls would rise."


def test_a_plural_speaker_noun_is_a_group_with_its_words_as_name() -> None:
    extraction = extract("Dozens of boats waited. Analysts said the lock was too small.", MONDAY)
    (claim,) = extraction.claims
    group = next(actor for actor in extraction.actors if actor.key == claim.speaker)
    assert (group.name, group.kind) == ("Analysts", "group")


def test_a_quantifier_before_a_party_name_makes_a_group_of_its_members() -> None:
    extraction = extract("Several Republicans said the toll bill was dead.", MONDAY)
    (claim,) = extraction.claims
    group = next(actor for actor in extraction.actors if actor.key == claim.speaker)
    assert (group.name, group.kind) == ("Several Republicans", "group")


def test_the_same_group_words_twice_in_one_document_are_one_group() -> None:
    text = "Economists said rents would rise. Later the economists added that wages would not."
    extraction = extract(text, MONDAY)
    assert len({claim.speaker for claim in extraction.claims}) == 1
    (group,) = [actor for actor in extraction.actors if actor.kind == "group"]
    assert len(group.mentions) == 2


def group_ids(store: Store) -> list[str]:
    return sorted(actor.id for actor in list_actors(store, kind="group", limit=100).actors)


def test_groups_of_the_same_words_in_two_documents_are_two_actors(store: Store) -> None:
    load(store, ANALYSTS, date(2022, 5, 2), "https://example.org/analysts/1")
    load(store, ANALYSTS_AGAIN, date(2022, 5, 3), "https://example.org/analysts/2")
    ids = group_ids(store)
    assert len(ids) == 2
    speakers = {claim.speaker.id for claim in list_claims(store, ClaimFilters(), PAGE)}
    assert speakers == set(ids)
    for actor_id in ids:
        profile = get_actor(store, actor_id)
        assert (profile.kind, profile.claims_said) == ("group", 1)


def test_a_group_is_never_corroborated_across_documents(store: Store) -> None:
    load(store, ANALYSTS, date(2022, 5, 2), "https://example.org/analysts/1")
    load(store, ANALYSTS, date(2022, 5, 2), "https://example.org/analysts/2")
    for actor_id in group_ids(store):
        (claim,) = list_claims(store, ClaimFilters(speaker=actor_id), PAGE)
        assert get_claim(store, claim.id).reported_by == 1


def test_loading_a_document_with_a_group_twice_changes_nothing(store: Store) -> None:
    load(store, ANALYSTS, date(2022, 5, 2), "https://example.org/analysts/1")
    first = group_ids(store)
    load(store, ANALYSTS, date(2022, 5, 2), "https://example.org/analysts/1")
    assert group_ids(store) == first and len(first) == 1


def test_the_api_lists_groups_by_kind_and_shows_their_page(store: Store) -> None:
    load(store, ANALYSTS, date(2022, 5, 2), "https://example.org/analysts/1")
    with TestClient(create_app(store.settings, store)) as client:
        body = client.get("/v1/actors", params={"kind": "group"}).json()
        (group,) = body["items"]
        assert (group["name"], group["kind"]) == ("Analysts", "group")
        page = client.get(f"/actors/{group['id']}")
        assert page.status_code == 200 and "Analysts" in page.text


def test_former_or_top_inside_a_closing_group_speaker_keeps_the_claim() -> None:
    text = "The harbour toll is a mistake, two former aides said on Friday."
    claims = extract(text, date(2023, 6, 9)).claims
    assert [(c.speaker_mention.text, c.content.text) for c in claims] == [
        ("two former aides", "The harbour toll is a mistake")
    ]
