"""What resolution reads from the graph: the actors a document's names may mean, the events
on its dates, and the curated actors that extend every load's gazetteer.

Every look-up walks an index (``ActorName.key``, ``Event.date``, ``Actor.curated``), so
resolving a document costs the same however many actors the graph holds.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from graph.store import Store


def find_actors_by_name_keys(store: Store, keys: Iterable[str]) -> list[dict[str, Any]]:
    """Rows ``{key, via, id, name, kind, related}``: every actor known by one of ``keys``."""
    wanted = sorted(set(keys))
    if not wanted:
        return []
    return store.read("actors_by_name_keys", keys=wanted)[0]["found"]


def find_events_on_dates(store: Store, dates: Iterable[date]) -> list[dict[str, Any]]:
    """Rows ``{id, title, date, precision, participants}`` of the events on one of ``dates``."""
    wanted = sorted(set(dates))
    if not wanted:
        return []
    return store.read("events_on_dates", dates=wanted)[0]["found"]


def list_curated_actors(store: Store) -> list[dict[str, Any]]:
    """Rows ``{id, name, kind, aliases}`` of the actors curated files declared."""
    return store.read("curated_actors")[0]["actors"]
