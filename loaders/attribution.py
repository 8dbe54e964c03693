"""Who said what: claims from reporting verbs, "according to", quotes and speaker colons.

Each reporting verb the Matcher finds is tried as a speech act: its speaker is the name,
pronoun or noun phrase just before it (past adverbs and an apposition) or, inverted,
just after it ('..., said Smith'); its content is the clause after it ("said that ...")
or, when the reporting clause closes the sentence, the quote or clause before it.
A verb with no speaker is not a claim, except a first-person one outside quotes, which
is the author's.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Doc
from spacy.tokens import Span as TokenSpan

from loaders.actors import DocumentActors, Mention, after_place_preposition
from loaders.contents import (
    COORDINATORS,
    LEAD_IN_WORDS,
    LISTENER_PRONOUNS,
    SHORT_CONTENT,
    Content,
    ContentRules,
)
from loaders.genders import person_genders
from loaders.nlp import ACCORDING_TO, ParsedDocument, Pipeline, inflect_verb
from loaders.noun_cues import NounCueRules
from loaders.quotes import SIGNED_QUOTE, find_quotes
from loaders.reported_reports import without_reported_reports
from loaders.speakers import (
    DETERMINERS,
    GROUP_PRONOUNS,
    INVERSION_MARKS,
    OPENING_QUOTES,
    PERSON_PRONOUNS,
    SpeakerRules,
)
from loaders.speech_positions import PROGRESSIVE, skip_to_subject
from loaders.subjects import AUXILIARIES, RELATIVE_PRONOUNS

CALL_PARTICLES = frozenset({"in", "into", "back", "off"})
FLOATING_QUANTIFIERS = frozenset({"both", "all"})
NEGATIONS = frozenset({"not", "n't", "never", "nt"})
QUOTE_BONUS = 0.05
FREE_RELATIVE_WEIGHT = 0.6
SHORT_CLAIM_CHARS = 60
SHORT_CLAIM_WEIGHT = 0.8
FRAGMENT_CHARS = 30
"""Under this a content is weighed down twice: it is more often a fragment than a claim."""
LONG_QUOTE_CHARS = 120
LONG_QUOTE_BONUS = 0.1
NOUN_SPEAKER_BONUS = 0.2
OPENING_PREPOSITIONS = frozenset(
    {
        "among",
        "since",
        "over",
        "about",
        "for",
        "amid",
        "despite",
        "under",
        "shortly",
        "early",
        "within",
        "just",
    }
)
"""Words besides the lead-in words that open a phrase of time, place or occasion."""
OPENING_PHRASE_WORDS = 10
"""Words at most in such a phrase before its comma ("Over the course of a long night,")."""
BARE_THING_WORDS = 3
"""Words at most in the bare thing that "deny ... to" withholds ("class-action status")."""
NOUN_PHRASE_DETERMINERS = frozenset({"a", "an", "the", "any", "his", "their", "its", "our", "my"})
PASSIVE_WITHOUT_OBJECT = frozenset(
    {"accuse", "blame", "praise", "criticize", "tell", "inform", "remind", "urge", "quote"}
)
"""Verbs that always take an object when active: their past form with a preposition
right after it ("The man accused of theft", "She was told by aides") is a passive, whose
subject is the one spoken about or to, never the speaker."""
PASSIVE_PREPOSITIONS = frozenset({"of", "for", "by", "with"})
LEADING_WORDS = frozenset({"after", "before", "in", "while", "since", "when", "upon", "by"})
"""Words of time or means before a participle that opens a sentence ("After saying ...")."""
LEADING_REACH = 30
LEADING_STRENGTH = 0.9
"""A participle's report before its subject is a little less sure than a finite verb's."""
ASPECT_VERBS = frozenset(
    {"continue", "continues", "continued", "began", "begins", "started", "starts", "proceeded"}
)
"""Verbs of going on or starting that take "to" and a cue: "continued to argue that"."""
GOING_FORMS = frozenset({"went", "goes", "go"})
"""Forms of "go" in "went on to say"."""
ASPECT_PASTS = frozenset({"continued", "began", "started", "proceeded", "went"})
MODALS = frozenset({"will", "would", "could", "may", "might", "can", "should", "must"})


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
    mode: str = "said"
    past: bool = False
    """Whether the cue is in the past tense ("said", "laid out"): the speech is over."""


@dataclass(frozen=True)
class FoundSpeaker:
    """A speaker found for a verb, with how the reporting clause is ordered: inverted
    ('"...," said Smith'), opening with the verb ("Said Smith: ..."), or a participle
    ("..., saying that ...")."""

    speaker: tuple
    left: int
    participle: bool
    inverted: bool = False
    opening_inversion: bool = False


def claim_confidence(resolution: float, cue_strength: float, quoted: bool) -> float:
    """How much a claim can be trusted, from how its speaker was resolved (a name beside
    the verb surely, a pronoun or a description less), how surely its cue reports speech
    and whether the words are quoted."""
    value = resolution * cue_strength + (QUOTE_BONUS if quoted else 0.0)
    return round(min(1.0, max(0.0, value)), 2)


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
            claims.extend(finder.coordinated_speakers(claim))
            if not reported_within(claim, finder.last_claim):
                finder.last_claim = claim
    for index in parsed.noun_cues:
        claim = finder.noun_cue(index)
        if claim is not None:
            claims.append(claim)
    claims.extend(finder.colon_lines())
    claims.extend(finder.dash_lines())
    claims = without_reported_reports(claims)
    for claim in claims:
        claim.confidence = content_evidence(claim, pipeline.lexicon.speaker_noun_kinds)
    return claims


def reported_within(claim: RawClaim, last: RawClaim | None) -> bool:
    """Whether ``claim`` is told inside the content of ``last`` ("May said the country
    would declare ... and suggested ..."): the speaker a later verb continues is still
    the teller's, not the one inside the telling."""
    if last is None or claim.speaker_span is None:
        return False
    return last.content_start <= claim.speaker_span.start_char < last.content_end


def content_evidence(claim: RawClaim, speaker_nouns: dict[str, str]) -> float:
    """The claim's confidence weighed by what it holds: a short content is often a
    fragment the rules cut wrongly, a long quotation is surely someone's words, and a
    speaker named by a common noun before the cue ("the agency said", "officials said")
    stands where the grammar puts it, unlike a resolved pronoun. On the development
    documents contents under 40 characters are right 0.61 of the time, the rest 0.85-0.92."""
    value = claim.confidence
    length = claim.content_end - claim.content_start
    if length < SHORT_CLAIM_CHARS:
        value *= SHORT_CLAIM_WEIGHT
    if length < FRAGMENT_CHARS:
        value *= SHORT_CLAIM_WEIGHT
    if claim.quote is not None and length >= LONG_QUOTE_CHARS:
        value += LONG_QUOTE_BONUS
    span = claim.speaker_span
    if span is not None and span[-1].text[:1].islower() and span[-1].lower_ in speaker_nouns:
        value += NOUN_SPEAKER_BONUS
    return round(min(1.0, max(0.0, value)), 2)


@dataclass
class ClaimFinder(SpeakerRules, ContentRules, NounCueRules):
    doc: Doc
    pipeline: Pipeline
    actors: DocumentActors
    author_key: str | None
    date_tokens: frozenset[int]
    parsed: ParsedDocument

    def __post_init__(self) -> None:
        self.last_claim: RawClaim | None = None
        self.text = self.parsed.text
        self.quotes = find_quotes(self.text)
        titles = self.parsed.titles
        self.titles = {span.start for span in titles}
        self.title_ends = {span.end for span in titles}
        self.title_spans = [(span.start, span.end) for span in titles]
        self.genders = person_genders(self.actors, self.pipeline.lexicon)
        self.verb_starts = frozenset(
            start for kind, start, _ in self.parsed.verbs if kind != ACCORDING_TO
        )
        # Words that open a phrase of time, place or occasion; a determiner opens a subject.
        openers = LEAD_IN_WORDS | OPENING_PREPOSITIONS | self.pipeline.lexicon.clause_openers
        self.phrase_openers = openers - DETERMINERS

    def verb(self, start: int, end: int) -> RawClaim | None:
        """The claim of the reporting verb at tokens ``[start, end)``, in named steps:
        is it a report at all, who speaks, what was said, and how sure that is."""
        token = self.doc[start]
        sentence = token.sent
        cue = " ".join(self.doc[index].lower_ for index in range(start, end))
        lemma = self.pipeline.lexicon.verb_lemmas[cue]
        previous = self.doc[start - 1].lower_ if start > 0 else ""
        if previous == "as" and token.lower_ == "saying":
            return self.quoted_speaker(start, end, sentence)
        if lemma == "put it":
            return self.as_put_it(start, end, sentence)
        if not self.reports_speech(start, end, lemma, sentence):
            return None
        leading = self.leading_participle(start, end, lemma, sentence)
        if leading is not None:
            return leading
        opening = self.aspect_start(start, sentence)
        found = self.verb_speaker(opening, end, lemma, sentence)
        if found is None or not self.speaks_through(found.speaker, start, lemma):
            return None
        named_only = self.in_free_relative(found)
        if named_only and lemma != "call":
            return None
        content = self.verb_content(found, start, end, lemma, sentence)
        if content is None:
            return None
        key, span, resolution = found.speaker
        content_start, content_end, quote = content
        mode = self.mode_of(lemma, start, content_start)
        strength = self.cue_strength(lemma) * (FREE_RELATIVE_WEIGHT if named_only else 1.0)
        confidence = claim_confidence(resolution, strength, quote is not None)
        past = token.lower_ in self.pipeline.lexicon.past_forms or (
            self.doc[opening].lower_ in ASPECT_PASTS
        )
        return RawClaim(
            key, span, lemma, content_start, content_end, sentence, quote, confidence, mode, past
        )

    def reports_speech(self, start: int, end: int, lemma: str, sentence: TokenSpan) -> bool:
        """Whether the verb is used as a report: not a noun ("the claim"), not an
        infinitive ("refused to say"), not negated ("did not say whether"), not a belief
        in something ("believe in"), not inside a quote, not a capitalised word mid-sentence."""
        doc, lexicon = self.doc, self.pipeline.lexicon
        token = doc[start]
        previous = doc[start - 1].lower_ if start > 0 else ""
        following = doc[end].lower_ if end < len(doc) else ""
        if self.in_quote(token.idx):
            return False
        opening = self.aspect_start(start, sentence)
        if previous == "to" and opening == start:
            return False
        after_determiner = previous in DETERMINERS - FLOATING_QUANTIFIERS
        if after_determiner and not self.contracted_auxiliary(start):
            return False
        if lemma in lexicon.not_reporting_gerunds and token.lower_.endswith("ing"):
            return False
        if lemma == "quote" and self.quoted_as_saying(end) is not None:
            return False
        if token.text[:1].isupper() and start != sentence.start:
            if lemma != "say" or not self.headline(sentence):
                return False
        if end < sentence.end and following in AUXILIARIES:
            return False
        if self.thinks_of(start):
            return False
        if lemma == "point" and following not in ("out", "to"):
            return False
        if lemma == "call" and following in CALL_PARTICLES:
            return False
        if lemma == "ask" and following in NEGATIONS:
            return False
        if lemma == "add" and following == "to" and self.adds_to_a_sum(end, sentence):
            return False
        if lemma in PASSIVE_WITHOUT_OBJECT and following in PASSIVE_PREPOSITIONS:
            if token.lower_ in lexicon.past_forms:
                return False
        return not self.negated(opening, sentence)

    def leading_participle(
        self, start: int, end: int, lemma: str, sentence: TokenSpan
    ) -> RawClaim | None:
        """ "After saying that the pier was safe, Ann Lee left": a participle after a word
        of time or means that opens the sentence says what runs to the comma, and its
        speaker is the subject named or a pronoun right after that comma."""
        doc = self.doc
        if start != sentence.start + 1 or doc[sentence.start].lower_ not in LEADING_WORDS:
            return None
        if not doc[start].lower_.endswith("ing"):
            return None
        comma = next(
            (t.i for t in doc[end : min(sentence.end, end + LEADING_REACH)] if t.text == ","), None
        )
        if comma is None or comma + 2 >= sentence.end:
            return None
        speaker = self.subject_after_comma(comma + 1, sentence)
        content = self.content_after(end, lemma, sentence)
        if speaker is None or content is None or content[2] is not None:
            return None
        content_end = min(content[1], doc[comma].idx)
        if content_end <= content[0]:
            return None
        return self.speech_claim(
            speaker, lemma, (content[0], content_end, None), sentence, LEADING_STRENGTH
        )

    def subject_after_comma(self, index: int, sentence: TokenSpan) -> tuple | None:
        """The subject that opens the clause at token ``index``: a name (titles first) or
        "he", "she" or "they", with a verb after it."""
        doc = self.doc
        mention = self.actors.starting_at.get(index) or self.titled_name_after(index, sentence)
        if mention is not None:
            following = mention.end
            found = mention.key, doc[index : mention.end], 0.7
        elif doc[index].lower_ in PERSON_PRONOUNS | {"they"}:
            following = index + 1
            found = self.pronoun_speaker(index)
        else:
            return None
        return found if self.verb_follows(following, sentence.end) else None

    def aspect_start(self, start: int, sentence: TokenSpan) -> int:
        """Where a verb of going on or starting stands before "to" and the cue ("went on to
        say", "continued to argue", "began to question"): the speaker and any negation
        stand before it, and it tells the report as surely as the cue alone. Else
        ``start``."""
        doc, to = self.doc, start - 1
        if to - 1 < sentence.start or doc[to].lower_ != "to":
            return start
        verb = doc[to - 1].lower_
        if verb in ASPECT_VERBS:
            return to - 1
        if verb == "on" and to - 2 >= sentence.start and doc[to - 2].lower_ in GOING_FORMS:
            return to - 2
        return start

    def adds_to_a_sum(self, end: int, sentence: TokenSpan) -> bool:
        """ "adding to her lead", "adds to the drama": "add to" and a lower-case word is a
        sum, no speech; '"...," Lee added to Reuters' tells a listener."""
        after = end + 1
        return after < sentence.end and self.doc[after].text[:1].islower()

    def contracted_auxiliary(self, start: int) -> bool:
        """ "She's claiming that ...", "who's called for ...": after a pronoun, "'s" is
        "is" or "has", not the possessive of "Lee's claim". After "it" only before an
        -ing form: "it's said that" is a passive with no speaker."""
        doc = self.doc
        if start < 2 or doc[start - 1].lower_ not in ("'s", "’s"):
            return False
        subject = doc[start - 2].lower_
        if doc[start].lower_.endswith("ing"):
            return subject in PERSON_PRONOUNS | GROUP_PRONOUNS | {"who"}
        return subject in PERSON_PRONOUNS | {"who"}

    def negated(self, start: int, sentence: TokenSpan) -> bool:
        """ "did not say", "has never said", "didn't confirm": not saying is no claim."""
        index = start
        while index > sentence.start and index - start > -4:
            previous = self.doc[index - 1]
            if previous.lower_ in NEGATIONS:
                return True
            if not self.pipeline.lexicon.may_stand_between(previous):
                return False
            index -= 1
        return False

    def verb_speaker(
        self, start: int, end: int, lemma: str, sentence: TokenSpan
    ) -> FoundSpeaker | None:
        """Who speaks through the verb, and how the reporting clause is ordered."""
        doc, lexicon = self.doc, self.pipeline.lexicon
        token = doc[start]
        previous = doc[start - 1].lower_ if start > 0 else ""
        gerund = (
            token.lower_.endswith("ing") and self.progressive_auxiliary(start, sentence) is None
        )
        verb_start = start - 1 if self.contracted_auxiliary(start) else start
        left = skip_to_subject(
            doc,
            self.past_progressive(verb_start, sentence),
            sentence.start,
            lexicon,
            self.date_tokens,
        )
        participle = gerund and left > sentence.start and doc[left - 1].lower_ in (",", "by")
        coordinated = previous == "and" or self.coordinated_report(left, start, sentence)
        speaker = None
        if participle or coordinated:
            speaker = self.same_speaker(sentence) or (
                self.clause_subject(start, sentence) if participle else None
            )
        if not gerund or self.absolute_subject(left, sentence):
            speaker = speaker or self.speaker_before(left, sentence)
        if (
            speaker is None
            and not participle
            and left > sentence.start
            and doc[left - 1].text in INVERSION_MARKS
        ):
            speaker = self.speaker_after(end, sentence) or self.described_after(end, sentence)
            if speaker is not None:
                return FoundSpeaker(speaker, left, participle, inverted=True)
        if speaker is None and start == sentence.start and self.after_closing_quote(start):
            speaker = self.speaker_after(end, sentence)
            if speaker is not None:
                return FoundSpeaker(speaker, left, participle, inverted=True)
        elif speaker is None and start == sentence.start and token.text in ("Said", "Says"):
            speaker = self.speaker_after(end, sentence)
            if speaker is not None:
                return FoundSpeaker(speaker, left, participle, opening_inversion=True)
        if speaker is None and (token.lower_.endswith("ing") or previous == "," or coordinated):
            speaker = self.clause_subject(start, sentence)
        relative = left > sentence.start and doc[left - 1].lower_ in RELATIVE_PRONOUNS
        if speaker is None and not gerund and relative:
            speaker = self.relative_speaker(left - 1)
        that_clause = end < sentence.end and doc[end].lower_ == "that"
        if speaker is None and not gerund and (lemma in lexicon.description_verbs or that_clause):
            speaker = self.described_speaker(left, sentence)
        if lemma in lexicon.evidence_verbs and (
            speaker is None or speaker[1][-1].lower_ not in lexicon.evidence_nouns
        ):
            speaker = self.evidence_subject(left, sentence)
        return None if speaker is None else FoundSpeaker(speaker, left, participle)

    def coordinated_report(self, left: int, start: int, sentence: TokenSpan) -> bool:
        """ "X agreed, but also contended that ...": a verb joined to the clause before by
        "and" or "but" past adverbs. After a modal ("but would add $8 billion") it tells
        what may come, not what was said."""
        doc = self.doc
        if left <= sentence.start or doc[left - 1].lower_ not in COORDINATORS:
            return False
        return not any(token.lower_ in MODALS for token in doc[left:start])

    def in_free_relative(self, found: FoundSpeaker) -> bool:
        """ "the gap between what the mayor says the plan costs and ...": a report inside
        "what X says" names what was said without saying it. "What X calls Y" does say
        Y, but news annotators seldom count it, so its claim is kept less sure."""
        span = found.speaker[1]
        if found.inverted or span.start == 0:
            return False
        return self.doc[self.phrase_start(span.start, span.sent) - 1].lower_ == "what"

    def speaks_through(self, speaker: tuple, start: int, lemma: str) -> bool:
        """A verb whose bare and -s forms are also nouns ("calls", "reports") reports only
        after a name, a pronoun, a speaker noun or a "who" that stands for a name
        ("Ann Lee, who cites the figures, ...")."""
        lexicon = self.pipeline.lexicon
        token = self.doc[start]
        if token.lower_ not in inflect_verb(lemma)[:2] or lemma not in lexicon.noun_like_verbs:
            return True
        span = speaker[1]
        mention = self.actors.starting_at.get(span.start)
        named = (mention is not None and mention.end == span.end) or span[-1].lower_ in (
            PERSON_PRONOUNS | GROUP_PRONOUNS | {"i", "we", "you"}
        )
        relative = speaker[0] is not None and span.text.lower() in ("who", "which")
        return named or relative or span[-1].lower_ in lexicon.speaker_noun_kinds

    def verb_content(
        self, found: FoundSpeaker, start: int, end: int, lemma: str, sentence: TokenSpan
    ) -> Content | None:
        """What was said: after the verb ("said that ..."), or before the reporting clause
        when it closes the sentence ('"...," she said.'), or the question that follows."""
        span = found.speaker[1]
        inverted = found.inverted
        speaker_end = span.end if inverted or found.opening_inversion else end
        after = self.content_after(speaker_end, lemma, sentence)
        before_speaker = (
            self.description_start(span.start, sentence) if span.start < start else start
        )
        if after is not None and self.only_circumstance(speaker_end, after):
            after = None
        if lemma == "ask" and (after is None or after[1] - after[0] < SHORT_CONTENT):
            question = self.following_question(sentence)
            if question is None and (
                inverted or self.closes_sentence(before_speaker, after, sentence)
            ):
                question = self.content_before(before_speaker, sentence)
            return question or after
        if found.opening_inversion or (
            found.participle and after is not None and after[1] > after[0]
        ):
            return after
        opening_quote = self.opening_quote_before(before_speaker, sentence)
        if (
            not inverted
            and self.doc[sentence.start].lower_ in LEAD_IN_WORDS
            and self.introduces_quote(speaker_end, after)
        ):
            return after
        aside_start = None if inverted else self.parenthetical(before_speaker, end, sentence)
        if aside_start is not None:
            return self.trimmed(aside_start, sentence.end) + (None,)
        that_follows = end < sentence.end and self.doc[end].lower_ == "that"
        if not inverted and self.renames_subject(span, start, after):
            return after
        if inverted or (not that_follows and self.closes_sentence(before_speaker, after, sentence)):
            before = self.content_before(before_speaker, sentence)
            quoted_before = before is not None and before[2] is not None
            if not quoted_before and opening_quote is not None:
                return opening_quote
            if inverted or quoted_before or not self.opening_phrase(sentence, before_speaker, end):
                return before
        if (after is None or after[1] <= after[0]) and opening_quote is not None:
            return opening_quote
        if after is None or after[1] <= after[0]:
            return None
        if lemma in self.pipeline.lexicon.clause_verbs and not (
            self.opens_clause(end, sentence) or self.marked_clause(after)
        ):
            return None
        if lemma in self.pipeline.lexicon.quote_verbs and after[2] is None:
            return None
        if lemma in self.pipeline.lexicon.denying_verbs and self.refusal(end, after, sentence):
            return None
        if span.text.lower() == "who":
            return self.relative_clause_end(span, end, after, sentence)
        return after

    def opening_phrase(self, sentence: TokenSpan, speaker_start: int, verb_end: int) -> bool:
        """Whether the words before the speaker are a phrase of time, place or occasion
        that opens the sentence ("Shortly after the vote, Ann Lee announced ...", "Among
        the bill's critics, Lee called ..."), not a clause that was said: a few words from
        a preposition to the comma, with no auxiliary. A comma after the verb sets the
        reporting clause inside what was said ("To see it, Lee said, one must go")."""
        if verb_end < sentence.end and self.doc[verb_end].text == ",":
            return False
        return self.phrase_before_comma(sentence, speaker_start - 1)

    def phrase_before_comma(self, sentence: TokenSpan, comma: int) -> bool:
        """Whether a few words from a preposition, with no auxiliary, open the sentence up
        to the comma at token ``comma``."""
        doc = self.doc
        words = doc[sentence.start : comma]
        if not len(words) or doc[comma].text != ",":
            return False
        if len(words) > OPENING_PHRASE_WORDS or words[0].lower_ not in self.phrase_openers:
            return False
        return not any(token.lower_ in AUXILIARIES or token.is_punct for token in words)

    def refusal(self, end: int, after: Content, sentence: TokenSpan) -> bool:
        """Whether "deny" after token ``end`` refuses someone something rather than
        denying a statement: a bare thing withheld from someone ("denied access to the
        site", "deny permits to farmers"), a thing only ever granted ("denied bail"), or
        a person and then the thing ("denied them entry", "denied him a second term": a
        denial of a statement has no such second object). A that-clause, a quote or a
        noun phrase with a determiner ("denied any links to ...", "denied the charges")
        stays a denial."""
        if self.opens_clause(end, sentence) or self.marked_clause(after):
            return False
        doc = self.doc
        opening = doc.char_span(after[0], after[1], alignment_mode="expand")
        if opening is None:
            return False
        if opening[0].lower_ in self.pipeline.lexicon.granted_things:
            return True
        if len(opening) < 2:
            return False
        # Object pronouns that can only be the person something is denied to ("her" is
        # left out: it may also be a possessive, "denied her role").
        if opening[0].lower_ in LISTENER_PRONOUNS and self.opens_noun_phrase(opening[1]):
            return True
        words = 0
        for index, token in enumerate(opening):
            if token.lower_ == "to":
                return words > 0 and index + 1 < len(opening)
            if token.text == "-" or (token.is_alpha and token.is_lower and not token.is_stop):
                words += token.is_alpha
                if words > BARE_THING_WORDS:
                    return False
                continue
            return False
        return False

    def opens_noun_phrase(self, token) -> bool:
        """Whether ``token`` opens the thing of "denied them entry" or "denied him a
        seat": a determiner or a thing only ever granted. A content word alone may go
        with the pronoun ("denied them outright", "denied him wrongdoing")."""
        lower = token.lower_
        return lower in NOUN_PHRASE_DETERMINERS or lower in self.pipeline.lexicon.granted_things

    def renames_subject(self, span: TokenSpan, start: int, after: Content | None) -> bool:
        """ "The union's leader, Tom Hale, called for a strike": a name set between commas
        before the verb renames the words before it, which are its subject, not what
        it said; what follows the verb is."""
        doc = self.doc
        if after is None or after[1] <= after[0] or span.start < 2 or span.end >= start:
            return False
        return doc[span.start - 1].text == "," and doc[span.end].text == ","

    def speech_claim(
        self, speaker: tuple, lemma: str, content: Content, sentence: TokenSpan, strength: float
    ) -> RawClaim:
        """The claim of ``speaker`` through a cue of ``lemma``, its evidence weighed by
        ``strength`` besides the cue's own."""
        key, span, resolution = speaker
        start, end, quote = content
        confidence = claim_confidence(
            resolution, self.cue_strength(lemma) * strength, quote is not None
        )
        mode = self.mode_of(lemma, span.start, start)
        return RawClaim(key, span, lemma, start, end, sentence, quote, confidence, mode)

    def mode_of(self, lemma: str, start: int, content_start: int) -> str:
        """said, asked or denied: what kind of speech act the claim reports."""
        lexicon = self.pipeline.lexicon
        if lemma in lexicon.denying_verbs:
            return "denied"
        if lemma in lexicon.asking_verbs:
            return "asked"
        return "said"

    def cue_strength(self, lemma: str) -> float:
        """How surely the cue reports speech: "said" surely, "hopes" or "called" less."""
        return self.pipeline.lexicon.weak_cues.get(lemma, 1.0)

    def as_put_it(self, start: int, end: int, sentence: TokenSpan) -> RawClaim | None:
        """'The deal, as envoy Sofia Marin put it, "is better than nothing."': the speaker
        of "as X put it" said the quote after the aside, or the clause before it."""
        doc = self.doc
        left = skip_to_subject(doc, start, sentence.start, self.pipeline.lexicon, self.date_tokens)
        speaker = self.speaker_before(left, sentence)
        if speaker is None:
            return None
        opening = next(
            (
                index
                for index in range(speaker[1].start, max(sentence.start, speaker[1].start - 6), -1)
                if doc[index - 1].lower_ == "as"
            ),
            None,
        )
        if opening is None or any(token.is_punct for token in doc[opening : speaker[1].start]):
            return None
        following = next((q for q in self.quotes if q[0] >= doc[end - 1].idx), None)
        if following is not None and following[0] < sentence.end_char:
            content = self.quote_content(*following)
        elif opening - 1 > sentence.start and doc[opening - 2].text == ",":
            content = self.trimmed(sentence.start, opening - 2) + (None,)
        else:
            return None
        key, span, resolution = speaker
        confidence = claim_confidence(
            resolution, self.cue_strength("put it"), content[2] is not None
        )
        start_char, end_char, quote = content
        return RawClaim(key, span, "put it", start_char, end_char, sentence, quote, confidence)

    def coordinated_speakers(self, claim: RawClaim) -> list[RawClaim]:
        """ "Harbor Bank and Lakeside Credit said ...": the claim is each one's. Only names
        joined by "and" right before the speaker (and by commas before that one: "A, B and
        C said"), in the same sentence. A single capitalised word inside such a list that
        names no actor ("Harbor Bank, Acme and Lakeside Credit") speaks for nobody but
        keeps the list going."""
        span = claim.speaker_span
        if span is None or claim.speaker is None:
            return []
        others: list[RawClaim] = []
        index = span.start
        listed = False
        while index - 2 >= claim.sentence.start and self.doc[index - 1].lower_ in (
            ("and",) if not (others or listed) else ("and", ",")
        ):
            mention = self.actors.ending_at.get(index - 1)
            if mention is None and self.unnamed_list_item(index - 2, claim.sentence):
                index -= 2
                listed = True
                continue
            if (
                mention is None
                or mention.start < claim.sentence.start
                or after_place_preposition(self.doc, mention.start, mention.end)
            ):
                break
            others.append(
                replace(
                    claim, speaker=mention.key, speaker_span=self.doc[mention.start : mention.end]
                )
            )
            index = mention.start
        return others

    def unnamed_list_item(self, word: int, sentence: TokenSpan) -> bool:
        """Whether token ``word`` is one capitalised word between a comma and the "and" or
        comma after it, within a list of names."""
        doc = self.doc
        token = doc[word]
        return (
            word - 2 >= sentence.start
            and token.is_alpha
            and token.text[:1].isupper()
            and doc[word - 1].text == ","
            and word not in self.actors.starting_at
            and (
                self.actors.ending_at.get(word - 1) is not None
                or self.unnamed_list_item(word - 2, sentence)
            )
        )

    def quoted_as_saying(self, index: int) -> Mention | None:
        """The name in "quoted Djamal as saying" that starts at token ``index``: the
        speaker is the one quoted, not the outlet that quotes."""
        mention = self.actors.starting_at.get(index)
        if mention is None or mention.end + 1 >= len(self.doc):
            return None
        following = self.doc[mention.end : mention.end + 2]
        return mention if [t.lower_ for t in following] == ["as", "saying"] else None

    def quoted_speaker(self, start: int, end: int, sentence: TokenSpan) -> RawClaim | None:
        """ "'...,' Detik.com quoted Djamal as saying": Djamal said the quote before, or the
        clause after when the reporting clause opens the sentence."""
        doc, lexicon = self.doc, self.pipeline.lexicon
        mention = self.actors.ending_at.get(start - 1)
        if mention is None or mention.start == 0:
            return None
        if lexicon.verb_lemmas.get(doc[mention.start - 1].lower_) != "quote":
            return None
        quoting = mention.start - 1
        left = skip_to_subject(doc, quoting, sentence.start, lexicon, self.date_tokens)
        reporter = self.speaker_before(left, sentence)
        before = self.phrase_start(reporter[1].start, sentence) if reporter else quoting
        after = self.content_after(end, "say", sentence)
        if self.closes_sentence(before, after, sentence):
            content = self.content_before(before, sentence)
        else:
            content = after
        if content is None:
            return None
        content_start, content_end, quote = content
        span = doc[mention.start : mention.end]
        return RawClaim(mention.key, span, "say", content_start, content_end, sentence, quote, 0.8)

    def headline(self, sentence: TokenSpan) -> bool:
        """Whether the sentence is a title-case headline ("Museum Will Open, Mayor Says"),
        where a capitalised "Says" is still the reporting verb."""
        words = [token for token in sentence if token.is_alpha and len(token) > 3]
        capitalised = sum(1 for token in words if token.text[:1].isupper())
        return len(words) >= 3 and capitalised >= 0.8 * len(words)

    def past_progressive(self, start: int, sentence: TokenSpan) -> int:
        """Where the auxiliaries of a progressive verb begin ("Fowler is calling for",
        "she has been saying"), so that the speaker is found before them."""
        if not self.doc[start].lower_.endswith("ing"):
            return start
        auxiliary = self.progressive_auxiliary(start, sentence)
        if auxiliary is None:
            return start
        while auxiliary > sentence.start and self.doc[auxiliary - 1].lower_ in PROGRESSIVE:
            auxiliary -= 1
        return auxiliary

    def progressive_auxiliary(self, start: int, sentence: TokenSpan) -> int | None:
        """The "is" or "been" of a progressive verb at ``start``, past adverbs between
        ("is once again questioning"); None for a participle ("..., saying")."""
        lexicon, index = self.pipeline.lexicon, start - 1
        while index > sentence.start and self.doc[index].lower_ not in PROGRESSIVE:
            if not lexicon.may_stand_between(self.doc[index]):
                return None
            index -= 1
        return index if index >= sentence.start and self.doc[index].lower_ in PROGRESSIVE else None

    def same_speaker(self, sentence: TokenSpan) -> tuple | None:
        """The speaker of the claim just found in this sentence: "Smith said ... and
        believes ...", "Smith announced ..., saying ..."."""
        last = self.last_claim
        if last is None or last.sentence.start != sentence.start or last.speaker_span is None:
            return None
        return last.speaker, last.speaker_span, last.confidence - 0.1

    def according_to(self, start: int, end: int) -> RawClaim | None:
        doc = self.doc
        sentence = doc[start].sent
        speaker = self.speaker_after(end, sentence) or self.source_phrase(end, sentence)
        if speaker is None:
            return None
        key, span, confidence = speaker
        opening = start - sentence.start <= 3 and (
            start == sentence.start or doc[start - 1].text == "," or start - 1 in self.verb_starts
        )
        if opening:
            comma = next((t.i for t in doc[span.end : sentence.end] if t.text == ","), span.end - 1)
            content = self.trimmed(comma + 1, sentence.end)
        elif self.set_off(start, span.end, sentence):
            content = self.trimmed(sentence.start, sentence.end)
        else:
            content = self.trimmed(sentence.start, start)
        quote = None
        return RawClaim(key, span, "say", *content, sentence, quote, confidence - 0.1)

    def set_off(self, start: int, end: int, sentence: TokenSpan) -> bool:
        """Whether "according to X" at tokens ``[start, end)`` stands between commas after
        an opening phrase ("Over the long term, according to the agency, costs will
        rise"): what was said runs on both sides of it. After a clause, what follows the
        second comma mostly describes X ("..., according to Ann Lee, a fellow at ...")."""
        doc = self.doc
        return (
            self.phrase_before_comma(sentence, start - 1)
            and end + 1 < sentence.end
            and doc[end].text == ","
            and doc[end + 1].is_alpha
        )

    def colon_lines(self) -> list[RawClaim]:
        """ "WALLACE: Let's start ...", "Smith: We will win": a name opening a line with a
        colon. The author's name before the headline ("Ruth Adler: Why ports matter") is a
        byline, not a claim."""
        claims = []
        for mention in self.actors.mentions:
            doc = self.doc
            if mention.end >= len(doc) or doc[mention.end].text != ":":
                continue
            if mention.key == self.author_key and not self.text[: doc[mention.start].idx].strip():
                continue
            opens_line = doc[mention.start].is_sent_start or (
                mention.start > 0
                and doc[mention.start - 1].is_sent_start
                and doc[mention.start - 1].text in OPENING_QUOTES
            )
            if not opens_line or mention.end - mention.start > 4:
                continue
            span = doc[mention.start : mention.end]
            if not self.names_a_speaker(mention, span):
                continue
            sentence = doc[mention.start].sent
            start = doc[mention.end].idx + 1
            line_end = self.text.find("\n", start)
            end = len(self.text.rstrip()) if line_end < 0 else line_end
            start += len(self.text[start:end]) - len(self.text[start:end].lstrip())
            if not any(character.isalpha() for character in self.text[start:end]):
                continue
            claims.append(RawClaim(mention.key, span, "say", start, end, sentence, None, 0.6))
        return claims

    def names_a_speaker(self, mention: Mention, span: TokenSpan) -> bool:
        """Whether the word before a line's colon names someone who speaks: a label
        ("Breaking:", "Contributing:", "Q:") is one word that is a letter, or that names an
        organisation the text mentions nowhere else."""
        if len(span) > 1:
            return True
        if len(span.text) == 1:
            return False
        actor = self.actors.actors[mention.key]
        return actor.kind == "person" or len(actor.mentions) > 1

    def dash_lines(self) -> list[RawClaim]:
        """'"..." ― Sonya Herridge': a quote signed with a dash, alone on its line."""
        claims = []
        for match in SIGNED_QUOTE.finditer(self.text):
            signature = self.doc.char_span(*match.span("name"), alignment_mode="expand")
            mention = self.actors.starting_at.get(signature.start) if signature else None
            if mention is None:
                continue
            span = self.doc[mention.start : mention.end]
            start, end, quote = self.quote_content(*match.span("quote"))
            claims.append(RawClaim(mention.key, span, "say", start, end, span.sent, quote, 0.7))
        return claims
