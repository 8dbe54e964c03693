"""Schemathesis against the app's own OpenAPI, on the example corpus, once per backend.

Every operation in the schema is exercised, writes included (the API key is sent), with a
fixed seed and derandomized generation so a failure reproduces on the next run. A request
may be refused, but only with a status and a body the schema documents; never a 5xx.

Nothing is excluded. ``DELETE /v1/documents/{document_id}`` is generated too: the ids it
draws are not the corpus's hash ids, so it answers 404 and leaves the corpus for the
operations that follow; ``POST /v1/documents`` adds small generated documents beside it.

The schema is read from the app at import (building the OpenAPI needs no database), so
each operation is its own test; the corpus is loaded once per backend for all of them.
``schemathesis.pytest.from_fixture`` would avoid that split, but it sets a private pytest
attribute that pytest 9.2 no longer has.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import schemathesis
from fastapi import FastAPI
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from api.app import create_app
from graph.store import Store
from tests.api.corpus import load_example_corpus
from tests.conftest import clear_graph

API_KEY = "schemathesis-key"
SEED = 20_240_517
MAX_EXAMPLES = 40
"""Per operation and phase: the 21 operations take about two minutes per backend."""
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]

schema = schemathesis.openapi.from_dict(
    create_app().openapi(),
    config=schemathesis.Config.from_dict(
        {
            "seed": SEED,
            "headers": {"X-API-Key": API_KEY},
            "generation": {"max-examples": MAX_EXAMPLES, "deterministic": True, "mode": "all"},
        }
    ),
)


@pytest.fixture(scope="module")
def corpus_app(backend_server: Store) -> Iterator[FastAPI]:
    """The example corpus, loaded through the real pipeline, behind an app that wants a key."""
    clear_graph(backend_server)
    load_example_corpus(backend_server)
    app_settings = backend_server.settings.model_copy(update={"api_keys": API_KEY})
    yield create_app(app_settings, backend_server)
    clear_graph(backend_server)


@schema.parametrize()
@settings(
    max_examples=MAX_EXAMPLES,
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=list(HealthCheck),
)
def test_every_operation_answers_within_its_schema_and_never_with_a_5xx(
    case: schemathesis.Case, corpus_app: FastAPI
) -> None:
    case.call_and_validate(app=corpus_app, checks=CHECKS)


def list_ids(client: TestClient, path: str) -> list[str]:
    """Every id of a list endpoint, following its cursor."""
    ids: list[str] = []
    params: dict[str, str] = {}
    while True:
        body = client.get(path, params=params).json()
        ids += [item["id"] for item in body["items"]]
        if body["next_cursor"] is None:
            return ids
        params = {"cursor": body["next_cursor"]}


def test_every_corpus_item_answers_within_its_schema(corpus_app: FastAPI) -> None:
    """Generated ids rarely name anything, so each real item's own views are checked too."""
    with TestClient(corpus_app) as client:
        actor_ids = list_ids(client, "/v1/actors")
        views = [
            ("/v1/claims/{claim_id}", "claim_id", list_ids(client, "/v1/claims")),
            ("/v1/events/{event_id}", "event_id", list_ids(client, "/v1/events")),
            ("/v1/topics/{topic_id}", "topic_id", list_ids(client, "/v1/topics")),
            (
                "/v1/documents/{document_id}",
                "document_id",
                list_ids(client, "/v1/documents"),
            ),
            ("/v1/actors/{actor}", "actor", actor_ids),
            ("/v1/actors/{actor}/relationships", "actor", actor_ids),
        ]
    assert all(ids for _, _, ids in views)
    for path, name, ids in views:
        for item_id in ids:
            case = schema[path]["GET"].Case(path_parameters={name: item_id})
            assert case.call_and_validate(app=corpus_app, checks=CHECKS).status_code == 200
    for actor_id in actor_ids:
        for path, query in (
            ("/v1/timeline", {"actor": actor_id}),
            ("/v1/graph", {"center": actor_id, "depth": 2, "topics": "true"}),
            ("/v1/paths", {"from": actor_ids[0], "to": actor_id, "max_hops": 6}),
        ):
            case = schema[path]["GET"].Case(query=query)
            case.call_and_validate(app=corpus_app, checks=CHECKS)
