"""Search results: names first, then a page of claims, for the search page and ``/v1/search``.

A results page needs how many of each matched, the claims' speakers, dates and documents,
and a way to page through the claims in rank order, narrowed by the page's facets. Names
(actors, topics) are listed above the claims, since a name typed exactly is what the reader
looks for. ``search_hits`` puts the same rows on one scale for the JSON API, so the page's
JSON link answers the rows the page shows. When too many claims match to rank them
(graph/claim_search.py), the pages hold the most recent ones and the total is an estimate.

Actors and topics score 1.0 (exact), 0.75 (prefix) or 0.5 (inside); the full-text index's
BM25 scores have no fixed scale, so claims are divided by the best claim score of the
ranking and capped at 0.9: the best-matching claim ranks below an actor or topic named
exactly as asked, and above one that merely contains it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from graph.claim_search import ClaimMatches, estimate_matches, recent_matches
from graph.claims import ClaimFilters, ClaimItem, claim_query_params
from graph.errors import InvalidInput
from graph.search import SearchHit, escape_lucene
from graph.store import Store

NAME_CAP = 1_000
"""Names counted at most; more than a reader would scan."""
CLAIM_CAP = 10_000
"""Matching claims counted at most; past it the total reads "10,000 or more"."""
RANK_WINDOW = 1_000
"""The best claims pages are cut from. Always the same window, so pages never overlap: the
index keeps the best ``limit`` it is asked for, and which of the claims tied at the cut it
keeps depends on that limit."""

CLAIM_SCORE_CAP = 0.9
UNRANKED_SCORE = 0.45
"""Below any name that matches: a claim among too many to rank says little on its own."""

NARROWING = ("speaker_id", "mode", "dated", "min_confidence", "max_confidence", "since", "until")
"""What the search page's facets narrow its claims by."""


@dataclass(frozen=True)
class FoundClaim:
    claim: ClaimItem
    document_title: str | None
    score: float
    """On the names' scale: ``CLAIM_SCORE_CAP`` for the best of the ranking."""


@dataclass(frozen=True)
class SearchResults:
    q: str
    actors: list[SearchHit]
    actor_total: int
    topics: list[SearchHit]
    topic_total: int
    claims: list[FoundClaim]
    claim_total: int
    claim_total_capped: bool
    claim_total_estimated: bool
    """True when too many claims match to rank: the total is estimated from a sample, and
    the claims are the most recent ones."""
    more_claims: bool
    matches: ClaimMatches


def search_results(
    store: Store,
    q: str,
    *,
    offset: int,
    limit: int,
    names_shown: int,
    narrowing: Mapping[str, Any] | None = None,
    count_claims: bool = True,
) -> SearchResults:
    """Actors and topics named like ``q`` (the best ``names_shown`` of each, and how many),
    and the claims ranked ``offset`` to ``offset + limit`` by the full-text index; with
    ``narrowing`` (``search_narrowing``'s parameters, any not None), only those of the best
    ``RANK_WINDOW`` that match it, and their total. Claims too many to rank (the most
    recent, ``claim_total_estimated``) are not narrowed. Without ``count_claims`` the total
    of a search not narrowed is the sample's estimate (counting runs the index again)."""
    text = q.strip()
    if not text:
        raise InvalidInput("q: the search text is empty (type a name, a topic or some words)")
    if offset + limit > RANK_WINDOW:
        raise InvalidInput(
            f"page: results past the best {RANK_WINDOW:,} claims are not served "
            "(add words to narrow the search)"
        )
    actors = _names(store, "search_actors", "actor", text)
    topics = _names(store, "search_topics", "topic", text)
    matches = estimate_matches(store, text)
    narrowed = bool(narrowing) and any(value is not None for value in narrowing.values())
    if matches.ranked:
        lucene_query = escape_lucene(text)
        if narrowed:
            ranked = store.read(
                "search_claims_narrowed", lucene_query=lucene_query, limit=RANK_WINDOW, **narrowing
            )
            total = len(ranked)
        else:
            ranked = store.read("search_claims", lucene_query=lucene_query, limit=RANK_WINDOW)
            total = matches.estimate
            if count_claims:
                counted = store.read(
                    "count_search_claims", lucene_query=lucene_query, cap=CLAIM_CAP
                )
                total = counted[0]["total"]
        best = max((row["score"] for row in ranked), default=0.0) or 1.0
        scores = {row["id"]: CLAIM_SCORE_CAP * row["score"] / best for row in ranked}
        page_ids = [row["id"] for row in ranked[offset : offset + limit]]
        more = len(ranked) > offset + limit
    else:
        recent = recent_matches(store, matches, offset, limit + 1)
        page_ids = [row["id"] for row in recent[:limit]]
        scores = dict.fromkeys(page_ids, UNRANKED_SCORE)
        more = len(recent) > limit
        total = matches.estimate
    rows = store.read("claims_by_ids", ids=page_ids) if page_ids else []
    return SearchResults(
        q=text,
        actors=actors[:names_shown],
        actor_total=len(actors),
        topics=topics[:names_shown],
        topic_total=len(topics),
        claims=[
            FoundClaim(
                ClaimItem.model_validate(row["claim"]),
                row["document_title"],
                scores[row["claim"]["id"]],
            )
            for row in rows
        ],
        claim_total=total,
        claim_total_capped=matches.ranked and total >= CLAIM_CAP,
        claim_total_estimated=not matches.ranked,
        more_claims=more,
        matches=matches,
    )


def search_hits(results: SearchResults) -> list[SearchHit]:
    """The names and the page of claims of ``results`` on one scale, best first (claims of
    one score in rank order, names of one score by id)."""
    claims = [
        SearchHit("claim", found.claim.id, found.claim.text, found.score)
        for found in results.claims
    ]
    rank = {hit.id: position for position, hit in enumerate(claims)}
    return sorted(
        [*results.actors, *results.topics, *claims],
        key=lambda hit: (-hit.score, hit.type, rank.get(hit.id, 0), hit.id),
    )


def search_narrowing(store: Store, filters: ClaimFilters) -> dict[str, Any]:
    """The search page's facet filters (speaker, mode, confidence, dated, since, until) as
    the narrowed search queries take them, resolved as the claims list resolves them."""
    params = claim_query_params(store, filters)
    return {name: params[name] for name in NARROWING}


def _names(store: Store, query: str, kind: str, text: str) -> list[SearchHit]:
    return [
        SearchHit(kind, row["id"], row["label"], row["score"])
        for row in store.read(query, q=text, limit=NAME_CAP)
    ]
