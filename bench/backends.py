"""A fresh database per backend for one benchmark run, and its settings for the service.

The embedded server gets its own data folder (and heap, which a million claims need more
of than the default); Neo4j comes from tools/neo4j_server.py on a free port with a random
password. Both are stopped by their own pid when the run ends.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from graph.schema import ensure_schema
from graph.settings import Settings
from graph.store import Store

BACKENDS = ("arcadedb", "neo4j")


@contextmanager
def open_backend(backend: str, scratch: Path, heap: str) -> Iterator[Store]:
    """A connected store with the schema in place; ``store.settings`` reaches the same data."""
    if backend == "arcadedb":
        settings = Settings(data_dir=scratch / "arcadedb", embedded_heap=heap)
        with connected(settings) as store:
            yield store
        return
    from tools import neo4j_server

    server = neo4j_server.start(scratch / "neo4j", password=secrets.token_urlsafe(16))
    try:
        settings = Settings(
            data_dir=scratch / "neo4j-client",
            neo4j_uri=server.uri,
            neo4j_user=server.user,
            neo4j_password=server.password,
            neo4j_database="neo4j",
        )
        with connected(settings) as store:
            yield store
    finally:
        server.stop()


@contextmanager
def connected(settings: Settings) -> Iterator[Store]:
    store = Store.connect(settings)
    try:
        ensure_schema(store)
        yield store
    finally:
        store.close()
