"""Speech reported by a noun: "Orbis's announcement that it would close", "the denial by
the ministry that it had sold the land", "her warning that prices would rise".

The noun reports a claim only with its speaker before it as a possessive (a name, or
"his", "her", "its", "their") or after it with "by" or "from", and with a "that" clause
after it, which is the content. A nominal report is weaker evidence than a verb, so its
claim is less sure.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Doc
from spacy.tokens import Span as TokenSpan

from loaders.nlp import ParsedDocument, Pipeline

if TYPE_CHECKING:  # speech_positions, which loaders.actors imports, reads this module
    from loaders.actors import DocumentActors
    from loaders.contents import Content

CLAUSE_END = re.compile(r"[,;]|\s[—–]\s|\s--\s")
POSSESSIVE_MARKS = frozenset({"'s", "’s", "'", "’"})
POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "its": "it", "their": "they"}
AGENT_PREPOSITIONS = frozenset({"by", "from"})
MODIFIER_REACH = 2
NOMINAL_STRENGTH = 0.85


class NounCueRules:
    """Noun-cue rules over one document; ``ClaimFinder`` supplies the attributes and the
    speaker and content rules they reuse."""

    doc: Doc
    pipeline: Pipeline
    actors: DocumentActors
    parsed: ParsedDocument

    def noun_cue(self, index: int):
        """The claim of the noun cue at token ``index``, or None."""
        doc = self.doc
        sentence = doc[index].sent
        lemma = self.pipeline.lexicon.noun_cues[doc[index].lower_]
        speaker, that = self.possessive_speaker(index, sentence), index + 1
        if speaker is None and index + 1 < sentence.end:
            if doc[index + 1].lower_ in AGENT_PREPOSITIONS:
                mention = self.actors.starting_at.get(index + 2)
                if mention is None and doc[index + 2].lower_ == "the":
                    mention = self.actors.starting_at.get(index + 3)
                if mention is not None:
                    speaker = mention.key, doc[mention.start : mention.end], 0.85
                    that = mention.end
        if speaker is None or that >= sentence.end or doc[that].lower_ != "that":
            return None
        if self.in_quote(doc[index].idx):
            return None
        content: Content | None = self.content_after(that, lemma, sentence)
        if content is None or content[1] <= content[0]:
            return None
        if content[2] is None:
            content = self.to_clause_end(content)
        return self.speech_claim(speaker, lemma, content, sentence, NOMINAL_STRENGTH)

    def to_clause_end(self, content: Content) -> Content:
        """A clause after a noun ends at the first comma, semicolon or dash: what follows
        goes on with the sentence the noun stands in ("..., and the shares fell")."""
        start, end, _ = content
        stop = CLAUSE_END.search(self.parsed.text, start, end)
        return (start, stop.start() if stop else end, None)

    def possessive_speaker(self, index: int, sentence: TokenSpan) -> tuple | None:
        """Whose the noun is: "Orbis's (surprise) announcement", "her warning"."""
        doc = self.doc
        owner = possessive_owner(doc, index, sentence.start)
        if owner < sentence.start:
            return None
        word = doc[owner].lower_
        if word in POSSESSIVE_PRONOUNS:
            return self.pronoun_speaker(owner, POSSESSIVE_PRONOUNS[word])
        if doc[owner].text not in POSSESSIVE_MARKS or owner == sentence.start:
            return None
        mention = self.actors.ending_at.get(owner)
        if mention is None or mention.start < sentence.start:
            return self.noun_speaker(owner - 1, sentence)
        return mention.key, doc[mention.start : mention.end], 0.85


def possessive_owner(doc: Doc, index: int, floor: int) -> int:
    """The token before the noun cue at ``index`` and the few lower-case words that
    modify it ("Orbis's surprise announcement"): where its owner's possessive stands."""
    owner = index - 1
    while (
        owner > floor
        and index - owner <= MODIFIER_REACH
        and doc[owner].is_alpha
        and doc[owner].text.islower()
        and not doc[owner].is_stop
    ):
        owner -= 1
    return owner
