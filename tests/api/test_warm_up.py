"""The service plans the timeline's queries when it starts, not on its first client's time."""

from __future__ import annotations

import logging

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from graph.backend import Backend
from graph.store import Store
from graph.writer import write_document
from tests.factories import NETWORK_META, network_extraction

TIMELINES = {"timeline_of_actor", "timeline_of_topic"}


def test_a_starting_service_on_neo4j_reads_an_actors_and_a_topics_timeline_first(
    store: Store, caplog: pytest.LogCaptureFixture
) -> None:
    """Only Neo4j plans on first use (graph/backend.py): the embedded store starts at once."""
    write_document(store, NETWORK_META, network_extraction())
    caplog.set_level(logging.DEBUG, logger="graph.store")

    with TestClient(create_app(store.settings)) as client:
        read = [record.args[0] for record in caplog.records if record.msg == "read %s %s"]
        assert client.get("/health").status_code == 200

    warmed = TIMELINES if store.backend is Backend.NEO4J else set()
    assert sorted(name for name in read if name.startswith("timeline_")) == sorted(warmed)
