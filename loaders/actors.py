"""Who is named in a document: gazetteer matches plus names the gazetteer does not know.

Without a statistical model, a capitalised word is only a name when the text says so:
the gazetteer knows it, it ends like an organisation ("... Committee", "... Inc."), a
title or honorific precedes it ("CEO Marcus", "Sen. Warren"), it begins with a common
first name, it stands in apposition (", a senior member of ..."), or it speaks (the
subject of "said", the object of "according to"). Later short forms ("Zuckerberg",
"Mr. Zuckerberg", "GAO") are merged into the actor named in full; a surname shared by
two people goes to the one mentioned most recently.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc

from graph.model import Actor, Span, actor_key
from loaders.gazetteer import Gazetteer
from loaders.names import LOWER_WORD, Candidate, find_candidates, find_name_runs, organisation_kind
from loaders.nlp import ParsedDocument, Pipeline
from loaders.speech_positions import (
    PLACE_PREPOSITIONS,
    SpeechPositions,
    capitalised_run_start,
    find_speech_positions,
)

CORPORATE_FORMS = frozenset(
    {
        "inc",
        "inc.",
        "corp",
        "corp.",
        "co",
        "co.",
        "ltd",
        "ltd.",
        "llc",
        "plc",
        "n.v.",
        "ag",
        "sa",
        "s.a.",
        "gmbh",
    }
)


@dataclass
class Mention:
    """An actor named at tokens ``[start, end)`` of the document."""

    key: str
    start: int
    end: int


@dataclass
class DocumentActors:
    """The actors of one document and where each is named, in document order."""

    doc: Doc
    actors: dict[str, Actor] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)

    def index(self) -> None:
        """Sort mentions and build the lookups the attribution rules use."""
        self.mentions.sort(key=lambda mention: mention.start)
        self.starts = [mention.start for mention in self.mentions]
        self.ending_at = {mention.end: mention for mention in self.mentions}
        self.starting_at = {mention.start: mention for mention in self.mentions}
        for actor in self.actors.values():
            actor.mentions.sort(key=lambda span: span.start)

    def mentions_starting_in(self, start: int, end: int) -> list[Mention]:
        """The mentions whose first token lies in ``[start, end)``, in document order
        (after ``index``); by bisection, since the rules ask this for every sentence."""
        low = bisect.bisect_left(self.starts, start)
        return self.mentions[low : bisect.bisect_left(self.starts, end, lo=low)]

    def add_mention(self, key: str, start: int, end: int) -> None:
        self.mentions.append(Mention(key, start, end))
        span = self.doc[start:end]
        self.actors[key].mentions.append(Span(span.start_char, span.end_char, span.text))

    def latest_mention(
        self, before: int, kinds: frozenset[str], excluded: frozenset[str] = frozenset()
    ) -> Mention | None:
        """The last mention ending before token ``before`` of an actor of one of ``kinds``,
        skipping the actors in ``excluded``."""
        position = bisect.bisect_left(self.starts, before)
        for mention in reversed(self.mentions[:position]):
            if (
                mention.end <= before
                and self.actors[mention.key].kind in kinds
                and mention.key not in excluded
            ):
                return mention
        return None


def find_actors(
    parsed: ParsedDocument,
    pipeline: Pipeline,
    gazetteer: Gazetteer,
    date_tokens: frozenset[int] = frozenset(),
) -> DocumentActors:
    """All actor mentions of a document, with short forms merged into full names."""
    doc = parsed.doc
    speech = find_speech_positions(pipeline, parsed, date_tokens)
    titled = {span.end for span in parsed.titles}
    title_starts = frozenset(span.start for span in parsed.titles)
    lower_words = set(LOWER_WORD.findall(parsed.text))
    candidates = [
        candidate
        for candidate in find_candidates(
            doc, find_name_runs(doc, lower_words, pipeline), titled, pipeline
        )
        if not all(i in date_tokens for i in range(candidate.start, candidate.end))
        and not names_a_model(doc, candidate.end)
        and not (candidate.key is None and is_party_label(doc, candidate.start, candidate.end))
    ]
    kinds = {
        id(c): classify_candidate(doc, c, titled, speech, pipeline, title_starts)
        for c in candidates
    }
    found = DocumentActors(doc)
    gazetteer_actors = gazetteer.actor_index()
    for candidate in candidates:
        if candidate.key is not None and candidate.key not in found.actors:
            known = gazetteer_actors[candidate.key]
            found.actors[known.key] = Actor(known.key, known.name, known.kind, list(known.aliases))
        elif candidate.key is None and candidate.end - candidate.start > 1 and kinds[id(candidate)]:
            name = doc[candidate.start : candidate.end].text
            found.actors.setdefault(
                actor_key(name), Actor(actor_key(name), name, kinds[id(candidate)])
            )
    not_names = pipeline.lexicon.first_names | gazetteer_demonyms(gazetteer)
    resolve_candidates(found, candidates, kinds, not_names)
    found.index()
    record_aliases(found, pipeline.lexicon.honorifics)
    return found


PARTIES = ("Republican", "Democrat", "Independent")
PARTY_LABEL = re.compile(
    r"(?:(?:Republican|Democrat|Independent) (?:of|from) .+|[RDI] ?- ?[A-Z].*)"
)


def is_party_label(doc: Doc, start: int, end: int) -> bool:
    """ "Jo Reed, Republican of Ohio, said", "Jo Reed, R-Ohio, said", "(D-N.Y.)": a party
    and a state after a name describe that name; they (and a state the gazetteer does not
    know, when the party stands outside the name) are no actor of their own."""
    if start >= 3 and doc[start - 1].lower_ in ("of", "from") and doc[start - 2].text in PARTIES:
        start -= 2
    if start == 0 or doc[start - 1].text not in (",", "("):
        return False
    return bool(PARTY_LABEL.fullmatch(doc[start:end].text))


MODEL_NUMBER = re.compile(r"[A-Z]{0,3}\d{2,4}[A-Za-z]{0,2}(?:-\d{1,4})?s?")
YEAR = re.compile(r"(?:1[89]|20)\d\ds?")


def names_a_model(doc: Doc, end: int) -> bool:
    """A maker's name before a model number names the product, not the maker ("Boeing
    737-800", "Airbus A380s"); a year after a name ("Airbus 2007 results") does not."""
    if end >= len(doc) or not doc[end - 1].whitespace_:
        return False
    following = doc[end].text
    if end + 2 < len(doc) and doc[end + 1].text == "-" and not doc[end].whitespace_:
        following += "-" + doc[end + 2].text
    return bool(MODEL_NUMBER.fullmatch(following)) and not YEAR.fullmatch(following)


def record_aliases(found: DocumentActors, honorifics: frozenset[str]) -> None:
    """Keep every surface form merged into an actor ("McHenry", "Mr. McHenry") as an
    alias, so that a later document naming the actor only that way finds it."""
    doc = found.doc
    for mention in found.mentions:
        actor = found.actors[mention.key]
        forms = [doc[mention.start : mention.end].text]
        before = doc[mention.start - 1] if mention.start > 0 else None
        if before is not None and before.lower_ in honorifics and before.text[:1].isupper():
            forms.append(doc[mention.start - 1 : mention.end].text)
        for form in forms:
            if form != actor.name and form not in actor.aliases:
                actor.aliases.append(form)


@lru_cache(maxsize=8)
def gazetteer_demonyms(gazetteer: Gazetteer) -> frozenset[str]:
    """ "Chinese", "American": words that name a country's people, never an actor."""
    return frozenset(demonym for actor in gazetteer.actors for demonym in actor.demonyms)


def classify_candidate(
    doc: Doc,
    candidate: Candidate,
    titled: set[int],
    speech: SpeechPositions,
    pipeline: Pipeline,
    title_starts: frozenset[int],
) -> str | None:
    """The kind a name's context gives it, or None when nothing says it is an actor. One
    word before a title ('said State Senator Ana Ruiz') is part of the title's run, not
    a speaker of its own, though it stands right after the verb."""
    if candidate.key is not None:
        return candidate.kind
    start, end = candidate.start, candidate.end
    lexicon = pipeline.lexicon
    suffix_kind = organisation_kind(doc, start, end, pipeline)
    if suffix_kind:
        return suffix_kind
    before = doc[start - 1] if start > 0 else None
    if before is not None and lexicon.speaker_noun_kinds.get(before.text) == "organization":
        return "organization"
    if before is not None and (start in titled or before.lower_ in lexicon.honorifics):
        return "person"
    if before is not None and before.text == "," and start - 1 in titled:
        return "person"
    if end - start > 1 and doc[start].text in lexicon.first_names:
        return "person"
    if is_apposition(doc, end, titled):
        return "person"
    if end in speech.ends and not after_place_preposition(doc, start, end):
        if doc[start].text.isupper() or (end - start == 1 and not refers_to_person(doc, end)):
            return "organization"
        return "person"
    if start in speech.starts and not (end - start == 1 and end in title_starts):
        if doc[start].text.isupper() or end - start == 1:
            return "organization"
        return "person"
    return None


PRONOUN_KINDS = {
    "he": True,
    "she": True,
    "his": True,
    "her": True,
    "him": True,
    "it": False,
    "its": False,
}
PRONOUN_REACH = 15


def refers_to_person(doc: Doc, end: int) -> bool:
    """Whether the first pronoun after a one-word speaker in its sentence is a person's
    ("Sexton said he would ...", "Sexton told her aides ..."), not a thing's ("Ryanair
    said it would ..."): one word speaking is a company as often as a surname, and the
    pronoun that picks it up tells which."""
    sentence_end = doc[end - 1].sent.end
    for token in doc[end : min(sentence_end, end + PRONOUN_REACH)]:
        kind = PRONOUN_KINDS.get(token.lower_)
        if kind is not None:
            return kind
    return False


def after_place_preposition(doc: Doc, start: int, end: int) -> bool:
    """Whether a name is where something happened: after a preposition of place ("a visit
    to Dayton, ..."), or one word after such a name and its comma ("... Dayton, Ohio,
    said"). Standing before the comma of a reporting verb then says nothing about who
    it is; "..., who said" still does, and so does a name after an opening phrase
    ("Speaking in Dayton, Ohlsen said")."""
    if end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ == "who":
        return False
    index = start
    if end - start == 1 and index > 1 and doc[index - 1].text == ",":
        index = capitalised_run_start(doc, index - 1)
        if index > 0 and opens_sentence(doc, index - 1):
            return False
    if index > 0 and doc[index - 1].lower_ == "the":
        index -= 1
    return index > 0 and doc[index - 1].lower_ in PLACE_PREPOSITIONS


def opens_sentence(doc: Doc, preposition: int) -> bool:
    """Whether the phrase of ``preposition`` opens its sentence, alone ("In Dayton, ...")
    or after a participle ("Speaking in Dayton, ...")."""
    first = doc[preposition].sent.start
    return preposition == first or (preposition == first + 1 and doc[first].lower_.endswith("ing"))


def is_apposition(doc: Doc, end: int, titled: set[int]) -> bool:
    """ ", a senior Republican member of ..." or ", CEO of ...": a title within the next words."""
    if end + 1 >= len(doc) or doc[end].text != ",":
        return False
    for i in range(end + 1, min(end + 8, len(doc))):
        if doc[i].text in {",", ".", ";"} or doc[i].is_sent_start:
            return False
        if i + 1 in titled:
            return True
    return False


def resolve_candidates(
    found: DocumentActors,
    candidates: list[Candidate],
    evidence_kinds: dict[int, str | None],
    not_names: frozenset[str],
) -> None:
    """Attach every candidate to an actor, in document order, so "most recent" is known."""
    last_seen: dict[str, int] = {}
    surnames: dict[str, list[str]] = {}
    for actor in found.actors.values():
        words = actor.name.split()
        if actor.kind == "person" and len(words) > 1:
            surnames.setdefault(words[-1], []).append(actor.key)
            if "-" in words[-1] and words[-1].split("-")[-1].islower():
                surnames.setdefault(words[0], []).append(actor.key)  # "Ban" of "Ban Ki-moon"
    acronyms = {
        "".join(word[0] for word in actor.name.split() if word[0].isupper()): actor.key
        for actor in found.actors.values()
        if actor.kind != "person" and len(actor.name.split()) > 2
    }
    doc = found.doc
    previous: tuple[int, str] | None = None
    for candidate in sorted(candidates, key=lambda c: c.start):
        text = doc[candidate.start : candidate.end].text
        if previous is not None and is_bracketed_acronym(doc, candidate, previous[0]):
            acronyms.setdefault(text, previous[1])  # "Singapore Airlines (SIA)"
        key = resolve_name(text, candidate, found, surnames, acronyms, last_seen)
        if key is None:
            kind = evidence_kinds[id(candidate)]
            if kind is None or text in not_names:
                continue
            key = actor_key(text)
            found.actors.setdefault(key, Actor(key, text, kind))
        last_seen[key] = candidate.start
        found.add_mention(key, candidate.start, candidate.end)
        if found.actors[key].kind != "person":
            previous = (candidate.end, key)


def is_bracketed_acronym(doc: Doc, candidate: Candidate, previous_end: int) -> bool:
    """An upper-case word in brackets right after an organisation's name is its acronym."""
    start, end = candidate.start, candidate.end
    return (
        end - start == 1
        and doc[start].text.isupper()
        and 2 <= len(doc[start]) <= 6
        and start == previous_end + 1
        and doc[previous_end].text == "("
        and end < len(doc)
        and doc[end].text == ")"
    )


def resolve_name(
    text: str,
    candidate: Candidate,
    found: DocumentActors,
    surnames: dict[str, list[str]],
    acronyms: dict[str, str],
    last_seen: dict[str, int],
) -> str | None:
    """The actor a name refers to: itself, a person by surname, an organisation by acronym."""
    words = text.split()
    if len(words) == 1 and words[0].isupper() and len(words[0]) > 3:
        words = [words[0].title()]
    if len(words) == 1 and words[0] in surnames:
        keys = surnames[words[0]]
        return max(keys, key=lambda key: last_seen.get(key, -1))
    if candidate.key is not None:
        return candidate.key
    key = actor_key(text)
    if key in found.actors:
        return key
    if words[-1].lower() in CORPORATE_FORMS and actor_key(" ".join(words[:-1])) in found.actors:
        return actor_key(" ".join(words[:-1]))
    return acronyms.get(text)
