"""``saidwhen extract-archive``: an archive's articles extracted on a Dask cluster into files for
Neo4j's bulk importer (``saidwhen db import``), with the graph a load would give.

Extraction runs on the cluster (loaders/archive_extraction.py); this process then takes the
outcomes in the archive's order, in the batches a load writes together, resolves
them against the documents before (graph/archive_graph.py stands in for the database), builds
each document's rows with the writer's ``build_rows`` and writes them as Parquet parts
(graph/archive_files.py).
"""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import click

from api.commands.invocation import Invocation
from api.commands.options import build_gazetteer, gazetteer_option
from api.commands.wording import counted

if TYPE_CHECKING:
    from graph.archive_files import ArchiveFiles
    from graph.archive_graph import ArchiveGraph
    from graph.document_rows import DocumentMeta
    from graph.model import Extraction
    from loaders.documents import ReadFailure, SourceDocument
    from loaders.gazetteer import Gazetteer

PROGRESS_EVERY = 5.0
"""Seconds between progress lines."""
FAILURES_SHOWN = 10
"""Failures named on the console; all of them are in the failures file."""


@click.command("extract-archive")
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--out",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="folder for the Parquet parts, headers, manifest and failures (reused by a rerun)",
)
@click.option("--scheduler", help="address of a running Dask scheduler (default: a local cluster)")
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=os.cpu_count() or 1,
    show_default=True,
    help="worker processes of the local cluster (ignored with --scheduler)",
)
@gazetteer_option("a YAML gazetteer of actors and topics, added to the bundled one (repeatable)")
@click.pass_obj
def extract_archive(
    invocation: Invocation,
    inputs: tuple[Path, ...],
    out: Path,
    scheduler: str | None,
    workers: int,
    gazetteer_paths: tuple[Path, ...],
) -> None:
    """Extract articles (JSON Lines, and folders of the files `load` reads) on a Dask cluster
    into Parquet files for `saidwhen db import`; a rerun skips unchanged articles."""
    from dask.distributed import Client, LocalCluster

    from graph.archive_files import FAILURES, ArchiveFiles

    started = time.monotonic()
    if invocation.verbose < 2:
        logging.getLogger("distributed").setLevel(logging.WARNING)
    gazetteer = build_gazetteer(gazetteer_paths)
    files = ArchiveFiles(out)
    graph = files.read_graph()
    if scheduler:
        cluster, client = None, Client(scheduler)
    else:
        cluster = LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            host="127.0.0.1",
            dashboard_address="127.0.0.1:0",
            silence_logs=logging.ERROR,
        )
        client = Client(cluster)
    try:
        click.echo(f"Dask dashboard: {client.dashboard_link}", err=True)
        run = ArchiveRun(graph, files, gazetteer, invocation.settings.max_text_chars, started)
        run.extract(client, [path.resolve() for path in inputs])
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    for path, reason in run.failed[:FAILURES_SHOWN]:
        shown = reason if path in reason else f"{path}: {reason}"
        click.echo(f"{click.style('failed', fg='red')} {shown}", err=True)
    if len(run.failed) > FAILURES_SHOWN:
        click.echo(f"… all {len(run.failed):,} failures are in {out / FAILURES}", err=True)
    click.echo(run.describe(out))
    if run.failed:
        sys.exit(1)


class ArchiveRun:
    """One run of extract-archive: what it read, skipped, failed and wrote."""

    def __init__(
        self,
        graph: ArchiveGraph,
        files: ArchiveFiles,
        gazetteer: Gazetteer,
        max_chars: int,
        started: float,
    ) -> None:
        self.graph, self.files, self.gazetteer = graph, files, gazetteer
        self.max_chars = max_chars
        self.started = started
        self.failed: list[tuple[str, str]] = []
        self.unchanged = 0
        self.extracted = 0
        self.written = {"documents": 0, "claims": 0, "events": 0}
        self.last_progress = started
        self.here = 0.0
        """CPU seconds this process spent resolving and writing rows: the part not spread."""

    def extract(self, client: object, paths: list[Path]) -> None:
        from loaders.archive_extraction import extract_on_cluster
        from loaders.documents import ReadFailure, read_documents
        from loaders.ingest import (
            batch_is_full,
            document_meta,
            files_of_kind,
            refuse_oversized,
        )

        special = list(files_of_kind(paths, ("curated", "rdf")))
        for path in special:
            self.failed.append(
                (
                    str(path),
                    "curated facts and RDF are not extracted from an archive: load "
                    "them with `saidwhen load` once the archive is imported",
                )  # fmt: skip
            )
        articles = [path for path in paths if path not in special]
        documents = self.new_documents(refuse_oversized(read_documents(articles), self.max_chars))
        pending: list[tuple[str, DocumentMeta, Extraction]] = []
        for item, outcome in extract_on_cluster(client, documents, self.gazetteer, self.progress):
            if isinstance(item, ReadFailure):
                self.failed.append((str(item.path), str(item.error)))
            elif isinstance(outcome, Exception):
                self.failed.append((item.path or "<text>", str(outcome)))
            else:
                pending.append((item.path or "<text>", document_meta(item), outcome))
            if batch_is_full(pending):
                self.add(pending)
        self.add(pending)
        started = time.thread_time()
        self.files.finish(self.graph, self.failed)
        self.here += time.thread_time() - started

    def new_documents(
        self, items: Iterable[SourceDocument | ReadFailure]
    ) -> Iterator[SourceDocument | ReadFailure]:
        """The items less the documents this folder already holds unchanged (by sha256); one
        changed since is a failure: an imported graph is replaced by a load, not a rerun."""
        from graph.document_rows import text_sha256
        from loaders.documents import SourceDocument
        from loaders.ingest import document_id_of

        seen = dict(self.graph.documents)
        for item in items:
            if isinstance(item, SourceDocument):
                doc, sha = document_id_of(item), text_sha256(item.text)
                if seen.get(doc) == sha:
                    self.unchanged += 1
                    continue
                if doc in seen:
                    self.failed.append(
                        (
                            item.path or "<text>",
                            f"document {doc} was extracted before with "
                            "another text; load the new version with `saidwhen load`",
                        )  # fmt: skip
                    )
                    continue
                seen[doc] = sha
            yield item

    def add(self, pending: list[tuple[str, DocumentMeta, Extraction]]) -> None:
        """Resolve a batch against the documents before it, as a load's batch is, and write
        its rows; empties ``pending``."""
        from graph import ids
        from graph.document_rows import build_rows, document_id_for
        from graph.errors import InvalidInput
        from loaders.resolve import resolve_batch

        started = time.thread_time()
        resolve_batch(
            [(document_id_for(meta, ex.text), ex) for _, meta, ex in pending],
            self.graph.find_actors,
            self.graph.find_events,
            frozenset(self.gazetteer.actor_index()),
            ids.event_id,
        )
        built, written = [], []
        for name, meta, extraction in pending:
            try:
                built.append(build_rows(meta, extraction))
                written.append((meta, extraction))
            except InvalidInput as error:
                self.failed.append((name, str(error)))
        self.files.append(self.graph.add(built))
        self.graph.link_alternatives(written)
        self.written["documents"] += len(built)
        self.written["claims"] += sum(len(rows.claims) for rows in built)
        self.written["events"] += sum(len(rows.events) for rows in built)
        pending.clear()
        self.here += time.thread_time() - started

    def progress(self, articles: int) -> None:
        self.extracted += articles
        now = time.monotonic()
        if now - self.last_progress >= PROGRESS_EVERY:
            self.last_progress = now
            rate = self.extracted / max(now - self.started, 1e-6)
            click.echo(
                f"{counted(self.extracted, 'article')} extracted ({rate:.1f}/s), "
                f"{counted(self.written['claims'], 'claim')}, {len(self.failed):,} failed",
                err=True,
            )

    def describe(self, out: Path) -> str:
        seconds = time.monotonic() - self.started
        documents = self.written["documents"]
        return (
            f"{counted(documents, 'document')} ({self.unchanged:,} unchanged, "
            f"{len(self.failed):,} failed) · {counted(self.written['claims'], 'claim')} · "
            f"{counted(self.written['events'], 'event')} · "
            f"{counted(len(self.graph.actors), 'actor')} in all, written to {out} "
            f"in {seconds:.1f} s ({documents / max(seconds, 1e-6):.1f} articles/s; "
            f"{self.here:.1f} CPU s here resolving and writing rows)"
        )
