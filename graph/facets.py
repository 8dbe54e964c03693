"""Facet counts for the browse lists: how the rows matching a list's filters divide up.

Every count runs over exactly the parameters the list itself runs with (resolved once per
request by ``claim_query_params`` / ``event_query_params``), so a count shown beside a list
is the number of rows the list holds once that value is chosen. A list's dating, mode,
confidence and year counts come from one pass, grouped by all four at once; each facet of
named things (speakers, topics, documents) has its own query. One statement doing it all
in ``CALL`` subqueries was measured 3-4 times slower on the embedded server. With a speaker
or topic filter, every claim query starts from that speaker or topic as the list does
(``graph.claims.starting_point``) rather than checking every claim.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from graph.claims import (
    HIGH_CONFIDENCE,
    LOW_CONFIDENCE,
    ClaimFilters,
    claim_query_params,
    starting_point,
)
from graph.search import escape_lucene
from graph.search_results import RANK_WINDOW
from graph.store import Store

FACET_VALUES = 12
"""The most values a name facet (speaker, topic, document…) lists, the biggest first."""
ORDERED_VALUES = {
    "dated": ("yes", "reported", "no"),
    "mode": ("said", "asked", "denied"),
    "confidence": ("high", "medium", "low"),
}
"""Facets whose values read in a fixed order rather than by count."""
CLAIM_NAME_FACETS = {
    "speaker": "facet_claim_speakers",
    "topic": "facet_claim_topics",
    "document": "facet_claim_documents",
}
EVENT_NAME_FACETS = {
    "actor": "facet_event_participants",
    "topic": "facet_event_topics",
    "document": "facet_event_documents",
}


@dataclass(frozen=True)
class FacetCount:
    value: str | None
    """The id (or kind, mode, year…) a filter takes; None for "none given"."""
    label: str
    count: int


@dataclass(frozen=True)
class Facets:
    """The counts beside a list: its total and each facet's values, by parameter name."""

    total: int
    by_facet: dict[str, list[FacetCount]]


def count_claim_facets(
    store: Store, params: Mapping[str, Any], limit: int = FACET_VALUES
) -> Facets:
    """Dating, mode, confidence band, year, speakers, topics and documents of the claims
    ``read_claims`` answers for ``params`` (from ``claim_query_params``)."""
    groups = read_claim_groups(store, params)
    names = {
        facet: _name_facet(store, *starting_point(query, {**params, "limit": limit}))
        for facet, query in CLAIM_NAME_FACETS.items()
    }
    return _claim_facets(groups, names)


def count_event_facets(
    store: Store, params: Mapping[str, Any], limit: int = FACET_VALUES
) -> Facets:
    """Dating, year, participants, topics and documents of the events ``read_events``
    answers for ``params`` (from ``event_query_params``)."""
    groups = read_event_groups(store, params)
    return Facets(
        sum(group["count"] for group in groups),
        {
            "dated": sum_by(groups, "dating", "dated"),
            "year": sum_by(groups, "year", "year"),
            **_name_facets(store, EVENT_NAME_FACETS, {**params, "limit": limit}),
        },
    )


def read_claim_groups(store: Store, params: Mapping[str, Any]) -> list[dict[str, Any]]:
    """How many claims matching ``params`` fall in each (dating, mode, band, year)."""
    name, start_params = starting_point("facet_claim_groups", params)
    return store.read(
        name, **start_params, low_confidence=LOW_CONFIDENCE, high_confidence=HIGH_CONFIDENCE
    )[0]["groups"]


def read_event_groups(store: Store, params: Mapping[str, Any]) -> list[dict[str, Any]]:
    """How many events matching ``params`` fall in each year, and dating (yes or no)."""
    groups = store.read("facet_event_groups", **params)[0]["groups"]
    return [{**group, "dating": "no" if group["year"] is None else "yes"} for group in groups]


def count_search_facets(store: Store, q: str, narrowing: Mapping[str, Any]) -> Facets:
    """Speakers, dating, mode, confidence band and year of the best ``RANK_WINDOW`` claims
    matching ``q``, narrowed by ``narrowing`` (from ``search_narrowing``): the search page's
    facets, counted over the claims its pages are cut from."""
    groups = store.read(
        "facet_search_claims",
        lucene_query=escape_lucene(q.strip()),
        limit=RANK_WINDOW,
        low_confidence=LOW_CONFIDENCE,
        high_confidence=HIGH_CONFIDENCE,
        **narrowing,
    )[0]["groups"]
    speakers: dict[str, FacetCount] = {}
    for group in groups:
        if group["speaker_id"] is not None:
            known = speakers.get(group["speaker_id"])
            speakers[group["speaker_id"]] = FacetCount(
                group["speaker_id"],
                group["speaker"],
                group["count"] + (known.count if known else 0),
            )
    ranked = sorted(speakers.values(), key=lambda count: (-count.count, count.label, count.value))
    return _claim_facets(groups, {"speaker": ranked[:FACET_VALUES]})


def _claim_facets(groups: list[dict[str, Any]], names: dict[str, list[FacetCount]]) -> Facets:
    """Claims' facets from their (dating, mode, band, year) groups and the name facets."""
    return Facets(
        sum(group["count"] for group in groups),
        {
            "dated": sum_by(groups, "dating", "dated"),
            "mode": sum_by(groups, "mode", "mode"),
            "confidence": sum_by(groups, "band", "confidence"),
            "year": sum_by(groups, "year", "year"),
            **names,
        },
    )


def count_actor_kinds(store: Store, q: str | None) -> list[FacetCount]:
    """How many actors of each kind ``list_actors`` answers for the name filter ``q``."""
    return [
        FacetCount(row["kind"], (row["kind"] or "no kind").replace("_", " "), row["count"])
        for row in store.read("facet_actor_kinds", q=q or None)
    ]


def count_top_names(store: Store, limit: int) -> dict[str, list[FacetCount]]:
    """The claims list's speaker and topic facets with no filter: who said the most, and
    what was most said about."""
    params = {**claim_query_params(store, ClaimFilters()), "limit": limit}
    return _name_facets(
        store, {facet: CLAIM_NAME_FACETS[facet] for facet in ("speaker", "topic")}, params
    )


def sum_by(groups: list[dict[str, Any]], key: str, facet: str) -> list[FacetCount]:
    """The counts of ``groups`` added up by one key, in the facet's fixed order (dating,
    mode, band) or by year; a group without a value (no year, no confidence) is left out."""
    totals: dict[str, int] = {}
    for group in groups:
        if group[key] is not None:
            value = str(group[key])
            totals[value] = totals.get(value, 0) + group["count"]
    order = ORDERED_VALUES.get(facet)
    values = sorted(totals, key=order.index if order else None)
    return [FacetCount(value, value, totals[value]) for value in values]


def _name_facets(
    store: Store, queries: Mapping[str, str], params: Mapping[str, Any]
) -> dict[str, list[FacetCount]]:
    """Facets of named things (speakers, topics, documents…), one query each, biggest first."""
    return {facet: _name_facet(store, name, params) for facet, name in queries.items()}


def _name_facet(store: Store, query: str, params: Mapping[str, Any]) -> list[FacetCount]:
    return [
        FacetCount(row["id"], row["label"] or row["id"], row["count"])
        for row in store.read(query, **params)
    ]
