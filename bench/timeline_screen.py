"""How long the timeline's first screen takes in Chromium: issue 18's budget is under 2 s
with 1,000 generated articles loaded.

A measurement, not a test: it starts the service (bench/page_service.py) on the database the
``SAIDWHEN_*`` settings name and opens ``/timeline`` (and the busiest actor's timeline) in
headless Chromium ``--repeat`` times after one warm-up visit, timing from the navigation's
start to the first drawn item, and printing the HTML's arrival, the first item and the
page's ``load`` event (median and slowest). Each visit ends when the page's own requests
have (its counts come after the first paint), so none overlaps the next.

    SAIDWHEN_DATA_DIR=/tmp/data SAIDWHEN_RESPONSE_CACHE_BYTES=0 python -m bench.timeline_screen

With the response cache on (the default), the visits after the warm-up get their HTML from
the cache: ``SAIDWHEN_RESPONSE_CACHE_BYTES=0`` times a visit as a first one.
"""

from __future__ import annotations

import argparse
import statistics
from urllib.parse import urlencode

from playwright.sync_api import sync_playwright

from bench.page_service import busiest_actor, page_service

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]
DRAWN_ITEM = "#timeline .vis-item:is(.vis-box, .vis-range, .vis-point)"
BUDGET_SECONDS = 2.0
TIMEOUT_MS = 60_000


def visit(page: object, url: str) -> dict[str, float]:
    """One visit: seconds from the navigation's start to the HTML, the first item, ``load``."""
    page.goto(url, wait_until="commit", timeout=TIMEOUT_MS)
    page.wait_for_selector(DRAWN_ITEM, timeout=TIMEOUT_MS)
    drawn = page.evaluate("performance.now()")
    page.wait_for_load_state("load", timeout=TIMEOUT_MS)
    page.wait_for_load_state("networkidle", timeout=TIMEOUT_MS)
    timing = page.evaluate(
        "(() => { const n = performance.getEntriesByType('navigation')[0];"
        " return {html: n.responseEnd, load: n.loadEventEnd}; })()"
    )
    return {
        "html": timing["html"] / 1000,
        "first_item": drawn / 1000,
        "load": timing["load"] / 1000,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with page_service() as (service, client):
        paths = ["/timeline", "/timeline?" + urlencode({"actor": busiest_actor(client)["id"]})]
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            try:
                rows = [measure(browser, service.base_url + path, args.repeat) for path in paths]
            finally:
                browser.close()
    print(f"{'page':<50} {'html s':>7} {'first item s (median / max)':>28} {'load s':>7}")
    for path, row in zip(paths, rows, strict=True):
        over = "  OVER" if row["first_item_max"] > BUDGET_SECONDS else ""
        print(
            f"{path[:50]:<50} {row['html']:>7.2f} {row['first_item']:>13.2f} / "
            f"{row['first_item_max']:<12.2f} {row['load']:>7.2f}{over}"
        )


def measure(browser: object, url: str, repeat: int) -> dict[str, float]:
    """The median of ``repeat`` fresh visits (a new tab each, no cache) after a warm-up."""
    visits = []
    for attempt in range(repeat + 1):
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        try:
            result = visit(context.new_page(), url)
        finally:
            context.close()
        if attempt:
            visits.append(result)
    return {
        "html": statistics.median(v["html"] for v in visits),
        "first_item": statistics.median(v["first_item"] for v in visits),
        "first_item_max": max(v["first_item"] for v in visits),
        "load": statistics.median(v["load"] for v in visits),
    }


if __name__ == "__main__":
    main()
