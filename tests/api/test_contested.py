"""Through the API: a statement several documents report, and the facts they give two ways.

One story over several documents: a mayor's plan reported twice and denied once, a council
meeting dated two ways, a firm taken for a person, a banker given two titles."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from fastapi.testclient import TestClient
from rdflib import Graph

from graph.rdf_vocabulary import SAIDWHEN
from graph.store import Store
from tests.api.clients import client_for, walk_pages
from tests.loaders.test_alternatives import FRIDAY, load

PLAN_DATED = "Ilse Varga said on Wednesday that the old tram depot will become a public library."
PLAN_UNDATED = "Ilse Varga says the old tram depot would become a public library."
PLAN_DENIED = (
    "Ilse Varga denied on Wednesday that the old tram depot would become a public library."
)
STORY = (
    PLAN_UNDATED,
    PLAN_DATED,
    PLAN_DENIED,
    "The Harbour Council met in Port Ansel on Tuesday to vote on a blockchain registry.",
    "The Harbour Council met in Port Ansel on Wednesday to vote on a blockchain registry.",
    "Bram Holt said on Monday that the pier would close.",
    "The shipping firm Bram Holt said on Monday that the pier would close.",
    "Rosa Quint, the chair of Tallow Bank, said on Monday that fees would fall.",
    "Rosa Quint, the treasurer of Tallow Bank, said on Monday that fees would fall.",
)


@pytest.fixture
def client(store: Store) -> TestClient:
    for number, text in enumerate(STORY):
        load(store, text, number)
    with client_for(store) as client:
        yield client


def varga_claims(client: TestClient) -> list[dict]:
    response = client.get("/v1/timeline", params={"actor": "Ilse Varga"})
    assert response.status_code == 200, response.text
    items = response.json()["items"]
    return [item for item in items if item["kind"] == "claim"]


def test_a_claim_names_every_document_reporting_its_statement(client: TestClient) -> None:
    [said, denied] = varga_claims(client)
    detail = client.get(f"/v1/claims/{said['id']}").json()
    assert detail["reported_by"] == 2
    [other] = detail["reports"]
    assert other["evidence"]["text"] == PLAN_UNDATED
    assert other["evidence"]["document_id"] != detail["evidence"]["document_id"]
    assert [claim["mode"] for claim in detail["contested_by"]] == ["denied"]
    assert client.get(f"/v1/claims/{denied['id']}").json()["reported_by"] == 1


def test_the_timeline_shows_a_statement_once_at_its_earliest_said_on(client: TestClient) -> None:
    [said, denied] = varga_claims(client)
    assert (said["evidence"]["text"], said["said_on"], said["reported_by"]) == (
        PLAN_DATED,
        "2022-05-04",
        2,
    )
    assert denied["mode"] == "denied"


def test_contested_lists_each_kind_with_every_version_and_its_evidence(
    client: TestClient,
) -> None:
    items = [item for page in walk_pages(client, "/v1/contested", limit=1) for item in page]
    # The denial contests each of the two reports of the plan: two pairs.
    assert sorted(item["kind"] for item in items) == [
        "actor_kind",
        "event_date",
        "role",
        "statement",
        "statement",
    ]
    by_kind = {item["kind"]: item for item in items}
    assert sorted(alt["value"] for alt in by_kind["event_date"]["alternatives"]) == [
        "2022-05-03",
        "2022-05-04",
    ]
    assert all(alt["evidence"] for alt in by_kind["event_date"]["alternatives"])
    assert sorted(alt["value"] for alt in by_kind["actor_kind"]["alternatives"]) == [
        "organization",
        "person",
    ]
    assert all(alt["documents"] for alt in by_kind["actor_kind"]["alternatives"])
    assert sorted(alt["value"] for alt in by_kind["role"]["alternatives"]) == ["chair", "treasurer"]
    statement = by_kind["statement"]
    assert [actor["name"] for actor in statement["actors"]] == ["Ilse Varga"]
    assert sorted(alt["value"] for alt in statement["alternatives"]) == ["denied", "said"]


def test_contested_narrows_by_actor_topic_and_kind(client: TestClient) -> None:
    def kinds(**params: str) -> list[str]:
        response = client.get("/v1/contested", params=params)
        assert response.status_code == 200, response.text
        return [item["kind"] for item in response.json()["items"]]

    assert kinds(actor="Ilse Varga") == ["statement", "statement"]
    assert kinds(actor="actor:tallow-bank") == ["role"]
    assert kinds(topic="Blockchain") == ["event_date"]
    assert kinds(kind="actor_kind") == ["actor_kind"]
    assert client.get("/v1/contested", params={"actor": "Nobody Known"}).status_code == 404
    assert client.get("/v1/contested", params={"kind": "rumour"}).status_code == 422


def test_loading_the_story_again_adds_nothing(store: Store, client: TestClient) -> None:
    before = client.get("/v1/contested").json()["items"]
    for number, text in enumerate(STORY):
        load(store, text, number, published=FRIDAY)
    assert client.get("/v1/contested").json()["items"] == before
    assert len(varga_claims(client)) == 2
    assert date.fromisoformat(varga_claims(client)[0]["said_on"]) == date(2022, 5, 4)


def test_the_claim_page_shows_every_report_and_the_denial(client: TestClient) -> None:
    [said, _] = varga_claims(client)
    page = client.get(f"/claims/{said['id']}")
    assert page.status_code == 200
    reports = page.text.split('id="reports"')[1].split("</ul>")[0]
    assert "Reported by 2 documents" in page.text
    assert PLAN_DATED in reports and PLAN_UNDATED in reports
    contested = page.text.split('id="contested"')[1]
    assert "Said and denied" in contested and PLAN_DENIED in contested


def test_the_actor_and_event_pages_show_what_documents_give_two_ways(client: TestClient) -> None:
    actor = client.get("/actors/actor:bram-holt").text.split('id="contested"')[1]
    assert "Kind given two ways" in actor
    assert '"value">organization<' in actor and '"value">person<' in actor
    [contest] = client.get("/v1/contested", params={"kind": "event_date"}).json()["items"]
    first, second = (version["id"] for version in contest["alternatives"])
    event = client.get(f"/events/{first}")
    assert event.status_code == 200
    assert f"/events/{second}" in event.text.split('id="contested"')[1]
    assert client.get("/events/event:nothing-here").status_code == 404


def test_exports_carry_the_links_between_reports_and_alternatives(client: TestClient) -> None:
    turtle = Graph().parse(data=client.get("/v1/export", params={"format": "turtle"}).text)
    # The plan, the pier closing and the fees falling: each told by two documents.
    assert len(list(turtle.subject_objects(SAIDWHEN.corroborates))) == 3
    contested = {
        str(one).split(":")[2] for pair in turtle.subject_objects(SAIDWHEN.contests) for one in pair
    }
    assert contested == {"claim", "event"}
    graphml = client.get("/v1/export", params={"format": "graphml"}).text
    assert graphml.count('<data key="e_type">CORROBORATES</data>') == 3
    assert graphml.count('<data key="e_type">CONTESTS</data>') == 3


REGISTRY_SAYS = "Ilse Varga said on Wednesday that the blockchain registry would open in June."
REGISTRY_TOLD = (
    "Ilse Varga told reporters on Wednesday that the blockchain registry would open in June."
)
REGISTRY_LATER = "Ilse Varga said on Wednesday that the blockchain registry would close in July."


@pytest.mark.parametrize(
    "narrowing",
    [{"actor": "Ilse Varga"}, {"topic": "Blockchain"}, {}],
    ids=["actor", "topic", "all"],
)
def test_a_report_hidden_behind_an_earlier_one_never_leaves_a_page_short(
    store: Store, narrowing: dict[str, str]
) -> None:
    """The later report sorts right after the earlier one (same day, larger id): a page that
    ends on the earlier one must still reach the statement after it."""
    load(store, REGISTRY_SAYS, 1)
    load(store, REGISTRY_TOLD, 2)
    load(store, REGISTRY_LATER, 3, published=FRIDAY + timedelta(days=7))
    params = {**narrowing, "kinds": "claim"}
    with client_for(store) as client:
        whole = client.get("/v1/timeline", params={**params, "limit": 50}).json()["items"]
        pages = walk_pages(client, "/v1/timeline", limit=1, **params)
    assert [(item["said_on"], item["reported_by"]) for item in whole] == [
        ("2022-05-04", 2),
        ("2022-05-11", 1),
    ]
    assert [[item["id"] for item in page] for page in pages] == [[item["id"]] for item in whole]
