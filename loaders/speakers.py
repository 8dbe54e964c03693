"""Who speaks: the speaker of a reporting cue, found in the words around it.

Before the cue: a name, a pronoun (resolved to the last person or organisation named),
the author ("I" outside quotes), a noun phrase ("the company", "a Boeing spokesman"), or
the name before an apposition. After it: '..., said Smith', 'according to X'. For a
participle or a second verb: the subject of the clause it hangs on.
"""

from __future__ import annotations

import bisect

from spacy.tokens import Doc
from spacy.tokens import Span as TokenSpan

from graph.model import Actor, Span, actor_key
from loaders.actors import DocumentActors, Mention, after_place_preposition
from loaders.genders import PRONOUN_GENDERS, Gender
from loaders.nlp import Pipeline
from loaders.speech_positions import OPENING_ASIDE_REACH, capitalised_run_start
from loaders.subjects import AUXILIARIES, RELATIVE_PRONOUNS, subject_phrase_start

OPENING_QUOTES = frozenset({"“", '"', "``"})
CLOSING_QUOTES = frozenset({"”", '"', "''"})
INVERSION_MARKS = CLOSING_QUOTES | {","}
PERSON_PRONOUNS = frozenset({"he", "she"})
ARTICLES = frozenset({"the", "a", "an"})
QUANTIFIERS = frozenset(
    {"several", "many", "some", "most", "few", "two", "three", "four", "dozens", "other"}
)
"""Words before a name that make it a group of its members ("several Republicans")."""
PHRASE_ADJECTIVES = frozenset({"former", "top", "first", "last", "various"})
"""Stop words that describe a speaker inside its noun phrase ("two former aides", "top
rural lawmakers")."""
GROUP_PRONOUNS = frozenset({"it", "they"})
SHARE_WORDS = frozenset({"some", "many", "others", "another", "most", "several", "few"})
"""Words that speak alone for a share of people ("Some said", "Others argued")."""
APPROXIMATORS = frozenset(
    {
        "about",
        "nearly",
        "almost",
        "roughly",
        "some",
        "more",
        "than",
        "fewer",
        "less",
        "over",
        "just",
        "only",
        "yet",
        "around",
    }
)
"""Words before a share that only say how large it is ("More than six in 10", "Yet another")."""
CLAUSE_OPENING_WORDS = frozenset({"and", "but", "while", "though", "although"})
POSSESSIVE_MARKS = frozenset({"'s", "’s"})
ORGANISATION_KINDS = frozenset({"organization", "government_body", "media"})
POSTMODIFIER_PREPOSITIONS = frozenset({"on", "of", "from", "at", "for", "with", "in"})
SOURCE_REACH = 12
TITLE_REACH = 6
EVIDENCE_REACH = 25
DESCRIPTION_WORDS = 3
APPOSITION_REACH = 10
OPENING_REACH = 10
DESCRIPTION_REACH = 8
DESCRIPTION_OPENERS = frozenset(
    {"a", "an", "one", "another", "the", "his", "her", "their", "its", "two", "three", "several"}
)
"""Words that open a description of a speaker after an inverted verb ('said an aide')."""
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


Speaker = tuple[str | None, TokenSpan, float]


STOP_WORD_VERBS = frozenset(
    {
        "became",
        "become",
        "becomes",
        "made",
        "make",
        "makes",
        "gave",
        "give",
        "gives",
        "did",
        "does",
        "went",
        "goes",
        "got",
        "gets",
        "kept",
        "keeps",
        "moved",
        "moves",
        "saw",
        "sees",
        "seemed",
        "seems",
        "showed",
        "shows",
        "used",
        "took",
        "takes",
        "put",
        "puts",
    }
)
"""Verbs that spaCy counts as stop words ("became", "made", "did") but that, after a name,
are its verb as surely as any other ("Ann Lee became a delegate and said ...")."""


def is_verb_like(token) -> bool:
    """A lowercase content word: after a name, most likely its verb."""
    if not token.is_alpha or not token.text[:1].islower():
        return False
    return not token.is_stop or token.lower_ in STOP_WORD_VERBS


class SpeakerRules:
    """Speaker rules over one document; ``ClaimFinder`` supplies the attributes."""

    doc: Doc
    pipeline: Pipeline
    actors: DocumentActors
    author_key: str | None
    date_tokens: frozenset[int]
    quotes: list[tuple[int, int]]
    titles: set[int]
    title_ends: set[int]
    title_spans: list[tuple[int, int]]
    genders: dict[str, Gender]

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
        inner = [m for m in self.actors.mentions_starting_in(start, end) if m.end <= end]
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
        if mention is not None and mention.start > sentence.start:
            if doc[mention.start - 1].lower_ in QUANTIFIERS:
                span = doc[mention.start - 1 : mention.end]
                return self.group_speaker(span), span, 0.6
        if mention is not None and mention.start >= sentence.start:
            found = mention.key, doc[mention.start : mention.end], 0.9
            return self.postmodified_speaker(found, sentence) or found
        pronoun = self.pronoun_speaker(left - 1)
        if pronoun is not None:
            return pronoun
        found = self.noun_speaker(left - 1, sentence)
        if found is None:
            return self.share_speaker(left - 1, sentence)
        return self.postmodified_speaker(found, sentence) or found

    def share_speaker(self, index: int, sentence: TokenSpan) -> tuple | None:
        """ "Some said", "Yet another said", "Two in three said", "About 46 percent
        said": a share of people, ending at token ``index`` and opening its clause,
        speaks; it names no actor, so its words are the mention and the speaker is
        unknown."""
        doc = self.doc
        token = doc[index]
        if token.lower_ in SHARE_WORDS:
            start = index
        elif (
            token.lower_ in ("percent", "%") and index > sentence.start and doc[index - 1].like_num
        ):
            start = index - 1
        elif (
            token.like_num
            and index - 2 >= sentence.start
            and doc[index - 1].lower_ == "in"
            and doc[index - 2].like_num
        ):
            start = index - 2
        else:
            return None
        while start > sentence.start and doc[start - 1].lower_ in APPROXIMATORS:
            start -= 1
        previous = doc[start - 1] if start > sentence.start else None
        if previous is not None and not (
            previous.is_punct or previous.lower_ in CLAUSE_OPENING_WORDS
        ):
            return None
        return None, doc[start : index + 1], 0.5

    def postmodified_speaker(self, found: tuple, sentence: TokenSpan) -> tuple | None:
        """ "Several Republicans on the committee said", "Jim Olsen of Ohio said", "a
        spokesman for Orbis said": the phrase before the verb only completes the speaker
        named before its preposition. A person named there speaks; a noun phrase speaks for
        the organisation the phrase names, if any."""
        doc = self.doc
        key, span, resolution = found
        preposition = span.start - 1
        if preposition - 1 < sentence.start or doc[preposition].lower_ not in (
            POSTMODIFIER_PREPOSITIONS
        ):
            return None
        named = self.actors.ending_at.get(preposition)
        if named is not None and named.start >= sentence.start:
            if self.actors.actors[named.key].kind != "person":
                return None
            return named.key, doc[named.start : span.end], resolution
        outer = self.noun_speaker(preposition - 1, sentence)
        if outer is None:
            return None
        organisation = key is not None and self.actors.actors[key].kind in ORGANISATION_KINDS
        return (key if organisation else outer[0]), doc[outer[1].start : span.end], outer[2]

    def described_speaker(self, left: int, sentence: TokenSpan) -> tuple | None:
        """ "top black lawmakers", "Those close to him", "an architect who": a subject that
        only describes the speaker; the actor is one it names, or the antecedent of "who"."""
        verbs = self.pipeline.lexicon.verb_lemmas
        start = subject_phrase_start(self.doc, left, sentence.start, verbs)
        if start is None:
            return None
        start = self.relative_clause_head(start, sentence)
        span = self.doc[start:left]
        inner = [m for m in self.actors.mentions_starting_in(start, left) if m.end <= left]
        if inner:
            return self.named_within(inner[-1]), span, 0.5
        antecedent = self.relative_antecedent(start) if span.text.lower() == "who" else None
        if antecedent is not None:
            return antecedent.key, span, 0.5
        return None, span, 0.4

    def relative_clause_head(self, start: int, sentence: TokenSpan) -> int:
        """Where a subject starts whose words from ``start`` are a relative clause on a
        noun before it ("Lawyers who reviewed the case said"): at that noun's phrase;
        else ``start``."""
        doc = self.doc
        if start - 2 < sentence.start or doc[start - 1].lower_ not in ("who", "that"):
            return start
        head = doc[start - 2]
        if not head.is_alpha or head.is_stop:
            return start
        verbs = self.pipeline.lexicon.verb_lemmas
        opening = subject_phrase_start(doc, start - 1, sentence.start, verbs)
        return start if opening is None else opening

    def relative_speaker(self, who: int) -> tuple | None:
        """ "Harbor Bank, which reported that ...": "who" or "which" speaks for the name
        right before it."""
        antecedent = self.relative_antecedent(who)
        return None if antecedent is None else (antecedent.key, self.doc[who : who + 1], 0.6)

    def relative_antecedent(self, who: int) -> Mention | None:
        """The name "who" at token ``who`` stands for: the one right before it, with or
        without a comma ("the plan was backed by Ola Berg, who said ...")."""
        if who > 0 and self.doc[who - 1].text == ",":
            return self.actors.ending_at.get(who - 1)
        return self.actors.ending_at.get(who)

    def appositive_speaker(self, comma: int, sentence: TokenSpan) -> tuple | None:
        """ "the senator from Ohio, Jim Smith, said": a person named alone between the commas
        speaks; "Patrick McHenry, a senior member of ..., asked": the name before the comma
        that opens the apposition."""
        doc = self.doc
        opening = self.opening_subject(comma, sentence)
        if opening is not None:
            return opening.key, doc[opening.start : opening.end], 0.85
        named = self.actors.ending_at.get(comma)
        if named is not None and self.named_between_commas(named, sentence):
            return named.key, doc[named.start : named.end], 0.85
        place: int | None = None
        for i in range(comma - 1, max(sentence.start, comma - 30), -1):
            if doc[i].text != ",":
                continue
            name_end = self.before_brackets(i, sentence)
            mention = self.actors.ending_at.get(name_end)
            name_start = (
                mention.start if mention is not None else capitalised_run_start(doc, name_end)
            )
            if sentence.start <= name_start < name_end and after_place_preposition(
                doc, name_start, name_end
            ):
                place = name_start if place is None else place
                continue
            if mention is not None and mention.start >= sentence.start:
                if place is None or self.actors.actors[mention.key].kind == "person":
                    return mention.key, doc[mention.start : mention.end], 0.85
            if place is None:
                break
        if place is not None:
            return self.noun_before_place(place, sentence)
        mention = self.actors.ending_at.get(comma)
        if mention is not None and mention.start > sentence.start:
            opening_start = self.phrase_start(mention.start, sentence)
            if (
                opening_start > sentence.start
                and doc[opening_start - 1].text == ","
                and not after_place_preposition(doc, mention.start, mention.end)
            ):
                return mention.key, doc[mention.start : mention.end], 0.8
        return self.opening_phrase_before_aside(comma, sentence)

    def opening_phrase_before_aside(self, comma: int, sentence: TokenSpan) -> tuple | None:
        """ "The two lawmakers, however, argue that ...", "Senior officials, for their part,
        said ...": a noun phrase opening the sentence with a determiner or ending in a
        speaker noun, then an aside between commas up to the verb; the phrase speaks."""
        doc = self.doc
        first = next((t.i for t in doc[sentence.start : comma] if t.text == ","), None)
        if first is None or first - sentence.start > APPOSITION_REACH:
            return None
        if comma - first > OPENING_ASIDE_REACH:
            return None
        aside = doc[first + 1 : comma]
        if any(token.text in OPENING_QUOTES | CLOSING_QUOTES | {";"} for token in aside):
            return None
        found = self.noun_speaker(first - 1, sentence)
        if found is None or doc[sentence.start].lower_ in DETERMINERS:
            return found
        head = doc[first - 1].lower_ in self.pipeline.lexicon.speaker_noun_kinds
        opening = doc[sentence.start]
        return found if head and found[1].start == opening.i and not opening.is_stop else None

    def named_between_commas(self, named: Mention, sentence: TokenSpan) -> bool:
        """Whether a person's name, alone or the last of names joined by "and", stands
        between two commas ("the senator from Ohio, Jim Smith, said", "two members
        from Ohio, Ann Lee and Jim Smith, said"): they speak, not what the commas follow."""
        doc = self.doc
        while self.actors.actors[named.key].kind == "person" and named.start > sentence.start:
            previous = doc[named.start - 1]
            if previous.text == ",":
                return True
            before = self.actors.ending_at.get(named.start - 1)
            if previous.lower_ != "and" or before is None or before.start < sentence.start:
                return False
            named = before
        return False

    def noun_before_place(self, place: int, sentence: TokenSpan) -> tuple | None:
        """ "a woman in Worcester, Massachusetts, told him": the noun phrase that a place
        (at token ``place``) completes speaks, not the place."""
        preposition = place - 1
        if preposition <= sentence.start:
            return None
        return self.noun_speaker(preposition - 1, sentence)

    def opening_subject(self, comma: int, sentence: TokenSpan) -> Mention | None:
        """The name that opens the sentence (after its titles) and a comma, when an aside
        runs from there to the comma before the verb ("Ines Kovac, speaking in Dayton,
        Ohio, on Monday, said", "Mayor Ines Kovac, during a visit to ..., said"): the
        aside's own commas set off places and times, never a new subject."""
        doc = self.doc
        mention = next(
            (m for m in self.actors.mentions_starting_in(sentence.start, sentence.start + 4)),
            None,
        )
        if mention is None or self.phrase_start(mention.start, sentence) != sentence.start:
            return None
        if mention.end >= comma or doc[mention.end].text != ",":
            return None
        if comma - mention.end > OPENING_ASIDE_REACH:
            return None
        aside = doc[mention.end + 1 : comma]
        if any(
            token.text in OPENING_QUOTES | CLOSING_QUOTES or token.text == ";" for token in aside
        ):
            return None
        return mention

    def before_brackets(self, index: int, sentence: TokenSpan) -> int:
        """Where a name ends that a short aside in brackets follows ("Rep. Ann Lowe
        (D-Ohio), ..."): the opening bracket, else ``index`` itself."""
        doc = self.doc
        if index - 1 <= sentence.start or doc[index - 1].text != ")":
            return index
        for i in range(index - 2, max(sentence.start, index - 8), -1):
            if doc[i].text == "(":
                return i
        return index

    def pronoun_speaker(self, index: int, lower: str | None = None) -> tuple | None:
        """The speaker a pronoun at ``index`` stands for; ``lower`` reads a possessive as
        its subject pronoun ("his" as "he")."""
        token = self.doc[index]
        lower = lower or token.lower_
        span = self.doc[index : index + 1]
        if lower == "i" and not self.in_quote(token.idx):
            return self.author_key, span, 0.8
        if lower in PERSON_PRONOUNS:
            other_gender = frozenset(
                key for key, gender in self.genders.items() if gender != PRONOUN_GENDERS[lower]
            )
            latest = self.actors.latest_mention(index, frozenset({"person"}), other_gender)
            reporter = self.previous_reporter(latest, other_gender, token.idx)
            if reporter is not None:
                return reporter, span, 0.7
            return (latest.key if latest else None), span, 0.7
        if lower in GROUP_PRONOUNS:
            latest = self.actors.latest_mention(index, ORGANISATION_KINDS)
            return (latest.key if latest and lower == "it" else None), span, 0.6
        if lower == "we" and not self.in_quote(token.idx):
            return None, span, 0.4
        return None

    def previous_reporter(
        self, latest: Mention | None, other_gender: frozenset[str], pronoun: int
    ) -> str | None:
        """The speaker of the claim before, when the person named last is only named inside
        what that speaker said and the pronoun at character ``pronoun`` stands after it
        ("Ada Brook said Tom Hale had lied. She added ..."): a pronoun continues the
        reporter, not someone the report is about."""
        last = getattr(self, "last_claim", None)
        if latest is None or last is None or last.speaker in (None, latest.key):
            return None
        if pronoun < last.content_end:
            return None
        if self.actors.actors[last.speaker].kind != "person" or last.speaker in other_gender:
            return None
        named = self.doc[latest.start].idx
        return last.speaker if last.content_start <= named < last.content_end else None

    def noun_speaker(self, index: int, sentence: TokenSpan) -> tuple | None:
        """ "the company", "a Boeing spokesman", "industry analysts"."""
        doc, nouns = self.doc, self.pipeline.lexicon.speaker_noun_kinds
        head = doc[index]
        if head.lower_ not in nouns and not (head.is_alpha and not head.is_stop):
            return None
        start = index
        while start > sentence.start and index - start < 5:
            previous = doc[start - 1]
            if previous.text in POSSESSIVE_MARKS:
                start -= 1
                continue
            if previous.is_punct and previous.text != "-":
                break
            if previous.lower_ in DETERMINERS:
                start -= 1
                break
            if previous.is_stop and not previous.text[:1].isupper():
                if previous.lower_ not in PHRASE_ADJECTIVES:
                    break
            start -= 1
        span = doc[start : index + 1]
        if head.lower_ not in nouns and not self.bounded_phrase(start, sentence):
            return None
        inner = [m for m in self.actors.mentions_starting_in(start, index) if m.end <= index]
        if inner:
            return self.named_within(inner[-1]), span, 0.6
        if nouns.get(head.lower_) == "organization" and start < index:
            latest = self.actors.latest_mention(start, ORGANISATION_KINDS)
            return (latest.key if latest else None), span, 0.5
        if nouns.get(head.lower_) == "group":
            return self.group_speaker(span), span, 0.5
        return None, span, 0.5

    def named_within(self, mention: Mention) -> str | None:
        """The actor a speaker's phrase names: the one it speaks for ("a Boeing
        spokesman", "Orbis's chief"), but never a person it belongs to ("Tom Hale's
        lawyer" is not Tom Hale)."""
        owner = mention.end < len(self.doc) and self.doc[mention.end].text in POSSESSIVE_MARKS
        if owner and self.actors.actors[mention.key].kind == "person":
            return None
        return mention.key

    def group_speaker(self, span: TokenSpan) -> str:
        """The key of the group that ``span`` names ("analysts", "several Republicans"):
        an actor of kind ``group`` that only this document knows (the graph gives it an
        id of its own document), the same for the same words throughout the document."""
        words = span[1:] if span[0].lower_ in ARTICLES and len(span) > 1 else span
        name = words.text
        key = actor_key(name)
        group = self.actors.actors.setdefault(key, Actor(key, name, "group"))
        if group.kind != "group":
            return key
        mention = Span(span.start_char, span.end_char, span.text)
        if mention not in group.mentions:
            group.mentions.append(mention)
        return key

    def bounded_phrase(self, start: int, sentence: TokenSpan) -> bool:
        """A determiner phrase that stands alone as a clause's subject ("Another 19 percent
        said", '"...," the New York businessman said'), so its head needs no word list."""
        doc = self.doc
        if doc[start].lower_ not in DETERMINERS:
            return False
        return start == sentence.start or doc[start - 1].text in INVERSION_MARKS

    def speaker_after(self, index: int, sentence: TokenSpan) -> tuple | None:
        """'..., said Smith' and 'according to the company': the speaker after the cue. A
        noun after a preposition ('revealed at the company's fair') is no speaker. Words
        before a title and a person's name ('said State Senator Ana Ruiz', 'said Orbis
        CEO Ann Lee') belong to the person's mention: the person speaks."""
        doc = self.doc
        if index >= sentence.end:
            return None
        mention: Mention | None = self.actors.starting_at.get(index)
        if mention is None and doc[index].lower_ in ("the", "a"):
            mention = self.actors.starting_at.get(index + 1)
        if mention is not None and mention.end in self.titles:
            titled = self.titled_name_after(mention.end, sentence)
            if titled is not None and self.actors.actors[titled.key].kind == "person":
                return titled.key, doc[index : titled.end], 0.8
        if mention is not None:
            return mention.key, doc[mention.start : mention.end], 0.85
        mention = self.titled_name_after(index, sentence)
        if mention is not None:
            return mention.key, doc[index : mention.end], 0.8
        if doc[index].lower_ in PERSON_PRONOUNS | GROUP_PRONOUNS:
            return self.pronoun_speaker(index) if self.closes_clause(index + 1, sentence) else None
        bare_name = self.bare_name_after(index, sentence)
        if bare_name is not None:
            return bare_name
        end = index
        while end < sentence.end and end - index < 6 and not doc[end].is_punct:
            if doc[end].lower_ in POSTMODIFIER_PREPOSITIONS:
                return None
            if doc[end].lower_ in self.pipeline.lexicon.speaker_noun_kinds:
                return self.noun_speaker(end, sentence)
            end += 1
        return None

    def closes_clause(self, index: int, sentence: TokenSpan) -> bool:
        """Whether the clause ends at token ``index``: '"...," said he.' ends with its
        pronoun, while in "..., said he would go" the pronoun opens what was said."""
        return index >= sentence.end or self.doc[index].is_punct

    def described_after(self, index: int, sentence: TokenSpan) -> tuple | None:
        """'"...," said an Ohio Democrat', '..., said the 46-year-old', '..., said his
        oldest friend, Tom Hale': a description after an inverted verb, up to the end of
        the clause or a relative pronoun, is the speaker; a person named right after it
        in apposition is who it describes. Words with an auxiliary ('said the plan would
        fail') are a clause, what was said, not who said it."""
        doc = self.doc
        if index >= sentence.end or doc[index].lower_ not in DESCRIPTION_OPENERS:
            return None
        end = index + 1
        while end < sentence.end and end - index < DESCRIPTION_REACH:
            token = doc[end]
            if (token.is_punct and token.text != "-") or token.lower_ in RELATIVE_PRONOUNS:
                break
            if end in self.date_tokens or token.lower_ in AUXILIARIES:
                return None
            end += 1
        if end - index < 2 or end - index >= DESCRIPTION_REACH:
            return None
        named = self.actors.starting_at.get(end + 1) if end < sentence.end else None
        if (
            named is not None
            and doc[end].text == ","
            and self.actors.actors[named.key].kind == "person"
        ):
            return named.key, doc[named.start : named.end], 0.6
        inner = [m for m in self.actors.mentions_starting_in(index, end) if m.end <= end]
        span = doc[index:end]
        if inner:
            return inner[-1].key, span, 0.5
        return None, span, 0.5

    def bare_name_after(self, index: int, sentence: TokenSpan) -> tuple | None:
        """'"...," said Joseph, who has four children.': one capitalised word closing the
        inverted reporting clause names its speaker even when it is not a known actor."""
        doc = self.doc
        token = doc[index]
        if not token.is_alpha or not token.text[:1].isupper() or token.is_stop:
            return None
        following = doc[index + 1] if index + 1 < sentence.end else None
        if following is not None and following.text not in (",", ".", ";"):
            return None
        return None, doc[index : index + 1], 0.5

    def titled_name_after(self, index: int, sentence: TokenSpan) -> Mention | None:
        """The name after titles and honorifics: '..., said Rep. Ann Lee', '..., said
        Oversight Chairman Jason Chaffetz', '..., said the Rev. Peter Wherry'."""
        doc, honorifics = self.doc, self.pipeline.lexicon.honorifics
        described = False
        for i in range(index, min(index + TITLE_REACH, sentence.end)):
            mention = self.actors.starting_at.get(i)
            if mention is not None and i > index:
                return (
                    None if described and not self.ends_clause(mention.end, sentence) else mention
                )
            token = doc[i]
            if not (
                token.lower_ in honorifics
                or token.lower_ in ("the", "a")
                or token.text[:1].isupper()
                or any(start <= i < end for start, end in self.title_spans)
            ):
                if not self.describing_word(token):
                    return None
                described = True
        return None

    def describing_word(self, token) -> bool:
        """A lower-case word of a description before a name ('..., said flood widow Ann
        Lee', '..., said 9/11 widow Ann Lee'): no function word and no verb."""
        if token.like_num or (token.is_alpha and token.text.islower() and not token.is_stop):
            return token.lower_ not in self.pipeline.lexicon.verb_lemmas
        return "/" in token.text and any(character.isdigit() for character in token.text)

    def ends_clause(self, index: int, sentence: TokenSpan) -> bool:
        """Whether the reporting clause may end at token ``index``: at the sentence's end,
        a punctuation mark, or a phrase or clause on the name ("of Ohio", "who ...")."""
        if self.closes_clause(index, sentence):
            return True
        return self.doc[index].lower_ in RELATIVE_PRONOUNS | POSTMODIFIER_PREPOSITIONS

    def clause_subject(self, verb: int, sentence: TokenSpan) -> tuple | None:
        """The subject of the clause a participle or a second verb hangs on ("Boeing
        protested, saying ...", "Citing costs, Airbus announced ..."): the last named actor
        before the verb that stands before a verb-like word, else the first after it."""
        doc, skip = self.doc, self.pipeline.lexicon.skip_words
        subjects = []
        for mention in self.actors.mentions_starting_in(sentence.start, sentence.end):
            following = self.past_apposition(mention, sentence)
            while following < sentence.end and (
                doc[following].lower_ in skip
                or doc[following].lower_ in AUXILIARIES
                or following in self.date_tokens
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
        return self.opening_noun_subject(verb, sentence)

    def past_apposition(self, mention: Mention, sentence: TokenSpan) -> int:
        """Where the words after a name go on past an apposition: "Tom Bale, a doctor,
        then ...", "The airline's chief, Tom Bale, defended ..."; else the name's end."""
        doc, end = self.doc, mention.end
        if end >= sentence.end or doc[end].text != ",":
            return end
        if mention.start > sentence.start and doc[mention.start - 1].text == ",":
            return end + 1
        for index in range(end + 1, min(sentence.end, end + APPOSITION_REACH)):
            if doc[index].text == ",":
                return index + 1 if index > end + 1 else end
            if doc[index].is_punct:
                return end
        return end

    def opening_noun_subject(self, verb: int, sentence: TokenSpan) -> tuple | None:
        """A common noun that opens the sentence as its subject ("A federal judge has
        rejected the request, saying ..."): a speaker noun followed by a verb."""
        doc, lexicon = self.doc, self.pipeline.lexicon
        opening = self.past_opening_phrase(verb, sentence)
        for index in range(opening, min(opening + TITLE_REACH, verb - 1)):
            token = doc[index]
            if token.is_punct:
                return None
            if token.lower_ not in lexicon.speaker_noun_kinds:
                continue
            if self.verb_follows(index + 1, verb):
                return self.noun_speaker(index, sentence)
        return None

    def verb_follows(self, index: int, stop: int) -> bool:
        """Whether a verb-like word stands at token ``index``, past skip words and
        auxiliaries, before ``stop``: what makes the words before it a subject."""
        doc, skipped = self.doc, self.pipeline.lexicon.skip_words | AUXILIARIES
        while index < stop and doc[index].lower_ in skipped:
            index += 1
        return index < stop and is_verb_like(doc[index])

    def past_opening_phrase(self, verb: int, sentence: TokenSpan) -> int:
        """Where the clause starts after an opening phrase of place, time or occasion and
        its comma ("In his speech, the minister ..."); the sentence start when there is
        none."""
        doc = self.doc
        if doc[sentence.start].lower_ not in self.pipeline.lexicon.clause_openers:
            return sentence.start
        for index in range(sentence.start + 1, min(verb, sentence.start + OPENING_REACH)):
            if doc[index].text == ",":
                return index + 1
            if doc[index].is_punct:
                break
        return sentence.start

    def evidence_subject(self, left: int, sentence: TokenSpan) -> tuple | None:
        """A record opening the sentence that speaks through "shows" or "found", with
        words between it and the verb ("A 2014 study that appeared in a journal found",
        "The latest poll released Friday shows", "Video of the arrest shows")."""
        doc, nouns = self.doc, self.pipeline.lexicon.evidence_nouns
        if left - sentence.start > EVIDENCE_REACH:
            return None
        opening = doc[sentence.start]
        if not (
            opening.lower_ in DETERMINERS | nouns
            or sentence.start in self.actors.starting_at
            or opening.is_digit
        ):
            return None
        for index in range(sentence.start, min(sentence.start + TITLE_REACH, left)):
            token = doc[index]
            if token.is_punct and token.text != "-":
                return None
            if token.lower_ in AUXILIARIES or (
                token.text[:1].islower() and token.lower_ in self.pipeline.lexicon.verb_lemmas
            ):
                return None
            if token.lower_ in nouns:
                inner = self.actors.mentions_starting_in(sentence.start, index)
                return (inner[0].key if inner else None), doc[sentence.start : left], 0.5
        return None

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

    def description_start(self, start: int, sentence: TokenSpan) -> int:
        """Where a speaker's phrase starts when lower-case words describe the name after a
        comma or a quote ('..., retired judge Lena Olsen said'): at the description, so that
        the reporting clause is seen to close the sentence; else ``phrase_start``."""
        start = self.phrase_start(start, sentence)
        index = start
        while index > sentence.start and start - index < DESCRIPTION_WORDS:
            previous = self.doc[index - 1]
            if previous.text in INVERSION_MARKS:
                return index if index < start else start
            stop = previous.is_stop and previous.lower_ not in PHRASE_ADJECTIVES
            if not previous.is_alpha or stop or not previous.text.islower():
                return start
            if previous.lower_ in self.pipeline.lexicon.verb_lemmas:
                return start
            index -= 1
        return start

    def in_quote(self, char: int) -> bool:
        """Whether ``char`` lies inside a quote; ``quotes`` are sorted and never overlap,
        so only the last one opening before ``char`` can hold it."""
        index = bisect.bisect_left(self.quotes, (char,)) - 1
        return index >= 0 and char < self.quotes[index][1]
