"""A two-document test corpus written by us, with what the pages should show of it.

Dated claims at day, month and year precision, two undated claims (one of low
confidence), an event with two participants, a quote, a claim that mentions another actor,
a question: each a thing a page can get wrong.
"""

from __future__ import annotations

from datetime import date

from graph import ids
from graph.model import Actor, Claim, Event, Extraction, Span, Topic
from graph.store import Store
from graph.writer import DocumentMeta, write_document

FERRY_TEXT = (
    "Mayor Ines Marlow said on Monday that the ferry service would resume in June. "
    "The Harbour Board warned in April that fares must rise. "
    "Marlow met the Harbour Board on 3 May 2021 to discuss the ferry. "
    "The Harbour Board has also said that the old pier is safe."
)
BRIDGE_TEXT = (
    "Council member Osei Quarshie said in 2019 that a toll bridge was never needed. "
    "On Friday, Quarshie asked the Harbour Board to publish its accounts. "
    'Quarshie called the ferry "a lifeline for the islands".'
)
FERRY_URL = "https://example.org/ferry"
BRIDGE_URL = "https://example.org/bridge"

MARLOW = "actor:ines-marlow"
BOARD = "actor:harbour-board"
QUARSHIE = "actor:osei-quarshie"
DATED_ITEMS = 5
"""Four dated claims and one event."""
UNDATED_CLAIMS = 2


def span_of(text: str, part: str) -> Span:
    start = text.index(part)
    return Span(start, start + len(part), part)


def sentence_of(text: str, part: str) -> Span:
    """The sentence of ``text`` that contains ``part``."""
    inside = text.index(part)
    start = text.rfind(". ", 0, inside)
    start = 0 if start < 0 else start + 2
    end = text.index(".", inside + len(part) - 1) + 1
    return Span(start, end, text[start:end])


def claim(
    text: str, speaker: str, mention: str, content: str, verb: str = "say", **extra: object
) -> Claim:
    return Claim(
        speaker=speaker,
        speaker_mention=span_of(text, mention),
        verb=verb,
        content=span_of(text, content),
        passage=sentence_of(text, content),
        **extra,
    )


def ferry_extraction() -> Extraction:
    text = FERRY_TEXT
    return Extraction(
        text=text,
        published=date(2021, 5, 12),
        actors=[
            Actor("ines-marlow", "Ines Marlow", "person", ["Marlow"], [span_of(text, "Ines")]),
            Actor("harbour-board", "Harbour Board", "organization", [], []),
        ],
        topics=[Topic("ferry", "ferry service", ["ferry"])],
        claims=[
            claim(
                text,
                "ines-marlow",
                "Ines Marlow",
                "the ferry service would resume in June",
                said_on=date(2021, 5, 10),
                said_on_precision="day",
                date_text="on Monday",
                topics=["ferry"],
            ),
            claim(
                text,
                "harbour-board",
                "Harbour Board",
                "fares must rise",
                verb="warn",
                said_on=date(2021, 4, 1),
                said_on_precision="month",
                date_text="in April",
                topics=["ferry"],
                confidence=0.75,
            ),
            claim(text, "harbour-board", "Harbour Board", "the old pier is safe", confidence=0.4),
        ],
        events=[
            Event(
                "Marlow met the Harbour Board",
                sentence_of(text, "Marlow met"),
                date=date(2021, 5, 3),
                precision="day",
                date_text="3 May 2021",
                participants=["ines-marlow", "harbour-board"],
                topics=["ferry"],
            )
        ],
    )


def bridge_extraction() -> Extraction:
    text = BRIDGE_TEXT
    return Extraction(
        text=text,
        published=date(2020, 11, 22),
        actors=[
            Actor("osei-quarshie", "Osei Quarshie", "person", ["Quarshie"], []),
            Actor("harbour-board", "Harbour Board", "organization", [], []),
        ],
        topics=[Topic("ferry", "ferry service", ["ferry"]), Topic("tolls", "bridge tolls")],
        claims=[
            claim(
                text,
                "osei-quarshie",
                "Osei Quarshie",
                "a toll bridge was never needed",
                said_on=date(2019, 1, 1),
                said_on_precision="year",
                date_text="in 2019",
                topics=["tolls"],
            ),
            claim(
                text,
                "osei-quarshie",
                "Quarshie asked",
                "the Harbour Board to publish its accounts",
                verb="ask",
                said_on=date(2020, 11, 20),
                said_on_precision="day",
                date_text="On Friday",
                mentions=["harbour-board"],
                mode="asked",
                confidence=0.95,
            ),
            claim(
                text,
                "osei-quarshie",
                "Quarshie called",
                "a lifeline for the islands",
                quote="a lifeline for the islands",
                topics=["ferry"],
            ),
        ],
    )


def write_corpus(store: Store) -> None:
    write_document(store, DocumentMeta(title="Ferry to resume", url=FERRY_URL), ferry_extraction())
    write_document(store, DocumentMeta(title="Bridge tolls", url=BRIDGE_URL), bridge_extraction())


def claim_id_of(url: str, text: str, content: str, speaker: str) -> str:
    """The id the writer gives the claim of ``content`` in the document at ``url``."""
    start = text.index(content)
    return ids.claim_id(ids.document_id(url), start, start + len(content), speaker)


HOSTILE_NAME = "<img src=x onerror=alert(1)>"
HOSTILE_TEXT = (
    "Critic Zed Vantor said on Tuesday that the ferry timetable <b>was</b> a mess. "
    "Vantor also named <img src=x onerror=alert(1)> as the culprit."
)
HOSTILE_URL = "https://example.org/hostile"


def write_hostile_document(store: Store) -> None:
    """A document whose actor name and text are markup: pages must show them as text."""
    text = HOSTILE_TEXT
    extraction = Extraction(
        text=text,
        published=date(2021, 6, 2),
        actors=[
            Actor("zed-vantor", "Zed Vantor", "person", ["Vantor"], []),
            Actor("hostile", HOSTILE_NAME, "organization", [], []),
        ],
        topics=[Topic("ferry", "ferry service", ["ferry"])],
        claims=[
            claim(
                text,
                "zed-vantor",
                "Zed Vantor",
                "the ferry timetable <b>was</b> a mess",
                said_on=date(2021, 6, 1),
                said_on_precision="day",
                date_text="on Tuesday",
                topics=["ferry"],
                mentions=["hostile"],
            ),
            claim(text, "hostile", "Vantor also named", "as the culprit"),
        ],
    )
    write_document(
        store, DocumentMeta(title=f"Hostile {HOSTILE_NAME}", url=HOSTILE_URL), extraction
    )
