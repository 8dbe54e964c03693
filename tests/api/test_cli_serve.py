"""``saidwhen serve`` says where to look once it answers, and what the store holds."""

from __future__ import annotations

import os
import queue
import re
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import psutil
import pytest

from graph import embedded
from graph.settings import Settings
from graph.stats import count_core_nodes
from graph.store import Store
from graph.writer import write_document
from tests.cli_env import environment_for
from tests.factories import TARIFF_META, tariff_extraction

READY_WITHIN = 120.0
CLI = "from api.cli import main; main(prog_name='saidwhen')"


def start_serving(variables: dict[str, str]) -> tuple[subprocess.Popen, queue.Queue]:
    """``saidwhen serve --port 0`` with these ``SAIDWHEN_*`` variables, its stdout lines in a
    queue."""
    inherited = {name: value for name, value in os.environ.items() if "SAIDWHEN_" not in name}
    env = {**inherited, **variables}
    process = subprocess.Popen(
        [sys.executable, "-c", CLI, "serve", "--host", "127.0.0.1", "--port", "0"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    lines: queue.Queue = queue.Queue()
    threading.Thread(
        target=lambda: [lines.put(line) for line in process.stdout], daemon=True
    ).start()
    return process, lines


@pytest.fixture
def serving(store: Store) -> Iterator[tuple[subprocess.Popen, queue.Queue]]:
    """Serving the test's database, stopped by its pid."""
    write_document(store, TARIFF_META, tariff_extraction())
    process, lines = start_serving(environment_for(store))
    try:
        yield process, lines
    finally:
        process.terminate()
        process.wait(timeout=60)


def announcement(lines: queue.Queue) -> str:
    """The lines printed up to 'Press Ctrl+C to stop.'"""
    deadline = time.monotonic() + READY_WITHIN
    printed = ""
    while "Press Ctrl+C" not in printed:
        printed += lines.get(timeout=max(deadline - time.monotonic(), 0.1))
    return printed


def test_serve_names_the_pages_the_docs_and_what_the_store_holds(
    store: Store, serving: tuple[subprocess.Popen, queue.Queue]
) -> None:
    counts = count_core_nodes(store)

    printed = announcement(serving[1])

    assert f"serving 1 document and {counts.claims} claims" in printed
    base = re.search(r"pages\s+(http://127\.0\.0\.1:\d+)/\s", printed).group(1)
    assert f"{base}/timeline" in printed and f"{base}/graph" in printed
    assert f"{base}/docs" in printed
    assert httpx.get(f"{base}/health", timeout=10).status_code == 200
    assert "Jonas Reed" in httpx.get(f"{base}/timeline?actor=Jonas%20Reed", timeout=30).text


def test_serve_stopped_by_sigterm_stops_the_embedded_server_it_started(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "data")
    process, lines = start_serving({"SAIDWHEN_DATA_DIR": str(settings.data_dir)})
    try:
        announcement(lines)
        server = embedded.find_running_server(settings)
        assert server is not None

        process.terminate()
        process.wait(timeout=60)

        assert embedded.find_running_server(settings) is None
        assert not psutil.pid_exists(server.pid)
    finally:
        if process.poll() is None:
            process.kill()
        embedded.stop_server(settings)
