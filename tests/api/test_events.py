"""``/v1/events``: what happened, when, who took part; filters, order, paging and errors."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from graph.store import Store
from graph.writer import write_document
from tests.api.clients import client_for, walk_pages
from tests.api.problems import assert_problem
from tests.factories import (
    META,
    sample_extraction,
    series_extraction,
    series_meta,
)


def titles(client: TestClient, **params: str) -> list[str]:
    response = client.get("/v1/events", params=params)
    assert response.status_code == 200, response.text
    return [event["title"] for event in response.json()["items"]]


def test_events_come_in_date_order_with_undated_last(client: TestClient) -> None:
    assert titles(client) == ["The Cabinet approved the tariff", "Reed toured the reservoir"]


def test_an_event_carries_date_participants_topics_and_evidence(client: TestClient) -> None:
    [event, undated] = client.get("/v1/events").json()["items"]
    assert (event["date"], event["precision"], event["date_text"]) == (
        "2023-06-05",
        "day",
        "on 5 June",
    )
    assert event["participants"] == [{"id": "actor:cabinet", "name": "the Cabinet"}]
    assert event["topics"] == [{"id": "topic:water-tariff", "name": "water tariff"}]
    assert event["evidence"]["text"] == "The Cabinet approved the tariff on 5 June"
    assert undated["date"] is None and undated["precision"] is None


def test_filters_by_actor_topic_document_and_dates(store: Store, client: TestClient) -> None:
    ledger = write_document(store, META, sample_extraction())
    assert titles(client, actor="Jonas Reed") == ["Reed toured the reservoir"]
    assert titles(client, topic="tariff") == ["The Cabinet approved the tariff"]
    assert titles(client, document=ledger.document_id) == ["Brook met Orbit Bank"]
    assert titles(client, since="2023-06-05", until="2023-06-05") == [
        "The Cabinet approved the tariff"
    ]
    assert titles(client, until="2023-06-04") == []


def test_one_event_by_id_and_an_unknown_id(client: TestClient) -> None:
    [event, _] = client.get("/v1/events").json()["items"]
    assert client.get(f"/v1/events/{event['id']}").json() == {
        **event,
        "evidences": [event["evidence"]],
    }
    body = assert_problem(client.get("/v1/events/event:missing"), 404)
    assert "event:missing" in body["detail"]


@pytest.mark.parametrize(
    ("params", "named"),
    [
        ({"actor": "Zed Nobody"}, "actor"),
        ({"topic": "no such topic"}, "topic"),
    ],
)
def test_filters_naming_nothing_are_a_404(
    client: TestClient, params: dict[str, str], named: str
) -> None:
    assert assert_problem(client.get("/v1/events", params=params), 404)["detail"].startswith(
        f"{named}: "
    )


@pytest.mark.parametrize(
    ("params", "named"),
    [({"since": "2023-02-30"}, "since"), ({"limit": "0"}, "limit"), ({"cursor": "%%"}, "cursor")],
)
def test_bad_parameters_are_a_422(client: TestClient, params: dict[str, str], named: str) -> None:
    assert named in assert_problem(client.get("/v1/events", params=params), 422)["detail"]


def test_paging_walks_every_event_once(store: Store) -> None:
    write_document(store, series_meta(), series_extraction(40))
    with client_for(store) as client:
        pages = walk_pages(client, "/v1/events", limit=3)
    walked = [event for page in pages for event in page]
    assert len(walked) == len({event["id"] for event in walked}) == 10
    keys = [(event["date"] is None, event["date"] or "", event["id"]) for event in walked]
    assert keys == sorted(keys)
