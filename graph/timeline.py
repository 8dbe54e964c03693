"""The timeline: claims and events merged in date order, undated items last, never dropped.

Claims sort by when they were said, events by when they happened; both carry ``date`` and
``precision`` so one list can be drawn on one axis. Asked with ``dated_by="reported"``, a
claim the text does not date is placed on the day its document was published, and its
``placed_by`` says ``reported_on`` so it can be drawn apart. The timeline page and ``saidwhen
timeline`` read it through ``read_timeline``; the router through ``timeline_rows``, on the event
loop; all of them make the same reads (``timeline_reads``).
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Annotated, Any, Literal

from pydantic import Field, TypeAdapter

from graph.actors import actor_id_candidates, actor_resolution
from graph.async_reads import AsyncReads
from graph.claims import ClaimItem, DatedBy, Precision, check_date_range, filter_resolution
from graph.errors import InvalidInput
from graph.events import EventItem
from graph.row_shapes import row_type
from graph.store import Read, Reads, Rows, Store
from graph.topics import topic_resolution

KINDS = ("claim", "event")


class TimelineClaim(ClaimItem):
    kind: Literal["claim"] = "claim"
    reported_by: int = 1
    """How many claims report this statement (the item is the earliest; graph/statements.py)."""
    date: datetime.date | None = None
    precision: Precision | None = None
    undated: bool


class TimelineEvent(EventItem):
    kind: Literal["event"] = "event"
    undated: bool


TimelineItem = Annotated[TimelineClaim | TimelineEvent, Field(discriminator="kind")]
ITEMS = TypeAdapter(list[TimelineItem])
ITEM_ROWS = TypeAdapter(
    list[Annotated[row_type(TimelineClaim) | row_type(TimelineEvent), Field(discriminator="kind")]]
)
"""The items checked as ``ITEMS`` checks them, kept as dicts in the models' field order."""


@dataclass(frozen=True)
class TimelineFilters:
    """Filters as given; None means "any". ``actor`` said the claims and took part in the events."""

    actor: str | None = None
    topic: str | None = None
    since: datetime.date | None = None
    until: datetime.date | None = None
    kinds: tuple[str, ...] = KINDS
    dated_by: DatedBy = "said"
    min_confidence: float | None = None


def parse_kinds(text: str) -> tuple[str, ...]:
    """``"claim,event"`` → ``("claim", "event")``, refusing anything else by name."""
    kinds = tuple(dict.fromkeys(part.strip() for part in text.split(",") if part.strip()))
    unknown = [kind for kind in kinds if kind not in KINDS]
    if unknown or not kinds:
        raise InvalidInput(
            f"kinds: {text!r} is not a list of kinds "
            f"(expected {', '.join(KINDS)} or both, comma-separated)"
        )
    return kinds


def read_timeline(
    store: Store, filters: TimelineFilters, page: Mapping[str, Any]
) -> list[TimelineClaim | TimelineEvent]:
    """One page of the merged timeline; ``page`` holds ``limit`` and the cursor."""
    return ITEMS.validate_python(read_items(store, filters, page))


async def timeline_rows(
    reads: AsyncReads, filters: TimelineFilters, page: Mapping[str, Any]
) -> list[dict[str, Any]]:
    """The same page as dicts that write the models' JSON (graph/row_shapes.py), without a
    model object per item and part, read on the event loop (graph/async_reads.py): what the
    API sends."""
    return ITEM_ROWS.validate_python(await reads.run(timeline_reads(filters, page)))


def read_items(
    store: Store, filters: TimelineFilters, page: Mapping[str, Any]
) -> list[dict[str, Any]]:
    """The page's items as the named query returns them."""
    return store.run(timeline_reads(filters, page))


def timeline_reads(filters: TimelineFilters, page: Mapping[str, Any]) -> Reads[Rows]:
    """``read_items``'s reads (graph/store.py ``Reads``), for ``timeline_rows`` too."""
    check_date_range(filters.since, filters.until)
    topic_id = yield from filter_resolution(topic_resolution, filters.topic, "topic")
    common = dict(
        by_reported=filters.dated_by == "reported",
        min_confidence=filters.min_confidence,
        since=filters.since,
        until=filters.until,
        include_claims="claim" in filters.kinds,
        include_events="event" in filters.kinds,
        **page,
    )
    # One query per starting point, so each walks from what it is given instead of all claims.
    if filters.actor:
        return (yield from actor_items_reads(filters.actor, {"topic_id": topic_id, **common}))
    if topic_id is not None:
        rows = yield Read("timeline_of_topic", {"topic_id": topic_id, **common})
    else:
        rows = yield Read("timeline_all", common)
    items: Rows = rows[0]["items"]
    return items


def actor_items_reads(actor: str, common: Mapping[str, Any]) -> Reads[Rows]:
    """An actor's page, in one round trip when ``actor`` is an id, key, name or alias.

    When the query answers no row, ``actor`` is resolved on its own (a ``NotFound`` if it names
    nothing; a graph loaded before names were indexed is searched whole) and the query runs
    again with the id; no row then is an empty page.
    """
    rows = yield Read("timeline_of_actor", {**actor_id_candidates(actor), **common})
    if not rows:
        actor_id = yield from filter_resolution(actor_resolution, actor, "actor")
        rows = yield Read("timeline_of_actor", {**actor_id_candidates(actor_id), **common})
    return rows[0]["items"] if rows else []


def read_whole_timeline(
    store: Store, filters: TimelineFilters, page_size: int
) -> list[TimelineClaim | TimelineEvent]:
    """Every item, read ``page_size`` at a time after the last one (the command line's list)."""
    items: list[TimelineClaim | TimelineEvent] = []
    after: dict[str, Any] = {"after_dated": None, "after_date": None, "after_id": None}
    while True:
        rows = read_timeline(store, filters, {"limit": page_size + 1, **after})
        items += rows[:page_size]
        if len(rows) <= page_size:
            return items
        last = items[-1]
        after = {"after_dated": last.date is not None, "after_date": last.date, "after_id": last.id}
