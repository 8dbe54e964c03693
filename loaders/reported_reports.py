"""Reports inside reports: whose words a claim inside another claim's content is.

"X denied that Y had called Z a liar" does not make Y say it, and "X said Y told her that
..." is X's account, not Y's words: a claim whose speaker and content both lie inside
another claim's content is that speaker's report and is dropped, also when the speaker is
the same ("X said she thinks ..." says what she thinks once, not twice). A clause joined to
the content by a boundary ("..., and human rights groups warned that ...", "...; the
agency said ...", "... though records show ...") is no part of it: the first content ends
there and the second report stands on its own.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from loaders.attribution import RawClaim

CLAUSE_BOUNDARIES = frozenset({";", "--", "—", "–"})
SUBORDINATORS = frozenset({"though", "although", "while", "whereas", "when"})
COORDINATORS_AFTER_COMMA = frozenset({"and", "but", "as", "after"})
SUBJECT_REACH = 6


def without_reported_reports(claims: list[RawClaim]) -> list[RawClaim]:
    """``claims`` with the contents that ran on into another report cut at the clause
    boundary before it, and the reports that lie inside another's content dropped."""
    speakers = sorted(
        (claim.speaker_span.start_char, index)
        for index, claim in enumerate(claims)
        if claim.speaker_span is not None
    )
    for claim in claims:
        low = bisect.bisect_right(speakers, (claim.content_start, len(claims)))
        high = bisect.bisect_left(speakers, (claim.content_end, -1), lo=low)
        end_before_second_report(claim, [claims[index] for _, index in speakers[low:high]])
    contents = sorted(
        (claim.content_start, claim.content_end, claim.mode == "denied") for claim in claims
    )
    starts = [start for start, _, _ in contents]

    def reported(claim: RawClaim) -> bool:
        if claim.speaker_span is None:
            return False
        speaker = claim.speaker_span.start_char
        for start, end, denied in contents[: bisect.bisect_right(starts, speaker)]:
            own = (start, end) == (claim.content_start, claim.content_end)
            if own or speaker >= end:
                continue
            inside = start <= claim.content_start and claim.content_end <= end
            if denied or inside:
                return True
        return False

    return [claim for claim in claims if not reported(claim)]


def end_before_second_report(claim: RawClaim, others: list[RawClaim]) -> None:
    """Cut ``claim``'s content (an unquoted clause after its cue) before the first of the
    ``others`` (the claims whose speakers stand inside it, in order) whose speaker opens
    a clause of its own."""
    if claim.quote is not None or claim.speaker_span is None:
        return
    if claim.content_start < claim.speaker_span.end_char:
        return
    for other in others:
        span = other.speaker_span
        if other is claim or not claim.content_start < span.start_char < claim.content_end:
            continue
        if other.content_start < span.end_char:
            continue
        boundary = clause_boundary(span)
        if boundary is not None and boundary.idx > claim.content_start:
            claim.content_end = content_end_before(boundary)
            return


def clause_boundary(span):
    """The token that opens the clause of the speaker ``span`` ("; the agency", ", and
    human rights groups", "though records"), or None when the speaker does not open a
    clause of its own."""
    doc = span.doc
    index = span.start - 1
    floor = max(span.sent.start - 1, span.start - 1 - SUBJECT_REACH)
    while index > floor:
        token = doc[index]
        lower = token.lower_
        if token.text in CLAUSE_BOUNDARIES or lower in SUBORDINATORS:
            return token
        if token.text == "," and index == span.start - 1 and opens_absolute_clause(span):
            return token
        if lower in COORDINATORS_AFTER_COMMA:
            return token if index > 0 and doc[index - 1].text == "," else None
        if token.is_punct:
            return None
        index -= 1
    return None


def opens_absolute_clause(span) -> bool:
    """Whether the speaker ``span`` after a comma opens a clause of its own with a
    participle (", the agency saying that ..."): a report beside the first, not in it."""
    following = span.end
    return following < len(span.doc) and span.doc[following].lower_.endswith("ing")


def content_end_before(boundary) -> int:
    """Where a content that stops at ``boundary`` ends: its last word before it."""
    doc = boundary.doc
    index = boundary.i
    while index > 0 and (doc[index - 1].is_punct or doc[index - 1].is_space):
        index -= 1
    token = doc[index - 1]
    return token.idx + len(token.text)
