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
sample's dates size to a few pages. Both servers take the same path. Unranked, a claim
matches when it holds a word beginning with a searched word (as the page marks them): a
plain CONTAINS, since the embedded server aborts a regular expression that overruns its
time budget, which happens on a busy machine.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date, timedelta

from graph.store import Store

SAMPLE_CLAIMS = 500
"""Claims in the sample the estimate is made from."""
RANK_CAP = 20_000
"""Estimated matches above which claims are not ranked (the index scores about a million claims a
second on this server, so this keeps a ranked search within a few tens of milliseconds)."""
WINDOW_PAGES = 3
"""The date window is sized to hold this many times the claims a request needs."""
MAX_DAYS = 3_660
"""The longest window, in days (each a lookup in the date index)."""
ID_PREFIX = "claim:"
ID_DIGITS = 16
"""Claim ids are ``claim:`` and 16 hex digits of a hash (graph/ids.py)."""
WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class ClaimMatches:
    """What the sample says about the claims matching some words."""

    words: list[str]
    """The search's words, lower case; an unranked match holds a word beginning with one."""
    estimate: int
    """Claims estimated to match; exact when the sample holds every claim."""
    exact: bool
    sample_share: float
    """The share of all claims the sample holds."""
    sample_dates: list[date]
    """The dates of the dated matches in the sample, most recent first."""
    latest: date | None
    """The latest date in the sample."""

    @property
    def ranked(self) -> bool:
        return self.estimate <= RANK_CAP


def search_words(text: str) -> list[str]:
    """The words of ``text``, lower case: letters, digits and ``_``, as the index splits them."""
    return sorted(set(WORD.findall(text.lower())))


def estimate_matches(store: Store, text: str) -> ClaimMatches:
    """How many claims hold a word of ``text``, from the sample."""
    words = search_words(text)
    if not words:
        return ClaimMatches([], 0, True, 1.0, [], None)
    total = store.read("count_claims")[0]["count"]
    share = min(1.0, SAMPLE_CLAIMS / total) if total else 1.0
    low, high = id_range(share)
    [row] = store.read("sample_claim_matches", low=low, high=high, words=words)
    exact = share >= 1.0
    estimate = row["matched"] if exact else round(row["matched"] / share)
    dates = sorted(row["dates"], reverse=True)
    return ClaimMatches(words, estimate, exact, share, dates, row["latest"])


def recent_matches(store: Store, matches: ClaimMatches, offset: int, limit: int) -> list[dict]:
    """Matching claims ``offset`` to ``offset + limit`` (rows with ``id``, ``label``,
    ``said_on``), most recent first; undated claims are not in these pages.

    The window runs from the sample's n-th most recent match, n sized so the window holds
    ``WINDOW_PAGES`` times the claims needed, to the later of the sample's latest date and
    today (``window_days``); it widens fourfold while it holds too few, up to the sample's
    oldest match (a window already ``MAX_DAYS`` long that widening leaves the same is not
    searched again).
    """
    if not matches.sample_dates or matches.latest is None:
        return []
    position = max(1, math.ceil((offset + limit) * WINDOW_PAGES * matches.sample_share))
    end = max(matches.latest, date.today())
    searched: list[date] = []
    rows: list[dict] = []
    while True:
        since = matches.sample_dates[min(position, len(matches.sample_dates)) - 1]
        days = window_days(since, matches.latest, end)
        if days != searched:
            searched = days
            rows = store.read(
                "recent_claim_matches", days=days, words=matches.words, skip=offset, limit=limit
            )
        if len(rows) == limit or position >= len(matches.sample_dates):
            return rows
        position *= 4


def window_days(since: date, latest: date, end: date) -> list[date]:
    """The days from ``since`` to ``end``, newest first; when they are more than ``MAX_DAYS``,
    the ``MAX_DAYS`` that keep the most recent of the days up to ``latest`` (where the
    sample's claims are), then as many as fit of those just after it (where only claims
    newer than the whole sample can be): the newest matches, never the oldest, are kept."""
    last = min(end, max(latest, since + timedelta(days=MAX_DAYS - 1)))
    first = max(since, last - timedelta(days=MAX_DAYS - 1))
    return [last - timedelta(days=n) for n in range((last - first).days + 1)]


def id_range(share: float) -> tuple[str, str]:
    """Ids from ``claim:0…`` up to the given share of the id space; all ids for a share of 1."""
    if share >= 1.0:
        return ID_PREFIX, ID_PREFIX[:-1] + chr(ord(ID_PREFIX[-1]) + 1)
    end = math.ceil(share * 16**ID_DIGITS)
    return ID_PREFIX, f"{ID_PREFIX}{end:0{ID_DIGITS}x}"
