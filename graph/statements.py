"""When two documents report one statement: the rule that pairs a speaker's claims.

Two claims from different documents are the same statement when the same speaker says
close contents (``CONTENT_SIMILARITY`` of their words in common, at least ``SHARED_WORDS``)
at compatible dates: the same day, or a day inside a month given at month precision, when
both texts say when it was said; else placed (a claim without ``said_on`` on the day it was
reported) at most ``WINDOW_DAYS`` apart. Of such a pair, claims of the same mode corroborate
each other; a statement said by one and denied by the other is contested.

A claim's candidates are found by its ``statement_key`` (indexed): the speaker and the month
it is placed in, so a look-up reads one speaker's few months, never every claim.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cached_property
from typing import Literal

WINDOW_DAYS = 7
CONTENT_SIMILARITY = 0.6
SHARED_WORDS = 2
UNDATED = "undated"
WORD = re.compile(r"[a-z0-9]+")
FILLER_WORDS = frozenset(
    {"a", "an", "the", "and", "or", "of", "to", "in", "on", "at", "for", "by", "with", "that",
     "this", "it", "its", "is", "was", "be", "been", "are", "were", "would", "will", "not", "as"}
)  # fmt: skip
Relation = Literal["corroborates", "contests"]
CONTESTING_MODES = frozenset({"said", "denied"})


@dataclass(frozen=True)
class ClaimFacts:
    """What the rule compares of a claim."""

    id: str
    document_id: str
    speaker_id: str
    text: str
    mode: str | None
    said_on: date | None
    said_on_precision: str | None
    reported_on: date | None

    @property
    def placed_on(self) -> date | None:
        return self.said_on or self.reported_on

    @cached_property
    def words(self) -> frozenset[str]:
        """Its content words, worked out once: a claim is compared with many candidates."""
        return content_words(self.text)


def statement_key(speaker_id: str | None, placed_on: date | None) -> str | None:
    """The indexed key a claim is found by: its speaker and the month it is placed in."""
    if speaker_id is None:
        return None
    return f"{speaker_id}|{placed_on.strftime('%Y-%m') if placed_on else UNDATED}"


def stored_claim_facts(row: dict, key: str, document_id: str) -> ClaimFacts:
    """The facts of a claim as stored (a Claim node's properties, or its Parquet row), its
    speaker read back from the statement key ``key`` it is filed under."""
    return ClaimFacts(
        id=row["id"],
        document_id=document_id,
        speaker_id=key.rpartition("|")[0],
        text=row["text"],
        mode=row["mode"],
        said_on=row["said_on"],
        said_on_precision=row["said_on_precision"],
        reported_on=row["reported_on"],
    )


def lookup_keys(claim: ClaimFacts) -> set[str]:
    """The keys under which the claim's candidates are: the months its window touches."""
    placed = claim.placed_on
    if placed is None:
        return {f"{claim.speaker_id}|{UNDATED}"}
    window = (placed - timedelta(days=WINDOW_DAYS), placed + timedelta(days=WINDOW_DAYS))
    return {key for day in window if (key := statement_key(claim.speaker_id, day))}


def content_words(text: str) -> frozenset[str]:
    return frozenset(WORD.findall(text.lower())) - FILLER_WORDS


def close_contents(words: frozenset[str], others: frozenset[str]) -> bool:
    """Dice similarity of two contents' words, with a floor of words in common."""
    shared = len(words & others)
    if shared < SHARED_WORDS:
        return False
    return 2 * shared / (len(words) + len(others)) >= CONTENT_SIMILARITY


def compatible_dates(one: ClaimFacts, other: ClaimFacts) -> bool:
    if one.said_on and other.said_on:
        if one.said_on == other.said_on:
            return True
        month = {one.said_on_precision, other.said_on_precision} == {"day", "month"}
        return month and one.said_on.replace(day=1) == other.said_on.replace(day=1)
    if one.placed_on is None or other.placed_on is None:
        return one.placed_on is None and other.placed_on is None
    return abs((one.placed_on - other.placed_on).days) <= WINDOW_DAYS


def relation(one: ClaimFacts, other: ClaimFacts) -> Relation | None:
    """How two claims stand to each other: one statement reported twice, one statement said
    and denied, or nothing to link (same document, other speaker, other words, other time)."""
    if (
        one.document_id == other.document_id
        or one.speaker_id != other.speaker_id
        or not compatible_dates(one, other)
        or not close_contents(one.words, other.words)
    ):
        return None
    if one.mode == other.mode:
        return "corroborates"
    if {one.mode, other.mode} == CONTESTING_MODES:
        return "contests"
    return None
