"""Read latency on an embedded store kept between runs, to iterate on a query at a large size.

    python -m bench.latency DATA_DIR --claims 1000000 [--questions search,paths] [--requests 100]
    python -m bench.latency DATA_DIR --claims 10000 --throughput [--neo4j]


The first run fills DATA_DIR as bench/run.py fills its scratch folder (generated articles
through ingest for up to 45 s, then synthetic claims through the writer); later runs reuse
it and add only the claims missing, so a million claims are written once. Prints the
latency table of bench/queries.py (the API side with the response cache off, as bench/run.py
takes it) with the load average beside it; with ``--throughput``, instead, the timeline's
requests/s under 16 clients over the Zipf mix of bench/run.py with the response cache off
and on, and the same clients against a static file (no database, no cache): what the load
generator and uvicorn reach on their own, the ceiling of the other two.
"""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path

from api.cli import quiet_server_notifications
from bench.backends import connected, open_backend
from bench.fill import Filler
from bench.generator import DEFAULT_OUT, ensure_corpus, gazetteer_path
from bench.ingest_speed import measure_ingest
from bench.progress import progress
from bench.queries import QUESTIONS, Latency, Question, measure_queries, pick_subjects
from bench.run import DEFAULT_HEAP, NO_CACHE, Options, measure_throughput, read_corpus, zipf_actors
from bench.service import start_service
from graph.settings import Settings
from graph.store import Store

INGEST_ARTICLES = 900
INGEST_SECONDS = 45.0
STATE_FILE = "bench-fill.json"
"""What the folder holds: claims from ingest, synthetic claims, and the next synthetic number."""
STATIC_FILE = "/static/saidwhen.css"


def fill_to(store: Store, data_dir: Path, claims: int, seed: int) -> int:
    """Claims in the store once it holds ``claims``; the state file says where they came from.
    (A store kept from before the co-mention weights gets them when it is opened: ensure_schema.)"""
    state_path = data_dir / STATE_FILE
    state = json.loads(state_path.read_text()) if state_path.exists() else None
    if state is None:
        corpus = ensure_corpus(INGEST_ARTICLES, seed, DEFAULT_OUT)
        progress("ingest of the generated articles")
        ingest = measure_ingest(
            store, read_corpus(corpus), gazetteer_path(corpus), claims, INGEST_SECONDS
        )
        state = {"ingest_claims": ingest.claims, "fill_next": 0, "fill_claims": 0}
    filler = Filler(seed=seed, next_number=state["fill_next"], claims=state["fill_claims"])
    filler.fill(store, max(0, claims - state["ingest_claims"]))
    state.update(fill_next=filler.next_number, fill_claims=filler.claims)
    state_path.write_text(json.dumps(state))
    return state["ingest_claims"] + filler.claims


def print_latencies(claims: int, rows: list[Latency]) -> None:
    load = " ".join(f"{value:.2f}" for value in os.getloadavg())
    print(f"{claims:,} claims, load average {load} after the run")
    print(f"   {'question':36}{'n':>5}{'err':>5}{'API p50':>10}{'API p95':>10}"
          f"{'direct p50':>12}{'direct p95':>12}")  # fmt: skip
    for row in rows:
        print(
            f"   {row.question:36}{row.requests:>5}{row.errors:>5}{row.api_p50_ms:>10.1f}"
            f"{row.api_p95_ms:>10.1f}{row.direct_p50_ms:>12.1f}{row.direct_p95_ms:>12.1f}"
        )


def print_throughput(store: Store, settings: Settings, log_dir: Path, seed: int) -> None:
    """Requests/s of the timeline with the cache off and on, and of a static file."""
    options = Options(scales=[], seed=seed)
    actors = zipf_actors(store, options)
    for name, service_settings, path in (
        ("a static file (the client and uvicorn)", settings, None),
        ("timeline, cache off", settings.model_copy(update=NO_CACHE), "timeline"),
        ("timeline, cache on", settings, "timeline"),
    ):
        service = start_service(service_settings, log_dir)
        try:
            if path is None:
                figures = measure_throughput(service.base_url, [], options, STATIC_FILE)
            else:
                figures = measure_throughput(service.base_url, actors, options)
        finally:
            service.stop()
        load = " ".join(f"{value:.2f}" for value in os.getloadavg())
        print(
            f"   {name:40}{figures['requests_per_second']:>8.0f} requests/s, p95 "
            f"{figures['p95_ms']:.1f} ms, max {figures['max_ms']:.0f} ms, {figures['errors']} "
            f"errors (load average {load})"
        )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", type=Path, help="the kept store's folder")
    parser.add_argument("--claims", type=int, required=True)
    parser.add_argument("--questions", help="words of the questions to time, comma-separated")
    parser.add_argument("--requests", type=int, default=100)
    parser.add_argument("--seconds", type=float, default=20.0, help="time budget per side")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--throughput", action="store_true", help="requests/s under load instead of latency"
    )
    parser.add_argument(
        "--neo4j",
        action="store_true",
        help="a fresh Neo4j in DATA_DIR instead (filled on every run: it is not kept)",
    )
    args = parser.parse_args(argv)
    quiet_server_notifications(verbose=0)
    words = [word.strip() for word in (args.questions or "").split(",") if word.strip()]
    questions = [q for q in QUESTIONS if not words or any(w in q.name for w in words)]
    data_dir = args.data_dir.resolve()
    if args.neo4j:
        data_dir.mkdir(parents=True, exist_ok=False)
        with open_backend("neo4j", data_dir, DEFAULT_HEAP) as store:
            measure(store, data_dir, args, questions)
        return
    settings = Settings(data_dir=data_dir, embedded_heap=DEFAULT_HEAP)
    with connected(settings) as store:
        measure(store, data_dir, args, questions)


def measure(
    store: Store, data_dir: Path, args: argparse.Namespace, questions: list[Question]
) -> None:
    settings = store.settings
    assert settings is not None, "a benchmark store keeps its settings"
    claims = fill_to(store, data_dir, args.claims, args.seed)
    if args.throughput:
        print(f"{claims:,} claims ({store.backend.value}), 16 clients")
        print_throughput(store, settings, data_dir, args.seed)
        return
    progress(f"queries at {claims:,} claims")
    service = start_service(settings.model_copy(update=NO_CACHE), data_dir)
    try:
        rows = measure_queries(
            store, service.base_url, pick_subjects(store), args.requests, args.seconds,
            questions,
        )  # fmt: skip
    finally:
        service.stop()
    print_latencies(claims, rows)


if __name__ == "__main__":
    main()
