"""The value extraction produces: text and metadata in, an ``Extraction`` out, no database.

Every item points at character offsets into ``Extraction.text`` (the exact text extraction
ran on), so a researcher can check each date, actor and claim against its passage.
Actors and topics are referred to by ``key``: a normalised name that is stable across
documents (``actor_key("Mark Zuckerberg") == "mark-zuckerberg"``); the graph writer turns
keys into node ids.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

Precision = Literal["day", "week", "month", "year"]
Mode = Literal["said", "asked", "denied"]
ActorKind = Literal["person", "organization", "government_body", "country", "media", "group"]
ACTOR_KINDS: tuple[str, ...] = (
    "person",
    "organization",
    "government_body",
    "country",
    "media",
    "group",
)
GROUP: ActorKind = "group"
"""Several people who speak as one ("analysts said", "several Republicans"): an actor of
its document only, since the same words in another document name other people."""
PRECISIONS: tuple[str, ...] = ("day", "week", "month", "year")


def actor_key(name: str) -> str:
    """A stable, readable key for a name: lower case ASCII words joined by hyphens."""
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")


def name_keys(name: str, aliases: list[str] | tuple[str, ...], kind: str | None) -> dict[str, str]:
    """Each key an actor is looked up by, with how it names it: its ``name``, an ``alias``, or,
    for a person named in more than one word, the ``surname`` ("Marcus" of "David Marcus")."""
    keys = {actor_key(name): "name"}
    for alias in aliases:
        keys.setdefault(actor_key(alias), "alias")
    words = name.split()
    if kind == "person" and len(words) > 1:
        keys.setdefault(actor_key(words[-1]), "surname")
    keys.pop("", None)
    return keys


@dataclass(frozen=True)
class Span:
    """A stretch of the document text: ``text == document_text[start:end]``."""

    start: int
    end: int
    text: str


Anchor = Span | Literal["published"]


@dataclass(frozen=True)
class DateMention:
    """A time expression and what it resolves to.

    ``value`` is None when it cannot be resolved (no publication date for a relative
    expression, no earlier date for "three days later", a decade); a week is the Monday
    of its ISO week with precision ``week``. ``rule`` names the rule that produced it and
    ``anchor`` what it counted from: ``"published"``, the span of an earlier date, or None
    for an absolute date; both for audit.
    """

    span: Span
    value: date | None
    precision: Precision | None
    rule: str
    anchor: Anchor | None = None


@dataclass
class Actor:
    key: str
    name: str
    kind: ActorKind
    aliases: list[str] = field(default_factory=list)
    mentions: list[Span] = field(default_factory=list)
    curated: bool = False  # declared in a curated facts file: kept when no claim refers to it
    candidates: list[str] = field(default_factory=list)
    """Ids of the known actors a short name could mean, when more than one fits (ambiguous)."""


@dataclass
class Topic:
    key: str
    name: str
    aliases: list[str] = field(default_factory=list)
    mentions: list[Span] = field(default_factory=list)
    curated: bool = False


@dataclass
class Claim:
    """Who said what, when: one attributed statement.

    ``speaker`` is an actor key (None when the text names no speaker); ``content`` is
    what was said (or asked, or denied: ``mode``); ``passage`` is the sentence (or
    sentences) that carry it. ``confidence`` in [0, 1] weighs the evidence: how surely
    the cue reports speech, how the speaker was resolved, whether the words are quoted.
    """

    speaker: str | None
    speaker_mention: Span | None
    verb: str
    content: Span
    passage: Span
    quote: str | None = None
    said_on: date | None = None
    said_on_precision: Precision | None = None
    date_text: str | None = None
    reported_on: date | None = None
    topics: list[str] = field(default_factory=list)
    mentions: list[str] = field(default_factory=list)
    confidence: float = 1.0
    mode: Mode = "said"


@dataclass
class Event:
    """A dated happening the text reports, with the actors who took part."""

    title: str
    passage: Span
    date: date | None = None
    precision: Precision | None = None
    date_text: str | None = None
    participants: list[str] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    identity: str | None = None
    """The id of the same happening as another document already reported it, if one was found."""
    alternatives: list[str] = field(default_factory=list)
    """Ids of known events that look like this happening dated otherwise (contested dates)."""


@dataclass(frozen=True)
class ActorLink:
    """Why a name in the document was taken for an actor the graph already knew:
    ``alias`` is the name as the document gives it, ``rule`` the resolution rule that decided,
    ``kind`` the document's own kind for it when that differs (a contested kind)."""

    actor: str
    alias: str
    rule: str
    kind: str | None = None
    """The kind the document gives the actor, when it differs from the known actor's."""


@dataclass
class Role:
    """``subject`` holds ``title`` at ``object``: "Mark Zuckerberg, CEO of Facebook"."""

    subject: str
    object: str
    title: str
    passage: Span


@dataclass
class Extraction:
    text: str
    published: date | None
    author: str | None = None
    dates: list[DateMention] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    topics: list[Topic] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    links: list[ActorLink] = field(default_factory=list)


def extraction_to_dict(extraction: Extraction) -> dict:
    """The audit JSON of an extraction: what external scorers and ``saidwhen extract`` read.

    Dates are ISO strings, speakers and participants are display names.
    """
    names = {actor.key: actor for actor in extraction.actors}

    def span_dict(span: Span | None) -> dict | None:
        return None if span is None else {"start": span.start, "end": span.end, "text": span.text}

    def iso(value: date | None) -> str | None:
        return value.isoformat() if value else None

    def display(key: str | None) -> str | None:
        return names[key].name if key in names else key

    def anchor_dict(anchor: Anchor | None) -> dict | str | None:
        return anchor if anchor is None or isinstance(anchor, str) else span_dict(anchor)

    return {
        "text": extraction.text,
        "published": iso(extraction.published),
        "dates": [
            {
                **span_dict(mention.span),
                "value": iso(mention.value),
                "precision": mention.precision,
                "rule": mention.rule,
                "anchor": anchor_dict(mention.anchor),
            }
            for mention in extraction.dates
        ],
        "actors": [
            {
                "name": actor.name,
                "kind": actor.kind,
                "aliases": list(actor.aliases),
                "mentions": [span_dict(span) for span in actor.mentions],
            }
            for actor in extraction.actors
        ],
        "claims": [
            {
                "speaker": display(claim.speaker),
                "speaker_kind": names[claim.speaker].kind if claim.speaker in names else None,
                "speaker_mention": span_dict(claim.speaker_mention),
                "verb": claim.verb,
                "content": span_dict(claim.content),
                "quote": claim.quote,
                "said_on": iso(claim.said_on),
                "said_on_precision": claim.said_on_precision,
                "date_text": claim.date_text,
                "reported_on": iso(claim.reported_on),
                "topics": list(claim.topics),
                "mode": claim.mode,
                "confidence": claim.confidence,
            }
            for claim in extraction.claims
        ],
        "events": [
            {
                "title": event.title,
                "date": iso(event.date),
                "precision": event.precision,
                "date_text": event.date_text,
                "start": event.passage.start,
                "end": event.passage.end,
                "participants": [display(key) for key in event.participants],
            }
            for event in extraction.events
        ],
    }
