"""The benchmark: extraction, ingest, writer efficiency, query latency, throughput and memory.

    python -m bench.run --scale 10000[,100000,...] [--backend arcadedb|neo4j|both]
                        [--json bench/out/results.json]

Per backend: extraction speed on a sample of the generated corpus (one core and all cores);
the writer against bare CREATE (bench/writer_bench.py) on the benchmark's documents and on
news-like ones in bulk-load transactions; end-to-end ingest through ``loaders.ingest`` of
news-like articles (~8 claims) and of the benchmark's dense ones (~40–50 claims) up to the
first scale or a time budget; then, at each scale (claims in the graph), read latency through
the HTTP API (response cache off) and direct, requests/s on the timeline under 16 concurrent
clients over a Zipf-like mix of actors with the cache off and on, and peak memory. Claims past
what ingest loaded come from synthetic extractions written by the writer (bench/fill.py); the
report says how many. Prints one table (with ``--backend both`` a column per backend and their
ratio) and writes the same figures as JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any
from urllib.parse import quote

from api.cli import quiet_server_notifications
from bench import writer_bench
from bench.backends import BACKENDS, open_backend
from bench.fill import Filler
from bench.generator import DEFAULT_OUT, ensure_corpus, gazetteer_path
from bench.ingest_speed import IngestFigures, measure_extraction, measure_ingest
from bench.progress import progress
from bench.queries import measure_queries, pick_subjects
from bench.report import print_report
from bench.service import database_pid, peak_rss_mib, start_service
from bench.stats import log_log_slope
from graph.schema import ensure_schema
from graph.store import Store
from loaders.documents import ReadFailure, SourceDocument, read_documents
from loaders.ingest import CLAIMS_PER_TRANSACTION

DEFAULT_HEAP = "2400m"
"""Measured: at 1M claims the server's RSS stays near 2.7 GiB with it, and the service's ~0.2."""
CLAIMS_PER_ARTICLE_FLOOR = 20
"""Fewer than the corpus yields (about 40), so the ingest sample never runs short."""
ARTICLES_PER_SECOND_CEILING = 20
"""More than ingest reaches on one core, so the sample outlasts the ingest time budget."""
REALISTIC_CLAIMS = 8
"""Claims in a news-like article (bench/generator.py's realistic density)."""
NO_CACHE = {"response_cache_bytes": 0}
ZIPF_ACTORS = 500
ZIPF_REQUESTS = 2000


@dataclass(frozen=True)
class Options:
    scales: list[int]
    seed: int = 7
    extraction_articles: int = 40
    pool_articles: int = 80
    ingest_seconds: float = 45.0
    writer_claims: int = 5_000
    requests: int = 200
    query_seconds: float = 5.0
    load_requests: int = 5000
    load_seconds: float = 15.0
    load_clients: int = 16
    corpus_dir: Path = DEFAULT_OUT
    realistic_articles: int = 2000


def run_backend(store: Store, options: Options, log_dir: Path) -> dict[str, Any]:
    """Every figure for one backend; the store is emptied first and left filled."""
    first = options.scales[0]
    articles = min(
        first // CLAIMS_PER_ARTICLE_FLOOR + 1,
        int(options.ingest_seconds * ARTICLES_PER_SECOND_CEILING),
    )
    corpus = ensure_corpus(
        max(articles, options.extraction_articles, options.pool_articles),
        options.seed,
        options.corpus_dir,
    )
    documents = read_corpus(corpus)
    gazetteer = gazetteer_path(corpus)
    realistic = read_corpus(
        ensure_corpus(options.realistic_articles, options.seed, options.corpus_dir,
                      density="realistic")
    )  # fmt: skip
    progress(f"{store.backend.value}: extraction speed")
    extraction = measure_extraction(
        documents[: options.extraction_articles], gazetteer, documents[: options.pool_articles]
    )
    progress(f"{store.backend.value}: writer against bare CREATE")
    writer = writer_figures(store, min(first, options.writer_claims))
    ensure_schema(store)
    progress(f"{store.backend.value}: end-to-end ingest of realistic articles")
    ingest_realistic = measure_ingest(store, realistic, gazetteer, first, options.ingest_seconds)
    writer_bench.clear(store)
    progress(f"{store.backend.value}: end-to-end ingest")
    ingest = measure_ingest(store, documents, gazetteer, first, options.ingest_seconds)
    figures: dict[str, Any] = {
        "backend": store.backend.value,
        "extraction": {
            **asdict(extraction),
            "words_per_cpu_second": extraction.words_per_cpu_second,
            "pool_articles_per_second": extraction.pool_articles_per_second,
        },
        "ingest": ingest_figures(ingest),
        "ingest_realistic": ingest_figures(ingest_realistic),
        "writer": writer,
        "scales": [],
    }
    filler = Filler(seed=options.seed)
    uncached = start_service(store.settings.model_copy(update=NO_CACHE), log_dir)
    cached = start_service(store.settings, log_dir)
    try:
        for scale in options.scales:
            filler.fill(store, max(0, scale - ingest.claims))
            progress(f"{store.backend.value}: queries at {scale:,} claims")
            subjects = pick_subjects(store)
            latencies = measure_queries(
                store, uncached.base_url, subjects, options.requests, options.query_seconds
            )
            zipf = zipf_actors(store, options)
            figures["scales"].append(
                {
                    "claims": ingest.claims + filler.claims,
                    "claims_from_ingest": ingest.claims,
                    "claims_synthetic": filler.claims,
                    "synthetic_claims_per_second": filler.claims_per_second,
                    "queries": [{**asdict(row), "ratio_p50": row.ratio_p50} for row in latencies],
                    "throughput": measure_throughput(uncached.base_url, zipf, options),
                    "throughput_cached": measure_throughput(cached.base_url, zipf, options),
                    "memory_mib": {
                        "service_peak_rss": peak_rss_mib(uncached.pid),
                        "database_peak_rss": peak_rss_mib(database_pid(store)),
                        "benchmark_peak_rss": peak_rss_mib(os.getpid()),
                    },
                }
            )
    finally:
        uncached.stop()
        cached.stop()
    figures["growth"] = latency_growth(figures["scales"])
    return figures


def writer_figures(store: Store, claims: int) -> dict[str, Any]:
    """The writer against bare CREATE on the benchmark's documents (100 claims, one a
    transaction) and on news-like ones written as a bulk load writes them (125 a transaction)."""
    shapes = {
        "dense": {},
        "realistic": {
            "claims_per_document": REALISTIC_CLAIMS,
            "per_transaction": CLAIMS_PER_TRANSACTION // REALISTIC_CLAIMS,
        },
    }
    figures = {}
    for name, shape in shapes.items():
        writer, bare = writer_bench.run(store, claims, **shape)
        figures[name] = {
            "claims": claims,
            "writer_rows_per_second": writer.rows_per_second,
            "bare_rows_per_second": bare.rows_per_second,
            "ratio": writer.rows_per_second / bare.rows_per_second,
        }
    return figures


def ingest_figures(ingest: IngestFigures) -> dict[str, Any]:
    return {
        **asdict(ingest),
        "articles_per_second": ingest.articles_per_second,
        "claims_per_article": ingest.claims / ingest.articles if ingest.articles else 0.0,
        "extraction_wait_seconds": ingest.extraction_wait_seconds,
    }


def zipf_actors(store: Store, options: Options) -> list[str]:
    """A seeded sequence of actors drawn with Zipf-like weights (1/rank) from the best
    connected: a few asked for all the time, most now and then, as real traffic is."""
    ranked = [row["id"] for row in store.read("most_connected_actors", limit=ZIPF_ACTORS)]
    rng = random.Random(options.seed)
    weights = [1 / rank for rank in range(1, len(ranked) + 1)]
    return rng.choices(ranked, weights=weights, k=ZIPF_REQUESTS)


def read_corpus(paths: list[Path]) -> list[SourceDocument]:
    """The generated articles through saidwhen's own JSON Lines reader; a bad file stops the run."""
    documents = []
    for item in read_documents(paths):
        if isinstance(item, ReadFailure):
            raise item.error
        documents.append(item)
    return documents


def measure_throughput(
    base_url: str, actors: list[str], options: Options, path: str | None = None
) -> dict[str, Any]:
    """Requests/s on the timeline of ``actors`` (or on ``path`` alone) from a separate
    load-generator process on loopback."""
    urls = [f"{base_url}/v1/timeline?actor={quote(actor)}&limit=50" for actor in actors]
    if path is not None:
        urls = [base_url + path]
    command = [sys.executable, "-m", "bench.load", "--clients", str(options.load_clients),
               "--requests", str(options.load_requests), "--seconds", str(options.load_seconds),
               *urls]  # fmt: skip
    timeout = options.load_seconds + 60
    done = subprocess.run(command, capture_output=True, text=True, check=True, timeout=timeout)
    return json.loads(done.stdout)


def latency_growth(scales: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Per question, the slope of log(p50) against log(claims); None with a single scale."""
    sizes = [scale["claims"] for scale in scales]
    questions = [row["question"] for row in scales[0]["queries"]] if scales else []
    return [
        {
            "question": question,
            **{
                f"{side}_p50_slope": log_log_slope(
                    sizes, [scale["queries"][index][f"{side}_p50_ms"] for scale in scales]
                )
                for side in ("api", "direct")
            },
        }
        for index, question in enumerate(questions)
    ]


def machine() -> dict[str, Any]:
    """What a reader needs to judge the figures: cores and how busy the machine was."""
    return {
        "cores": os.cpu_count(),
        "load_average": list(os.getloadavg()),
        "started_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "python": sys.version.split()[0],
    }


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", default="10000", help="claims in the graph, comma-separated")
    parser.add_argument("--backend", choices=(*BACKENDS, "both"), default="arcadedb")
    parser.add_argument("--json", type=Path, help="also write the figures to this JSON file")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--requests", type=int, default=200, help="timed requests per question")
    parser.add_argument(
        "--heap",
        default=DEFAULT_HEAP,
        help="embedded server heap (default: what a million claims need within a 3 GiB budget)",
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    quiet_server_notifications(verbose=0)
    scales = sorted(int(part) for part in args.scale.split(",") if part.strip())
    options = Options(scales=scales, seed=args.seed, requests=args.requests)
    backends = BACKENDS if args.backend == "both" else (args.backend,)
    results: dict[str, Any] = {"machine": machine(), "options": asdict(options), "backends": {}}
    started = time.perf_counter()
    for backend in backends:
        with tempfile.TemporaryDirectory(prefix=f"saidwhen-bench-{backend}-") as scratch:
            with open_backend(backend, Path(scratch), args.heap) as store:
                results["backends"][backend] = run_backend(store, options, Path(scratch))
    results["machine"]["load_average_at_end"] = list(os.getloadavg())
    results["machine"]["seconds"] = time.perf_counter() - started
    print_report(results)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(results, indent=2, default=str))
        print(f"figures written to {args.json}")


if __name__ == "__main__":
    main()
