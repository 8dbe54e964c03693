"""The service and the subjects the page benchmarks (bench/pages.py, bench/timeline_screen.py)
measure: one uvicorn process on the database the ``SAIDWHEN_*`` settings name, and the best
connected actor of the loaded graph."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

from bench.service import Service, start_service
from graph.settings import Settings

REQUEST_TIMEOUT = 60.0


@contextmanager
def page_service() -> Iterator[tuple[Service, httpx.Client]]:
    """The service, started on the settings' database, and a client for it; stopped after."""
    with tempfile.TemporaryDirectory() as log_dir:
        service = start_service(Settings(), Path(log_dir))
        try:
            with httpx.Client(base_url=service.base_url, timeout=REQUEST_TIMEOUT) as client:
                yield service, client
        finally:
            service.stop()


def busiest_actor(client: httpx.Client) -> dict[str, str]:
    """The actor the graph view draws first (the best connected): its ``id`` and ``label``."""
    nodes = client.get("/v1/graph", params={"limit": 1}).raise_for_status().json()["nodes"]
    if not nodes:
        raise SystemExit("the graph is empty: load some articles first")
    return nodes[0]
