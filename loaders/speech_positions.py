"""Where speakers' names stand: just before a reporting verb or just after one.

A capitalised word in one of these places is a name even when nothing else says so
("Culpepper said", "..., said Culpepper", "backed by Culpepper, who said",
'"..." ― Culpepper', "CULPEPPER: ...", "Culpepper's announcement").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from loaders.nlp import ACCORDING_TO, Lexicon, ParsedDocument, Pipeline, inflect_verb
from loaders.noun_cues import POSSESSIVE_MARKS, possessive_owner

SIGNATURE_DASH = re.compile(r"[”\"][ \t]*[―—–][ \t]*(?=[A-Z])")
COLON = re.compile(r":(?=\s)")
ASIDE_REACH = 25
OPENING_ASIDE_REACH = 40
"""How long an aside may run between a name that opens the sentence (and its comma) and the
comma before the verb."""
PROGRESSIVE = frozenset({"is", "was", "are", "were", "been", "be", "'s", "’s", "'re", "’re"})
"""Auxiliaries of a progressive verb ("is calling for", "has been saying")."""
NOUN_DETERMINERS = frozenset(
    {
        "the",
        "a",
        "an",
        "its",
        "his",
        "her",
        "their",
        "this",
        "these",
        "many",
        "some",
        "other",
        "several",
        "both",
        "all",
        "most",
    }
)
ASIDE_CLOSERS = {")": "(", "—": "—", "--": "--", "–": "–"}
PLACE_PREPOSITIONS = frozenset(
    {"to", "in", "at", "on", "from", "into", "during", "near", "across", "toward", "towards"}
)
"""Prepositions whose object is a place or an occasion, never the speaker that a
spokesman "for" or a member "of" speaks for."""
NAME_PARTICLES = frozenset({"de", "del", "da", "van", "von", "der", "bin", "al", "la"})


@dataclass(frozen=True)
class SpeechPositions:
    """Where a speaker's name would end (before a reporting verb) or start (after one)."""

    ends: frozenset[int]
    starts: frozenset[int]


def find_speech_positions(
    pipeline: Pipeline, parsed: ParsedDocument, date_tokens: frozenset[int]
) -> SpeechPositions:
    doc = parsed.doc
    ends: set[int] = set()
    starts: set[int] = set()
    for kind, start, end in parsed.verbs:
        if kind != ACCORDING_TO and noun_form(doc, start, end, pipeline.lexicon):
            continue
        starts.add(end)
        if kind == ACCORDING_TO:
            continue
        if doc[start].lower_.endswith("ing"):
            if start == 0 or doc[start - 1].lower_ not in PROGRESSIVE:
                continue
            while start > 0 and doc[start - 1].lower_ in PROGRESSIVE:
                start -= 1
        start = skip_to_subject(doc, start, 0, pipeline.lexicon, date_tokens)
        ends.add(start)
        if start > 1 and doc[start - 1].lower_ == "who" and doc[start - 2].text == ",":
            ends.add(start - 2)
        if start > 0 and doc[start - 1].text == ",":
            ends.add(start - 1)
            ends.add(apposition_start(doc, start - 1))
            opening = opening_name_end(doc, start - 1, pipeline.lexicon)
            if opening is not None:
                ends.add(opening)
    for index in parsed.noun_cues:
        owner = possessive_owner(doc, index, 0)
        if owner > 0 and doc[owner].text in POSSESSIVE_MARKS:
            ends.add(owner)
    for dash in SIGNATURE_DASH.finditer(parsed.text):
        token = doc.char_span(dash.end(), dash.end() + 1, alignment_mode="expand")
        if token is not None:
            starts.add(token.start)
    for colon in COLON.finditer(parsed.text):
        token = doc.char_span(colon.start(), colon.end(), alignment_mode="expand")
        if token is not None and token.start - token.sent.start <= 4:
            ends.add(token.start)
    return SpeechPositions(frozenset(ends), frozenset(starts))


def noun_form(doc: Doc, start: int, end: int, lexicon: Lexicon) -> bool:
    """Whether the cue at ``[start, end)`` is a noun, as the bare and -s forms of some
    verbs can be: "Ohio state senator" (a name before a bare form would say "states"),
    "the Harbour attacks", "Many Rust Belt states" (a determiner or a quantifier before
    the name). A capitalised word before such a form is no name for that alone."""
    cue = " ".join(doc[index].lower_ for index in range(start, end))
    lemma = lexicon.verb_lemmas[cue]
    if lemma not in lexicon.noun_like_verbs:
        return False
    bare, third_person = inflect_verb(lemma)[:2]
    if doc[start].lower_ == bare:
        return True
    if doc[start].lower_ != third_person:
        return False
    index = start
    while index > 0 and doc[index - 1].text[:1].isupper() and doc[index - 1].is_alpha:
        if doc[index - 1].lower_ in NOUN_DETERMINERS - {"the", "a", "an"}:
            break
        index -= 1
    return index < start and index > 0 and doc[index - 1].lower_ in NOUN_DETERMINERS


def skip_to_subject(
    doc: Doc, index: int, floor: int, lexicon: Lexicon, date_tokens: frozenset[int]
) -> int:
    """Step back from a verb over adverbs, auxiliaries, time expressions, an aside in
    brackets or dashes ("Rep. John Mica (R-Fla.) also said", "Ms. Arden — and her aides —
    argued") and spaces left over within a line ("Lee  said") to where its subject ends."""
    while index > floor:
        previous = doc[index - 1]
        if lexicon.may_stand_between(previous) or index - 1 in date_tokens:
            index -= 1
        elif previous.is_space and "\n" not in previous.text:
            index -= 1
        elif previous.text in ASIDE_CLOSERS:
            opener = ASIDE_CLOSERS[previous.text]
            opening = next(
                (
                    i
                    for i in range(index - 2, max(floor, index - ASIDE_REACH) - 1, -1)
                    if doc[i].text == opener
                ),
                None,
            )
            if opening is None:
                return index
            index = opening
        else:
            return index
    return index


def apposition_start(doc: Doc, comma: int) -> int:
    """The comma that opens an apposition closed at ``comma`` ("Culpepper, who runs the
    effort, said"), or ``comma`` itself when there is none in reach."""
    for i in range(comma - 1, max(doc[comma].sent.start, comma - 30), -1):
        if doc[i].text == ",":
            return i
    return comma


def opening_name_end(doc: Doc, comma: int, lexicon: Lexicon) -> int | None:
    """The first comma of the sentence when capitalised words alone stand before it and
    an aside runs from it to the ``comma`` before the verb ("Ines Kovac, speaking in
    Dayton, Ohio, said"): the words before it are the subject. One word opening a
    sentence is as often "Meanwhile" as a name, so it counts only when it is no
    function word or adverb and the aside opens as one ("Kovac, during a visit to ...,
    said", "Kovac, speaking to ..., said")."""
    sentence = doc[comma].sent
    first = next((t.i for t in doc[sentence.start : comma] if t.text == ","), None)
    if first is None or first == sentence.start or comma - first > OPENING_ASIDE_REACH:
        return None
    words = doc[sentence.start : first]
    if not all(is_name_part(token) for token in words):
        return None
    if len(words) == 1 and not single_name_before_aside(words[0], doc[first + 1], lexicon):
        return None
    return first


def single_name_before_aside(word, aside, lexicon: Lexicon) -> bool:
    """Whether one capitalised word before a comma is a name, judged by the word (no stop
    word, adverb or time word) and by the aside after it (a place, time or occasion, or
    a participle)."""
    lower = word.lower_
    if word.is_stop or lower.endswith("ly") or lower in lexicon.clause_openers:
        return False
    if not aside.text.islower():
        return False
    return aside.lower_ in lexicon.clause_openers or aside.lower_.endswith("ing")


def capitalised_run_start(doc: Doc, end: int) -> int:
    """Where the capitalised words ending before token ``end`` begin; ``end`` when none
    stand there."""
    start = end
    while start > 0 and doc[start - 1].text[:1].isupper() and doc[start - 1].is_alpha:
        start -= 1
    return start


def is_name_part(token) -> bool:
    """A token of a person's written name: a capitalised word or initial ("P.", "Jr."),
    a joining hyphen ("Kettleby-Orne") or a particle ("de", "van")."""
    if token.text == "-":
        return not token.whitespace_
    if token.lower_ in NAME_PARTICLES:
        return True
    return token.text[:1].isupper() and token.text.rstrip(".").isalpha()
