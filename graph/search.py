"""One search box across actors, topics and claims, ranked on one scale.

Actors and topics match by name or alias substring (1.0 exact, 0.75 prefix, 0.5 inside);
claims match through the full-text index, whose BM25 scores have no fixed scale, so they
are divided by the best claim score and capped at 0.9: the best-matching claim ranks
below an actor or topic named exactly as asked, and above one that merely contains it.
When more claims match than the index may rank per request (graph/claim_search.py), the
claims are the most recent ones, all scored ``UNRANKED_SCORE``, and the answer says so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from graph import claim_search
from graph.claim_search import ClaimMatches, estimate_matches, recent_matches
from graph.errors import InvalidInput
from graph.store import Store

CLAIM_SCORE_CAP = 0.9
UNRANKED_SCORE = 0.45
"""Below any name that matches: a claim among too many to rank says little on its own."""
LUCENE_SPECIAL = re.compile(r'([+\-!(){}\[\]^"~*?:\\/&|])')


@dataclass(frozen=True)
class SearchHit:
    type: str
    """``actor``, ``topic`` or ``claim``."""
    id: str
    label: str
    score: float


@dataclass(frozen=True)
class Search:
    hits: list[SearchHit]
    """Best first; claims not ranked come most recent first."""
    claims: ClaimMatches
    """About how many claims match, and whether they were ranked."""


def escape_lucene(text: str) -> str:
    """The words of ``text`` as a plain Lucene query: operators and brackets lose their meaning.

    An unbalanced ``(`` or a stray ``:`` is a parse error in the full-text procedure, and
    users type questions, not Lucene; lower case keeps "AND"/"OR"/"NOT" plain words (the
    index lower-cases what it stores anyway).
    """
    return LUCENE_SPECIAL.sub(r"\\\1", text.strip().lower())


def search(store: Store, q: str, limit: int = 20) -> Search:
    text = q.strip()
    if not text:
        raise InvalidInput("q: the search text is empty (type a name, a topic or some words)")
    hits = [
        SearchHit("actor", row["id"], row["label"], row["score"])
        for row in store.read("search_actors", q=text, limit=limit)
    ] + [
        SearchHit("topic", row["id"], row["label"], row["score"])
        for row in store.read("search_topics", q=text, limit=limit)
    ]
    matches = estimate_matches(store, text)
    if matches.ranked:
        claims = store.read("search_claims", lucene_query=escape_lucene(text), limit=limit)
        best = max((row["score"] for row in claims), default=0.0) or 1.0
        scores = [CLAIM_SCORE_CAP * row["score"] / best for row in claims]
    else:
        claims = recent_matches(store, matches, 0, limit)
        scores = [UNRANKED_SCORE] * len(claims)
    hits += [
        SearchHit("claim", row["id"], row["label"], score)
        for row, score in zip(claims, scores, strict=True)
    ]
    position = {hit.id: index for index, hit in enumerate(hits)}
    hits.sort(
        key=lambda hit: (-hit.score, hit.type, position[hit.id] if hit.type == "claim" else hit.id)
    )
    return Search(hits[:limit], matches)


def too_many_notice(matches: ClaimMatches) -> str:
    """What a reader is told when the claims were too many to rank."""
    return (
        f"About {matches.estimate:,} claims match, more than the "
        f"{claim_search.RANK_CAP:,} that are ranked: these are the most recent. "
        "Add words, or narrow by speaker, topic or dates "
        "(/v1/claims?q=…&speaker=…&since=…)."
    )
