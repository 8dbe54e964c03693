"""Capitalised names in running text: runs of name tokens, cut at titles and gazetteer names.

A run is a candidate, not yet an actor: ``loaders.actors`` decides from context which
candidates are people or organisations and merges short forms into full names.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

import numpy
from spacy.attrs import IS_LOWER, IS_PUNCT, IS_SPACE, LIKE_NUM
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span

from loaders.nlp import Pipeline

LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z][\w'’-]*")
CONNECTORS = frozenset({"of", "for", "&", "de", "del", "la", "van", "von", "der", "al", "bin"})
ARTICLES = frozenset({"the", "a", "an"})


@dataclass
class Candidate:
    """A run of name tokens; ``key`` is set when the gazetteer already knows it."""

    start: int
    end: int
    key: str | None = None
    kind: str | None = None


def find_candidates(
    doc: Doc, runs: list[tuple[int, int]], titled: set[int], pipeline: Pipeline
) -> list[Candidate]:
    """Gazetteer matches, and the rest of each name run cut at titles.

    A run that ends like an organisation beats a gazetteer name inside it ("Singapore
    Airlines" is not Singapore); a one-word person alias at the start of a longer run is
    someone else's first name ("Marcus Smith").
    """
    ents = list(doc.ents)
    dropped: set[int] = set()
    whole_runs: list[Candidate] = []
    for start, end in runs:
        first = bisect.bisect_left(ents, start, key=entity_start)
        beyond = bisect.bisect_left(ents, end, lo=first, key=entity_start)
        inside = [n for n in range(first, beyond) if ents[n].end <= end]
        if end - start > 1 and organisation_kind(doc, start, end, pipeline):
            if not names_known_organisation(doc, start, end, [ents[n] for n in inside]):
                dropped.update(inside)
                whole_runs.append(Candidate(*trim(doc, start, end)))
                continue
        dropped.update(
            n
            for n in inside
            if ents[n].label_ == "person"
            and len(ents[n]) == 1
            and ents[n].start == start
            and ents[n].end < end
        )
    kept = [ent for n, ent in enumerate(ents) if n not in dropped]
    covered = {i for ent in kept for i in range(ent.start, ent.end)}
    covered.update(i for c in whole_runs for i in range(c.start, c.end))
    pieces = list(whole_runs)
    pieces.extend(Candidate(ent.start, ent.end, ent.ent_id_, ent.label_) for ent in kept)
    for start, end in runs:
        cursor = start
        for i in range(start, end + 1):
            if i == end or i in covered:
                if cursor < i:
                    pieces.extend(split_at_titles(doc, cursor, i, titled, pipeline))
                cursor = i + 1
    return pieces


def entity_start(entity: Span) -> int:
    """What ``find_candidates`` bisects on: ``doc.ents`` are sorted by it."""
    return entity.start


def names_known_organisation(doc: Doc, start: int, end: int, ents: list) -> bool:
    """Whether gazetteer names cover the run, apart from leading country names:
    "US House Financial Services Committee" is the committee, "National Congress" is not
    the US Congress."""
    covered = {i for ent in ents for i in range(ent.start, ent.end)}
    tail = [ent for ent in ents if ent.end == end]
    return bool(tail) and all(i in covered for i in range(start, tail[0].start))


def find_name_runs(doc: Doc, lower_words: set[str], pipeline: Pipeline) -> list[tuple[int, int]]:
    """Maximal runs of capitalised tokens, joined by "of", "&", hyphens and the like.

    Only tokens that are not lower case, punctuation, space or numbers can be names; numpy
    finds those so that Python looks at a few tokens in ten.
    """
    flags = doc.to_array([IS_LOWER, IS_PUNCT, IS_SPACE, LIKE_NUM])
    names = [
        int(i)
        for i in numpy.flatnonzero(flags.sum(axis=1) == 0)
        if is_name_token(doc[int(i)], lower_words, pipeline)
    ]
    runs: list[tuple[int, int]] = []
    for index in names:
        if runs and (
            runs[-1][1] == index
            or (
                index - runs[-1][1] <= 2
                and all(joins_names(doc[gap], doc) for gap in range(runs[-1][1], index))
            )
        ):
            runs[-1] = (runs[-1][0], index + 1)
        else:
            runs.append((index, index + 1))
    runs = join_coordinated_organisations(doc, runs, pipeline)
    return [(start, end + 2 if joins_syllable(doc, start, end) else end) for start, end in runs]


def join_coordinated_organisations(
    doc: Doc, runs: list[tuple[int, int]], pipeline: Pipeline
) -> list[tuple[int, int]]:
    """ "Harbor and Ferry Services" is one organisation, not Harbor and a second speaker: a
    single name word joined by "and" to a run that ends like an organisation, unless the
    gazetteer knows the single word on its own ("Ford and General Motors Co."), or the word
    ends a list of names ("Harbor Bank, Acme and Lakeside Credit" are three)."""
    joined: list[tuple[int, int]] = []
    for start, end in runs:
        if joined and start - joined[-1][1] == 1 and doc[start - 1].lower_ == "and":
            first_start, first_end = joined[-1]
            listed = (
                len(joined) > 1
                and doc[first_start - 1].text == ","
                and joined[-2][1] == first_start - 1
            )
            if (
                not listed
                and first_end - first_start == 1
                and end - start > 1
                and not doc[first_start].ent_type_
                and organisation_kind(doc, start, end, pipeline)
            ):
                joined[-1] = (first_start, end)
                continue
        joined.append((start, end))
    return joined


HYPHEN_WORDS = frozenset(
    {
        "based",
        "born",
        "led",
        "backed",
        "era",
        "style",
        "owned",
        "made",
        "run",
        "bound",
        "area",
        "wide",
        "like",
        "type",
        "sized",
        "linked",
        "held",
        "only",
        "level",
        "class",
        "free",
    }
)


def joins_syllable(doc: Doc, start: int, end: int) -> bool:
    """A lower-case syllable hyphenated to the last of two or more name words is part of
    the name ("Ban Ki-moon", "Moon Jae-in"), unlike "New York-based"."""
    if end - start < 2 or end + 1 >= len(doc) or len(doc[end - 1]) > 5:
        return False
    hyphen, syllable = doc[end], doc[end + 1]
    return (
        hyphen.text == "-"
        and not doc[end - 1].whitespace_
        and not hyphen.whitespace_
        and syllable.is_alpha
        and syllable.is_lower
        and len(syllable) <= 5
        and syllable.lower_ not in HYPHEN_WORDS
    )


def is_name_token(token, lower_words: set[str], pipeline: Pipeline) -> bool:
    text = token.text
    if not text[:1].isupper() or token.is_punct:
        return False
    lower = token.lower_
    if text.isupper() and len(text) > 1:
        return lower not in ("i", "a")
    if lower in STOP_WORDS:
        return False
    if token.is_sent_start or (token.i > 0 and doc_opens(token.nbor(-1))):
        return lower not in lower_words and lower not in pipeline.lexicon.speaker_noun_kinds
    return True


def doc_opens(token) -> bool:
    """Punctuation after which a capital letter says nothing (quotes, brackets, colons)."""
    return token.text in {"“", '"', "(", ":", "‘", "'", "—", "-"} or token.is_space


def joins_names(token, tokens) -> bool:
    """A connector inside a name: "Bank of America", "Hewlett-Packard", "Politburo of the"."""
    following = tokens[token.i + 1]
    if token.lower_ in CONNECTORS or (token.text == "-" and not token.whitespace_):
        return following.text[:1].isupper() or following.lower_ == "the"
    if token.lower_ == "the" and tokens[token.i - 1].lower_ == "of":
        return following.text[:1].isupper()
    return False


def split_at_titles(
    doc: Doc, start: int, end: int, titled: set[int], pipeline: Pipeline
) -> list[Candidate]:
    """A title or honorific at the end of a run is a surname ("Larry King")."""
    pieces = []
    cursor = start
    for i in range(start, end - 1):
        if i + 1 in titled or doc[i].lower_ in pipeline.lexicon.honorifics:
            pieces.append((cursor, title_start(doc, i, cursor)))
            cursor = i + 1
    pieces.append((cursor, end))
    return [
        Candidate(*trim(doc, s, e)) for s, e in pieces if trim(doc, s, e)[0] < trim(doc, s, e)[1]
    ]


def title_start(doc: Doc, last: int, floor: int) -> int:
    """Where the title ending at token ``last`` begins ("Chief Executive" is two tokens)."""
    first = last
    while (
        first > floor
        and doc[first - 1].text[:1].isupper()
        and doc[first - 1].lower_
        in ("chief", "vice", "executive", "managing", "prime", "general", "deputy", "senior")
    ):
        first -= 1
    return first


def trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Drop connectors, articles and stray punctuation at either edge of a name."""
    while start < end and (doc[start].lower_ in CONNECTORS | ARTICLES or doc[start].is_punct):
        start += 1
    while end > start and (doc[end - 1].lower_ in CONNECTORS | ARTICLES or doc[end - 1].is_punct):
        end -= 1
    return start, end


def organisation_kind(doc: Doc, start: int, end: int, pipeline: Pipeline) -> str | None:
    lexicon = pipeline.lexicon
    last = doc[end - 1].lower_
    if last in lexicon.org_suffix_kinds:
        return lexicon.org_suffix_kinds[last]
    if last in lexicon.company_suffixes and end - start > 1:
        return "organization"
    if (
        end - start > 2
        and doc[start].lower_ in lexicon.org_head_kinds
        and doc[start + 1].lower_ == "of"
    ):
        return lexicon.org_head_kinds[doc[start].lower_]
    return None
