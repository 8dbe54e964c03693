"""What was said: the content of a reporting cue, found in the words around it.

After the cue: the clause it introduces ("said that ...", "told Bloomberg on Monday that
...", 'said: "..."'), past a listener and past a time expression, which date the speech
act and are not part of what was said. Before it, when the reporting clause closes the
sentence ('"...," he said.', 'The plan failed, officials said.'): the quote or clause
before it. A question asked ("X asked Y directly.") may follow in the next sentence.
"""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.tokens import Span as TokenSpan

from loaders.actors import DocumentActors
from loaders.nlp import Pipeline
from loaders.quotes import QUOTE_MARKS, quote_inside
from loaders.speakers import CLOSING_QUOTES, INVERSION_MARKS, OPENING_QUOTES, is_verb_like
from loaders.subjects import AUXILIARIES, RELATIVE_PRONOUNS

PARTICLES = frozenset({"out", "for", "on", "to", "up"})
OBJECT_PREPOSITIONS = frozenset({"in", "about", "of", "on", "for", "so"})
POSSESSIVE_MARKS = frozenset({"'s", "’s", "'", "’"})
FOLLOWING_CUES = frozenset({"adding", "saying", "noting", "arguing", "according"})
CIRCUMSTANCE_WORDS = frozenset(
    {
        "at",
        "in",
        "on",
        "during",
        "as",
        "while",
        "after",
        "before",
        "when",
        "from",
        "with",
        "outside",
        "inside",
        "near",
        "following",
        "upon",
        "via",
        "through",
        "later",
        "earlier",
    }
)
LEAD_IN_WORDS = CIRCUMSTANCE_WORDS | {"asked", "pressed", "questioned"}
"""First words of a sentence that open a lead-in, not a statement ("Asked about it, ...")."""
QUOTE_CLOSING_PUNCTUATION = ",?!—–"
DESCRIPTION_REACH = 80
COORDINATORS = frozenset({"and", "but"})
CLAUSE_MARKS = frozenset({";", ":", "—", "–", "--"})
"""Marks that end one clause of a sentence and start the next."""
SUBJECT_REACH = 5
SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i"})
LISTENER_PRONOUNS = frozenset({"him", "them", "me", "us"})
LISTENER_OPENERS = frozenset({"the", "a", "an", "his", "her", "their"})
"""Listener words that open a longer phrase; the others ("him", "reporters") are one alone."""
LISTENER_PHRASES = frozenset({"to", "of", "about", "for", "with", "on", "in", "that", ",", ":"})
DEMONSTRATIVES = frozenset({"that", "this", "these", "those"})
SUBJECT_WORDS = frozenset({"he", "she", "they", "it", "we", "i", "the", "a", "an", "his", "her"})
SHORT_CONTENT = 30
LISTENER_REACH = 10
REPORTING_CLAUSE_WORDS = 8
SHORT_REPORTING_CLAUSE = 4
"""Words at most of a bare reporting clause that a quote resumes after with no mark
('"...," she said "..."'), as hurried copy has it."""
QUESTION_REACH = 3
PARENTHETICAL_REACH = 6
SHORT_OPENING_TOKENS = 5
"""Tokens at most, comma included, of an opening phrase of time or place ("By then,")."""
OPENING_PHRASE = 12
"""How long an opening phrase of place or time may run before the speaker ("Meanwhile, in
Toledo, Ohio, on Monday, officials said ...") for the words after the verb to be the content."""
QUOTE_TOKENS = OPENING_QUOTES | CLOSING_QUOTES

Content = tuple[int, int, str | None]


class ContentRules:
    """Content rules over one document; ``ClaimFinder`` supplies the attributes."""

    doc: Doc
    text: str
    pipeline: Pipeline
    actors: DocumentActors
    date_tokens: frozenset[int]
    quotes: list[tuple[int, int]]
    verb_starts: frozenset[int]

    def content_after(self, index: int, lemma: str, sentence: TokenSpan) -> Content | None:
        doc, lexicon = self.doc, self.pipeline.lexicon
        end = sentence.end
        particle = index < end and doc[index].lower_ in PARTICLES and lemma in ("point", "call")
        if particle:
            index += 1
        elif index < end and lemma in lexicon.recipient_verbs:
            listener_end = self.past_listener(index, end)
            named = self.names_as(listener_end, end) or doc[index].lower_ in LISTENER_PRONOUNS
            if not (lemma == "call" and named):
                index = listener_end
        past_time = self.past_time_expression(index, end)
        if past_time is None:
            return None
        index = past_time
        window = doc[index : min(index + 14, end)]
        that = next((t.i for t in window if t.lower_ == "that"), None)
        if that is not None and that > index and doc[index].lower_ in lexicon.clause_openers:
            if self.circumstance_before_that(index, that):
                index = that
        elif doc[index].lower_ in lexicon.clause_openers:
            index = self.past_lead_in(index, window)
        while index < end and doc[index].lower_ in ("that", ":", ","):
            index += 1
        if doc[index - 1].text == ":" and all(token.is_space for token in doc[index:end]):
            paragraph = self.next_paragraph(index - 1, sentence)
            if paragraph is not None:
                return paragraph
        if index < end and doc[index].text in QUOTE_TOKENS:
            quote = self.quote_at(doc[index].idx)
            if quote is not None and not self.clause_goes_on(quote[1], end):
                return self.quote_content(*quote)
        for token in doc[index:end]:
            following = doc[token.i + 1].lower_ if token.i + 1 < end else ""
            if token.text == "," and following in FOLLOWING_CUES:
                end = token.i
                break
            if token.lower_ in COORDINATORS and self.second_report(token.i + 1, end):
                end = token.i
                break
        start_char, end_char = self.trimmed(index, end)
        return start_char, self.past_open_quote(start_char, end_char), None

    def past_open_quote(self, start: int, end: int) -> int:
        """Where a content from ``start`` to its sentence's ``end`` ends when a quote
        opened inside it runs on over more sentences ('said the plan "may fail. We
        should stop."'): at the quote's close, since the quotation is what was said. Not
        when another report stands before the quote ('said that Lee told Fox "...'): the
        quote is that report's."""
        if end <= start:
            return end
        for quote_start, quote_end in self.quotes:
            if quote_start >= end:
                break
            if quote_start >= start and quote_end > end:
                return end if self.reports_between(start, quote_start) else quote_end
        return end

    def reports_between(self, start: int, end: int) -> bool:
        """Whether a reporting verb stands between characters ``start`` and ``end``."""
        tokens = self.doc.char_span(start, end, alignment_mode="expand")
        return tokens is not None and any(token.i in self.verb_starts for token in tokens)

    def relative_clause_end(
        self, who: TokenSpan, verb_end: int, content: Content, sentence: TokenSpan
    ) -> Content | None:
        """'Ann Lee, who has called for lower fares, spoke on Monday': a relative clause on
        the sentence's subject closes at the first comma before a verb, the subject's own,
        and what the clause said ends there. A content found only past that comma (its
        object taken for a listener: "who criticized the mayor, said ...") is the
        subject's, not the clause's: none."""
        doc = self.doc
        start, end, quote = content
        if quote is not None or who.start < 2 or doc[who.start - 1].text != ",":
            return content
        antecedent = self.actors.ending_at.get(who.start - 1)
        if antecedent is None or any(
            not token.text[:1].isupper() for token in doc[sentence.start : antecedent.start]
        ):
            return content
        for index in range(verb_end, sentence.end - 1):
            following = doc[index + 1]
            if doc[index].text == "," and (
                is_verb_like(following)
                or following.lower_ in AUXILIARIES
                or following.i in self.verb_starts
            ):
                if doc[index].idx < start:
                    return None
                tokens = doc.char_span(start, end, alignment_mode="expand")
                return (
                    self.trimmed(tokens.start, index) + (None,) if index < tokens.end else content
                )
        return content

    def parenthetical(self, speaker_start: int, verb_end: int, sentence: TokenSpan) -> int | None:
        """Where what was said starts when the reporting clause stands between commas
        inside it ("The museum, Obama said, would change minds", "It was late, she said,
        and the doors shut", "The cost, he added, is ''absurd''"): what was said is both
        sides, from the start of the clause the first side belongs to
        (``first_side_start``). None when the clause is not such an aside: after an
        opening phrase of place or time ("In a column, two economists urged her to ..."),
        or when the verb has an object before the comma, or when it is the speaker's
        second report ("Ann Lee, 70, said X but added, ..."). Words before the clause
        that are one quote have rules of their own; words and quotes mixed are a side
        like any ('"A truck" hit the fence, he said, and "everyone ran."')."""
        doc, lexicon = self.doc, self.pipeline.lexicon
        if speaker_start <= sentence.start + 1 or doc[speaker_start - 1].text != ",":
            return None
        if sum(index in self.verb_starts for index in range(speaker_start, verb_end)) > 1:
            return None
        first = self.first_side_start(speaker_start - 1, sentence)
        if first is None:
            return None
        if first == sentence.start and speaker_start == sentence.start + 2:
            if self.opening_adverb(sentence):
                return None
        quote = self.quote_at(doc[first].idx)
        if quote is not None and quote[1] >= doc[speaker_start - 1].idx:
            return None
        for index in range(verb_end, min(sentence.end, verb_end + PARENTHETICAL_REACH)):
            token = doc[index]
            if token.text == ",":
                aside = index + 2 < sentence.end and not self.adjunct_follows(index + 1)
                return first if aside else None
            circumstance = index == verb_end and token.lower_ in CIRCUMSTANCE_WORDS
            if circumstance:
                continue
            told = token.lower_ in lexicon.recipient_words or index in self.date_tokens
            if token.is_punct or not (told or doc[verb_end].lower_ in CIRCUMSTANCE_WORDS):
                return None
        return None

    def first_side_start(self, comma: int, sentence: TokenSpan) -> int | None:
        """Where the words before a reporting aside at ``comma`` start: after the last
        clause boundary before them (", and the plan, she said, ...", "; the plan,
        ...") or after an opening phrase of time or place and its comma ("When the storm
        came, the pier, she said, ..."), else at the sentence's start. None when the
        words before the comma are that opening phrase itself ("In a column, two
        economists ...")."""
        doc, lexicon = self.doc, self.pipeline.lexicon
        for index in range(comma - 2, sentence.start, -1):
            token = doc[index]
            if token.text in CLAUSE_MARKS:
                return index + 1
            if token.text == "," and doc[index + 1].lower_ in COORDINATORS:
                return index + 2
        if doc[sentence.start].lower_ not in lexicon.clause_openers | CIRCUMSTANCE_WORDS:
            return sentence.start
        opening_end = next(
            (t.i for t in doc[sentence.start + 1 : comma - 1] if t.text == ","), None
        )
        return None if opening_end is None else opening_end + 1

    def adjunct_follows(self, index: int) -> bool:
        """Whether the words at ``index``, after a reporting clause and its comma, only
        tell how it was said ("..., she said, adding that ...", "..., he said, citing
        ..."), so what was said does not go on there, as it does after a gerund that
        opens a clause ("..., he said, replacing her would be hard")."""
        word = self.doc[index].lower_
        return word in FOLLOWING_CUES or (
            word.endswith("ing") and word in self.pipeline.lexicon.verb_lemmas
        )

    def adjunct_after_comma(self, after: Content) -> bool:
        """Whether the words after the verb are an adjunct set off by a comma right after
        it or its time ("..., she said Friday, adding that ...")."""
        doc = self.doc
        first = doc.char_span(after[0], after[1], alignment_mode="expand")
        if first is None or first.start < 2 or doc[first.start - 1].text != ",":
            return False
        before = doc[first.start - 2]
        said = before.i in self.date_tokens or before.lower_ in self.pipeline.lexicon.verb_lemmas
        return said and self.adjunct_follows(first.start)

    def circumstance_before_that(self, index: int, that: int) -> bool:
        """Whether the words from ``index`` to "that" only tell where or when ("said at a
        rally in Dayton that", "says at a stop in Toledo, Ohio, that"): no quote, and a
        comma only as the one closing them."""
        between = self.doc[index:that]
        if any(token.text in OPENING_QUOTES for token in between):
            return False
        return between[-1].text == "," or not any(token.text == "," for token in between)

    def thinks_of(self, index: int) -> bool:
        """Whether the cue at ``index`` is a thought about something ("thought of the
        days", "believes in"), which reports nothing."""
        lexicon = self.pipeline.lexicon
        if index + 1 >= len(self.doc):
            return False
        lemma = lexicon.verb_lemmas.get(self.doc[index].lower_)
        return lemma in lexicon.cognitive_verbs and self.doc[index + 1].lower_ in (
            OBJECT_PREPOSITIONS
        )

    def clause_goes_on(self, char: int, end: int) -> bool:
        """Whether the clause goes on after a quote that closes at ``char`` ('said that
        "a leak" had closed the road'): then the quote is a part of what was said. A
        second report joined by "and" is no part of it."""
        following = self.doc.char_span(char, char, alignment_mode="expand")
        index = following.start if following is not None else end
        while index < end and self.doc[index].is_space:
            index += 1
        if index >= end or not self.doc[index].is_alpha:
            return False
        coordinated = self.doc[index].lower_ in COORDINATORS
        return not (coordinated and self.second_report(index + 1, end))

    def second_report(self, index: int, end: int) -> bool:
        """Whether a coordinated clause starting at ``index`` is a report of its own ("...
        and he said ...", "... and said she would ..."): then the first content stops."""
        doc, lexicon = self.doc, self.pipeline.lexicon
        limit = min(end, index + SUBJECT_REACH)
        while index < limit:
            if index in self.verb_starts:
                return not self.thinks_of(index)
            token = doc[index]
            if token.is_punct or (
                token.text[:1].islower()
                and not lexicon.may_stand_between(token)
                and token.lower_ not in SUBJECT_WORDS
            ):
                return False
            index += 1
        return False

    def introduces_quote(self, index: int, after: Content | None) -> bool:
        """Whether the quote ``after`` follows the reporting verb ending at ``index`` with
        only a comma or a colon between ('Asked about it, Lee said, "Not now."'): then
        the quote is what was said, not the clause before the reporting clause."""
        if after is None or after[2] is None or index >= len(self.doc):
            return False
        between = self.text[self.doc[index].idx : after[0]]
        return between.strip(" \t" + QUOTE_MARKS) in (",", ":")

    def past_lead_in(self, index: int, window: TokenSpan) -> int:
        """'said in a statement, "..."': a quote after a short lead-in and a comma or a
        colon is what was said, the lead-in is not."""
        for token in window:
            if (token.text in OPENING_QUOTES or token.text == "`") and token.i > index:
                if self.doc[token.i - 1].text in (",", ":"):
                    return token.i
                return index
        return index

    def only_circumstance(self, index: int, after: Content) -> bool:
        """Whether what directly follows the reporting clause only tells where, when or how
        it was said ("said at a conference in Busan", "said as he left"): not what was
        said. After "that" it is ("said that at first ...")."""
        if after[1] <= after[0]:
            return False
        first = self.doc.char_span(after[0], after[1], alignment_mode="expand")
        if first is None or first[0].lower_ not in CIRCUMSTANCE_WORDS:
            return False
        between = self.doc[index : first.start]
        return all(token.i in self.date_tokens or token.is_space for token in between)

    def opening_quote_before(self, speaker_start: int, sentence: TokenSpan) -> Content | None:
        """The quote that opens the sentence and closes with a comma, "?" or "!" before a
        described speaker ('"...," central bank deputy governor Lina Park said')."""
        speaker_char = self.doc[speaker_start].idx
        for start, end in self.quotes:
            if start > speaker_char:
                break
            if end > speaker_char or self.text[sentence.start_char : start].strip():
                continue
            closing = self.text[max(start, end - 3) : end].rstrip("”\"'’ ")
            gap = self.text[end:speaker_char]
            if closing[-1:] in QUOTE_CLOSING_PUNCTUATION and len(gap) < DESCRIPTION_REACH:
                return self.resumed_quote(start, end, sentence)
        return None

    def next_paragraph(self, verb_end: int, sentence: TokenSpan) -> Content | None:
        """'She said:' closing a paragraph, and the quote that opens the next one or else
        the next paragraph: a speech or a post set out as a block."""
        doc = self.doc
        if verb_end >= sentence.end or doc[verb_end].text != ":":
            return None
        if any(not token.is_space for token in doc[verb_end + 1 : sentence.end]):
            return None
        rest = self.text[sentence.end_char :]
        opening = sentence.end_char + len(rest) - len(rest.lstrip())
        quote = self.quote_at(opening)
        if quote is not None:
            return self.quote_content(*quote)
        close = self.text.find("\n", opening)
        paragraph = self.doc.char_span(
            opening, len(self.text) if close < 0 else close, alignment_mode="expand"
        )
        if paragraph is None or not len(paragraph):
            return None
        return self.trimmed(paragraph.start, paragraph.end) + (None,)

    def past_listener(self, index: int, end: int) -> int:
        """Skip the listener of "told", "asked", "urged": a name ("told Bloomberg", "told
        the Harbour Gazette") or a short phrase up to "that", a quote, a time expression
        ("told reporters on Monday that") or the subject pronoun of the clause told."""
        doc, starting_at = self.doc, self.actors.starting_at
        mention = starting_at.get(index)
        if mention is None and doc[index].lower_ in ("the", "a", "an"):
            mention = starting_at.get(index + 1)
        if mention is not None and mention.end < end and doc[mention.end].text in POSSESSIVE_MARKS:
            return self.past_possessive_listener(mention.end, end, index)
        if mention is not None:
            return mention.end
        if doc[index].lower_ not in self.pipeline.lexicon.recipient_words:
            return index
        alone = doc[index].lower_ not in LISTENER_OPENERS
        if alone and self.clause_follows(index + 1, end):
            return index + 1
        for i in range(index, min(index + 6, end)):
            if doc[i].lower_ in ("that", ",", ":") or doc[i].text in OPENING_QUOTES:
                return i
            if i > index and doc[i].lower_ in SUBJECT_PRONOUNS:
                return i
            if i > index and i in self.date_tokens:
                return i
        return index

    def clause_follows(self, index: int, end: int) -> bool:
        """Whether what follows a one-word listener opens the clause told ("told him the
        pier was shut", "told reporters the pier was shut"), not a phrase about it
        ("urged them to leave", "told us about")."""
        if index >= end:
            return False
        word = self.doc[index]
        if word.lower_ in LISTENER_PHRASES | CIRCUMSTANCE_WORDS:
            return False
        return not self.pipeline.lexicon.may_stand_between(word)

    def names_as(self, index: int, end: int) -> bool:
        """Whether a noun phrase or a quote naming the object of "called" follows it
        ('called Lee a fraud', 'called the fares "too high"'): then the object is a part
        of what was said, as news annotators take it."""
        return index < end and (
            self.doc[index].lower_ in ("a", "an", "the") or self.doc[index].text in QUOTE_TOKENS
        )

    def past_possessive_listener(self, mark: int, end: int, index: int) -> int:
        """A listener named with a possessive ("told the station's morning show on Friday
        that"): up to its "that"; without one the possessive phrase is what was said
        ("called the mayor's plan reckless"), so nothing is skipped."""
        for i in range(mark + 1, min(mark + LISTENER_REACH, end)):
            if self.doc[i].lower_ == "that":
                return i
        return index

    def opens_clause(self, index: int, sentence: TokenSpan) -> bool:
        """Whether a clause or a quote starts at ``index``, past a time expression: verbs
        such as "answer" report only then ("answered that ..." but "answered questions")."""
        while index < sentence.end and index in self.date_tokens:
            index += 1
        if index >= sentence.end:
            return False
        token = self.doc[index]
        return token.lower_ in ("that", ":", ",") or token.text in OPENING_QUOTES

    def marked_clause(self, content: Content) -> bool:
        """Whether "that", a colon, a comma or a quote mark opens ``content`` ("wrote in a
        letter that ...", "recalled at the hearing: ..."), as they do a clause and never
        an object ("wrote a letter")."""
        opening = self.doc.char_span(content[0], content[1], alignment_mode="expand")
        if opening is None or opening.start == 0:
            return False
        previous = self.doc[opening.start - 1]
        return previous.lower_ in ("that", ":", ",") or previous.text in OPENING_QUOTES

    def past_time_expression(self, index: int, end: int) -> int | None:
        """Skip a time expression right after the verb or its listener ("said Tuesday
        that", "asked Zuckerberg on Wednesday why"): it dates the speech act. One that
        owns what follows ("said Tuesday's vote was fair") is content; None when the
        time expression closes the clause ("the plan it announced in June, ...")."""
        skipped = index
        while skipped < end and skipped in self.date_tokens:
            skipped += 1
        if skipped == index:
            return index
        if skipped == end:
            return None
        following = self.doc[skipped]
        if following.text in POSSESSIVE_MARKS:
            return index
        if following.text == ":":
            return skipped + 1
        if following.text == "," and skipped + 1 < end:
            return skipped + 1 if self.doc[skipped + 1].text in OPENING_QUOTES else None
        return None if following.is_punct and following.text not in OPENING_QUOTES else skipped

    def content_before(self, index: int, sentence: TokenSpan) -> Content | None:
        """The quote or clause that a closing reporting clause ('..., he said.') refers to."""
        doc = self.doc
        position = doc[index - 1].idx + len(doc[index - 1].text) if index > 0 else 0
        for start, end in reversed(self.quotes):
            if end <= position and position - end <= 3:
                if self.words_before(start, sentence) and not self.following_quote(end, sentence):
                    quote = self.quote_content(start, end)[2]
                    return self.trimmed(sentence.start, index) + (quote,)
                return self.resumed_quote(start, end, sentence)
        if index <= sentence.start:
            return None
        start, end = self.trimmed(sentence.start, index)
        return start, end, None

    def resumed_quote(self, start: int, end: int, sentence: TokenSpan) -> Content:
        """The quote at ``text[start:end]`` as content, joined with the quote that
        resumes it after the reporting clause ('"The tide is turning," she said. "We must
        act now."'), if one does."""
        first = self.quote_content(start, end)
        following = self.following_quote(end, sentence)
        if following is None:
            return first
        second = self.quote_content(*following)
        return first[0], second[1], self.joined_quote(first, second)

    def joined_quote(self, first: Content, second: Content) -> str:
        """Two pieces of one quote split by the reporting clause ('"The tide is turning,"
        she said. "We must act now."'), joined with the punctuation that closed the first
        piece so that they do not run together."""
        closing = self.text[first[1] : first[1] + 3]
        separator = next((mark for mark in closing if mark in ",.;:!?"), "")
        return f"{first[2]}{separator} {second[2]}"

    def words_before(self, char: int, sentence: TokenSpan) -> bool:
        """Whether the sentence has words before ``char``: then a quote ending the clause
        is part of what was said ('Not paying taxes "makes me smart," he said')."""
        return bool(self.text[sentence.start_char : char].strip(" \n\t\xa0" + QUOTE_MARKS))

    def following_question(self, sentence: TokenSpan) -> Content | None:
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
        """A quote that resumes right after '"...," he said.' and either closes the
        paragraph or, after a short reporting clause, closes its own sentences ('"... We
        have the money." She left'), or that is the whole of the next paragraph: a quote
        closed by a comma is another reporting clause's ('"...," Lee said')."""
        text = self.text
        for start, end in self.quotes:
            if start <= after:
                continue
            if "\n" in text[after:start]:
                return (start, end) if self.quote_paragraph(after, start, end) else None
            if start > sentence.end_char + 3 or "\n" in text[sentence.start_char : start]:
                return None
            if not self.resumes_after(text[after:start]):
                continue
            rest = text[end : end + 200].lstrip(" ")
            if not rest or rest[0] == "\n":
                return start, end
            closing = text[start:end].rstrip(QUOTE_MARKS + " ")[-1:]
            clause = text[after:start].count(" ")
            return (start, end) if closing in ".!?" and clause <= REPORTING_CLAUSE_WORDS else None
        return None

    def quote_paragraph(self, after: int, start: int, end: int) -> bool:
        """Whether the quote at ``text[start:end]`` is a paragraph of its own right after
        the paragraph that the reporting clause from ``after`` closes ('"...," she said.'
        and a new paragraph '"..."'): news goes on quoting the last speaker so."""
        text = self.text
        clause, _, gap = text[after:start].partition("\n")
        if gap.strip() or clause.rstrip()[-1:] not in ".!?":
            return False
        rest = text[end:].lstrip(" \t")
        return not rest or rest[0] == "\n"

    def resumes_after(self, clause: str) -> bool:
        """Whether a quote after the reporting ``clause`` may resume what was said: the
        clause ends with a comma, a colon, its sentence, a coordinator after a comma or
        the reporting verb itself ('"...," she said, "..."', '... she said. "..."', '...
        she said, and "..."', '... she said "..."'). A quote inside the clause ('said on
        "Face the Nation" that', 'describing "tubular mixers," the rods') is a title or a
        word quoted, not more of what was said."""
        closing = clause.rstrip().rstrip(QUOTE_MARKS + "’")
        if closing[-1:] in ",:.!?":
            return True
        words = closing.split()
        if len(words) > 1 and words[-1] in COORDINATORS and words[-2].endswith(","):
            return True
        bare = 0 < len(words) <= SHORT_REPORTING_CLAUSE and "," not in closing
        return bare and words[-1].lower() in self.pipeline.lexicon.verb_lemmas

    def quote_content(self, start: int, end: int) -> Content:
        """A quote as content: the words inside its marks, which are also the quote."""
        start, end = quote_inside(self.text, start, end)
        return start, end, self.text[start:end]

    def closes_sentence(
        self, speaker_start: int, after: Content | None, sentence: TokenSpan
    ) -> bool:
        """Whether the reporting clause follows its content: 'The plan failed, he said.'
        One word and a comma before the speaker ("However, Lee said ...") open the
        sentence; they are no content. Words that open the sentence inside a quote ('"I
        am clear. As mayor, I ...," Lee said') are the quote's, not a lead-in."""
        doc = self.doc
        if doc[speaker_start].lower_ in RELATIVE_PRONOUNS:
            return False
        if speaker_start == sentence.start and self.after_closing_quote(speaker_start):
            return True
        if speaker_start <= sentence.start or doc[speaker_start - 1].text not in INVERSION_MARKS:
            return False
        if after is None or after[1] <= after[0] or self.adjunct_after_comma(after):
            return True
        if not self.in_quote(doc[sentence.start].idx):
            if doc[sentence.start].lower_ in LEAD_IN_WORDS:
                return False
            opening = self.past_opening_word(sentence)
            if (
                doc[opening].lower_ in CIRCUMSTANCE_WORDS
                and speaker_start - opening <= OPENING_PHRASE
            ):
                return False
        if speaker_start - sentence.start == 2 and doc[sentence.start].is_alpha:
            return False
        if self.short_opening_phrase(speaker_start, sentence):
            return False
        if doc[speaker_start - 1].text in CLOSING_QUOTES:
            return after[1] - after[0] < SHORT_CONTENT or not self.titles_a_quote(speaker_start)
        return after[1] - after[0] < SHORT_CONTENT

    def short_opening_phrase(self, speaker_start: int, sentence: TokenSpan) -> bool:
        """Whether a few words of time or place and a comma open the sentence before the
        speaker ("By then, Ann Lee said ...", "For now, ..."): they are no content, even
        when what follows the verb is short."""
        doc = self.doc
        if doc[sentence.start].lower_ not in self.pipeline.lexicon.clause_openers | {"for"}:
            return False
        if speaker_start - sentence.start > SHORT_OPENING_TOKENS:
            return False
        return doc[speaker_start - 1].text == "," and not any(
            token.is_punct for token in doc[sentence.start : speaker_start - 1]
        )

    def past_opening_word(self, sentence: TokenSpan) -> int:
        """Where the sentence goes on after one word and a comma that open it
        ("Meanwhile, in Toledo, ...", "Separately, at the hearing, ..."): the token after
        the comma, else the sentence's first token."""
        doc, start = self.doc, sentence.start
        if start + 2 < sentence.end and doc[start].is_alpha and doc[start + 1].text == ",":
            return start + 2
        return start

    def opening_adverb(self, sentence: TokenSpan) -> bool:
        """Whether one adverb and a comma open the sentence ("Lately, she said, ...",
        "Still, ..."), unlike a noun or a pronoun that is the subject of what was said
        ("Taxes, he said, will rise", "That, she said, was the plan")."""
        doc, lexicon = self.doc, self.pipeline.lexicon
        if self.past_opening_word(sentence) == sentence.start:
            return False
        word = doc[sentence.start]
        if word.lower_ in SUBJECT_PRONOUNS | DEMONSTRATIVES:
            return False
        return (
            word.is_stop
            or word.lower_ in lexicon.clause_openers
            or lexicon.may_stand_between(word)
            or (len(word) > 4 and word.lower_.endswith("ly"))
        )

    def titles_a_quote(self, index: int) -> bool:
        """Whether the quote closing before token ``index`` sits inside a lead-in ('In an
        interview on "Face the Nation," Ryan said ...'): a title, not what was said."""
        mark = self.doc[index - 1]
        mark_end = mark.idx + len(mark.text)
        start = next((s for s, e in self.quotes if e == mark_end), None)
        return start is not None and self.words_before(start, mark.sent)

    def after_closing_quote(self, index: int) -> bool:
        """Whether token ``index`` follows a quote on its line: the sentence splitter ends
        a sentence at '?"' and '!"', so in '"Who pays?" she asked.' the reporting clause
        is a sentence of its own. A quote closed by a full stop ('... "is late." Gov. Lee
        said ...') ended its sentence, and the next one starts afresh."""
        if index == 0 or self.doc[index - 1].text not in CLOSING_QUOTES:
            return False
        mark = self.doc[index - 1]
        if self.text[: mark.idx].rstrip()[-1:] == ".":
            return False
        mark_end = mark.idx + len(mark.text)
        return any(end == mark_end for _, end in self.quotes)

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
