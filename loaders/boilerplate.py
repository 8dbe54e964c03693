"""Lines that are the page's furniture, not the story: editor's notes, bylines, newsletter
boxes, "related" lists, photo credits, warnings before a video. They make no claims and name
no actors.

A first line "By Jane Roe" or "Jane Roe: Why ports matter" names the author, which is used
when the document's metadata gives none.
"""

from __future__ import annotations

import re

from loaders.actors import DocumentActors

BOILERPLATE_LINE = re.compile(
    r"^[ \t]*(?:"
    r"editor[’']?s note\b|correction\s*:|clarification\s*:|update\s*:|updated\s*:"
    r"|(?:content |trigger )?warning\s*:"
    r"|by (?-i:[A-Z][\w.’'-]+(?: [A-Z][\w.’'-]+){0,3})\s*(?:[,|/–—-].*)?$"
    r"(?<![a-z][.!?])"
    r"|(?:sign up|subscribe)\b.*\b(?:newsletter|inbox|updates|alerts)\b"
    r"|related\s*:|read (?:more|also|next)\s*:|see also\s*:|more on this\b|follow us\b"
    r"|(?:photo|image|picture|video)(?: credit)?\s*:|\((?:photo|image)s? (?:by|credit)\b"
    r"|copyright\b|©|all rights reserved\b|click here\b|advertisement\s*$"
    r").*$",
    re.IGNORECASE | re.MULTILINE,
)
BYLINE = re.compile(r"\A\s*By (?P<name>[A-Z][\w.’'-]+(?: [A-Z][\w.’'-]+){1,3})\b")
NAMED_HEADLINE = re.compile(r"\A\s*(?P<name>(?P<first>[A-Z][a-z]+)(?: [A-Z][\w’'-]+){1,2}): \S")


BRACKETED_WARNING = re.compile(r"\((?:content |trigger )?warning\s*:[^)\n]*\)", re.IGNORECASE)


def find_boilerplate(text: str) -> list[tuple[int, int]]:
    """Character spans of boilerplate lines, and of warnings in brackets within a line
    ("... his car. (WARNING: the video shows ...)"), in text order."""
    spans = [match.span() for match in BOILERPLATE_LINE.finditer(text)]
    spans += [match.span() for match in BRACKETED_WARNING.finditer(text)]
    return sorted(spans)


def in_boilerplate(char: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= char < end for start, end in spans)


def byline_author(text: str, first_names: frozenset[str]) -> str | None:
    """The author a first line names: "By Jane Roe, staff writer" or "Jane Roe: headline"
    (a known given name first, so that "Breaking News: ..." names no one)."""
    byline = BYLINE.match(text)
    if byline is not None:
        return byline.group("name")
    headline = NAMED_HEADLINE.match(text)
    if headline is not None and headline.group("first") in first_names:
        return headline.group("name")
    return None


def drop_boilerplate_mentions(actors: DocumentActors, spans: list[tuple[int, int]]) -> None:
    """Forget actor mentions inside boilerplate lines; an actor named only there is gone."""
    if not spans:
        return
    doc = actors.doc
    actors.mentions = [m for m in actors.mentions if not in_boilerplate(doc[m.start].idx, spans)]
    for key, actor in list(actors.actors.items()):
        actor.mentions = [span for span in actor.mentions if not in_boilerplate(span.start, spans)]
        if not actor.mentions and not actor.curated:
            del actors.actors[key]
    actors.index()
