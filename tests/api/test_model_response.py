"""JSON GET routes send their model as ``ModelResponse`` (api/model_response.py): no second
validation and no second thread hop. What they send must stay what ``response_model`` would
have made of it: the same bytes, no field beyond the model's, and the same media type."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from pydantic import BaseModel

from api.paging import Page
from api.routers.actors import ActorPage, ActorProfile, ActorRelationships
from api.routers.claims import ClaimPage
from api.routers.contested import ContestedPage
from api.routers.curations import CurationOut
from api.routers.documents import DocumentPage
from api.routers.events import EventPage
from api.routers.graph import Graph
from api.routers.graph_evidence import EdgeEvidencePage
from api.routers.health import Health, Stats
from api.routers.paths import Paths
from api.routers.search import SearchResults
from api.routers.timeline import TimelinePage
from api.routers.topics import TopicDetail, TopicPage
from graph.documents import DocumentDetail
from graph.events import EventDetail

ROUTES: list[tuple[str, dict[str, str], type[BaseModel]]] = [
    ("/v1/timeline", {}, TimelinePage),  # claims and events: a union of two models
    ("/v1/timeline", {"actor": "reed"}, TimelinePage),
    ("/v1/claims", {}, ClaimPage),
    ("/v1/events", {}, EventPage),
    ("/v1/actors", {}, ActorPage),
    ("/v1/actors/actor:jonas-reed", {}, ActorProfile),
    ("/v1/actors/actor:jonas-reed/relationships", {}, ActorRelationships),
    ("/v1/topics", {}, TopicPage),
    ("/v1/topics/topic:water-tariff", {}, TopicDetail),
    ("/v1/contested", {}, ContestedPage),
    ("/v1/curations", {}, Page[CurationOut]),
    ("/v1/documents", {}, DocumentPage),
    ("/v1/search", {"q": "tariff"}, SearchResults),
    ("/v1/paths", {"from": "Reed", "to": "Holm"}, Paths),
    ("/v1/graph", {"center": "Reed", "depth": "2", "topics": "true"}, Graph),
    (
        "/v1/graph/evidence",
        {"source": "actor:jonas-reed", "target": "actor:vera-holm", "type": "CO_MENTION"},
        EdgeEvidencePage,
    ),
    ("/health", {}, Health),
    ("/v1/stats", {}, Stats),
]


def assert_sent_as_its_model(client: TestClient, path: str, params: dict, model: type) -> None:
    response = client.get(path, params=params)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/json"
    assert model.model_validate_json(response.content).model_dump_json().encode() == (
        response.content
    )


@pytest.mark.parametrize(("path", "params", "model"), ROUTES)
def test_a_json_get_sends_what_its_response_model_makes(
    client: TestClient, path: str, params: dict[str, str], model: type[BaseModel]
) -> None:
    assert_sent_as_its_model(client, path, params, model)


def test_details_found_through_their_lists_are_sent_as_their_model(client: TestClient) -> None:
    event_id = client.get("/v1/events").json()["items"][0]["id"]
    assert_sent_as_its_model(client, f"/v1/events/{event_id}", {}, EventDetail)
    document_id = client.get("/v1/documents").json()["items"][0]["id"]
    assert_sent_as_its_model(client, f"/v1/documents/{document_id}", {}, DocumentDetail)
