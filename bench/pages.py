"""Every page's HTML size and serve time on a loaded database: issue 18's budget is under
500 KB and under 1 s per page with 1,000 generated articles loaded.

A measurement, not a test: it starts the service (bench/page_service.py) on the database the
``SAIDWHEN_*`` settings name, picks real ids from the JSON API (the best connected actor,
the first claim, document and topic), fetches each page ``--repeat`` times after one
warm-up request, and prints bytes, median and slowest seconds, flagging what is over.

    python -m bench.generator --articles 1000 --out /tmp/corpus
    SAIDWHEN_DATA_DIR=/tmp/data saidwhen load /tmp/corpus/seed-7-actors-3000 \
        --gazetteer /tmp/corpus/seed-7-actors-3000/gazetteer.yaml
    SAIDWHEN_DATA_DIR=/tmp/data SAIDWHEN_RESPONSE_CACHE_BYTES=0 python -m bench.pages [--repeat 3]

With the response cache on (the default), every request after the warm-up is answered from
the cache: ``SAIDWHEN_RESPONSE_CACHE_BYTES=0`` times the pages themselves.
"""

from __future__ import annotations

import argparse
import statistics
import time
from urllib.parse import quote, urlencode

import httpx

from bench.page_service import busiest_actor, page_service

SIZE_BUDGET = 500 * 1024
TIME_BUDGET = 1.0


def first_id(client: httpx.Client, path: str) -> str:
    items = client.get(path, params={"limit": 1}).raise_for_status().json()["items"]
    if not items:
        raise SystemExit(f"{path} is empty: load some articles first")
    return items[0]["id"]


def page_paths(client: httpx.Client) -> list[str]:
    """The pages to measure, with ids taken from the loaded graph."""
    actor = busiest_actor(client)
    claim = first_id(client, "/v1/claims")
    document = first_id(client, "/v1/documents")
    topic = first_id(client, "/v1/topics")
    word = actor["label"].split()[-1]
    return [
        "/",
        "/claims",
        "/claims?" + urlencode({"speaker": actor["id"]}),
        "/claims?" + urlencode({"topic": topic}),
        "/events",
        "/actors",
        "/actors?kind=person",
        "/topics",
        "/documents",
        "/search?" + urlencode({"q": word}),
        "/search?" + urlencode({"q": "said"}),
        "/timeline",
        "/timeline?" + urlencode({"actor": actor["id"]}),
        "/graph",
        "/graph?" + urlencode({"center": actor["id"]}),
        f"/actors/{quote(actor['id'], safe=':')}",
        f"/claims/{quote(claim, safe=':')}",
        f"/documents/{quote(document, safe=':')}",
        "/docs",
        "/redoc",
    ]


def measure(client: httpx.Client, path: str, repeat: int) -> dict:
    client.get(path)  # warm-up: first use of each query plan and template
    seconds, size, status = [], 0, 0
    for _ in range(repeat):
        started = time.perf_counter()
        response = client.get(path)
        seconds.append(time.perf_counter() - started)
        size, status = len(response.content), response.status_code
    return {
        "path": path,
        "status": status,
        "bytes": size,
        "median_s": statistics.median(seconds),
        "max_s": max(seconds),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with page_service() as (_, client):
        counts = client.get("/v1/stats").raise_for_status().json()["nodes"]
        print(", ".join(f"{count:,} {label.lower()}s" for label, count in counts.items()))
        rows = [measure(client, path, args.repeat) for path in page_paths(client)]
    print(f"{'page':<58} {'status':>6} {'KB':>8} {'median s':>9} {'max s':>7}")
    for row in rows:
        over = []
        if row["bytes"] > SIZE_BUDGET:
            over.append("SIZE")
        if row["max_s"] > TIME_BUDGET:
            over.append("TIME")
        print(
            f"{row['path'][:58]:<58} {row['status']:>6} {row['bytes'] / 1024:>8.1f} "
            f"{row['median_s']:>9.3f} {row['max_s']:>7.3f}  {' '.join(over)}"
        )


if __name__ == "__main__":
    main()
