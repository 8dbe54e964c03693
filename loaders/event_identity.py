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

Resolution reads the known events of every date a batch mentions, batch after batch, and a busy
month holds thousands: ``KnownEvents`` indexes them by month and participant (and by title word
for events without participants), so an event is compared only with those it could be taken
for. A load builds one from the graph's rows for each batch; extract-archive keeps one for the
whole archive (its graph is in memory) and lays each batch over it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

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


@lru_cache(maxsize=1 << 16)
def title_terms(title: str) -> frozenset[str]:
    """An event title's words worth comparing; remembered, since batch after batch reads the same
    known events."""
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


Month = tuple[int, int]
Scope = tuple[str, object]
"""Where an index entry holds: ``("day", date)``, ``("month", (year, month))`` for every event
of the month, or ``("month-dated", (year, month))`` for the events dated to the month alone."""


def month_of(day: date) -> Month:
    return (day.year, day.month)


def compatible_scopes(event: Event, day: date) -> list[Scope]:
    """Where the known events whose dates ``compatible_dates`` allows for ``event`` (dated
    ``day``) are indexed."""
    month = month_of(day)
    if event.precision == "month":
        return [("month", month)]
    if event.precision == "day":
        return [("day", day), ("month-dated", month)]
    return [("day", day)]


def compatible_dates(event: Event, known: KnownEvent) -> bool:
    if event.date is None:
        return False
    if event.date == known.date and event.precision == known.precision:
        return True
    month = {event.precision, known.precision} == {"day", "month"}
    return month and (event.date.year, event.date.month) == (known.date.year, known.date.month)


class KnownEvents:
    """Known events, indexed by date and by month, each by participant and by title word.

    Either the events of a set of dates (the graph's answer for a batch, ``from_rows``; or an
    archive's whole set, kept up to date with ``put_rows``), or a batch's layer ``over`` them,
    which the batch's new events go into and which sees only the events under it on ``dates``,
    so a layer over a whole archive answers as one over the graph's rows for those dates would.
    Candidates come in the order the events under were put, by date, then the layer's own: ties
    go to the earliest.
    """

    def __init__(
        self, under: KnownEvents | None = None, dates: Collection[date] = frozenset()
    ) -> None:
        self.under, self.dates = under, dates
        self.events: dict[str, KnownEvent] = {}
        self.order: dict[str, tuple[int, int, int]] = {}
        self.index: dict[tuple[Scope, str, str], set[str]] = {}
        """(scope, "participant" | "term" | "term-unpeopled", the participant or word) → ids;
        the title words of events without participants are also under "term-unpeopled", for
        an event with participants (which takes such an event by its words alone)."""

    @classmethod
    def from_rows(cls, rows: Iterable[dict]) -> KnownEvents:
        known = cls()
        known.put_rows(rows)
        return known

    @classmethod
    def over(cls, under: KnownEvents, dates: Collection[date]) -> KnownEvents:
        return cls(under, dates)

    def put_rows(self, rows: Iterable[dict]) -> None:
        """Rows ``{id, title, date, precision, participants}`` of dated events; one known
        already is replaced (its participants may have grown) and keeps its place."""
        for row in rows:
            participants = frozenset(row["participants"])
            self._put(
                KnownEvent(
                    row["id"],
                    row["date"],
                    row["precision"],
                    participants,
                    title_terms(row["title"]),
                ),
                layer=0,
            )

    def _put(self, event: KnownEvent, layer: int) -> None:
        self.events[event.id] = event
        # Events under a layer run by date (as the graph's rows come); a layer's own as added.
        by_date = event.date.toordinal() if layer == 0 else 0
        self.order.setdefault(event.id, (layer, by_date, len(self.order)))
        month = month_of(event.date)
        scopes: list[Scope] = [("day", event.date), ("month", month)]
        if event.precision == "month":
            scopes.append(("month-dated", month))
        keys = [("participant", participant) for participant in event.participants]
        keys += [("term", term) for term in event.terms]
        if not event.participants:
            keys += [("term-unpeopled", term) for term in event.terms]
        for scope in scopes:
            for kind, key in keys:
                self.index.setdefault((scope, kind, key), set()).add(event.id)

    def _ids(self, scopes: list[Scope], keys: list[tuple[str, str]]) -> set[str]:
        ids: set[str] = set()
        for scope in scopes:
            for kind, key in keys:
                ids |= self.index.get((scope, kind, key), set())
        return ids

    def _candidates(self, scopes: list[Scope], keys: list[tuple[str, str]]) -> list[KnownEvent]:
        """The known events under ``scopes`` with one of ``keys``, in order; an index entry may
        be stale (an event put again with other participants), so callers check what they
        share."""
        ids = self._ids(scopes, keys)
        under = self.under
        if under is not None:
            ids |= {
                event_id
                for event_id in under._ids(scopes, keys)
                if under.events[event_id].date in self.dates
            }
        ranked = sorted(ids, key=self._rank)
        return [self._event(event_id) for event_id in ranked]

    def _rank(self, event_id: str) -> tuple[int, int, int]:
        if self.under is not None and event_id in self.under.order:
            return self.under.order[event_id]
        return self.order[event_id]

    def _event(self, event_id: str) -> KnownEvent:
        event = self.events.get(event_id)
        return event if event is not None else self.under.events[event_id]  # type: ignore[union-attr]

    def same_as(self, event: Event) -> KnownEvent | None:
        if event.date is None:
            return None
        participants = {ACTOR_PREFIX + key for key in event.participants}
        terms = title_terms(event.title)
        # With participants, a known event sharing none counts only if it has none itself.
        term_kind = "term-unpeopled" if participants else "term"
        keys = [("participant", participant) for participant in participants]
        keys += [(term_kind, term) for term in terms]
        candidates = self._candidates(compatible_scopes(event, event.date), keys)
        best, best_score = None, 0
        for known in candidates:
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
        return [
            known
            for known in self._candidates(
                [("day", day) for day in days_around(event.date)],
                [("participant", participant) for participant in participants],
            )
            if known.precision == "day"
            and known.date != event.date
            and abs((known.date - event.date).days) <= DATE_WINDOW_DAYS
            and participants & known.participants
            and len(terms & known.terms) >= SHARED_TERMS
        ]

    def add(self, event: Event, event_id: str) -> None:
        """A batch's event, from here on known to the batch's later documents."""
        if event.date is not None:
            participants = frozenset(ACTOR_PREFIX + key for key in event.participants)
            self._put(
                KnownEvent(
                    event_id, event.date, event.precision, participants, title_terms(event.title)
                ),
                layer=1,
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
