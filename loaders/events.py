"""Dated happenings: a sentence that dates an action, with the actors it names.

Kept precise rather than exhaustive: an event needs a date resolved to a day or month
in its sentence and either an actor (or a passive subject) followed by an action verb
("the Politburo conducted ...", "the news was broadcast ..."), or an enumerated dated
item ("The third, April 20th, the theme was ...").
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token
from spacy.tokens import Span as TokenSpan

from graph.model import DateMention, Event, Span
from loaders.actors import DocumentActors
from loaders.dates import date_for_span
from loaders.nlp import ParsedDocument, Pipeline

ORDINALS = frozenset(
    {
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
        "tenth",
        "last",
        "latest",
        "next",
    }
)
PASSIVE_MARKERS = frozenset({"was", "were", "been", "is", "are", "be"})
DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "this", "that"})
INDEFINITE_ARTICLES = frozenset({"a", "an"})
NOUN_PHRASE_REACH = 4
TITLE_STOPS = frozenset(
    {
        "on",
        "in",
        "at",
        "during",
        "after",
        "since",
        "until",
        "when",
        "while",
        "because",
        "and",
        "but",
        "which",
        "who",
        ",",
        ".",
        ";",
        ":",
        "(",
        "—",
    }
)
TITLE_REACH = 8
HEADING_REACH = 8
"""Sentences (list items aside) searched back from a list item for the actor its list is about."""


@dataclass
class EventFinder:
    doc: Doc
    pipeline: Pipeline
    actors: DocumentActors
    dates: list[DateMention]
    parsed: ParsedDocument

    def find_events(self) -> list[Event]:
        self.text = self.parsed.text
        events = []
        for sentence in self.doc.sents:
            date = date_for_span(self.dates, sentence.start_char, sentence.end_char)
            if date is None or date.precision == "year":
                continue
            listed = self.list_item_title(sentence, date)
            title = listed or self.action_title(sentence, date)
            if title is None:
                continue
            participants = self.participants(sentence)
            if listed and not participants:
                participants = self.heading_subject(sentence)
            events.append(
                Event(
                    title=title,
                    passage=Span(sentence.start_char, sentence.end_char, sentence.text),
                    date=date.value,
                    precision=date.precision,
                    date_text=date.span.text,
                    participants=participants,
                )
            )
        return events

    def heading_subject(self, item: TokenSpan) -> list[str]:
        """The participant of a list item that names none: the actor its list is about, named
        first in the nearest sentence before the list that names one ("the Politburo's study
        sessions this year" … "The second, February 23rd, …")."""
        sentences = list(self.doc[: item.start].sents) if item.start else []
        looked = 0
        for sentence in reversed(sentences):
            if self.is_list_item(sentence) or sentence.text.isspace():
                continue
            keys = self.participants(sentence)
            if keys:
                return keys[:1]
            looked += 1
            if looked == HEADING_REACH:
                break
        return []

    @staticmethod
    def is_list_item(sentence: TokenSpan) -> bool:
        return bool(ORDINALS.intersection(token.lower_ for token in sentence[:3]))

    def list_item_title(self, sentence: TokenSpan, date: DateMention) -> str | None:
        """ "The second, February 23rd, the theme is '...'": the quoted theme names it."""
        if not self.is_list_item(sentence):
            return None
        text = self.text
        for opener, closer in (("“", "”"), ('"', '"')):
            start = text.find(opener, date.span.end, sentence.end_char)
            end = text.find(closer, start + 1, sentence.end_char) if start >= 0 else -1
            if start >= 0 and end > start:
                return text[start + 1 : end].strip(" .,")
        after = self.doc.char_span(date.span.end, sentence.end_char, alignment_mode="contract")
        words = [token.text for token in after or [] if not token.is_punct][:TITLE_REACH]
        return " ".join(words) or None

    def action_title(self, sentence: TokenSpan, date: DateMention) -> str | None:
        """Subject + action verb + object, stopping at the date or a preposition."""
        lexicon = self.pipeline.lexicon
        for token in sentence:
            lower = token.lower_
            if not token.is_alpha or token.text[:1].isupper():
                continue
            if lower in lexicon.verb_lemmas and not self.acts_on_a_thing(token, sentence):
                continue
            if lower not in lexicon.event_verbs and not (lower.endswith("ed") and len(lower) > 4):
                continue
            if date.span.start <= token.idx < date.span.end:
                continue
            subject_start = self.subject_start(token.i, sentence)
            if subject_start is None:
                continue
            end = token.i + 1
            while end < sentence.end and end - token.i <= TITLE_REACH:
                following = self.doc[end]
                if following.lower_ in TITLE_STOPS or following.idx >= date.span.start > token.idx:
                    break
                end += 1
            return self.doc[subject_start:end].text
        return None

    def acts_on_a_thing(self, verb: Token, sentence: TokenSpan) -> bool:
        """A reporting verb is an act, not speech, when its object is a thing: "declared an
        emergency", "announced a ban" (not "announced that ...")."""
        following = verb.i + 1
        return following < sentence.end and self.doc[following].lower_ in INDEFINITE_ARTICLES

    def subject_start(self, verb: int, sentence: TokenSpan) -> int | None:
        """Where the subject of the verb at ``verb`` starts: an actor just before it, or the
        clause start of a passive ("The news was broadcast")."""
        skip = self.pipeline.lexicon.skip_words
        left = verb
        passive = False
        while left > sentence.start and (
            self.doc[left - 1].lower_ in skip or self.doc[left - 1].lower_ in PASSIVE_MARKERS
        ):
            passive = passive or self.doc[left - 1].lower_ in PASSIVE_MARKERS
            left -= 1
        mention = self.actors.ending_at.get(left)
        if mention is not None and mention.start >= sentence.start:
            return mention.start
        clause = max(
            (t.i + 1 for t in sentence if t.text == "," and t.i < left), default=sentence.start
        )
        if passive:
            return clause if clause < left else None
        return clause if self.is_noun_phrase(clause, left) else None

    def is_noun_phrase(self, start: int, end: int) -> bool:
        """A short common-noun subject: a determiner and a few lowercase words ("the
        governor", "the electoral commission")."""
        words = self.doc[start:end]
        return (
            1 < len(words) <= NOUN_PHRASE_REACH
            and words[0].lower_ in DETERMINERS
            and all(token.is_alpha and token.is_lower for token in words[1:])
            and not any(token.lower_ in self.pipeline.lexicon.verb_lemmas for token in words)
        )

    def participants(self, sentence: TokenSpan) -> list[str]:
        keys: list[str] = []
        for mention in self.actors.mentions_starting_in(sentence.start, sentence.end):
            if mention.key not in keys:
                keys.append(mention.key)
        return keys


def find_events(
    parsed: ParsedDocument, pipeline: Pipeline, actors: DocumentActors, dates: list[DateMention]
) -> list[Event]:
    return EventFinder(parsed.doc, pipeline, actors, dates, parsed).find_events()
