"""One search across actors, topics and claims, on a real database."""

from __future__ import annotations

from datetime import date

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from graph import claim_search
from graph.claim_search import estimate_matches, id_range, search_words
from graph.search import escape_lucene
from graph.search_results import search_results
from graph.store import Store
from graph.writer import write_document
from tests.api.problems import assert_problem
from tests.factories import NETWORK_META, network_extraction, series_extraction, series_meta


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


@pytest.fixture
def series_client(store: Store):
    """Thirty claims holding 'ledger', three a day, every fifth undated."""
    write_document(store, series_meta("ledger"), series_extraction(30, "ledger"))
    with TestClient(create_app(store.settings, store)) as client:
        yield client


def test_a_small_graph_counts_matches_exactly(series_client: TestClient, store: Store) -> None:
    matches = estimate_matches(store, "Ledger")
    assert (matches.estimate, matches.exact, matches.ranked) == (30, True, True)
    body = series_client.get("/v1/search", params={"q": "ledger", "limit": 5}).json()
    assert (body["claims_ranked"], body["claims_matched"], body["notice"]) == (True, 30, None)


def test_too_many_matches_are_said_and_come_most_recent_first(
    series_client: TestClient, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(claim_search, "RANK_CAP", 10)
    body = series_client.get("/v1/search", params={"q": "ledger", "limit": 8}).json()
    assert (body["claims_ranked"], body["claims_matched"]) == (False, 30)
    assert "About 30 claims match" in body["notice"]
    ids = [hit["id"] for hit in body["hits"] if hit["type"] == "claim"]
    listed = series_client.get("/v1/claims", params={"limit": 100})
    assert listed.status_code == 200, listed.text[:300]
    dated = sorted(
        (claim["said_on"], claim["id"]) for claim in listed.json()["items"] if claim["said_on"]
    )
    assert ids == [claim_id for _, claim_id in reversed(dated)][:8]


def test_pages_of_too_many_matches_follow_on_without_overlap(
    series_client: TestClient, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(claim_search, "RANK_CAP", 10)
    pages = [search_results(store, "ledger", offset=o, limit=7, names_shown=5) for o in (0, 7, 21)]
    assert all(page.claim_total_estimated and page.claim_total == 30 for page in pages)
    first, second, last = ([found.claim for found in page.claims] for page in pages)
    dates = [claim.said_on for claim in first + second]
    assert len(set(claim.id for claim in first + second)) == 14
    assert dates == sorted(dates, reverse=True)
    assert all("ledger" in claim.text for claim in first + second + last)
    assert (pages[1].more_claims, len(last), pages[2].more_claims) == (True, 3, False)


def claim_hits(client: TestClient, q: str, limit: int, page: int = 1) -> list[str]:
    body = client.get("/v1/search", params={"q": q, "limit": limit, "page": page}).json()
    assert body["claims_ranked"] is False
    return [hit["id"] for hit in body["hits"] if hit["type"] == "claim"]


def newest_claims(client: TestClient) -> list[str]:
    """Every dated claim's id, the most recent first (ties by id, as search breaks them)."""
    items = client.get("/v1/claims", params={"limit": 100}).json()["items"]
    dated = sorted((item["said_on"], item["id"]) for item in items if item["said_on"])
    return [claim_id for _, claim_id in reversed(dated)]


def test_too_many_matches_over_twenty_years_show_the_latest_first(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    # six claims from 2001 and four from 2021: more than MAX_DAYS between the oldest and newest
    dates = [date(2001, 1, day) for day in range(1, 7)] + [date(2021, 3, d) for d in range(1, 5)]
    write_document(store, series_meta("tally"), series_extraction(10, "tally", dates))
    monkeypatch.setattr(claim_search, "RANK_CAP", 5)
    with TestClient(create_app(store.settings, store)) as client:
        newest = newest_claims(client)
        first, second = claim_hits(client, "tally", 3), claim_hits(client, "tally", 3, page=2)
    assert first == newest[:3]
    assert second[0] == newest[3]


def test_too_many_matches_all_long_ago_are_still_found(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    # every match more than MAX_DAYS before today: the window must not start from today
    dates = [date(2001, 1, day) for day in range(1, 7)]
    write_document(store, series_meta("tally"), series_extraction(6, "tally", dates))
    monkeypatch.setattr(claim_search, "RANK_CAP", 5)
    with TestClient(create_app(store.settings, store)) as client:
        assert claim_hits(client, "tally", 3) == newest_claims(client)[:3]


def test_ranked_pages_cut_one_ranking(series_client: TestClient, store: Store) -> None:
    ranked = [row["id"] for row in store.read("search_claims", lucene_query="ledger", limit=1000)]
    pages = [search_results(store, "ledger", offset=o, limit=10, names_shown=5) for o in (0, 10)]
    assert [found.claim.id for page in pages for found in page.claims] == ranked[:20]
    assert (pages[0].claim_total, pages[0].claim_total_estimated) == (30, False)
    assert pages[1].more_claims


def test_the_sample_is_a_share_of_the_id_space() -> None:
    assert id_range(0.25) == ("claim:", "claim:4000000000000000")
    assert id_range(1.0) == ("claim:", "claim;")
    assert search_words(" (!) ") == []
    assert search_words("Rates (UP) rates") == ["rates", "up"]


def test_the_search_page_says_when_claims_are_too_many_to_rank(
    series_client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    ranked = series_client.get("/search", params={"q": "ledger"}).text
    monkeypatch.setattr(claim_search, "RANK_CAP", 10)
    # another address than the first: the response cache keeps an answer per address
    unranked = series_client.get("/search", params={"q": "Ledger"}).text
    assert 'id="too-many-claims"' not in ranked
    assert 'id="too-many-claims"' in unranked
    assert ">about 30</span>" in unranked
