"""When a claim was said: the words that date the speech act, never a date inside what was said.

A reader dates "Blake said on Tuesday that ..." by its reporting clause; "On Tuesday, Blake
testified before the committee. She said ..." by the sentence before, because the speech
continues that scene (the same speaker, named or quoted there); "In an October letter,
Adler warned ..." to a month; "told reporters today that ..." to the publication day.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Span as TokenSpan

from loaders.actors import DocumentActors
from loaders.attribution import RawClaim
from loaders.dates import date_for_span
from loaders.extraction import DateMention

FINEST_FIRST = {"day": 0, "week": 1, "month": 2, "year": 3}
CONTENT_HEAD = re.compile(r"(?:[^\s\"“”]+\s+){1,4}?that\b")


def date_speeches(
    text: str, raws: Sequence[RawClaim], dates: list[DateMention], actors: DocumentActors
) -> list[DateMention | None]:
    """The date of each claim's speech act, in the order of ``raws`` (None: the text does
    not date it)."""
    contents = [(raw.content_start, raw.content_end) for raw in raws]
    outside = [
        mention
        for mention in dates
        if not any(start <= mention.span.start < end for start, end in contents)
    ]
    found: list[DateMention | None] = []
    for raw in raws:
        said = date_in_reporting_clause(text, raw, dates)
        if said is None:
            said = date_of_scene_before(raw, raws[: len(found)], found, outside, actors)
        found.append(said)
    return found


def date_in_reporting_clause(
    text: str, raw: RawClaim, dates: list[DateMention]
) -> DateMention | None:
    """A date in the claim's own sentence outside its content: "said on Thursday", or in the
    words before a leading "that" the content kept ("told negotiators today that ...")."""
    passage_start = min(raw.sentence.start_char, raw.content_start)
    passage_end = max(raw.sentence.end_char, raw.content_end)
    content_start = raw.content_start
    head = CONTENT_HEAD.match(text, content_start, raw.content_end)
    if head:
        content_start = head.end() - len("that")
    found = [
        mention
        for mention in (
            date_for_span(dates, passage_start, content_start),
            date_for_span(dates, raw.content_end, passage_end),
        )
        if mention is not None
    ]
    return min(found, key=lambda mention: FINEST_FIRST[mention.precision]) if found else None


def date_of_scene_before(
    raw: RawClaim,
    earlier: Sequence[RawClaim],
    earlier_dates: Sequence[DateMention | None],
    outside: list[DateMention],
    actors: DocumentActors,
) -> DateMention | None:
    """The date of the sentence just before, when the same speaker is named or speaks there:
    a date outside any claim's content, or the date of the speaker's claim there."""
    if raw.speaker is None:
        return None
    previous = sentence_before(raw.sentence, raw.content_start)
    if previous is None:
        return None
    for other, said in zip(reversed(earlier), reversed(earlier_dates), strict=True):
        if other.speaker == raw.speaker and other.sentence == previous and said is not None:
            return said
    named = any(
        mention.key == raw.speaker and previous.start <= mention.start < previous.end
        for mention in actors.mentions
    )
    if not named:
        return None
    found = date_for_span(outside, previous.start_char, previous.end_char)
    return found if found is not None and found.precision != "year" else None


def sentence_before(sentence: TokenSpan, content_start: int) -> TokenSpan | None:
    """The sentence ending before both the claim's sentence and its content start."""
    doc = sentence.doc
    start = sentence.start
    while start > 0:
        previous = doc[start - 1].sent
        if previous.end_char <= content_start:
            return previous
        start = previous.start
    return None
