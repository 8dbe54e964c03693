"""Who said what: claims from reporting verbs, "according to", quotes and speaker colons.

Each reporting verb the Matcher finds is tried as a speech act: its speaker is the name,
pronoun or noun phrase just before it (past adverbs and an apposition) or, inverted,
just after it ('..., said Smith'); its content is the clause after it ("said that ...")
or, when the reporting clause closes the sentence, the quote or clause before it.
A verb with no speaker is not a claim, except a first-person one outside quotes, which
is the author's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc
from spacy.tokens import Span as TokenSpan

from loaders.actors import DocumentActors, Mention, skip_to_subject
from loaders.nlp import ACCORDING_TO, ParsedDocument, Pipeline

QUOTE_PATTERN = re.compile(
    r"“[^”]{1,3000}”|\"[^\"\n]{1,3000}\"|``(?:(?!'')[^\n]){1,3000}''|''(?:(?!'')[^\n]){1,3000}''"
)
QUOTE_MARKS = "“”\"`'"
SIGNED_QUOTE = re.compile(
    r"^(?P<quote>[“\"”][^\n]+[”\"])[ \t]*[―—–][ \t]*(?P<name>[A-Z][^\n]{1,60}?)[ \t.]*$",
    re.MULTILINE,
)
OPENING_QUOTES = frozenset({"“", '"', "``"})
CLOSING_QUOTES = frozenset({"”", '"', "''"})
INVERSION_MARKS = CLOSING_QUOTES | {","}
PERSON_PRONOUNS = frozenset({"he", "she"})
GROUP_PRONOUNS = frozenset({"it", "they"})
DETERMINERS = frozenset(
    {
        "the",
        "a",
        "an",
        "his",
        "her",
        "its",
        "their",
        "our",
        "this",
        "these",
        "those",
        "that",
        "'s",
        "’s",
        "my",
        "your",
        "some",
        "many",
        "most",
        "two",
        "several",
        "other",
        "another",
        "one",
        "both",
        "all",
        "no",
        "any",
    }
)
PREPOSITIONS = frozenset(
    {
        "in",
        "on",
        "at",
        "during",
        "after",
        "before",
        "to",
        "with",
        "last",
        "this",
        "earlier",
        "late",
        "yesterday",
        "today",
        "recently",
        "while",
        "from",
        "through",
        "over",
        "since",
        "following",
        "later",
        "again",
    }
)
PARTICLES = frozenset({"out", "for", "on", "to", "up"})
RECIPIENT_WORDS = frozenset(
    {
        "me",
        "him",
        "her",
        "them",
        "us",
        "you",
        "reporters",
        "journalists",
        "lawmakers",
        "congress",
        "the",
        "a",
        "an",
        "his",
        "their",
    }
)
PROGRESSIVE = frozenset({"is", "was", "are", "were", "been", "be", "'s", "’s", "'re", "’re"})
SHORT_CONTENT = 30
SOURCE_REACH = 12
QUESTION_REACH = 3
ORGANISATION_KINDS = frozenset({"organization", "government_body", "media"})


@dataclass
class RawClaim:
    """A claim before dating and topic tagging: token and character positions."""

    speaker: str | None
    speaker_span: TokenSpan | None
    verb: str
    content_start: int
    content_end: int
    sentence: TokenSpan
    quote: str | None
    confidence: float


def find_quotes(text: str) -> list[tuple[int, int]]:
    """Character spans of quoted passages, quote marks included."""
    return [match.span() for match in QUOTE_PATTERN.finditer(text)]


def find_raw_claims(
    parsed: ParsedDocument,
    pipeline: Pipeline,
    actors: DocumentActors,
    author_key: str | None,
    date_tokens: frozenset[int],
) -> list[RawClaim]:
    """Claims in document order; ``date_tokens`` are tokens of time expressions, which may
    stand between a speaker and the verb ("the GAO on June 18 called for ...")."""
    finder = ClaimFinder(parsed.doc, pipeline, actors, author_key, date_tokens, parsed)
    claims: list[RawClaim] = []
    for kind, start, end in parsed.verbs:
        claim = finder.according_to(start, end) if kind == ACCORDING_TO else finder.verb(start, end)
        if claim is not None and claim.content_end > claim.content_start:
            claims.append(claim)
    claims.extend(finder.colon_lines())
    claims.extend(finder.dash_lines())
    return claims


def is_verb_like(token) -> bool:
    """A lowercase content word: after a name, most likely its verb."""
    return token.is_alpha and token.text[:1].islower() and not token.is_stop


@dataclass
class ClaimFinder:
    doc: Doc
    pipeline: Pipeline
    actors: DocumentActors
    author_key: str | None
    date_tokens: frozenset[int]
    parsed: ParsedDocument

    def __post_init__(self) -> None:
        self.text = self.parsed.text
        self.quotes = find_quotes(self.text)
        titles = self.parsed.titles
        self.titles = {span.start for span in titles}
        self.title_ends = {span.end for span in titles}

    def verb(self, start: int, end: int) -> RawClaim | None:
        doc, lexicon = self.doc, self.pipeline.lexicon
        token = doc[start]
        previous = doc[start - 1].lower_ if start > 0 else ""
        if previous in ("to",) or previous in DETERMINERS or self.in_quote(token.idx):
            return None
        sentence = token.sent
        if token.text[:1].isupper() and start != sentence.start:
            return None
        lemma = lexicon.verb_lemmas[token.lower_]
        if lemma == "point" and (end >= len(doc) or doc[end].lower_ not in ("out", "to")):
            return None
        left = skip_to_subject(doc, start, sentence.start, lexicon, self.date_tokens)
        gerund = token.lower_.endswith("ing") and previous not in PROGRESSIVE
        participle = gerund and left > sentence.start and doc[left - 1].lower_ in (",", "by")
        speaker = self.clause_subject(start, sentence) if participle else None
        if not gerund or self.absolute_subject(left, sentence):
            speaker = speaker or self.speaker_before(left, sentence)
        inverted = False
        if (
            speaker is None
            and not participle
            and left > sentence.start
            and doc[left - 1].text in INVERSION_MARKS
        ):
            speaker = self.speaker_after(end, sentence)
            inverted = speaker is not None
        if speaker is None and (token.lower_.endswith("ing") or previous in (",", "and")):
            speaker = self.clause_subject(start, sentence)
        if speaker is None:
            return None
        key, span, confidence = speaker
        if lemma in lexicon.evidence_verbs and span[-1].lower_ not in lexicon.evidence_nouns:
            return None
        if token.lower_ in (lemma, lemma + "s") and lemma in lexicon.noun_like_verbs:
            named = span.start in self.actors.starting_at or span[-1].lower_ in (
                PERSON_PRONOUNS | GROUP_PRONOUNS | {"i", "we", "you"}
            )
            if not named and span[-1].lower_ not in lexicon.speaker_noun_kinds:
                return None
        after = self.content_after(end if not inverted else span.end, lemma, sentence)
        before_speaker = self.phrase_start(span.start, sentence) if span.start < start else start
        if lemma == "ask" and (after is None or after[1] - after[0] < SHORT_CONTENT):
            after = self.following_question(sentence) or after
            inverted = False
            content = after
        elif inverted or self.closes_sentence(before_speaker, after, sentence):
            content = self.content_before(before_speaker, sentence)
        else:
            content = after
        if content is None:
            return None
        content_start, content_end, quote = content
        return RawClaim(key, span, lemma, content_start, content_end, sentence, quote, confidence)

    def according_to(self, start: int, end: int) -> RawClaim | None:
        doc = self.doc
        sentence = doc[start].sent
        speaker = self.speaker_after(end, sentence) or self.source_phrase(end, sentence)
        if speaker is None:
            return None
        key, span, confidence = speaker
        opening = start == sentence.start or (
            start == sentence.start + 1 and doc[start - 1].is_alpha
        )
        if opening:
            comma = next((t.i for t in doc[span.end : sentence.end] if t.text == ","), span.end - 1)
            content = self.trimmed(comma + 1, sentence.end)
        else:
            content = self.trimmed(sentence.start, start)
        quote = None
        return RawClaim(key, span, "say", *content, sentence, quote, confidence - 0.1)

    def absolute_subject(self, left: int, sentence: TokenSpan) -> bool:
        """Whether a participle has its own subject: "..., Boeing saying that ...", "with
        analyst David Strauss saying ...", "reports stating that ..."."""
        doc = self.doc
        if left <= sentence.start:
            return False
        if doc[left - 1].lower_ in self.pipeline.lexicon.evidence_nouns:
            return True
        mention = self.actors.ending_at.get(left)
        if mention is None:
            return False
        opening = self.phrase_start(mention.start, sentence)
        return opening > sentence.start and doc[opening - 1].lower_ in (",", "with")

    def source_phrase(self, start: int, sentence: TokenSpan) -> tuple | None:
        """ "according to federal statistics": the phrase up to the next comma is the source,
        whoever it names."""
        doc = self.doc
        end = start
        while end < sentence.end and end - start < SOURCE_REACH and not doc[end].is_punct:
            end += 1
        if end == start:
            return None
        inner = [m for m in self.actors.mentions if start <= m.start and m.end <= end]
        return (inner[0].key if inner else None), doc[start:end], 0.6

    def speaker_before(self, left: int, sentence: TokenSpan) -> tuple | None:
        """The speaker whose mention ends at token ``left``: a name, a pronoun, the author,
        a noun phrase ("the company"), or a name before an apposition."""
        doc = self.doc
        if left <= sentence.start:
            return None
        last = doc[left - 1]
        if last.text == ",":
            return self.appositive_speaker(left - 1, sentence)
        mention = self.actors.ending_at.get(left)
        if mention is not None and mention.start >= sentence.start:
            return mention.key, doc[mention.start : mention.end], 0.9
        return self.pronoun_speaker(left - 1) or self.noun_speaker(left - 1, sentence)

    def appositive_speaker(self, comma: int, sentence: TokenSpan) -> tuple | None:
        """ "Patrick McHenry, a senior member of ..., asked": the name before the comma that
        opens the apposition; "Boeing's chief, Jim Smith, said": the name before this one."""
        doc = self.doc
        for i in range(comma - 1, max(sentence.start, comma - 30), -1):
            if doc[i].text == ",":
                mention = self.actors.ending_at.get(i)
                if mention is not None and mention.start >= sentence.start:
                    return mention.key, doc[mention.start : mention.end], 0.85
                break
        mention = self.actors.ending_at.get(comma)
        if mention is not None and mention.start > sentence.start:
            opening = self.phrase_start(mention.start, sentence)
            if opening > sentence.start and doc[opening - 1].text == ",":
                return mention.key, doc[mention.start : mention.end], 0.8
        return None

    def pronoun_speaker(self, index: int) -> tuple | None:
        token = self.doc[index]
        lower = token.lower_
        span = self.doc[index : index + 1]
        if lower == "i" and not self.in_quote(token.idx):
            return self.author_key, span, 0.8
        if lower in PERSON_PRONOUNS:
            latest = self.actors.latest_mention(index, frozenset({"person"}))
            return (latest.key if latest else None), span, 0.7
        if lower in GROUP_PRONOUNS:
            latest = self.actors.latest_mention(index, ORGANISATION_KINDS)
            return (latest.key if latest and lower == "it" else None), span, 0.6
        if lower == "we" and not self.in_quote(token.idx):
            return None, span, 0.4
        return None

    def noun_speaker(self, index: int, sentence: TokenSpan) -> tuple | None:
        """ "the company", "a Boeing spokesman", "industry analysts"."""
        doc, nouns = self.doc, self.pipeline.lexicon.speaker_noun_kinds
        head = doc[index]
        if head.lower_ not in nouns and not (head.is_alpha and not head.is_stop):
            return None
        start = index
        while start > sentence.start and index - start < 5:
            previous = doc[start - 1]
            if previous.is_punct and previous.text not in ("-", "'s", "’s"):
                break
            if previous.lower_ in DETERMINERS:
                start -= 1
                break
            if previous.is_stop and not previous.text[:1].isupper():
                break
            start -= 1
        span = doc[start : index + 1]
        if head.lower_ not in nouns and not self.bounded_phrase(start, sentence):
            return None
        inner = [m for m in self.actors.mentions if start <= m.start and m.end <= index]
        if inner:
            return inner[-1].key, span, 0.6
        if nouns.get(head.lower_) == "organization" and start < index:
            latest = self.actors.latest_mention(start, ORGANISATION_KINDS)
            return (latest.key if latest else None), span, 0.5
        return None, span, 0.5

    def bounded_phrase(self, start: int, sentence: TokenSpan) -> bool:
        """A determiner phrase that stands alone as a clause's subject ("Another 19 percent
        said", '"...," the New York businessman said'), so its head needs no word list."""
        doc = self.doc
        if doc[start].lower_ not in DETERMINERS:
            return False
        return start == sentence.start or doc[start - 1].text in INVERSION_MARKS

    def speaker_after(self, index: int, sentence: TokenSpan) -> tuple | None:
        """'..., said Smith' and 'according to the company': the speaker after the cue."""
        doc = self.doc
        if index >= sentence.end:
            return None
        mention: Mention | None = self.actors.starting_at.get(index)
        if mention is None and doc[index].lower_ in ("the", "a"):
            mention = self.actors.starting_at.get(index + 1)
        if mention is not None:
            return mention.key, doc[mention.start : mention.end], 0.85
        if doc[index].lower_ in PERSON_PRONOUNS | GROUP_PRONOUNS:
            return self.pronoun_speaker(index)
        end = index
        while end < sentence.end and end - index < 6 and not doc[end].is_punct:
            if doc[end].lower_ in self.pipeline.lexicon.speaker_noun_kinds:
                return self.noun_speaker(end, sentence)
            end += 1
        return None

    def clause_subject(self, verb: int, sentence: TokenSpan) -> tuple | None:
        """The subject of the clause a participle or a second verb hangs on ("Boeing
        protested, saying ...", "Citing costs, Airbus announced ..."): the last named actor
        before the verb that stands before a verb-like word, else the first after it."""
        doc, skip = self.doc, self.pipeline.lexicon.skip_words
        subjects = []
        for mention in self.actors.mentions:
            if not sentence.start <= mention.start < sentence.end:
                continue
            following = mention.end
            while following < sentence.end and (
                doc[following].lower_ in skip or following in self.date_tokens
            ):
                following += 1
            if following < sentence.end and following != verb and is_verb_like(doc[following]):
                subjects.append(mention)
        before = [mention for mention in subjects if mention.end <= verb]
        after = [mention for mention in subjects if mention.start > verb]
        chosen = before[-1] if before else (after[0] if after and verb == sentence.start else None)
        if chosen is not None:
            return chosen.key, doc[chosen.start : chosen.end], 0.6
        if doc[sentence.start].lower_ in PERSON_PRONOUNS | GROUP_PRONOUNS:
            return self.pronoun_speaker(sentence.start)
        return None

    def content_after(self, index: int, lemma: str, sentence: TokenSpan) -> tuple | None:
        doc, lexicon = self.doc, self.pipeline.lexicon
        end = sentence.end
        if index < end and doc[index].lower_ in PARTICLES and lemma in ("point", "call"):
            index += 1
        if index < end and lemma in lexicon.recipient_verbs:
            mention = self.actors.starting_at.get(index)
            if mention is not None:
                index = mention.end
            elif doc[index].lower_ in RECIPIENT_WORDS:
                for i in range(index, min(index + 5, end)):
                    if doc[i].lower_ in ("that", ",", ":") or doc[i].text in OPENING_QUOTES:
                        index = i
                        break
        window = doc[index : min(index + 14, end)]
        that = next((t.i for t in window if t.lower_ == "that"), None)
        if that is not None and that > index and doc[index].lower_ in PREPOSITIONS:
            if not any(t.text == "," or t.text in OPENING_QUOTES for t in doc[index:that]):
                index = that
        while index < end and doc[index].lower_ in ("that", ":", ","):
            index += 1
        if index < end and doc[index].text in OPENING_QUOTES:
            quote = self.quote_at(doc[index].idx)
            if quote is not None:
                return quote[0], quote[1], self.quote_text(quote[0], quote[1])
        for token in doc[index:end]:
            if (
                token.text == ","
                and token.i + 1 < end
                and doc[token.i + 1].lower_
                in ("adding", "saying", "noting", "arguing", "according")
            ):
                end = token.i
                break
        return self.trimmed(index, end) + (None,)

    def content_before(self, index: int, sentence: TokenSpan) -> tuple | None:
        """The quote or clause that a closing reporting clause ('..., he said.') refers to."""
        doc = self.doc
        position = doc[index - 1].idx + len(doc[index - 1].text) if index > 0 else 0
        for start, end in reversed(self.quotes):
            if end <= position and position - end <= 3:
                following = self.following_quote(position, sentence)
                if following is None:
                    return start, end, self.quote_text(start, end)
                quote = f"{self.quote_text(start, end)} {self.quote_text(*following)}"
                return start, following[1], quote
        if index <= sentence.start:
            return None
        start, end = self.trimmed(sentence.start, index)
        return start, end, None

    def following_question(self, sentence: TokenSpan) -> tuple | None:
        """'X asked Y directly.' followed by the question itself, in the same paragraph."""
        doc, end = self.doc, sentence.end
        for _ in range(QUESTION_REACH):
            if end >= len(doc) or "\n" in self.text[sentence.end_char : doc[end].idx]:
                return None
            following = doc[end].sent
            if following.text.rstrip().endswith("?"):
                return doc[sentence.end].idx, following.end_char, None
            end = following.end
        return None

    def following_quote(self, after: int, sentence: TokenSpan) -> tuple[int, int] | None:
        """A quote that resumes right after '"...," he said.' and closes the paragraph."""
        text = self.text
        for start, end in self.quotes:
            if start <= after:
                continue
            if start > sentence.end_char + 3 or "\n" in text[sentence.start_char : start]:
                return None
            rest = text[end : end + 200].lstrip(" ")
            return (start, end) if not rest or rest[0] == "\n" else None
        return None

    def quote_text(self, start: int, end: int) -> str:
        return self.text[start:end].strip(QUOTE_MARKS + ", ")

    def phrase_start(self, start: int, sentence: TokenSpan) -> int:
        """Where a speaker's noun phrase starts, titles included ("Sen. Warren",
        "Washington representative Norm Dicks")."""
        lexicon, doc = self.pipeline.lexicon, self.doc
        floor = max(sentence.start, start - 6)
        while start > floor:
            previous = doc[start - 1]
            if previous.is_punct or previous.is_space:
                break
            if previous.lower_ in lexicon.honorifics or start in self.title_ends:
                start -= 1
            elif previous.lower_ in ("the", "a", "an"):
                start -= 1
                break
            elif previous.text[:1].isupper() and not previous.is_stop:
                start -= 1
            else:
                break
        return start

    def closes_sentence(self, speaker_start: int, after: tuple | None, sentence: TokenSpan) -> bool:
        """Whether the reporting clause follows its content: 'The plan failed, he said.'"""
        doc = self.doc
        if after is not None and after[1] <= after[0]:
            return speaker_start > sentence.start
        if speaker_start <= sentence.start or doc[speaker_start - 1].text not in INVERSION_MARKS:
            return False
        if after is None or doc[speaker_start - 1].text in CLOSING_QUOTES:
            return True
        return after[1] - after[0] < SHORT_CONTENT

    def colon_lines(self) -> list[RawClaim]:
        """ "WALLACE: Let's start ...", "Smith: We will win": a name opening a line with a colon."""
        claims = []
        for mention in self.actors.mentions:
            doc = self.doc
            if mention.end >= len(doc) or doc[mention.end].text != ":":
                continue
            opens_line = doc[mention.start].is_sent_start or (
                mention.start > 0
                and doc[mention.start - 1].is_sent_start
                and doc[mention.start - 1].text in OPENING_QUOTES
            )
            if not opens_line or mention.end - mention.start > 4:
                continue
            sentence = doc[mention.start].sent
            start = doc[mention.end].idx + 1
            line_end = self.text.find("\n", start)
            end = len(self.text.rstrip()) if line_end < 0 else line_end
            start += len(self.text[start:end]) - len(self.text[start:end].lstrip())
            span = doc[mention.start : mention.end]
            claims.append(RawClaim(mention.key, span, "say", start, end, sentence, None, 0.6))
        return claims

    def dash_lines(self) -> list[RawClaim]:
        """'"..." ― Sonya Herridge': a quote signed with a dash, alone on its line."""
        claims = []
        for match in SIGNED_QUOTE.finditer(self.text):
            signature = self.doc.char_span(*match.span("name"), alignment_mode="expand")
            mention = self.actors.starting_at.get(signature.start) if signature else None
            if mention is None:
                continue
            span = self.doc[mention.start : mention.end]
            start, end = match.span("quote")
            quote = self.quote_text(start, end)
            claims.append(RawClaim(mention.key, span, "say", start, end, span.sent, quote, 0.7))
        return claims

    def trimmed(self, start: int, end: int) -> tuple[int, int]:
        """Character span of tokens ``[start, end)`` without edge punctuation."""
        doc = self.doc
        while start < end and doc[start].is_punct and doc[start].text not in OPENING_QUOTES:
            start += 1
        while (
            end > start
            and (doc[end - 1].is_punct or doc[end - 1].is_space)
            and doc[end - 1].text not in ("”", '"', "?")
        ):
            end -= 1
        if start >= end:
            return (0, 0)
        return doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)

    def quote_at(self, char: int) -> tuple[int, int] | None:
        return next(((s, e) for s, e in self.quotes if s == char), None)

    def in_quote(self, char: int) -> bool:
        return any(s < char < e for s, e in self.quotes)
