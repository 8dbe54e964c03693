"""``/v1/timeline`` and ``saidwhen timeline``: claims and events on one date axis."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from api.cli import main
from graph.store import Store
from graph.writer import write_document
from tests.api.clients import client_for, walk_pages
from tests.api.problems import assert_problem
from tests.cli_env import point_cli_at
from tests.factories import (
    series_extraction,
    series_meta,
)


def timeline(client: TestClient, **params: str) -> list[dict]:
    response = client.get("/v1/timeline", params=params)
    assert response.status_code == 200, response.text
    return response.json()["items"]


def test_claims_and_events_merge_in_date_order_with_undated_last(client: TestClient) -> None:
    items = timeline(client)
    assert [(item["kind"], item["date"], item["undated"]) for item in items] == [
        ("claim", "2023-06-01", False),
        ("claim", "2023-06-03", False),
        ("event", "2023-06-05", False),
        ("claim", None, True),
        ("event", None, True),
    ]
    assert items[0]["precision"] == "month"
    assert items[2]["title"] == "The Cabinet approved the tariff"
    assert items[2]["participants"] == [{"id": "actor:cabinet", "name": "the Cabinet"}]


def test_an_actor_timeline_has_what_they_said_and_what_they_took_part_in(
    client: TestClient,
) -> None:
    items = timeline(client, actor="reed")
    assert [(item["kind"], item["undated"]) for item in items] == [
        ("claim", False),
        ("event", True),
    ]
    assert items[0]["speaker"]["id"] == "actor:jonas-reed"
    assert items[1]["title"] == "Reed toured the reservoir"


def test_an_actor_with_nothing_in_the_range_has_an_empty_page_not_a_404(
    client: TestClient,
) -> None:
    assert timeline(client, actor="actor:jonas-reed", since="2030-01-01") == []
    assert timeline(client, actor="Jonas Reed", kinds="event", since="2000-01-01") == []


def test_topic_and_dates_filter_both_kinds(client: TestClient) -> None:
    items = timeline(client, topic="reservoir")
    assert sorted(item["kind"] for item in items) == ["claim", "event"]
    assert all(item["undated"] for item in items)
    dated = timeline(client, since="2023-06-02", until="2023-06-05")
    assert [item["date"] for item in dated] == ["2023-06-03", "2023-06-05"]


def test_kinds_chooses_claims_or_events(client: TestClient) -> None:
    assert {item["kind"] for item in timeline(client, kinds="event")} == {"event"}
    assert {item["kind"] for item in timeline(client, kinds=" claim ")} == {"claim"}
    assert len(timeline(client, kinds="event,claim")) == 5


def test_min_confidence_leaves_out_less_sure_claims_and_keeps_events(client: TestClient) -> None:
    items = timeline(client, min_confidence="0.5")
    assert [(item["kind"], item["date"]) for item in items] == [
        ("claim", "2023-06-01"),
        ("claim", "2023-06-03"),
        ("event", "2023-06-05"),
        ("event", None),
    ]
    assert items[0]["mode"] == "denied"
    reed = timeline(client, actor="Jonas Reed", min_confidence="0.7")
    assert [item["kind"] for item in reed] == ["event"]
    about_reservoir = timeline(client, topic="reservoir", min_confidence="0.5")
    assert [item["kind"] for item in about_reservoir] == ["event"]


@pytest.mark.parametrize("kinds", ["tweet", "claim,tweet", ","])
def test_unknown_kinds_are_a_422_naming_kinds(client: TestClient, kinds: str) -> None:
    body = assert_problem(client.get("/v1/timeline", params={"kinds": kinds}), 422)
    assert body["detail"].startswith("kinds: ")


def test_an_unknown_actor_is_a_404_naming_the_parameter(client: TestClient) -> None:
    body = assert_problem(client.get("/v1/timeline", params={"actor": "Zed Nobody"}), 404)
    assert body["detail"].startswith("actor: ")


@pytest.mark.parametrize(
    "params",
    [
        {"since": "yesterday"},
        {"limit": "-1"},
        {"cursor": "e30"},
        {"limit": "100000"},
        {"min_confidence": "-0.1"},
    ],
)
def test_bad_parameters_are_a_422(client: TestClient, params: dict[str, str]) -> None:
    body = assert_problem(client.get("/v1/timeline", params=params), 422)
    assert next(iter(params)) in body["detail"]


def sort_key(item: dict) -> tuple[bool, str, str]:
    return (item["undated"], item["date"] or "", item["id"])


def test_paging_walks_every_item_once_in_order(store: Store) -> None:
    write_document(store, series_meta(), series_extraction(30))
    with client_for(store) as client:
        pages = walk_pages(client, "/v1/timeline", limit=7)
    walked = [item for page in pages for item in page]
    assert len(pages) == 6
    assert len(walked) == len({item["id"] for item in walked}) == 30 + 8
    assert [sort_key(item) for item in walked] == sorted(sort_key(item) for item in walked)
    undated = [item for item in walked if item["undated"]]
    assert walked[-len(undated) :] == undated
    assert {item["kind"] for item in undated} == {"claim", "event"}


def test_a_cursor_stays_stable_while_another_document_loads(store: Store) -> None:
    """Items written mid-walk before the cursor are not served; nothing after it is skipped
    and nothing is served twice."""
    write_document(store, series_meta("item"), series_extraction(20, "item"))
    with client_for(store) as client:
        first = client.get("/v1/timeline", params={"limit": 9}).json()
        write_document(store, series_meta("note"), series_extraction(20, "note"))
        rest = walk_pages(client, "/v1/timeline", limit=9, cursor=first["next_cursor"])
        everything = walk_pages(client, "/v1/timeline", limit=500)[0]
    walked = first["items"] + [item for page in rest for item in page]
    ids = [item["id"] for item in walked]
    assert len(ids) == len(set(ids))
    last_of_first = sort_key(first["items"][-1])
    expected = first["items"] + [item for item in everything if sort_key(item) > last_of_first]
    assert ids == [item["id"] for item in expected]


def test_cli_timeline_prints_the_same_items_as_the_api(
    store: Store, client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    point_cli_at(store, monkeypatch)
    runner = CliRunner()
    as_json = runner.invoke(main, ["timeline", "--actor", "Jonas Reed", "--json"])
    assert as_json.exit_code == 0, as_json.output
    assert json.loads(as_json.output) == timeline(client, actor="Jonas Reed")
    table = runner.invoke(main, ["timeline", "--actor", "reed", "--since", "2023-06-01"])
    assert table.exit_code == 0, table.output
    assert "Holm had costed the water tariff" in table.output
    assert "2023-06-01" in table.output and "month" in table.output
    assert "Reed toured" not in table.output
    unknown = runner.invoke(main, ["timeline", "--actor", "Zed Nobody"])
    assert unknown.exit_code == 1


def test_dated_by_reported_places_undated_claims_on_their_reported_on(client: TestClient) -> None:
    items = timeline(client, dated_by="reported")
    placed = [(i["kind"], i["date"], i["undated"], i.get("placed_by")) for i in items]
    assert placed == [
        ("claim", "2023-06-01", False, "said_on"),
        ("claim", "2023-06-03", False, "said_on"),
        ("event", "2023-06-05", False, None),
        ("claim", "2023-06-07", False, "reported_on"),
        ("event", None, True, None),
    ]
    reported = items[3]
    assert (reported["said_on"], reported["reported_on"]) == (None, "2023-06-07")
    assert reported["precision"] == "day"


def test_a_timeline_range_dated_by_reported_keeps_the_reported_claim(client: TestClient) -> None:
    items = timeline(client, since="2023-06-06", dated_by="reported")
    assert [(item["kind"], item["placed_by"]) for item in items] == [("claim", "reported_on")]
    assert timeline(client, since="2023-06-06") == []
