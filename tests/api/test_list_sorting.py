"""Sorting and the narrowing filters of the lists: ``sort`` on every list endpoint (paging
keeps its order), and ``mode``, ``confidence`` and ``dated`` on claims, ``dated`` on events."""

from __future__ import annotations

from datetime import date

import pytest
from fastapi.testclient import TestClient

from graph.store import Store
from graph.writer import write_document
from tests.api.clients import client_for, walk_pages
from tests.api.problems import assert_problem
from tests.factories import series_extraction, series_meta


def texts(client: TestClient, path: str, **params: str) -> list[str]:
    response = client.get(path, params=params)
    assert response.status_code == 200, response.text
    return [
        item.get("text") or item.get("title") or item["id"] for item in response.json()["items"]
    ]


def newest_first(key: tuple[str, str]) -> tuple[int, str]:
    """The order of ``sort=-date``: the latest day first, ties by id."""
    day, item_id = key
    return -date.fromisoformat(day).toordinal(), item_id


def test_newest_first_pages_through_every_claim_once_with_undated_last(store: Store) -> None:
    write_document(store, series_meta(), series_extraction(23))
    with client_for(store) as client:
        pages = walk_pages(client, "/v1/claims", limit=4, sort="-date")
    walked = [claim for page in pages for claim in page]
    assert len({claim["id"] for claim in walked}) == len(walked) == 23
    dated = [(claim["said_on"], claim["id"]) for claim in walked if claim["said_on"]]
    assert dated == sorted(dated, key=newest_first)
    assert all(claim["said_on"] is None for claim in walked[len(dated) :])


def test_newest_first_reverses_the_dated_claims(client: TestClient) -> None:
    assert texts(client, "/v1/claims", sort="-date") == [
        "the water tariff would fall",
        "Holm had costed the water tariff",
        "the reservoir was low",
    ]


def test_newest_first_pages_through_every_event_once(store: Store) -> None:
    write_document(store, series_meta(), series_extraction(40))
    with client_for(store) as client:
        oldest = [
            event["id"] for page in walk_pages(client, "/v1/events", limit=2) for event in page
        ]
        newest = walk_pages(client, "/v1/events", limit=2, sort="-date")
    walked = [event for page in newest for event in page]
    assert sorted(event["id"] for event in walked) == sorted(oldest)
    dated = [(event["date"], event["id"]) for event in walked if event["date"]]
    assert dated == sorted(dated, key=newest_first)
    assert all(event["date"] is None for event in walked[len(dated) :])


def test_documents_sort_newest_first(store: Store) -> None:
    for word in ("early", "late"):
        write_document(store, series_meta(word), series_extraction(2, word))
    with client_for(store) as client:
        oldest = [document["id"] for document in client.get("/v1/documents").json()["items"]]
        newest = walk_pages(client, "/v1/documents", limit=1, sort="-date")
    published = [document["published"] for page in newest for document in page]
    assert published == sorted(published, reverse=True)
    assert len(published) == len(oldest)


@pytest.mark.parametrize("path", ["/v1/actors", "/v1/topics"])
def test_most_claims_first_pages_in_count_order(client: TestClient, path: str) -> None:
    pages = walk_pages(client, path, limit=1, sort="-claims")
    walked = [item for page in pages for item in page]
    keys = [(-item["claims"], item["id"]) for item in walked]
    assert keys == sorted(keys)
    everything = client.get(path, params={"limit": 100}).json()["items"]
    assert sorted(item["id"] for item in walked) == sorted(item["id"] for item in everything)


def test_mode_keeps_the_claims_said_that_way(client: TestClient) -> None:
    assert texts(client, "/v1/claims", mode="denied") == ["Holm had costed the water tariff"]
    assert texts(client, "/v1/claims", mode="asked") == []


def test_a_confidence_band_keeps_the_claims_inside_it(client: TestClient) -> None:
    assert texts(client, "/v1/claims", confidence="medium") == ["Holm had costed the water tariff"]
    assert texts(client, "/v1/claims", confidence="high") == ["the water tariff would fall"]
    assert texts(client, "/v1/claims", confidence="low") == ["the reservoir was low"]


def test_dated_keeps_dated_reported_or_undated_claims(client: TestClient) -> None:
    assert texts(client, "/v1/claims", dated="yes") == [
        "Holm had costed the water tariff",
        "the water tariff would fall",
    ]
    assert texts(client, "/v1/claims", dated="reported") == ["the reservoir was low"]
    assert texts(client, "/v1/claims", dated="no") == []


def test_dated_keeps_the_dated_or_the_undated_events(store: Store) -> None:
    write_document(store, series_meta(), series_extraction(16))
    with client_for(store) as client:
        dated = client.get("/v1/events", params={"dated": "yes", "limit": 100}).json()["items"]
        undated = client.get("/v1/events", params={"dated": "no", "limit": 100}).json()["items"]
        every = client.get("/v1/events", params={"limit": 100}).json()["items"]
    assert dated and undated
    assert all(event["date"] for event in dated) and not any(event["date"] for event in undated)
    assert len(dated) + len(undated) == len(every)


@pytest.mark.parametrize(
    ("path", "params", "named"),
    [
        ("/v1/claims", {"sort": "speaker"}, "sort"),
        ("/v1/claims", {"mode": "whispered"}, "mode"),
        ("/v1/claims", {"confidence": "0.5"}, "confidence"),
        ("/v1/claims", {"dated": "maybe"}, "dated"),
        ("/v1/events", {"dated": "reported"}, "dated"),
        ("/v1/actors", {"sort": "-date"}, "sort"),
        ("/v1/documents", {"sort": "-claims"}, "sort"),
    ],
)
def test_an_unknown_sort_or_filter_value_is_a_422_naming_it(
    client: TestClient, path: str, params: dict[str, str], named: str
) -> None:
    body = assert_problem(client.get(path, params=params), 422)
    assert named in body["detail"]
