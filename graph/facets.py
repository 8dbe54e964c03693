"""Facet counts for the browse lists: how the rows matching a list's filters divide up.

Each facet counts over exactly the filters the list itself takes (``ClaimFilters``,
``EventFilters``, the actors' name filter), resolved the same way, so a count shown
beside a list is the number of rows the list holds once that value is chosen.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from graph.claims import ClaimFilters, check_date_range, resolve_actor_filter, resolve_topic_filter
from graph.events import EventFilters
from graph.store import Store

FACET_VALUES = 12
"""The most values a facet lists, the biggest first."""
NO_CLAIM_FILTER = dict.fromkeys(
    ("document_id", "speaker_id", "topic_id", "mention_id", "since", "until", "q")
)


@dataclass(frozen=True)
class FacetCount:
    value: str | None
    """The id (or kind) a filter takes; None for "none given" (an actor without a kind)."""
    label: str
    count: int


@dataclass(frozen=True)
class Facets:
    """The counts beside a list: the total, how many are dated, and each facet's values."""

    dated: int
    undated: int
    by_facet: dict[str, list[FacetCount]]

    @property
    def total(self) -> int:
        return self.dated + self.undated


def claim_filter_params(store: Store, filters: ClaimFilters) -> dict[str, Any]:
    """``filters`` as the facet queries take them, names resolved as ``list_claims`` does."""
    check_date_range(filters.since, filters.until)
    return {
        "document_id": filters.document,
        "speaker_id": resolve_actor_filter(store, filters.speaker, "speaker"),
        "topic_id": resolve_topic_filter(store, filters.topic, "topic"),
        "mention_id": resolve_actor_filter(store, filters.mentions, "mentions"),
        "since": filters.since,
        "until": filters.until,
        "q": filters.q or None,
    }


def count_claims_dated(store: Store, filters: ClaimFilters) -> tuple[int, int]:
    """How many claims ``list_claims`` answers for ``filters``: dated, undated."""
    totals = store.read("count_claims_dated", **claim_filter_params(store, filters))[0]
    return totals["dated"], totals["undated"]


def count_claim_facets(store: Store, filters: ClaimFilters) -> Facets:
    """Speakers, topics and documents of the claims ``list_claims`` answers for ``filters``."""
    params = claim_filter_params(store, filters)
    totals = store.read("count_claims_dated", **params)[0]
    return Facets(
        totals["dated"],
        totals["undated"],
        {
            "speaker": _facet(store, "facet_claim_speakers", params),
            "topic": _facet(store, "facet_claim_topics", params),
            "document": _facet(store, "facet_claim_documents", params),
        },
    )


def event_filter_params(store: Store, filters: EventFilters) -> dict[str, Any]:
    """``filters`` as the facet queries take them, names resolved as ``list_events`` does."""
    check_date_range(filters.since, filters.until)
    return {
        "document_id": filters.document,
        "actor_id": resolve_actor_filter(store, filters.actor, "actor"),
        "topic_id": resolve_topic_filter(store, filters.topic, "topic"),
        "since": filters.since,
        "until": filters.until,
    }


def count_events_dated(store: Store, filters: EventFilters) -> tuple[int, int]:
    """How many events ``list_events`` answers for ``filters``: dated, undated."""
    totals = store.read("count_events_dated", **event_filter_params(store, filters))[0]
    return totals["dated"], totals["undated"]


def count_event_facets(store: Store, filters: EventFilters) -> Facets:
    """Participants, topics and documents of the events ``list_events`` answers for ``filters``."""
    params = event_filter_params(store, filters)
    totals = store.read("count_events_dated", **params)[0]
    return Facets(
        totals["dated"],
        totals["undated"],
        {
            "actor": _facet(store, "facet_event_participants", params),
            "topic": _facet(store, "facet_event_topics", params),
            "document": _facet(store, "facet_event_documents", params),
        },
    )


def count_actor_kinds(store: Store, q: str | None) -> list[FacetCount]:
    """How many actors of each kind ``list_actors`` answers for the name filter ``q``."""
    return [
        FacetCount(row["kind"], (row["kind"] or "no kind").replace("_", " "), row["count"])
        for row in store.read("facet_actor_kinds", q=q or None)
    ]


def _facet(store: Store, name: str, params: dict[str, Any]) -> list[FacetCount]:
    return [
        FacetCount(row["id"], row["label"] or row["id"], row["count"])
        for row in store.read(name, **{"limit": FACET_VALUES, **params})
    ]


def count_top_speakers(store: Store, limit: int) -> list[FacetCount]:
    """The ``limit`` actors who said the most claims: the speaker facet, unfiltered."""
    return _facet(store, "facet_claim_speakers", {**NO_CLAIM_FILTER, "limit": limit})


def count_top_topics(store: Store, limit: int) -> list[FacetCount]:
    """The ``limit`` topics with the most claims: the claims list's topic facet, unfiltered."""
    return _facet(store, "facet_claim_topics", {**NO_CLAIM_FILTER, "limit": limit})
