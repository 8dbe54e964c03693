"""One search box across actors, topics and claims, ranked on one scale.

Actors and topics match by name or alias substring (1.0 exact, 0.75 prefix, 0.5 inside);
claims match through the full-text index, whose BM25 scores have no fixed scale, so they
are divided by the best claim score and capped at 0.9: the best-matching claim ranks
below an actor or topic named exactly as asked, and above one that merely contains it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from graph.errors import InvalidInput
from graph.store import Store

CLAIM_SCORE_CAP = 0.9
LUCENE_SPECIAL = re.compile(r'([+\-!(){}\[\]^"~*?:\\/&|])')


@dataclass(frozen=True)
class SearchHit:
    type: str
    """``actor``, ``topic`` or ``claim``."""
    id: str
    label: str
    score: float


def escape_lucene(text: str) -> str:
    """The words of ``text`` as a plain Lucene query: operators and brackets lose their meaning.

    An unbalanced ``(`` or a stray ``:`` is a parse error in the full-text procedure, and
    users type questions, not Lucene; lower case keeps "AND"/"OR"/"NOT" plain words (the
    index lower-cases what it stores anyway).
    """
    return LUCENE_SPECIAL.sub(r"\\\1", text.strip().lower())


def search(store: Store, q: str, limit: int = 20) -> list[SearchHit]:
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
    claims = store.read("search_claims", lucene_query=escape_lucene(text), limit=limit)
    best = max((row["score"] for row in claims), default=0.0) or 1.0
    hits += [
        SearchHit("claim", row["id"], row["label"], CLAIM_SCORE_CAP * row["score"] / best)
        for row in claims
    ]
    hits.sort(key=lambda hit: (-hit.score, hit.type, hit.id))
    return hits[:limit]
