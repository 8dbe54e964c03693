"""How fast articles get in: extraction on one core, on all cores, and through ``loaders.ingest``.

One-core speed is words per CPU second of this process, so other work on a shared machine
does not make the extractor look slower than it is; the all-cores figure is wall-clock
articles/s of a process pool, which is what a load over many files can reach.

    python -m bench.ingest_speed [--density realistic|dense] [--articles 600]
                                 [--backend arcadedb|neo4j] [--workers N]

loads that many generated articles into a fresh database and prints articles/s, the split
between writing and waiting for extraction, and a cProfile of the loading process (its
writing side; extraction runs in the worker processes, whose one-core speed is printed too).
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import tempfile
import time
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from graph.store import Store, Transaction
from loaders import ingest
from loaders.documents import SourceDocument
from loaders.gazetteer import Gazetteer
from loaders.nlp import load_pipeline
from loaders.pipeline import extract


@dataclass(frozen=True)
class ExtractionFigures:
    articles: int
    words: int
    claims: int
    cpu_seconds: float
    wall_seconds: float
    pool_workers: int
    pool_articles: int
    pool_seconds: float

    @property
    def words_per_cpu_second(self) -> float:
        return self.words / self.cpu_seconds

    @property
    def pool_articles_per_second(self) -> float:
        return self.pool_articles / self.pool_seconds


@dataclass(frozen=True)
class IngestFigures:
    articles: int
    claims: int
    seconds: float
    write_seconds: float
    workers: int

    @property
    def articles_per_second(self) -> float:
        return self.articles / self.seconds

    @property
    def extraction_wait_seconds(self) -> float:
        """Time the loader waited for extraction, i.e. what the workers did not overlap."""
        return self.seconds - self.write_seconds


@lru_cache(maxsize=2)
def bench_gazetteer(path: str) -> Gazetteer:
    """The bundled gazetteer with the corpus's cast: read once per process (pool workers too)."""
    return Gazetteer.default().merge(Gazetteer.from_yaml(path))


def warm_worker(gazetteer_path: str) -> None:
    load_pipeline(bench_gazetteer(gazetteer_path))


def extract_claim_count(document: SourceDocument, gazetteer_path: str) -> int:
    """One pool task: the claims only, since shipping whole extractions back is not the job."""
    gazetteer = bench_gazetteer(gazetteer_path)
    return len(extract(document.text, document.published, document.author, gazetteer).claims)


def measure_extraction(
    documents: list[SourceDocument], gazetteer_path: Path, pool_documents: list[SourceDocument]
) -> ExtractionFigures:
    path = str(gazetteer_path)
    warm_worker(path)
    extract_claim_count(documents[0], path)  # spaCy and dateparser load lazily on first use
    cpu, wall = time.process_time(), time.perf_counter()
    claims = sum(extract_claim_count(document, path) for document in documents)
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    workers = os.cpu_count() or 1
    with ProcessPoolExecutor(workers, initializer=warm_worker, initargs=(path,)) as pool:
        list(pool.map(extract_claim_count, documents[:workers], [path] * workers))
        started = time.perf_counter()
        list(pool.map(extract_claim_count, pool_documents, [path] * len(pool_documents)))
        pool_seconds = time.perf_counter() - started
    return ExtractionFigures(
        articles=len(documents),
        words=sum(len(document.text.split()) for document in documents),
        claims=claims,
        cpu_seconds=cpu,
        wall_seconds=wall,
        pool_workers=workers,
        pool_articles=len(pool_documents),
        pool_seconds=pool_seconds,
    )


@contextmanager
def timed_writes() -> Iterator[list[float]]:
    """Time the calls ``loaders.ingest`` makes to ``write_pending``, so the split between writing
    and waiting for extraction comes from the same run instead of a difference of two noisy ones."""
    original = ingest.write_pending
    spent: list[float] = []

    def timed(*args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        try:
            return original(*args, **kwargs)
        finally:
            spent.append(time.perf_counter() - started)

    ingest.write_pending = timed
    try:
        yield spent
    finally:
        ingest.write_pending = original


@contextmanager
def timed_queries() -> Iterator[dict[str, float]]:
    """Seconds spent per named query, in write transactions and in reads alike: which
    statement the database spends a load on (the profile above only shows waiting for it)."""
    spent: dict[str, float] = {}
    originals = (Transaction.run, Store.read)

    def timing(original: Any) -> Any:
        def run(self: Any, name: str, **params: Any) -> Any:
            started = time.perf_counter()
            try:
                return original(self, name, **params)
            finally:
                spent[name] = spent.get(name, 0.0) + time.perf_counter() - started

        return run

    Transaction.run, Store.read = timing(Transaction.run), timing(Store.read)  # type: ignore[method-assign]
    try:
        yield spent
    finally:
        Transaction.run, Store.read = originals  # type: ignore[method-assign]


def measure_ingest(
    store: Store,
    documents: list[SourceDocument],
    gazetteer_path: Path,
    claims_wanted: int,
    budget_seconds: float,
) -> IngestFigures:
    """Load articles through ``loaders.ingest.load_articles`` (what ``saidwhen load`` runs on the
    files it read, with a worker per core) until ``claims_wanted`` claims are in or the time
    budget is spent."""
    gazetteer = bench_gazetteer(str(gazetteer_path))
    summary = ingest.LoadSummary()
    workers = os.cpu_count() or 1

    def until_enough() -> Iterator[SourceDocument]:
        for document in documents:
            claims = sum(result.claims for result in summary.loaded)
            if claims >= claims_wanted or time.perf_counter() - started > budget_seconds:
                return
            yield document

    with timed_writes() as spent:
        started = time.perf_counter()
        ingest.load_articles(store, until_enough(), gazetteer, summary, workers=workers)
        seconds = time.perf_counter() - started
    if summary.failed:
        raise RuntimeError(f"ingest failed: {summary.failed[:3]}")
    claims = sum(result.claims for result in summary.loaded)
    return IngestFigures(len(summary.loaded), claims, seconds, sum(spent), workers)


def main() -> None:
    from api.cli import quiet_server_notifications
    from bench.backends import BACKENDS, open_backend
    from bench.generator import DENSITIES, ensure_corpus, gazetteer_path
    from bench.run import DEFAULT_HEAP, read_corpus

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--density", choices=DENSITIES, default="realistic")
    parser.add_argument("--articles", type=int, default=600)
    parser.add_argument("--backend", choices=BACKENDS, default="arcadedb")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()
    quiet_server_notifications(verbose=0)
    corpus = ensure_corpus(args.articles, density=args.density)
    documents = read_corpus(corpus)[: args.articles]
    gazetteer = bench_gazetteer(str(gazetteer_path(corpus)))
    extraction = measure_extraction(documents[:40], gazetteer_path(corpus), documents[:2])
    per_cpu_second = extraction.articles / extraction.cpu_seconds
    print(
        f"extraction, one core: {extraction.words_per_cpu_second:,.0f} words per CPU second, "
        f"{per_cpu_second:.1f} articles per CPU second"
    )
    with tempfile.TemporaryDirectory(prefix="saidwhen-ingest-") as scratch:
        with open_backend(args.backend, Path(scratch), DEFAULT_HEAP) as store:
            summary = ingest.LoadSummary()
            profiler = cProfile.Profile()
            with timed_writes() as spent, timed_queries() as per_query:
                started = time.perf_counter()
                profiler.enable()
                ingest.load_articles(store, documents, gazetteer, summary, workers=args.workers)
                profiler.disable()
                seconds = time.perf_counter() - started
    claims = sum(result.claims for result in summary.loaded)
    print(
        f"{len(summary.loaded)} {args.density} articles ({claims / len(summary.loaded):.1f} "
        f"claims each) in {seconds:.1f} s: {len(summary.loaded) / seconds:.1f} articles/s with "
        f"{args.workers} extraction workers; writing {sum(spent):.1f} s "
        f"({sum(spent) / seconds:.0%}), the rest waiting for extraction; {len(summary.failed)} "
        "failed"
    )
    print("\nnamed queries by time spent (s):")
    for name, query_seconds in sorted(per_query.items(), key=lambda item: -item[1])[:12]:
        print(f"   {query_seconds:8.2f}  {name}")
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(25)
    print("\nthe loading process, by cumulative time:\n" + out.getvalue())


if __name__ == "__main__":
    main()
