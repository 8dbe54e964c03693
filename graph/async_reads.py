"""``Store.read`` and ``Store.run`` on the event loop, through the driver's asyncio API.

A route that reads with them answers without handing its request to a worker thread: a hop
that costs little CPU but waits for the thread to be scheduled (0.5-1 ms under load). They
run the same named queries with the same parameters, session, record conversion, retries and
errors as ``Store.read``, and the same ``Reads`` (graph/store.py), so what a read decides is
written once for both. An asyncio driver belongs to the event loop it was opened on: the app's
lifespan opens one with ``AsyncReads.open`` and closes it.
"""

from __future__ import annotations

from typing import Any, TypeVar

import neo4j

from graph.store import Reads, Rows, Store, read_attempts, records_to_dicts

T = TypeVar("T")


class AsyncReads:
    def __init__(self, store: Store, driver: neo4j.AsyncDriver) -> None:
        self.store = store
        self.driver = driver

    @classmethod
    def open(cls, store: Store) -> AsyncReads:
        """Reads to ``store``'s database on the running event loop, over a driver of their own."""
        return cls(store, store.connection.open_async_driver())

    async def read(self, name: str, **params: Any) -> Rows:
        query = self.store.read_query(name, params)
        with self.store.errors_mapped():
            for attempt in read_attempts():
                with attempt:
                    async with self.driver.session(**self.store.read_session()) as session:
                        result = await session.run(query, params)
                        return records_to_dicts([record async for record in result])
        raise AssertionError("unreachable")

    async def run(self, reads: Reads[T]) -> T:
        try:
            step = next(reads)
            while True:
                step = reads.send(await self.read(step.name, **step.params))
        except StopIteration as done:
            return done.value

    async def close(self) -> None:
        await self.driver.close()
