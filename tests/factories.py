"""Shared test data written by us: a small two-sentence story and its extraction."""

from __future__ import annotations

from datetime import date

from graph.writer import DocumentMeta
from loaders.extraction import Actor, Claim, Event, Extraction, Role, Span, Topic

TEXT = (
    "Senator Ada Brook said on Tuesday that the ledger bill would pass. "
    "Brook later met Orbit Bank, whose chief Tom Vale backed the bill."
)


def span_of(text: str, part: str, start_at: int = 0) -> Span:
    start = text.index(part, start_at)
    return Span(start, start + len(part), part)


def sample_extraction(text: str = TEXT) -> Extraction:
    first_sentence = span_of(text, text.split(". ")[0] + ".")
    second_sentence = span_of(text, text.split(". ")[1])
    return Extraction(
        text=text,
        published=date(2021, 3, 6),
        actors=[
            Actor("ada-brook", "Ada Brook", "person", ["Brook"], [span_of(text, "Ada Brook")]),
            Actor("orbit-bank", "Orbit Bank", "organization", [], [span_of(text, "Orbit Bank")]),
            Actor("tom-vale", "Tom Vale", "person", [], [span_of(text, "Tom Vale")]),
        ],
        topics=[Topic("ledger-bill", "ledger bill")],
        claims=[
            Claim(
                speaker="ada-brook",
                speaker_mention=span_of(text, "Ada Brook"),
                verb="say",
                content=span_of(text, "the ledger bill would pass"),
                passage=first_sentence,
                said_on=date(2021, 3, 2),
                said_on_precision="day",
                date_text="on Tuesday",
                topics=["ledger-bill"],
            )
        ],
        events=[
            Event(
                title="Brook met Orbit Bank",
                passage=second_sentence,
                participants=["ada-brook", "orbit-bank"],
                topics=["ledger-bill"],
            )
        ],
        roles=[Role("tom-vale", "orbit-bank", "chief", second_sentence)],
    )


META = DocumentMeta(title="Ledger bill", author="Jo Writer", url="https://example.org/ledger")
