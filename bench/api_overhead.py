"""What the service adds to the timeline's query, and where that time goes.

    python -m bench.api_overhead [--backend arcadedb|neo4j] [--claims 10000] [--requests 300]

Fills a fresh database to ``--claims`` (bench/fill.py), then times the timeline of the
best-connected actors through a real uvicorn service with the response cache off against the
named query run directly (bench/queries.py's first question, the two sides taking turns), and
prints both with their ratio, twice (the machine is shared), with the service's CPU time per
request (steadier than latency on a busy machine) and the client's (this process's CPU over the
same requests sent again), through httpx and through bench/http_client.py's lean client (the
latency tables' own; what httpx itself costs shows as the difference). Then, in this process,
the median time of each stage of a request, each including the ones before it (the query; the
same read on the event loop, its rows checked against the items' row types; the endpoint
function, which renders the JSON; the whole ASGI app without a socket), and a cProfile of the
endpoint function by own time: where to look before changing the request path.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import io
import os
import pstats
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from urllib.parse import urlencode

import httpx
import psutil
from fastapi import Response
from pydantic import TypeAdapter
from starlette.types import ASGIApp, Message, Scope

from api.app import create_app
from api.cli import quiet_server_notifications
from api.paging import PageRequest
from api.routers.timeline import TimelinePage, get_timeline
from bench.backends import BACKENDS, open_backend
from bench.fill import Filler
from bench.http_client import LeanClient
from bench.queries import API_TIMEOUT, PAGE, QUESTIONS, Subjects, measure_question, pick_subjects
from bench.run import DEFAULT_HEAP
from bench.service import start_service
from bench.stats import percentile
from graph.async_reads import AsyncReads
from graph.settings import Settings
from graph.store import Store
from graph.timeline import TimelineFilters, timeline_rows

TIMELINE = QUESTIONS[0]
PROFILE_LINES = 25
ENDPOINT_DEFAULTS = dict(topic=None, since=None, until=None, kinds="claim,event",
                         dated_by="said", min_confidence=None)  # fmt: skip


def measure(store: Store, requests: int, log_dir: Path) -> None:
    settings = store.settings.model_copy(update={"response_cache_bytes": 0})
    subjects = pick_subjects(store)
    service = start_service(settings, log_dir)
    lean = LeanClient(service.base_url, API_TIMEOUT)
    try:
        with httpx.Client(base_url=service.base_url, timeout=API_TIMEOUT) as client:
            for _ in range(2):
                for name, http_client in (("httpx", client), ("http.client", lean)):
                    cpu = service_cpu_seconds(service.pid)
                    row = measure_question(TIMELINE, store, http_client, subjects, requests, 30.0)
                    cpu = (service_cpu_seconds(service.pid) - cpu) / (row.requests + 1)
                    print(
                        f"{row.question} ({name}): API p50 {row.api_p50_ms:.2f} ms, p95 "
                        f"{row.api_p95_ms:.2f} ms; direct p50 {row.direct_p50_ms:.2f} ms, p95 "
                        f"{row.direct_p95_ms:.2f} ms; API/direct {row.ratio_p50:.2f}; service "
                        f"CPU {cpu * 1000:.2f} ms a request, client CPU "
                        f"{client_cpu_ms(http_client, subjects, requests):.2f} ms; "
                        f"load average {os.getloadavg()[0]:.1f}"
                    )
    finally:
        lean.close()
        service.stop()
    print("\nwhere a request's time goes, in this process (median ms of each stage and below):")
    for name, median in stages(store, settings, subjects, requests):
        print(f"   {median:8.2f}  {name}")
    profile_endpoint(store, subjects, requests)


def client_cpu_ms(
    http_client: httpx.Client | LeanClient, subjects: Subjects, requests: int
) -> float:
    """CPU this process spends per API request, the client's own: on two cores it is taken
    from the service while the request is in flight, so the API side's latency includes it."""
    started = time.process_time()
    for i in range(requests):
        params = {k: str(v) for k, v in TIMELINE.api_params(subjects, i).items()}
        http_client.get(TIMELINE.path, params=params)
    return (time.process_time() - started) / requests * 1000


def service_cpu_seconds(pid: int) -> float:
    """User and system CPU the service has used: steadier than latency on a shared machine."""
    times = psutil.Process(pid).cpu_times()
    return times.user + times.system


def stages(
    store: Store, settings: Settings, subjects: Subjects, requests: int
) -> list[tuple[str, float]]:
    return asyncio.run(stages_on_a_loop(store, settings, subjects, requests))


async def stages_on_a_loop(
    store: Store, settings: Settings, subjects: Subjects, requests: int
) -> list[tuple[str, float]]:
    """Each stage includes the ones above it, so the differences are what each one adds. They
    run on one event loop, as in the service: the route reads on it (graph/async_reads.py)."""
    page = PageRequest(PAGE)
    adapter = TypeAdapter(TimelinePage)
    reads = AsyncReads.open(store)

    async def endpoint(i: int) -> object:
        return await get_timeline(
            actor=subjects.actor(i), **ENDPOINT_DEFAULTS, page=page, reads=reads
        )

    async def through_app(reads: AsyncReads) -> list[float]:
        """The ASGI app called as uvicorn calls it (no client library: httpx's own CPU
        would be counted as the app's)."""
        app = create_app(settings, store)
        app.state.store, app.state.settings, app.state.reads = store, settings, reads
        spent = []
        for i in range(requests):
            query = urlencode(TIMELINE.api_params(subjects, i)).encode()
            sent: list[Message] = []

            async def receive() -> Message:
                return {"type": "http.request", "body": b"", "more_body": False}

            async def send(message: Message, sent: list[Message] = sent) -> None:
                sent.append(message)

            started = time.perf_counter()
            await app(asgi_scope(app, TIMELINE.path, query), receive, send)
            spent.append(time.perf_counter() - started)
            assert sent[0]["status"] == 200, sent
        return spent

    async def returned_json(i: int) -> bytes:
        answer = await endpoint(i)
        if isinstance(answer, Response):
            return bytes(answer.body)
        return adapter.dump_json(adapter.validate_python(answer))

    async def direct(i: int) -> object:
        return TIMELINE.direct(store, subjects, i)

    async def rows(i: int) -> object:
        filters = TimelineFilters(actor=subjects.actor(i))
        return await timeline_rows(reads, filters, page.query_params())

    timed = [
        ("the named query (store.read, the direct side)", direct),
        ("the same on the event loop, resolved and checked (timeline_rows)", rows),
        ("+ the endpoint function (paging, the envelope)", endpoint),
        ("+ its answer as JSON bytes (as FastAPI makes it)", returned_json),
    ]
    try:
        figures = [(name, await median_ms(call, requests)) for name, call in timed]
        whole = await through_app(reads)
        figures.append(
            ("+ the whole app in process (ASGI, middleware, no socket)",
             percentile(whole, 50) * 1000)
        )  # fmt: skip
        canned = await through_app(CannedRows(store, subjects))
    finally:
        await reads.close()
    figures.append(
        ("the whole app over the same pages' rows read before (no database): what it adds",
         percentile(canned, 50) * 1000)
    )  # fmt: skip
    return figures


class CannedRows(AsyncReads):
    """Answers the timeline's query with the rows the store gave for each actor beforehand, so
    the app's own time shows without the database's (steadier on a busy machine)."""

    def __init__(self, store: Store, subjects: Subjects) -> None:
        super().__init__(store, None)  # type: ignore[arg-type]  # it opens no connection
        self.rows = {
            subjects.actor(i): TIMELINE.direct(store, subjects, i)
            for i in range(len(subjects.actors))
        }

    async def read(self, name: str, **params: object) -> list[dict[str, object]]:
        assert name == "timeline_of_actor", name
        return self.rows[str(params["id_or_name"])]


def asgi_scope(app: ASGIApp, path: str, query: bytes) -> Scope:
    return {
        "type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "GET",
        "scheme": "http", "path": path, "raw_path": path.encode(), "query_string": query,
        "root_path": "", "headers": [(b"host", b"bench")], "client": ("127.0.0.1", 50000),
        "server": ("127.0.0.1", 80), "app": app, "state": {},
    }  # fmt: skip


async def median_ms(call: Callable[[int], Awaitable[object]], requests: int) -> float:
    await call(0)
    spent = []
    for i in range(requests):
        started = time.perf_counter()
        await call(i)
        spent.append(time.perf_counter() - started)
    return percentile(spent, 50) * 1000


def profile_endpoint(store: Store, subjects: Subjects, requests: int) -> None:
    """cProfile of the endpoint function on an event loop, its asyncio reads included."""
    page = PageRequest(PAGE)
    profiler = cProfile.Profile()

    async def calls() -> None:
        reads = AsyncReads.open(store)
        try:
            for i in range(-1, requests):  # the first opens the connection: not profiled
                if i == 0:
                    profiler.enable()
                await get_timeline(
                    actor=subjects.actor(i), **ENDPOINT_DEFAULTS, page=page, reads=reads
                )
            profiler.disable()
        finally:
            await reads.close()

    asyncio.run(calls())
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(PROFILE_LINES)
    print(f"\ncProfile of {requests} calls of the endpoint function, by own time:")
    print(out.getvalue())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--backend", choices=BACKENDS, default="arcadedb")
    parser.add_argument("--claims", type=int, default=10_000)
    parser.add_argument("--requests", type=int, default=300)
    args = parser.parse_args()
    quiet_server_notifications(verbose=0)
    with tempfile.TemporaryDirectory(prefix="saidwhen-overhead-") as scratch:
        with open_backend(args.backend, Path(scratch), DEFAULT_HEAP) as store:
            Filler().fill(store, args.claims)
            measure(store, args.requests, Path(scratch))


if __name__ == "__main__":
    main()
