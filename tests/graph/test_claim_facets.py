"""The claims list's facet counts: each value's count is the number of claims the list holds
once that value is chosen, whichever query the filters start from (every claim, a speaker's
SAID edges or a topic's ABOUT edges)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from graph.claims import ClaimFilters, claim_query_params, list_claims
from graph.facets import count_claim_facets
from graph.store import Store
from tests.pages.corpus import BOARD, QUARSHIE, write_corpus, write_hostile_document

EVERYTHING = {"limit": 1000, "after_dated": None, "after_date": None, "after_id": None}
SCOPES = {
    "no filter": ClaimFilters(),
    "a speaker": ClaimFilters(speaker=QUARSHIE),
    "a speaker by name and a mode": ClaimFilters(speaker="Osei Quarshie", mode="said"),
    "a speaker and a topic": ClaimFilters(speaker=BOARD, topic="ferry"),
    "a topic": ClaimFilters(topic="topic:ferry"),
    "a topic and its dated claims": ClaimFilters(topic="ferry service", dated="yes"),
    "a topic placed by the day reported": ClaimFilters(
        topic="topic:ferry", dated_by="reported", since=date(2020, 1, 1)
    ),
}


@pytest.fixture(autouse=True)
def corpus(store: Store) -> None:
    write_corpus(store)
    write_hostile_document(store)


def narrowed(filters: ClaimFilters, facet: str, value: str) -> ClaimFilters:
    """``filters`` with the facet's value chosen, as the facet's link chooses it."""
    if facet == "year":
        year = int(value)
        return replace(filters, since=date(year, 1, 1), until=date(year, 12, 31))
    return replace(filters, **{facet: value})


@pytest.mark.parametrize("scope", SCOPES)
def test_each_facet_count_is_the_number_of_claims_its_value_narrows_to(
    store: Store, scope: str
) -> None:
    filters = SCOPES[scope]
    facets = count_claim_facets(store, claim_query_params(store, filters))
    assert facets.total == len(list_claims(store, filters, EVERYTHING)) > 0
    checked = 0
    for facet, counts in facets.by_facet.items():
        for count in counts:
            rows = list_claims(store, narrowed(filters, facet, count.value), EVERYTHING)
            assert (facet, count.value, count.count) == (facet, count.value, len(rows))
            checked += 1
    assert checked >= 5


def test_a_speakers_facets_hold_only_that_speaker_and_the_topics_of_their_claims(
    store: Store,
) -> None:
    facets = count_claim_facets(store, claim_query_params(store, SCOPES["a speaker"]))
    by_facet = {
        facet: {count.value: count.count for count in counts}
        for facet, counts in facets.by_facet.items()
    }
    assert by_facet["speaker"] == {QUARSHIE: 3}
    assert by_facet["topic"] == {"topic:tolls": 1, "topic:ferry": 1}
    assert by_facet["mode"] == {"said": 2, "asked": 1}
