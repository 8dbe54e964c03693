"""Claims that match a search: ranked by the full-text index when few enough, else the most recent.

The embedded server's full-text index reads every posting of every searched word and scores
every matching claim before it applies a limit (ArcadeDB's FullTextQueryExecutor collects
all matches, then scores them; its ``limit`` option only cuts the scored list), and it has no
date filter or order of its own. A word in most claims would therefore cost time in
proportion to the graph on every request. So a search first estimates how many claims match
from a fixed sample of about ``SAMPLE_CLAIMS`` claims (an id range: ids end in a hash, so
the range is uniform and read through the id index). Below ``RANK_CAP`` estimated matches,
the index ranks them all; above it, nothing scores them: the answer says about how many
match and pages through them most recent first, through the date index, from a window the
sample's dates size to a few pages. Both servers take the same path.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date

from graph.store import Store

SAMPLE_CLAIMS = 1_000
"""Claims in the sample the estimate is made from."""
RANK_CAP = 20_000
"""Estimated matches above which claims are not ranked (the index scores about a million claims a
second on this server, so this keeps a ranked search within a few tens of milliseconds)."""
WINDOW_PAGES = 3
"""The date window is sized to hold this many times the claims a request needs."""
ID_PREFIX = "claim:"
ID_DIGITS = 16
"""Claim ids are ``claim:`` and 16 hex digits of a hash (graph/ids.py)."""
WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class ClaimMatches:
    """What the sample says about the claims matching some words."""

    pattern: str
    """The regular expression a claim's text matches when it holds one of the words."""
    estimate: int
    """Claims estimated to match; exact when the sample holds every claim."""
    exact: bool
    sample_share: float
    """The share of all claims the sample holds."""
    sample_dates: list[date]
    """The dates of the dated matches in the sample, most recent first."""

    @property
    def ranked(self) -> bool:
        return self.estimate <= RANK_CAP


def word_pattern(text: str) -> str | None:
    """A case-insensitive regular expression for a claim holding any word of ``text``, or
    None when ``text`` has no word. Words are letters, digits and ``_`` only, so nothing
    from the search text reaches the expression but plain words."""
    words = sorted(set(WORD.findall(text.lower())))
    if not words:
        return None
    return "(?isU).*\\b(?:" + "|".join(words) + ")\\b.*"


def estimate_matches(store: Store, text: str) -> ClaimMatches:
    """How many claims hold a word of ``text``, from the sample."""
    pattern = word_pattern(text)
    if pattern is None:
        return ClaimMatches("", 0, True, 1.0, [])
    total = store.read("count_claims")[0]["count"]
    share = min(1.0, SAMPLE_CLAIMS / total) if total else 1.0
    low, high = id_range(share)
    [row] = store.read("sample_claim_matches", low=low, high=high, pattern=pattern)
    exact = share >= 1.0
    estimate = row["matched"] if exact else round(row["matched"] / share)
    return ClaimMatches(pattern, estimate, exact, share, sorted(row["dates"], reverse=True))


def recent_matches(store: Store, matches: ClaimMatches, offset: int, limit: int) -> list[dict]:
    """Matching claims ``offset`` to ``offset + limit`` (rows with ``id``, ``label``,
    ``said_on``), most recent first; undated claims are not in these pages."""
    needed = offset + limit
    position = math.ceil(needed * WINDOW_PAGES * matches.sample_share)
    while True:
        since = _window_start(matches.sample_dates, position)
        rows = store.read(
            "recent_claim_matches",
            since=since,
            pattern=matches.pattern,
            skip=offset,
            limit=limit,
        )
        if len(rows) == limit or since == date.min:
            return rows
        position *= 4


def _window_start(dates: list[date], position: int) -> date:
    """The date the window starts on: the sample's ``position``-th most recent match, or
    every date once the sample runs out."""
    if position < 1:
        position = 1
    return dates[position - 1] if position <= len(dates) else date.min


def id_range(share: float) -> tuple[str, str]:
    """Ids from ``claim:0…`` up to the given share of the id space; all ids for a share of 1."""
    if share >= 1.0:
        return ID_PREFIX, ID_PREFIX[:-1] + chr(ord(ID_PREFIX[-1]) + 1)
    end = math.ceil(share * 16**ID_DIGITS)
    return ID_PREFIX, f"{ID_PREFIX}{end:0{ID_DIGITS}x}"
