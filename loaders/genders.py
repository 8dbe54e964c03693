"""Whether a person named in a document is a woman or a man, from what the text says.

Pronouns resolve to the last person of their gender ("Maria Lopez met Tom Becker. She
said ..." is Maria Lopez). The evidence: a given name in the lexicon's lists, an
honorific before a mention ("Ms. Lopez", "Mr. Becker") or a gendered title beside one
("spokeswoman", "congressman"). None when the text does not say.
"""

from __future__ import annotations

from typing import Literal

from spacy.tokens import Doc

from loaders.actors import DocumentActors
from loaders.nlp import Lexicon

Gender = Literal["female", "male"]
PRONOUN_GENDERS: dict[str, Gender] = {"she": "female", "her": "female", "he": "male", "him": "male"}
FEMALE_HONORIFICS = frozenset({"ms.", "ms", "mrs.", "mrs", "miss", "madam", "dame", "lady"})
MALE_HONORIFICS = frozenset({"mr.", "mr", "sir", "lord"})
TITLE_REACH = 3


def person_genders(actors: DocumentActors, lexicon: Lexicon) -> dict[str, Gender]:
    """The gender the text gives each person who has one, by actor key."""
    doc = actors.doc
    genders: dict[str, Gender] = {}
    for key, actor in actors.actors.items():
        if actor.kind != "person":
            continue
        first = actor.name.split()[0] if actor.name.split() else ""
        if first in lexicon.female_names:
            genders[key] = "female"
        elif first in lexicon.male_names:
            genders[key] = "male"
    for mention in actors.mentions:
        if mention.key in genders or actors.actors[mention.key].kind != "person":
            continue
        gender = gender_beside(doc, mention.start, mention.end)
        if gender is not None:
            genders[mention.key] = gender
    return genders


def gender_beside(doc: Doc, start: int, end: int) -> Gender | None:
    """An honorific or a gendered title just before a name, or a title just after it."""
    before = [token.lower_ for token in doc[max(0, start - TITLE_REACH) : start]]
    after = [token.lower_ for token in doc[end : min(len(doc), end + TITLE_REACH + 1)]]
    if before and before[-1] in FEMALE_HONORIFICS:
        return "female"
    if before and before[-1] in MALE_HONORIFICS:
        return "male"
    for word in before + after:
        if word.endswith("woman") or word in ("actress", "chairwoman", "businesswoman"):
            return "female"
        if word.endswith(("spokesman", "congressman", "chairman", "businessman")):
            return "male"
    return None
