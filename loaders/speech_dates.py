"""When a claim was said: the words that date the speech act, never a date inside what was said.

A reader dates "Blake said on Tuesday that ..." by its reporting clause; "On Tuesday, Blake
testified before the committee. She said ..." by the sentence before, because the speech
continues that scene (the same speaker, named or quoted there); "In an October letter,
Adler warned ..." to a month; "told reporters today that ..." to the publication day.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta

from spacy.tokens import Span as TokenSpan

from graph.model import DateMention
from loaders.actors import DocumentActors
from loaders.attribution import RawClaim
from loaders.dates import date_for_span, dates_within

FINEST_FIRST = {"day": 0, "week": 1, "month": 2, "year": 3}
CONTENT_HEAD = re.compile(r"(?:[^\s\"“”]+\s+){1,4}?that\b")
NEW_CLAUSE = re.compile(r",\s*(?:and|but|while|as|after|before|when|then)\b|;|\s—\s")
ADJACENT = re.compile(r"[\s,]*(?:on|in|at|last|this|earlier|late)?\s*")
SPEECH_VERB = re.compile(
    r"\b(?:said|says|told|tells|added|asked|wrote|stated|announced|warned|testified|argued"
    r"|explained|noted|insisted|claimed|declared|replied|urged|promised|denied|tweeted)\b"
)


def date_speeches(
    text: str,
    raws: Sequence[RawClaim],
    dates: list[DateMention],
    actors: DocumentActors,
    published: date | None,
) -> list[DateMention | None]:
    """The date of each claim's speech act, in the order of ``raws`` (None: the text does
    not date it)."""
    outside = dates_outside(dates, [(raw.content_start, raw.content_end) for raw in raws])
    found: list[DateMention | None] = []
    for raw in raws:
        said = date_in_reporting_clause(text, raw, dates)
        if said is None:
            said = date_of_scene_before(raw, raws[: len(found)], found, outside, actors)
        found.append(not_after_a_past_report(said, raw, published))
    return found


def not_after_a_past_report(
    said: DateMention | None, raw: RawClaim, published: date | None
) -> DateMention | None:
    """A weekday read as still to come ("on Monday" in a text about plans) dates a speech
    reported in the past tense ("laid out", "said") to the same weekday before publication:
    what was already said cannot have happened after the report."""
    if (
        said is None
        or not raw.past
        or published is None
        or said.value is None
        or said.rule != "weekday_on_or_after_publication"
        or said.value <= published
    ):
        return said
    return replace(said, value=said.value - timedelta(days=7), rule="weekday_before_past_report")


def dates_outside(dates: list[DateMention], contents: list[tuple[int, int]]) -> list[DateMention]:
    """The dates that begin outside every content span (merged, then bisected, so a long
    document with thousands of claims stays linear)."""
    merged: list[list[int]] = []
    for start, end in sorted(contents):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    starts = [start for start, _ in merged]
    outside = []
    for mention in dates:
        index = bisect.bisect_right(starts, mention.span.start) - 1
        if index < 0 or mention.span.start >= merged[index][1]:
            outside.append(mention)
    return outside


def date_in_reporting_clause(
    text: str, raw: RawClaim, dates: list[DateMention]
) -> DateMention | None:
    """A date in the claim's own sentence outside its content: "said on Thursday", or in the
    words before a leading "that" the content kept ("told negotiators today that ...").

    The finest date wins, then the one nearest a speech verb outside the content (else
    nearest the content): in "WASHINGTON, Oct. 3 - Kim said on Thursday that ..." the speech
    is Thursday's, not the dateline's; in '"...," Kim, who took office on January 20, said
    on Monday' it is Monday's.
    """
    passage_start = min(raw.sentence.start_char, raw.content_start)
    passage_end = max(raw.sentence.end_char, raw.content_end)
    content_start = raw.content_start
    head = CONTENT_HEAD.match(text, content_start, raw.content_end)
    if head:
        content_start = head.end() - len("that")
    verbs = [
        verb.start()
        for verb in SPEECH_VERB.finditer(text, passage_start, passage_end)
        if not raw.content_start <= verb.start() < raw.content_end
    ] or [content_start, raw.content_end]
    candidates = []
    for mention in dates_within(dates, passage_start, passage_end):
        before = passage_start <= mention.span.start and mention.span.end <= content_start
        after = raw.content_end <= mention.span.start and mention.span.end <= passage_end
        if mention.value is None or not (
            before or (after and reports_after(text, raw.content_end, mention.span.start))
        ):
            continue
        distance = min(abs(mention.span.start - verb) for verb in verbs)
        candidates.append((FINEST_FIRST[mention.precision], distance, mention))
    return min(candidates, key=lambda found: found[:2])[2] if candidates else None


def reports_after(text: str, content_end: int, date_start: int) -> bool:
    """Whether a date after the content still belongs to the reporting words: a speech verb
    stands between ('"...," Kim said on Monday') or nothing but a preposition does.

    Otherwise it starts a new clause ("..., and on Friday the board voted it down")."""
    between = text[content_end:date_start]
    if NEW_CLAUSE.search(between):
        return False
    return bool(SPEECH_VERB.search(between) or ADJACENT.fullmatch(between))


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
        if other.sentence.end_char <= previous.start_char:
            break
        if other.speaker == raw.speaker and other.sentence == previous and said is not None:
            return said
    low = bisect.bisect_left(actors.mentions, previous.start, key=lambda mention: mention.start)
    high = bisect.bisect_left(
        actors.mentions, previous.end, lo=low, key=lambda mention: mention.start
    )
    if all(mention.key != raw.speaker for mention in actors.mentions[low:high]):
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
