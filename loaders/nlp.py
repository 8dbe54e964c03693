"""The spaCy side of extraction: one blank English pipeline per gazetteer, built once.

No statistical model is used (none can be shipped), so everything the rules need is
compiled here from word lists: an EntityRuler for gazetteer actors, PhraseMatchers for
topics, job titles, reporting verbs and "according to".
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy
import spacy
import yaml
from spacy.attrs import IS_SPACE, SENT_START
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from loaders.gazetteer import Gazetteer

LEXICON_PATH = Path(__file__).parent / "data" / "lexicon.yaml"
ACCORDING_TO = "ACCORDING_TO"
OPENING_MARKS = frozenset({"“", '"', "``", "''", "‘"})
MAX_SENTENCE_TOKENS = 200
"""Tokens a sentence may hold before one is started: the rules walk a token's whole sentence
(``token.sent``), so a text without full stops would otherwise cost time quadratic in its length."""
MAX_PARSE_CHARS = 100_000_000
"""spaCy refuses texts past ``nlp.max_length`` (1,000,000 by default) to spare the memory of
parsers this blank pipeline does not have; the size of a document is bounded where it is read
(``SAIDWHEN_MAX_TEXT_CHARS``), not here."""


@dataclass(frozen=True, eq=False)
class Lexicon:
    """The word lists of ``loaders/data/lexicon.yaml``, ready for lookups."""

    verb_lemmas: dict[str, str]
    recipient_verbs: frozenset[str]
    recipient_words: frozenset[str]
    clause_openers: frozenset[str]
    cognitive_verbs: frozenset[str]
    evidence_verbs: frozenset[str]
    evidence_nouns: frozenset[str]
    clause_verbs: frozenset[str]
    quote_verbs: frozenset[str]
    description_verbs: frozenset[str]
    noun_like_verbs: frozenset[str]
    skip_words: frozenset[str]
    titles: tuple[str, ...]
    honorifics: frozenset[str]
    org_suffix_kinds: dict[str, str]
    company_suffixes: frozenset[str]
    org_head_kinds: dict[str, str]
    speaker_noun_kinds: dict[str, str]
    event_verbs: frozenset[str]
    first_names: frozenset[str]
    female_names: frozenset[str]
    male_names: frozenset[str]
    asking_verbs: frozenset[str]
    denying_verbs: frozenset[str]
    granted_things: frozenset[str]
    not_reporting_gerunds: frozenset[str]
    noun_cues: dict[str, str]
    weak_cues: dict[str, float]
    past_forms: frozenset[str]

    def may_stand_between(self, token: Token) -> bool:
        """Whether a word may sit between a speaker and the verb: an auxiliary or an
        adverb ("has also said", "forcefully told"). A capitalised word ending in "ly"
        right before the verb is a name ("Kelly said"), no adverb."""
        lower = token.lower_
        return lower in self.skip_words or (
            len(lower) > 4
            and lower.endswith("ly")
            and token.is_alpha
            and token.is_lower
            and lower != "early"
        )


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    with open(LEXICON_PATH, encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
    verb_lemmas: dict[str, str] = {}
    for lemma, irregular in data["reporting_verbs"].items():
        for form in (*inflect_verb(lemma), *irregular):
            verb_lemmas.setdefault(form, lemma)
    for lemma, forms in data["reporting_phrases"].items():
        for form in forms:
            verb_lemmas.setdefault(form, lemma)
    return Lexicon(
        verb_lemmas=verb_lemmas,
        recipient_verbs=frozenset(data["recipient_verbs"]),
        recipient_words=frozenset(data["recipient_words"]),
        clause_openers=frozenset(data["clause_openers"]),
        cognitive_verbs=frozenset(data["cognitive_verbs"]),
        evidence_verbs=frozenset(data["evidence_verbs"]),
        evidence_nouns=frozenset(data["evidence_nouns"]),
        clause_verbs=frozenset(data["clause_verbs"]),
        quote_verbs=frozenset(data["quote_verbs"]),
        description_verbs=frozenset(data["description_verbs"]),
        noun_like_verbs=frozenset(data["noun_like_verbs"]),
        skip_words=frozenset(data["skip_words"]),
        titles=tuple(data["titles"]),
        honorifics=frozenset(data["honorifics"]),
        org_suffix_kinds=invert_lists(data["org_suffixes"]),
        company_suffixes=frozenset(data["company_suffixes"]),
        org_head_kinds=invert_lists(data["org_heads"]),
        speaker_noun_kinds=invert_lists(data["speaker_nouns"]),
        event_verbs=frozenset(data["event_verbs"]),
        first_names=frozenset(data["first_names"]),
        female_names=frozenset(data["female_names"]),
        male_names=frozenset(data["male_names"]),
        asking_verbs=frozenset(data["asking_verbs"]),
        denying_verbs=frozenset(data["denying_verbs"]),
        granted_things=frozenset(data["granted_things"]),
        not_reporting_gerunds=frozenset(data["not_reporting_gerunds"]),
        noun_cues={noun: lemma for lemma, nouns in data["noun_cues"].items() for noun in nouns},
        weak_cues={
            lemma: float(strength)
            for strength, lemmas in data["weak_cues"].items()
            for lemma in lemmas
        },
        past_forms=past_forms(data),
    )


def past_forms(data: dict) -> frozenset[str]:
    """The words that put a cue in the past tense: each reporting verb's -ed forms and the
    irregular pasts the lexicon lists ("said", "laid" of "laid out")."""
    forms = [inflect_verb(lemma) for lemma in data["reporting_verbs"]]
    return frozenset(past for form in forms for past in (form[2], form[4])) | frozenset(
        data["irregular_pasts"]
    )


def invert_lists(lists: dict[str, list[str]]) -> dict[str, str]:
    """``{kind: [word, ...]}`` -> ``{word: kind}``; the first kind listed wins."""
    inverted: dict[str, str] = {}
    for kind, words in lists.items():
        for word in words:
            inverted.setdefault(str(word), kind)
    return inverted


def inflect_verb(lemma: str) -> tuple[str, ...]:
    """Regular English forms of a verb: base, -s, -ed, -ing (with a doubled final consonant
    variant, which costs nothing when unused)."""
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        third = lemma + "es"
    elif lemma.endswith("y") and lemma[-2] not in "aeiou":
        third = lemma[:-1] + "ies"
    else:
        third = lemma + "s"
    if lemma.endswith("e"):
        past, present = lemma + "d", lemma[:-1] + "ing"
    elif lemma.endswith("y") and lemma[-2] not in "aeiou":
        past, present = lemma[:-1] + "ied", lemma + "ing"
    else:
        past, present = lemma + "ed", lemma + "ing"
    doubled = lemma + lemma[-1]
    return (lemma, third, past, present, doubled + "ed", doubled + "ing")


@dataclass(frozen=True, eq=False)
class Pipeline:
    nlp: Language
    verbs: PhraseMatcher
    titles: PhraseMatcher
    topics: PhraseMatcher
    noun_cues: PhraseMatcher
    lexicon: Lexicon

    def parse(self, text: str) -> ParsedDocument:
        """Tokens, sentences, gazetteer entities and every match the rules read, once. Of
        two cues starting at one token the longer wins ("called on" over "called"). A
        non-breaking space, common in web text, parts words as a space does (the same
        length, so every offset holds)."""
        doc = self.nlp(text.replace("\xa0", " "))
        vocab = self.nlp.vocab.strings
        matches = sorted((start, -end, vocab[match_id]) for match_id, start, end in self.verbs(doc))
        verbs = [
            (kind, start, -negative_end)
            for index, (start, negative_end, kind) in enumerate(matches)
            if index == 0 or matches[index - 1][0] != start
        ]
        return ParsedDocument(
            text=text,
            doc=doc,
            verbs=verbs,
            titles=spacy.util.filter_spans(self.titles(doc, as_spans=True)),
            topics=spacy.util.filter_spans(self.topics(doc, as_spans=True)),
            noun_cues=sorted(start for _, start, _ in self.noun_cues(doc)),
        )


@dataclass(frozen=True, eq=False)
class ParsedDocument:
    """A document as the rules see it. ``verbs`` are (kind, start token, end token) of
    reporting verbs ("VERB") and "according to"; ``titles`` are job titles ("chief
    executive"); ``topics`` are topic phrases labelled with their topic key; ``noun_cues``
    the tokens of nouns that report speech ("announcement", "denial")."""

    text: str
    doc: Doc
    verbs: list[tuple[str, int, int]]
    titles: list[Span]
    topics: list[Span]
    noun_cues: list[int]


@lru_cache(maxsize=4)
def load_pipeline(gazetteer: Gazetteer) -> Pipeline:
    """The pipeline for a gazetteer, built once per process (building takes ~1 s)."""
    lexicon = load_lexicon()
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("paragraph_breaks")
    nlp.add_pipe("bounded_sentences")
    nlp.max_length = MAX_PARSE_CHARS
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns(
        [
            {"label": actor.kind, "pattern": name, "id": actor.key}
            for actor in gazetteer.actors
            for name in actor.names
        ]
    )
    verbs = PhraseMatcher(nlp.vocab, attr="LOWER")
    verbs.add("VERB", list(nlp.tokenizer.pipe(sorted(lexicon.verb_lemmas))))
    verbs.add(ACCORDING_TO, [nlp.make_doc("according to")])
    titles = PhraseMatcher(nlp.vocab, attr="LOWER")
    titles.add("TITLE", list(nlp.tokenizer.pipe(lexicon.titles)))
    topics = PhraseMatcher(nlp.vocab, attr="LOWER")
    for topic in gazetteer.topics:
        topics.add(topic.key, list(nlp.tokenizer.pipe(topic.phrases)))
    noun_cues = PhraseMatcher(nlp.vocab, attr="LOWER")
    noun_cues.add("NOUN_CUE", list(nlp.tokenizer.pipe(sorted(lexicon.noun_cues))))
    return Pipeline(
        nlp=nlp, verbs=verbs, titles=titles, topics=topics, noun_cues=noun_cues, lexicon=lexicon
    )


WRAPPED_LINE_ENDS = frozenset({",", ";", "-", "—", "–", "(", "“", "‘"})


@Language.component("paragraph_breaks")
def mark_paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence after a blank line and after a line break that ends a line of its
    own (headlines and list items have no full stop), but not at a line break inside a
    sentence (hard-wrapped text); let a sentence that opens with a quote mark start at
    the mark: the sentencizer leaves it at the end of the sentence before; and go on past
    a full stop inside brackets when a lower-case word follows them or their comma
    ("Sen. Ann Lee (D-Vt.) said ...", "said Ann Lee (D-Vt.), a backer ...").

    spaCy keeps line breaks in whitespace tokens, so the token after each one starts a line.
    """
    is_space = doc.to_array([IS_SPACE])
    starts = sentence_starts(doc)
    for index in numpy.flatnonzero(is_space[:-1]):
        if "\n" in doc[index].text and not is_space[index + 1]:
            if not wraps_line(doc, index):
                starts[index + 1] = 1
    for index in numpy.flatnonzero(starts[2:] == 1) + 2:
        if doc[index - 1].text in (")", ",") and doc[index].is_lower:
            starts[index] = -1
            continue
        mark = doc[index - 1]
        if (
            mark.text in OPENING_MARKS
            and not mark.whitespace_
            and (doc[index - 2].whitespace_ or doc[index - 2].is_space)
        ):
            starts[index - 1] = 1
            starts[index] = -1
    return set_sentence_starts(doc, starts)


def sentence_starts(doc: Doc) -> numpy.ndarray:
    """Each token's sentence start as spaCy keeps it: 1 starts a sentence, -1 does not."""
    return doc.to_array([SENT_START]).view(numpy.int64).copy()


def set_sentence_starts(doc: Doc, starts: numpy.ndarray) -> Doc:
    """Write ``starts`` back in one pass: setting ``token.is_sent_start`` one token at a time
    checks the whole document each time, which made long documents quadratic."""
    doc.from_array([SENT_START], starts.view(numpy.uint64))
    return doc


@Language.component("bounded_sentences")
def bound_sentence_length(doc: Doc) -> Doc:
    """Start a sentence every ``MAX_SENTENCE_TOKENS`` tokens of a longer one, so a line
    without full stops (a table, a transcript, hostile input) costs time linear in its length."""
    starts = sentence_starts(doc)
    if not len(starts):
        return doc
    starts[0] = 1
    bounds = numpy.append(numpy.flatnonzero(starts == 1), len(doc))
    for index in numpy.flatnonzero(numpy.diff(bounds) > MAX_SENTENCE_TOKENS):
        starts[bounds[index] + MAX_SENTENCE_TOKENS : bounds[index + 1] : MAX_SENTENCE_TOKENS] = 1
    return set_sentence_starts(doc, starts)


def wraps_line(doc: Doc, index: int) -> bool:
    """Whether the line break at space token ``index`` only wraps a sentence: a single
    break, after a word that cannot end one (a comma, "the") or before a lower-case word."""
    if doc[index].text.count("\n") > 1 or index == 0:
        return False
    before, after = doc[index - 1], doc[index + 1]
    if before.text in WRAPPED_LINE_ENDS or after.text[:1].islower():
        return True
    return before.is_stop and before.text.islower()
