"""Constraints and indexes, created idempotently (``saidwhen db init``, and on first use).

Two processes starting on a fresh database at once (two ``saidwhen load``, a load beside
``saidwhen serve``) create the same schema at the same moment, and ``IF NOT EXISTS`` does not
stop the loser of that race from failing (the embedded server: "already exists"; Neo4j: an
equivalent rule). Each step is therefore retried a few times: the retry finds it in place.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable

import neo4j

from graph.backend import await_indexes, create_search_indexes
from graph.co_mentions import fill_if_never_counted
from graph.errors import StoreUnavailable
from graph.queries import load_queries
from graph.store import Store

SCHEMA_PREFIXES = ("create_constraint_", "create_index_")
SCHEMA_ATTEMPTS = 5


def schema_query_names() -> list[str]:
    """Constraints first: their unique indexes are what MERGE on ``id`` walks."""
    names = [name for name in load_queries() if name.startswith(SCHEMA_PREFIXES)]
    return sorted(names, key=lambda name: (not name.startswith("create_constraint_"), name))


def ensure_schema(store: Store) -> list[str]:
    """Create every constraint and index that is missing, and the co-mention weights of a store
    written before they were kept; returns the schema steps run.

    A new index can change answers (search finds what it could not), so the write generation
    is raised after the steps."""
    names = schema_query_names()
    for name in names:
        create_racing(lambda name=name: store.write_schema(name))
    create_racing(lambda: create_search_indexes(store))
    await_indexes(store)
    fill_if_never_counted(store)
    store.bump_generation()
    return names


def create_racing(step: Callable[[], object]) -> None:
    """Run one idempotent schema step, again after a short pause when a concurrent creation
    of the same thing made it fail."""
    for attempt in range(1, SCHEMA_ATTEMPTS + 1):
        try:
            step()
            return
        except (neo4j.exceptions.Neo4jError, StoreUnavailable):
            if attempt == SCHEMA_ATTEMPTS:
                raise
            time.sleep(random.uniform(0.05, 0.2) * attempt)
