"""What every search shares: a hit on the names' scale, the words as a plain Lucene query,
and what a reader is told when too many claims match to rank them.

Actors and topics match by name or alias substring, claims through the full-text index;
graph/search_results.py ranks them on one scale for the search page and ``/v1/search``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from graph import claim_search
from graph.claim_search import ClaimMatches

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


def too_many_notice(matches: ClaimMatches) -> str:
    """What a reader is told when the claims were too many to rank."""
    return (
        f"About {matches.estimate:,} claims match, more than the "
        f"{claim_search.RANK_CAP:,} that are ranked: these are the most recent. "
        "Add words, or narrow by speaker, topic or dates "
        "(/v1/claims?q=…&speaker=…&since=…)."
    )
