"""``/v1/claims``: filters, order, paging and errors, through the HTTP API on a real database."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from graph.store import Store
from graph.writer import write_document
from tests.api.clients import client_for, walk_pages
from tests.api.problems import assert_problem
from tests.factories import (
    META,
    TARIFF_TEXT,
    sample_extraction,
    series_extraction,
    series_meta,
)


def claim_texts(client: TestClient, **params: str) -> list[str]:
    response = client.get("/v1/claims", params=params)
    assert response.status_code == 200, response.text
    return [claim["text"] for claim in response.json()["items"]]


def test_claims_come_in_said_on_order_with_undated_last(client: TestClient) -> None:
    assert claim_texts(client) == [
        "Holm had costed the water tariff",
        "the water tariff would fall",
        "the reservoir was low",
    ]


def test_a_claim_carries_speaker_topics_mentions_and_its_passage(client: TestClient) -> None:
    [reed] = client.get("/v1/claims", params={"speaker": "Jonas Reed"}).json()["items"]
    assert reed["verb"] == "dispute"
    assert (reed["said_on"], reed["said_on_precision"], reed["date_text"]) == (
        "2023-06-01",
        "month",
        "June",
    )
    assert reed["speaker"] == {"id": "actor:jonas-reed", "name": "Jonas Reed", "kind": "person"}
    assert reed["topics"] == [{"id": "topic:water-tariff", "name": "water tariff"}]
    assert reed["mentions"] == [{"id": "actor:vera-holm", "name": "Vera Holm"}]
    evidence = reed["evidence"]
    assert TARIFF_TEXT[evidence["start"] : evidence["end"]] == evidence["text"]
    assert evidence["text"].startswith("Alderman Jonas Reed disputed")
    assert evidence["document_id"].startswith("doc:")


def test_a_claim_carries_its_mode_and_confidence(client: TestClient) -> None:
    [reed] = client.get("/v1/claims", params={"speaker": "Jonas Reed"}).json()["items"]
    [holm] = client.get("/v1/claims", params={"speaker": "Vera Holm"}).json()["items"]
    assert (reed["mode"], reed["confidence"]) == ("denied", 0.6)
    assert (holm["mode"], holm["confidence"]) == ("said", 1.0)


def test_min_confidence_keeps_the_claims_at_least_that_sure(client: TestClient) -> None:
    assert claim_texts(client, min_confidence="0.6") == [
        "Holm had costed the water tariff",
        "the water tariff would fall",
    ]
    assert claim_texts(client, min_confidence="0.61") == ["the water tariff would fall"]
    assert len(claim_texts(client, min_confidence="0")) == 3


def test_an_unattributed_claim_has_no_speaker(client: TestClient) -> None:
    [claim] = client.get("/v1/claims", params={"q": "reservoir"}).json()["items"]
    assert claim["speaker"] is None
    assert claim["said_on"] is None


@pytest.mark.parametrize("speaker", ["actor:vera-holm", "VERA HOLM", "holm", "vera-holm"])
def test_speaker_is_an_id_a_name_or_an_alias_in_any_case(client: TestClient, speaker: str) -> None:
    assert claim_texts(client, speaker=speaker) == ["the water tariff would fall"]


def test_mentions_filters_claims_that_name_an_actor(client: TestClient) -> None:
    assert claim_texts(client, mentions="Holm") == ["Holm had costed the water tariff"]
    assert claim_texts(client, mentions="Jonas Reed") == []


@pytest.mark.parametrize("topic", ["topic:water-tariff", "Water Tariff", "TARIFF"])
def test_topic_is_an_id_a_name_or_an_alias(client: TestClient, topic: str) -> None:
    assert claim_texts(client, topic=topic) == [
        "Holm had costed the water tariff",
        "the water tariff would fall",
    ]


def test_q_is_a_case_insensitive_substring_of_the_text(client: TestClient) -> None:
    assert claim_texts(client, q="WATER TARIFF WOULD") == ["the water tariff would fall"]


def test_a_date_range_keeps_dated_claims_inside_it_and_leaves_undated_out(
    client: TestClient,
) -> None:
    assert claim_texts(client, since="2023-06-02") == ["the water tariff would fall"]
    assert claim_texts(client, until="2023-06-02") == ["Holm had costed the water tariff"]
    assert claim_texts(client, since="2023-06-01", until="2023-06-03") == [
        "Holm had costed the water tariff",
        "the water tariff would fall",
    ]


def test_document_filters_claims_to_one_document(store: Store, client: TestClient) -> None:
    ledger = write_document(store, META, sample_extraction())
    assert claim_texts(client, document=ledger.document_id) == ["the ledger bill would pass"]
    assert len(claim_texts(client)) == 4


def test_one_claim_by_id(client: TestClient) -> None:
    [listed] = client.get("/v1/claims", params={"speaker": "holm"}).json()["items"]
    one = client.get(f"/v1/claims/{listed['id']}").json()
    assert {key: one[key] for key in listed} == listed
    assert (one["reported_by"], one["reports"], one["contested_by"]) == (1, [], [])


def test_an_unknown_claim_id_is_a_404_naming_it(client: TestClient) -> None:
    body = assert_problem(client.get("/v1/claims/claim:nope"), 404)
    assert "claim:nope" in body["detail"]


@pytest.mark.parametrize("parameter", ["speaker", "mentions", "topic"])
def test_a_filter_naming_nothing_is_a_404_naming_the_parameter(
    client: TestClient, parameter: str
) -> None:
    body = assert_problem(client.get("/v1/claims", params={parameter: "Nobody Atall"}), 404)
    assert body["detail"].startswith(f"{parameter}: ")
    assert "Nobody Atall" in body["detail"]


@pytest.mark.parametrize(
    ("params", "named"),
    [
        ({"since": "2023-13-01"}, "since"),
        ({"until": "June"}, "until"),
        ({"limit": "0"}, "limit"),
        ({"limit": "501"}, "limit"),
        ({"limit": "many"}, "limit"),
        ({"cursor": "not-a-cursor!"}, "cursor"),
        ({"since": "2023-06-05", "until": "2023-06-01"}, "since"),
        ({"dated_by": "published"}, "dated_by"),
        ({"min_confidence": "1.5"}, "min_confidence"),
        ({"min_confidence": "sure"}, "min_confidence"),
    ],
)
def test_bad_parameters_are_a_422_naming_the_parameter(
    client: TestClient, params: dict[str, str], named: str
) -> None:
    body = assert_problem(client.get("/v1/claims", params=params), 422)
    assert named in body["detail"]


def test_limit_is_capped_by_the_page_size_cap_setting(store: Store) -> None:
    with client_for(store, page_size_cap=10) as client:
        assert client.get("/v1/claims", params={"limit": 10}).status_code == 200
        body = assert_problem(client.get("/v1/claims", params={"limit": 11}), 422)
    assert "10" in body["detail"]


def test_paging_walks_every_claim_once_in_order_with_undated_last(store: Store) -> None:
    write_document(store, series_meta(), series_extraction(23))
    with client_for(store) as client:
        pages = walk_pages(client, "/v1/claims", limit=4)
        everything = client.get("/v1/claims", params={"limit": 100}).json()["items"]
    walked = [claim for page in pages for claim in page]
    assert [len(page) for page in pages] == [4, 4, 4, 4, 4, 3]
    assert [claim["id"] for claim in walked] == [claim["id"] for claim in everything]
    assert len({claim["id"] for claim in walked}) == 23
    keys = [(claim["said_on"] is None, claim["said_on"] or "", claim["id"]) for claim in walked]
    assert keys == sorted(keys)
    assert all(claim["said_on"] is None for claim in walked[-4:])


def test_every_claim_carries_the_day_its_document_was_reported(client: TestClient) -> None:
    claims = client.get("/v1/claims").json()["items"]
    assert {claim["reported_on"] for claim in claims} == {"2023-06-07"}
    assert [claim["placed_by"] for claim in claims] == ["said_on", "said_on", None]
    one = client.get(f"/v1/claims/{claims[-1]['id']}").json()
    assert one["reported_on"] == "2023-06-07"


def test_dated_by_reported_places_an_undated_claim_on_its_reported_on(
    client: TestClient,
) -> None:
    claims = client.get("/v1/claims", params={"dated_by": "reported"}).json()["items"]
    assert [(claim["text"], claim["placed_by"]) for claim in claims] == [
        ("Holm had costed the water tariff", "said_on"),
        ("the water tariff would fall", "said_on"),
        ("the reservoir was low", "reported_on"),
    ]


def test_a_date_range_keeps_undated_claims_only_when_dated_by_reported(
    client: TestClient,
) -> None:
    assert claim_texts(client, since="2023-06-05") == []
    assert claim_texts(client, since="2023-06-05", dated_by="reported") == ["the reservoir was low"]
    assert claim_texts(client, until="2023-06-06", dated_by="reported") == [
        "Holm had costed the water tariff",
        "the water tariff would fall",
    ]


def test_pages_dated_by_reported_follow_the_placed_dates(client: TestClient) -> None:
    pages = walk_pages(client, "/v1/claims", limit=1, dated_by="reported")
    assert [claim["text"] for page in pages for claim in page] == [
        "Holm had costed the water tariff",
        "the water tariff would fall",
        "the reservoir was low",
    ]
