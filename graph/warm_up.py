"""Plan the timeline's query shapes once, when the service starts, not on a client's time.

Neo4j plans a statement the first time it runs with a given set of parameter types: the first
actor timeline took 3.3 s (3,151 ms before its first row) and later ones 8-31 ms, so clients
arriving together behind a fresh start all waited seconds (EXPLAIN does not keep a plan for the
run: measured). On Neo4j the service reads a first page of an actor's and of a topic's timeline
before it takes requests: milliseconds once Neo4j has planned them. Not the whole timeline's,
whose first page sorts every claim (4.5-5.3 s at 100,000 claims on the embedded server).
"""

from __future__ import annotations

from graph.backend import plans_on_first_use
from graph.store import Store
from graph.timeline import TimelineFilters, read_timeline

FIRST_PAGE = {"limit": 51, "after_dated": None, "after_date": None, "after_id": None}
"""A first page as the API asks for it (the parameter types are what a plan is kept for)."""


def warm_timelines(store: Store) -> None:
    if not plans_on_first_use(store):
        return
    subjects = store.read("warm_up_subjects")[0]
    shapes = []
    if subjects["actor_id"]:
        shapes.append(TimelineFilters(actor=subjects["actor_id"]))
    if subjects["topic_id"]:
        shapes.append(TimelineFilters(topic=subjects["topic_id"]))
    for filters in shapes:
        read_timeline(store, filters, FIRST_PAGE)
