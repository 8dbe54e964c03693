"""Shared test data written by us: a small two-sentence story and its extraction."""

from __future__ import annotations

from datetime import date

from graph.model import Actor, Claim, Event, Extraction, Role, Span, Topic
from graph.writer import DocumentMeta

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


NETWORK_TEXT = (
    "Mayor Lena Ortiz said on Monday that the harbour tunnel would open in May. "
    "Councillor Raj Patel warned that Ortiz had ignored the port union. "
    "Ortiz and Patel met the Harbour Authority on Wednesday, whose director Sam Idris "
    "praised the tunnel plan. Idris said the union backed him. Nia Cole stayed silent."
)
NETWORK_META = DocumentMeta(
    title="Harbour tunnel row",
    author="Kit Reporter",
    published=date(2022, 5, 6),
    url="https://example.org/harbour",
)


def network_extraction(text: str = NETWORK_TEXT) -> Extraction:
    """A small web of actors: claims that mention others, a shared event, a role, a loner."""
    sentences = [span_of(text, part) for part in text.split(". ")]
    return Extraction(
        text=text,
        published=date(2022, 5, 6),
        actors=[
            Actor("lena-ortiz", "Lena Ortiz", "person", ["Ortiz"], [span_of(text, "Lena Ortiz")]),
            Actor("raj-patel", "Raj Patel", "person", ["Patel"], [span_of(text, "Raj Patel")]),
            Actor("harbour-authority", "Harbour Authority", "government_body"),
            Actor("sam-idris", "Sam Idris", "person", ["Idris"]),
            Actor("port-union", "port union", "organization", ["the union"]),
            Actor("nia-cole", "Nia Cole", "person"),
        ],
        topics=[Topic("harbour-tunnel", "harbour tunnel", ["tunnel plan"])],
        claims=[
            Claim(
                speaker="lena-ortiz",
                speaker_mention=span_of(text, "Lena Ortiz"),
                verb="say",
                content=span_of(text, "the harbour tunnel would open in May"),
                passage=sentences[0],
                said_on=date(2022, 5, 2),
                said_on_precision="day",
                date_text="on Monday",
                topics=["harbour-tunnel"],
            ),
            Claim(
                speaker="raj-patel",
                speaker_mention=span_of(text, "Raj Patel"),
                verb="warn",
                content=span_of(text, "Ortiz had ignored the port union"),
                passage=sentences[1],
                said_on=date(2022, 5, 3),
                said_on_precision="day",
                mentions=["lena-ortiz", "port-union"],
                confidence=0.8,
            ),
            Claim(
                speaker="sam-idris",
                speaker_mention=span_of(text, "Sam Idris"),
                verb="praise",
                content=span_of(text, "the tunnel plan"),
                passage=sentences[2],
                said_on=date(2022, 5, 4),
                said_on_precision="day",
                date_text="on Wednesday",
                topics=["harbour-tunnel"],
            ),
            Claim(
                speaker="sam-idris",
                speaker_mention=span_of(text, "Idris said"),
                verb="say",
                content=span_of(text, "the union backed him"),
                passage=sentences[3],
                mentions=["port-union"],
                quote="the union backed him",
            ),
        ],
        events=[
            Event(
                title="Ortiz and Patel met the Harbour Authority",
                passage=sentences[2],
                date=date(2022, 5, 4),
                precision="day",
                date_text="on Wednesday",
                participants=["lena-ortiz", "raj-patel", "harbour-authority"],
                topics=["harbour-tunnel"],
            )
        ],
        roles=[Role("sam-idris", "harbour-authority", "director", sentences[2])],
    )


TARIFF_TEXT = (
    "Minister Vera Holm said on 3 June that the water tariff would fall. "
    "Alderman Jonas Reed disputed that Holm had costed the water tariff. "
    "Someone at the utility said the reservoir was low. "
    "The Cabinet approved the tariff on 5 June. "
    "Reed toured the reservoir."
)
TARIFF_META = DocumentMeta(
    title="Tariff dispute",
    author=None,
    published=date(2023, 6, 7),
    url="https://example.org/tariff",
    source="Example Courier",
)


def tariff_extraction(text: str = TARIFF_TEXT) -> Extraction:
    """Two dated claims (day and month precision, the second a denial at confidence 0.6) and
    an unattributed undated one at 0.4; a dated event and an undated one; a mention; two
    topics, one with an alias."""
    sentences = [span_of(text, part) for part in text.split(". ")]
    return Extraction(
        text=text,
        published=date(2023, 6, 7),
        actors=[
            Actor("vera-holm", "Vera Holm", "person", ["Holm"], [span_of(text, "Vera Holm")]),
            Actor("jonas-reed", "Jonas Reed", "person", ["Reed"], [span_of(text, "Jonas Reed")]),
            Actor("cabinet", "the Cabinet", "government_body", [], [span_of(text, "Cabinet")]),
        ],
        topics=[Topic("water-tariff", "water tariff", ["tariff"]), Topic("reservoir", "reservoir")],
        claims=[
            Claim(
                speaker="vera-holm",
                speaker_mention=span_of(text, "Vera Holm"),
                verb="say",
                content=span_of(text, "the water tariff would fall"),
                passage=sentences[0],
                said_on=date(2023, 6, 3),
                said_on_precision="day",
                date_text="on 3 June",
                topics=["water-tariff"],
            ),
            Claim(
                speaker="jonas-reed",
                speaker_mention=span_of(text, "Jonas Reed"),
                verb="dispute",
                content=span_of(text, "Holm had costed the water tariff"),
                passage=sentences[1],
                said_on=date(2023, 6, 1),
                said_on_precision="month",
                date_text="June",
                topics=["water-tariff"],
                mentions=["vera-holm"],
                confidence=0.6,
                mode="denied",
            ),
            Claim(
                speaker=None,
                speaker_mention=None,
                verb="say",
                content=span_of(text, "the reservoir was low"),
                passage=sentences[2],
                topics=["reservoir"],
                confidence=0.4,
            ),
        ],
        events=[
            Event(
                title="The Cabinet approved the tariff",
                passage=sentences[3],
                date=date(2023, 6, 5),
                precision="day",
                date_text="on 5 June",
                participants=["cabinet"],
                topics=["water-tariff"],
            ),
            Event(
                title="Reed toured the reservoir",
                passage=sentences[4],
                participants=["jonas-reed"],
                topics=["reservoir"],
            ),
        ],
    )


def series_extraction(
    count: int, word: str = "item", dates: list[date] | None = None
) -> Extraction:
    """``count`` one-sentence claims by Ada Brook and an event every fourth sentence.

    Dates repeat (three claims a day), so ties are broken by id; every fifth claim and
    every eighth event is undated; ``dates`` gives the claims' dates instead, one a claim.
    ``word`` varies the text so two series are two documents.
    """
    sentences = [f"Ada Brook said {word} {n:03d} matters." for n in range(count)]
    text = " ".join(sentences)
    claims, events = [], []
    for n, sentence in enumerate(sentences):
        passage = span_of(text, sentence)
        day = None if n % 5 == 4 else date(2021, 3, 1 + n // 3)
        if dates is not None:
            day = dates[n]
        claims.append(
            Claim(
                speaker="ada-brook",
                speaker_mention=span_of(text, "Ada Brook", passage.start),
                verb="say",
                content=span_of(text, f"{word} {n:03d} matters", passage.start),
                passage=passage,
                said_on=day,
                said_on_precision="day" if day else None,
            )
        )
        if n % 4 == 0:
            event_day = None if n % 8 == 0 else date(2021, 3, 2 + n // 3)
            events.append(
                Event(
                    title=f"Brook reviewed {word} {n:03d}",
                    passage=passage,
                    date=event_day,
                    precision="day" if event_day else None,
                    participants=["ada-brook"],
                )
            )
    return Extraction(
        text=text,
        published=date(2021, 4, 1),
        actors=[Actor("ada-brook", "Ada Brook", "person", ["Brook"])],
        claims=claims,
        events=events,
    )


def series_meta(word: str = "item") -> DocumentMeta:
    return DocumentMeta(title=f"Series of {word}s", url=f"https://example.org/series/{word}")
