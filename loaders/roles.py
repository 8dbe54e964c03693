"""Who holds which position where: roles from titles and appositions.

Two shapes carry nearly all of them in news: a title before a name, led by the
organisation or the nationality ("Libra project CEO Marcus", "Chinese President Xi
Jinping", "Facebook's CEO, Mark Zuckerberg"), and an apposition after a name
("Patrick McHenry, a senior member of the House Financial Services Committee",
"Louis Smith, the Airbus chief executive").
"""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.tokens import Span as TokenSpan

from graph.model import Role, Span
from loaders.actors import DocumentActors
from loaders.gazetteer import Gazetteer
from loaders.nlp import ParsedDocument

POSSESSIVES = frozenset({"'s", "’s"})
LINKS = frozenset({"of", "at", "for", "with", "in"})
APPOSITION_REACH = 10


def find_roles(parsed: ParsedDocument, actors: DocumentActors, gazetteer: Gazetteer) -> list[Role]:
    doc = parsed.doc
    demonyms = {demonym: actor.key for actor in gazetteer.actors for demonym in actor.demonyms}
    roles: dict[tuple[str, str, str], Role] = {}
    for title in parsed.titles:
        found = find_titled_name(doc, title, actors, demonyms) or find_apposition(
            doc, title, actors
        )
        if found is None:
            continue
        subject, organisation = found
        if subject == organisation:
            continue
        sentence = title.sent
        passage = Span(sentence.start_char, sentence.end_char, sentence.text)
        role = Role(subject, organisation, title.text, passage)
        roles.setdefault((subject, organisation, title.text.lower()), role)
    return list(roles.values())


def find_titled_name(
    doc: Doc, title: TokenSpan, actors: DocumentActors, demonyms: dict[str, str]
) -> tuple[str, str] | None:
    """ORG/NATIONALITY TITLE [,] PERSON."""
    name_start = title.end + 1 if title.end < len(doc) and doc[title.end].text == "," else title.end
    person = actors.starting_at.get(name_start)
    if person is None or actors.actors[person.key].kind != "person":
        return None
    before = title.start
    if before > 0 and doc[before - 1].text in POSSESSIVES:
        before -= 1
    organisation = actors.ending_at.get(before)
    if organisation is not None and actors.actors[organisation.key].kind != "person":
        return person.key, organisation.key
    if before > 0 and doc[before - 1].text in demonyms:
        return person.key, demonyms[doc[before - 1].text]
    return None


def find_apposition(doc: Doc, title: TokenSpan, actors: DocumentActors) -> tuple[str, str] | None:
    """PERSON, [a|the] [...] TITLE (of|at) ORG  or  PERSON, the ORG TITLE."""
    sentence = title.sent
    comma = None
    for i in range(title.start - 1, max(sentence.start, title.start - APPOSITION_REACH), -1):
        if doc[i].text == ",":
            comma = i
            break
        if doc[i].text in {".", ";", ":"}:
            return None
    if comma is None:
        return None
    person = actors.ending_at.get(comma)
    if person is None or actors.actors[person.key].kind != "person":
        return None
    inside = [
        m for m in actors.mentions_starting_in(comma + 1, title.start) if m.end <= title.start
    ]
    if inside and actors.actors[inside[-1].key].kind != "person":
        return person.key, inside[-1].key
    index = title.end
    if index < sentence.end and doc[index].lower_ in LINKS:
        index += 1
        if index < sentence.end and doc[index].lower_ == "the":
            index += 1
        organisation = actors.starting_at.get(index)
        if organisation is not None and actors.actors[organisation.key].kind != "person":
            return person.key, organisation.key
    return None
