"""Fixtures shared by the API tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from graph.store import Store
from graph.writer import write_document
from tests.api.clients import client_for
from tests.factories import TARIFF_META, tariff_extraction


@pytest.fixture
def client(store: Store) -> Iterator[TestClient]:
    """A client over the tariff story; modules that need other data define their own."""
    write_document(store, TARIFF_META, tariff_extraction())
    with client_for(store) as client:
        yield client
