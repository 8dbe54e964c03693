"""A TestClient over the session's real database, with settings changed where a test needs it."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient

from api.app import create_app
from graph.store import Store

LOOPBACK = ("127.0.0.1", 50000)
"""The peer address of a test client on this machine (TestClient's own is "testclient",
a name, which the API does not take for loopback)."""


def client_for(store: Store, **settings: Any) -> TestClient:
    """``settings`` override the store's (``api_keys="k"``, ``page_size_cap=10``...)."""
    return TestClient(
        create_app(store.settings.model_copy(update=settings), store), client=LOOPBACK
    )


def walk_pages(client: TestClient, path: str, **params: Any) -> list[list[dict[str, Any]]]:
    """Every page of a paged list, following next_cursor until it is null."""
    pages: list[list[dict[str, Any]]] = []
    cursor = None
    while True:
        body = client.get(path, params={**params, **({"cursor": cursor} if cursor else {})})
        assert body.status_code == 200, body.text
        pages.append(body.json()["items"])
        cursor = body.json()["next_cursor"]
        if cursor is None:
            return pages
