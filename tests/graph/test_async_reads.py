"""``AsyncReads``: the same reads as ``Store`` on an event loop, decided by the same code."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import pytest

from graph.async_reads import AsyncReads
from graph.errors import NotFound
from graph.store import Store
from graph.timeline import TimelineFilters, read_items, timeline_reads
from graph.writer import write_document
from tests.factories import TARIFF_META, tariff_extraction
from tests.own_loop import run_on_own_loop

T = TypeVar("T")
PAGE = {"limit": 10, "after_dated": None, "after_date": None, "after_id": None}


def on_a_loop(store: Store, work: Callable[[AsyncReads], Awaitable[T]]) -> T:
    """``work`` on a new event loop, with reads opened on it and closed after."""

    async def run() -> T:
        reads = AsyncReads.open(store)
        try:
            return await work(reads)
        finally:
            await reads.close()

    return run_on_own_loop(run())


@pytest.mark.parametrize(
    "filters",
    [
        TimelineFilters(),
        TimelineFilters(actor="actor:jonas-reed"),
        TimelineFilters(actor="reed", kinds=("claim",)),
        TimelineFilters(topic="reservoir", min_confidence=0.5),
    ],
    ids=["all", "actor by id", "actor to resolve", "topic"],
)
def test_a_timeline_page_read_on_the_loop_is_the_one_the_store_reads(
    store: Store, filters: TimelineFilters
) -> None:
    write_document(store, TARIFF_META, tariff_extraction())
    expected = read_items(store, filters, PAGE)
    assert expected
    assert on_a_loop(store, lambda reads: reads.run(timeline_reads(filters, PAGE))) == expected


def test_an_unknown_actor_is_the_same_not_found_on_the_loop(store: Store) -> None:
    filters = TimelineFilters(actor="Zed Nobody")
    with pytest.raises(NotFound) as in_thread:
        read_items(store, filters, PAGE)
    with pytest.raises(NotFound) as on_loop:
        on_a_loop(store, lambda reads: reads.run(timeline_reads(filters, PAGE)))
    assert str(on_loop.value) == str(in_thread.value)
    assert str(on_loop.value).startswith("actor: ")


def test_a_query_that_writes_is_refused_on_the_loop_too(store: Store) -> None:
    async def write(reads: AsyncReads) -> Any:
        return await reads.read("bump_write_generation", epoch="e")

    with pytest.raises(ValueError, match="bump_write_generation writes"):
        on_a_loop(store, write)
