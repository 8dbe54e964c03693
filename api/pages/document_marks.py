"""What a document page marks in its text: claims, events, actors and dates, linked both ways.

Claims and events come with their passage's offsets; a date is the claim's or event's
``date_text`` found inside that passage; an actor is each place its name or an alias
occurs as whole words. Marks may overlap (a name inside a claim's passage), so the text
is cut at every mark's ends into segments, each carrying the marks that cover it: a
segment is a leaf element, and the marked passage of ``?start=&end=`` can wrap a run of
them. Pure functions over offsets: the template escapes every piece of text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from api.pages.formatting import date_label
from graph.claims import ClaimItem, Evidence
from graph.documents import DocumentActor
from graph.events import EventItem

KIND_ORDER = ("claim", "event", "date", "actor")


@dataclass(frozen=True)
class Mark:
    kind: str
    """``claim``, ``event``, ``date`` or ``actor``."""
    key: str
    """The anchor: ``mark-<key>`` in the text, ``found-<key>`` in the side list."""
    start: int
    end: int


@dataclass
class Found:
    """One entry of the side list, and the marks in the text that belong to it."""

    kind: str
    key: str
    label: str
    detail: str
    url: str | None
    marks: list[Mark] = field(default_factory=list)


@dataclass(frozen=True)
class Segment:
    text: str
    kinds: tuple[str, ...]
    """The kinds of the marks covering it (for its style), in ``KIND_ORDER``."""
    link: str | None
    """The side-list entry of its narrowest mark, where a click on it goes."""
    anchors: tuple[str, ...]
    """Keys of the marks that start here."""
    in_passage: bool


def find_marks(
    text: str, claims: list[ClaimItem], events: list[EventItem], actors: list[DocumentActor]
) -> list[Found]:
    """The side list: each claim, event, date and actor found, with its marks in ``text``."""
    found: list[Found] = []
    dates: dict[tuple[int, int], Found] = {}
    in_text_order = sorted(claims, key=lambda claim: (claim.evidence.start, claim.id))
    for number, claim in enumerate(in_text_order, start=1):
        key = f"claim-{number}"
        who = claim.speaker.name if claim.speaker else "unattributed"
        entry = Found("claim", key, claim.text, who, f"/claims/{claim.id}")
        entry.marks.append(Mark("claim", key, claim.evidence.start, claim.evidence.end))
        found.append(entry)
        _add_date(
            text, dates, claim.evidence, claim.date_text, claim.said_on, claim.said_on_precision
        )
    for number, event in enumerate(sorted(events, key=lambda e: (e.evidence.start, e.id)), 1):
        key = f"event-{number}"
        names = ", ".join(actor.name for actor in event.participants) or "no named participant"
        entry = Found("event", key, event.title, names, None)
        entry.marks.append(Mark("event", key, event.evidence.start, event.evidence.end))
        found.append(entry)
        _add_date(text, dates, event.evidence, event.date_text, event.date, event.precision)
    for number, (_, entry) in enumerate(sorted(dates.items()), start=1):
        entry.key = f"date-{number}"
        entry.marks = [Mark("date", entry.key, mark.start, mark.end) for mark in entry.marks]
        found.append(entry)
    found += _actor_marks(text, actors)
    return found


def _add_date(
    text: str,
    dates: dict[tuple[int, int], Found],
    evidence: Evidence,
    date_text: str | None,
    value: date | None,
    precision: str | None,
) -> None:
    """The date's words inside the item's passage, once per place in the text (numbered
    later, in text order)."""
    if not date_text:
        return
    start = text.find(date_text, evidence.start, evidence.end)
    if start < 0 or (start, start + len(date_text)) in dates:
        return
    entry = Found("date", "", date_text, date_label(value, precision), None)
    entry.marks.append(Mark("date", "", start, start + len(date_text)))
    dates[(start, start + len(date_text))] = entry


def _actor_marks(text: str, actors: list[DocumentActor]) -> list[Found]:
    """Each actor's names as whole words, longest name first, no two actors on one place."""
    taken: set[int] = set()
    entries = []
    names = sorted(
        ((name, actor) for actor in actors for name in {actor.name, *actor.aliases} if name),
        key=lambda pair: -len(pair[0]),
    )
    by_actor: dict[str, Found] = {}
    for name, actor in names:
        pattern = re.compile(r"(?<!\w)" + re.escape(name) + r"(?!\w)")
        for match in pattern.finditer(text):
            if taken & set(range(match.start(), match.end())):
                continue
            taken.update(range(match.start(), match.end()))
            entry = by_actor.get(actor.id)
            if entry is None:
                key = f"actor-{len(by_actor) + 1}"
                kind = (actor.kind or "actor").replace("_", " ")
                entry = Found("actor", key, actor.name, kind, f"/actors/{actor.id}")
                by_actor[actor.id] = entry
            entry.marks.append(Mark("actor", entry.key, match.start(), match.end()))
    for actor in actors:
        if actor.id in by_actor:
            entry = by_actor[actor.id]
            entry.marks.sort(key=lambda mark: mark.start)
            entries.append(entry)
    return entries


def cut_segments(
    text: str, found: list[Found], passage: tuple[int, int] | None = None
) -> list[Segment]:
    """``text`` cut at every mark's ends (and the passage's), each piece with its marks."""
    marks = [
        mark for entry in found for mark in entry.marks if 0 <= mark.start < mark.end <= len(text)
    ]
    cuts = {0, len(text)}
    for mark in marks:
        cuts.update((mark.start, mark.end))
    if passage is not None:
        cuts.update(passage)
    first: dict[str, int] = {}
    for mark in marks:
        first[mark.key] = min(first.get(mark.key, mark.start), mark.start)
    points = sorted(cuts)
    segments = []
    for start, end in zip(points, points[1:], strict=False):
        covering = [mark for mark in marks if mark.start <= start and end <= mark.end]
        narrowest = min(covering, key=lambda mark: mark.end - mark.start, default=None)
        segments.append(
            Segment(
                text[start:end],
                tuple(kind for kind in KIND_ORDER if any(m.kind == kind for m in covering)),
                f"#found-{narrowest.key}" if narrowest else None,
                tuple(dict.fromkeys(mark.key for mark in marks if first[mark.key] == start)),
                passage is not None and passage[0] <= start and end <= passage[1],
            )
        )
    return segments


def checked_passage(text: str, start: int | None, end: int | None) -> tuple[int, int] | None:
    """The span of ``?start=&end=`` if it lies in the text: a stale link marks nothing."""
    if start is None or end is None or not 0 <= start < end <= len(text):
        return None
    return start, end
