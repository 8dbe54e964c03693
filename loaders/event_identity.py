"""Event identity across documents: the same happening reported twice is one event.

A document's event is taken for a known one (in the graph, or from an earlier document of the
same batch) when their dates are compatible, i.e. the same day, or a day inside a month given
at month precision, and they share a participant or, when one of them names no participant, at
least ``SHARED_TERMS`` title words (two events whose participants all differ are two events).
Several such events: the one sharing the most. The document's event then carries the known
event's id (``Event.identity``), and the writer adds its passage as one more evidence.

An event dated at day precision that shares a participant and ``SHARED_TERMS`` title words
with a known event on another day at most ``DATE_WINDOW_DAYS`` away is the same happening
dated otherwise: both events stay, and the known one is listed in ``Event.alternatives``
(ingest links them as contested).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from graph.model import Event, Extraction

ACTOR_PREFIX = "actor:"
SHARED_TERMS = 2
DATE_WINDOW_DAYS = 3
WORD = re.compile(r"[a-z]{4,}")
COMMON_WORDS = frozenset(
    {"that", "this", "with", "from", "have", "were", "will", "been", "their", "they", "about",
     "said", "says", "told", "would", "could", "should", "after", "before", "over"}
)  # fmt: skip


@dataclass(frozen=True)
class KnownEvent:
    id: str
    date: date
    precision: str | None
    participants: frozenset[str]
    terms: frozenset[str]


def title_terms(title: str) -> frozenset[str]:
    return frozenset(WORD.findall(title.lower())) - COMMON_WORDS


def lookup_dates(extractions: Iterable[Extraction]) -> set[date]:
    """The dates to look events up on: each event's date, and for a day its month and the days
    around it (where the same happening dated otherwise would be)."""
    dates: set[date] = set()
    for extraction in extractions:
        for event in extraction.events:
            if event.date is not None:
                dates.add(event.date)
                if event.precision == "day":
                    dates.add(event.date.replace(day=1))
                    dates.update(days_around(event.date))
    return dates


def days_around(day: date) -> list[date]:
    return [
        day + timedelta(days=offset) for offset in range(-DATE_WINDOW_DAYS, DATE_WINDOW_DAYS + 1)
    ]


def compatible_dates(event: Event, known: KnownEvent) -> bool:
    if event.date is None:
        return False
    if event.date == known.date and event.precision == known.precision:
        return True
    month = {event.precision, known.precision} == {"day", "month"}
    return month and (event.date.year, event.date.month) == (known.date.year, known.date.month)


class KnownEvents:
    """Known events by month: the graph's answer for a batch, plus the batch's new events."""

    def __init__(self, rows: Iterable[dict]) -> None:
        self.by_month: dict[tuple[int, int], dict[str, KnownEvent]] = {}
        for row in rows:
            self._put(
                KnownEvent(
                    row["id"],
                    row["date"],
                    row["precision"],
                    frozenset(row["participants"]),
                    title_terms(row["title"]),
                )
            )

    def _put(self, event: KnownEvent) -> None:
        self.by_month.setdefault((event.date.year, event.date.month), {})[event.id] = event

    def same_as(self, event: Event) -> KnownEvent | None:
        if event.date is None:
            return None
        participants = {ACTOR_PREFIX + key for key in event.participants}
        terms = title_terms(event.title)
        best, best_score = None, 0
        for known in self.by_month.get((event.date.year, event.date.month), {}).values():
            if not compatible_dates(event, known):
                continue
            shared_people = len(participants & known.participants)
            shared_terms = len(terms & known.terms)
            if not shared_people and (
                shared_terms < SHARED_TERMS or (participants and known.participants)
            ):
                continue
            score = 10 * shared_people + shared_terms
            if score > best_score:
                best, best_score = known, score
        return best

    def dated_otherwise(self, event: Event) -> list[KnownEvent]:
        """Known day-precision events a few days off that share a participant and title words."""
        if event.date is None or event.precision != "day":
            return []
        participants = {ACTOR_PREFIX + key for key in event.participants}
        terms = title_terms(event.title)
        months = {(day.year, day.month) for day in days_around(event.date)}
        return [
            known
            for month in sorted(months)
            for known in self.by_month.get(month, {}).values()
            if known.precision == "day"
            and known.date != event.date
            and abs((known.date - event.date).days) <= DATE_WINDOW_DAYS
            and participants & known.participants
            and len(terms & known.terms) >= SHARED_TERMS
        ]

    def add(self, event: Event, event_id: str) -> None:
        if event.date is not None:
            participants = frozenset(ACTOR_PREFIX + key for key in event.participants)
            self._put(
                KnownEvent(
                    event_id, event.date, event.precision, participants, title_terms(event.title)
                )
            )


def resolve_events(
    extraction: Extraction, known: KnownEvents, new_event_id: Callable[[Event], str]
) -> None:
    """Give each event the id of the known event it reports, or its own new id; the document's
    events are registered only after all of them are matched (a document's events are distinct)."""
    for event in extraction.events:
        same = known.same_as(event)
        event.identity = same.id if same else new_event_id(event)
        event.alternatives = sorted(
            {other.id for other in known.dated_otherwise(event)} - {event.identity}
        )
    for event in extraction.events:
        known.add(event, event.identity or new_event_id(event))
