"""Constraints and indexes, created idempotently (``saidwhen db init``, and on first use)."""

from __future__ import annotations

from graph.backend import await_indexes, create_search_indexes
from graph.queries import load_queries
from graph.store import Store

SCHEMA_PREFIXES = ("create_constraint_", "create_index_")


def schema_query_names() -> list[str]:
    """Constraints first: their unique indexes are what MERGE on ``id`` walks."""
    names = [name for name in load_queries() if name.startswith(SCHEMA_PREFIXES)]
    return sorted(names, key=lambda name: (not name.startswith("create_constraint_"), name))


def ensure_schema(store: Store) -> list[str]:
    """Create every constraint and index that is missing; returns what was run."""
    names = schema_query_names()
    for name in names:
        store.write(name)
    create_search_indexes(store)
    await_indexes(store)
    return names
