"""How long the graph page takes to settle at 1,500 nodes in Chromium: issue 18's budget is
under 3 s on this machine.

A measurement, not a test: it serves the app on loopback (in this process, with a page size
cap that lets one page draw ``--nodes`` actors) on the database the ``SAIDWHEN_*`` settings
name, opens ``/graph?limit=N`` in headless Chromium ``--repeat`` times after one warm-up
visit, and prints the nodes and edges drawn, the HTML's arrival, the page parsed (its
scripts run) and the moment the layout settled (physics off), median and slowest, all from
the navigation's start.

    SAIDWHEN_DATA_DIR=/tmp/data SAIDWHEN_RESPONSE_CACHE_BYTES=0 python -m bench.graph_settle

The graph needs at least ``--nodes`` actors (1,000 generated articles hold about 2,450).
"""

from __future__ import annotations

import argparse
import statistics
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import uvicorn
from playwright.sync_api import sync_playwright

from api.app import create_app
from bench.service import free_port
from bench.timeline_screen import CHROMIUM, CHROMIUM_ARGS, TIMEOUT_MS
from graph.settings import Settings

BUDGET_SECONDS = 3.0
START_TIMEOUT = 60.0


@contextmanager
def served(settings: Settings) -> Iterator[str]:
    """The app on a free loopback port in a thread of this process; its base URL."""
    server = uvicorn.Server(
        uvicorn.Config(
            create_app(settings), host="127.0.0.1", port=free_port(), log_level="warning"
        )
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + START_TIMEOUT
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the app did not start")
        time.sleep(0.1)
    try:
        yield f"http://127.0.0.1:{server.config.port}"
    finally:
        server.should_exit = True
        thread.join(START_TIMEOUT)


def visit(browser: object, url: str) -> dict[str, float]:
    """One fresh visit: seconds from the navigation's start to the HTML and to the layout
    settling (graph.js records it), and the nodes drawn."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    try:
        page = context.new_page()
        page.goto(url, wait_until="commit", timeout=TIMEOUT_MS)
        page.wait_for_function(
            "window.saidwhenGraphSettledMs !== undefined", timeout=TIMEOUT_MS, polling=100
        )
        timing = page.evaluate("performance.getEntriesByType('navigation')[0].toJSON()")
        return {
            "html": timing["responseEnd"] / 1000,
            "parsed": timing["domInteractive"] / 1000,
            "settled": page.evaluate("window.saidwhenGraphSettledMs") / 1000,
            "nodes": page.evaluate("nodes.length"),
            "edges": page.evaluate("edges.length"),
        }
    finally:
        context.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=1_500)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    settings = Settings().model_copy(update={"page_size_cap": args.nodes})
    with served(settings) as base_url, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            url = f"{base_url}/graph?limit={args.nodes}"
            visits = [visit(browser, url) for _ in range(args.repeat + 1)][1:]
        finally:
            browser.close()
    settled = [v["settled"] for v in visits]
    over = "  OVER" if max(settled) > BUDGET_SECONDS else ""
    print(
        f"{'page':<20} {'nodes':>6} {'edges':>6} {'html s':>7} {'parsed s':>9}"
        f" {'settled s (median / max)':>26}"
    )
    print(
        f"/graph?limit={args.nodes:<7} {visits[0]['nodes']:>6} {visits[0]['edges']:>6} "
        f"{statistics.median(v['html'] for v in visits):>7.2f} "
        f"{statistics.median(v['parsed'] for v in visits):>9.2f} "
        f"{statistics.median(settled):>13.2f} / {max(settled):<10.2f}{over}"
    )


if __name__ == "__main__":
    main()
