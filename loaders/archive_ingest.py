"""An archive's articles, extracted on a Dask cluster, turned into the files neo4j-admin imports.

The archive's counterpart of loaders/ingest.py, and like it a place where reading and writing
meet: extraction runs on the cluster (loaders/archive_extraction.py); this process takes the
outcomes in the archive's order, in the batches a load writes together, resolves them against
the documents before (graph/archive_graph.py stands in for the database), builds each document's
rows with the writer's ``build_rows`` and writes them as Parquet parts (graph/archive_files.py).
"""

from __future__ import annotations

import gc
import logging
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from graph import ids
from graph.archive_files import ArchiveFiles
from graph.document_rows import DocumentMeta, build_rows, document_id_for, text_sha256
from graph.errors import InvalidInput
from graph.model import Extraction
from loaders.archive_extraction import extract_on_cluster
from loaders.documents import ReadFailure, SourceDocument, read_documents
from loaders.event_identity import KnownEvents
from loaders.gazetteer import Gazetteer
from loaders.ingest import (
    batch_is_full,
    document_id_of,
    document_meta,
    files_of_kind,
    refuse_oversized,
)
from loaders.resolve import resolve_batch

PROGRESS_EVERY = 5.0
"""Seconds between progress reports."""
NOT_FROM_AN_ARCHIVE = (
    "curated facts and RDF are not extracted from an archive: load them with `saidwhen load` "
    "once the archive is imported"
)


@contextmanager
def dask_client(scheduler: str | None, workers: int, quiet: bool = True) -> Iterator[Any]:
    """A ``dask.distributed.Client`` of the scheduler at ``scheduler``, or of a local cluster of
    ``workers`` single-threaded processes bound to 127.0.0.1; both closed on the way out."""
    from dask.distributed import Client, LocalCluster

    if quiet:
        logging.getLogger("distributed").setLevel(logging.WARNING)
    cluster = None
    if scheduler:
        client = Client(scheduler)
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
        yield client
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


class ArchiveIngest:
    """One run of extract-archive into ``out``: what it read, skipped, failed and wrote.

    A rerun into the same folder starts from what the earlier runs left (their documents by
    sha256, the shared actors, topics and events), so unchanged articles are skipped.
    """

    def __init__(
        self,
        out: Path,
        gazetteer: Gazetteer,
        max_chars: int,
        on_progress: Callable[[ArchiveIngest], None] | None = None,
    ) -> None:
        self.files = ArchiveFiles(out)
        self.graph = self.files.read_graph()
        self.known_events = KnownEvents.from_rows(self.graph.event_rows())
        _keep_to_the_end()
        self.gazetteer, self.max_chars = gazetteer, max_chars
        self.on_progress = on_progress
        self.started = time.monotonic()
        self.failed: list[tuple[str, str]] = []
        self.unchanged = 0
        self.extracted = 0
        self.written = {"documents": 0, "claims": 0, "events": 0}
        self.last_progress = self.started
        self.here = 0.0
        """CPU seconds this process spent resolving and writing rows: the part not spread."""

    @property
    def seconds(self) -> float:
        return time.monotonic() - self.started

    def run(self, client: Any, paths: list[Path]) -> None:
        """Extract the articles under ``paths`` on ``client``'s workers and write their rows."""
        special = list(files_of_kind(paths, ("curated", "rdf")))
        self.failed += [(str(path), NOT_FROM_AN_ARCHIVE) for path in special]
        articles = [path for path in paths if path not in special]
        documents = self._new_documents(refuse_oversized(read_documents(articles), self.max_chars))
        pending: list[tuple[str, DocumentMeta, Extraction]] = []
        for item, outcome in extract_on_cluster(client, documents, self.gazetteer, self._extracted):
            if isinstance(item, ReadFailure):
                self.failed.append((str(item.path), str(item.error)))
            elif isinstance(outcome, Exception):
                self.failed.append((item.path or "<text>", str(outcome)))
            else:
                pending.append((item.path or "<text>", document_meta(item), outcome))
            if batch_is_full(pending):
                self._add(pending)
        self._add(pending)
        started = time.thread_time()
        self.files.finish(self.graph, self.failed)
        self.here += time.thread_time() - started

    def _new_documents(
        self, items: Iterable[SourceDocument | ReadFailure]
    ) -> Iterator[SourceDocument | ReadFailure]:
        """The items less the documents this folder already holds unchanged (by sha256); one
        changed since is a failure: an imported graph is replaced by a load, not a rerun."""
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
                            f"document {doc} was extracted before with another text; load the "
                            "new version with `saidwhen load`",
                        )
                    )
                    continue
                seen[doc] = sha
            yield item

    def _add(self, pending: list[tuple[str, DocumentMeta, Extraction]]) -> None:
        """Resolve a batch against the documents before it, as a load's batch is, and write
        its rows; empties ``pending``."""
        started = time.thread_time()
        resolve_batch(
            [(document_id_for(meta, ex.text), ex) for _, meta, ex in pending],
            self.graph.find_actors,
            # The whole archive's events: the batch's layer over them sees those on its dates.
            lambda dates: self.known_events,
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
        self.known_events.put_rows(
            self.graph.event_rows({row["id"] for rows in built for row in rows.events})
        )
        self.graph.link_alternatives(written)
        self.written["documents"] += len(built)
        self.written["claims"] += sum(len(rows.claims) for rows in built)
        self.written["events"] += sum(len(rows.events) for rows in built)
        pending.clear()
        _keep_to_the_end()
        self.here += time.thread_time() - started

    def _extracted(self, articles: int) -> None:
        self.extracted += articles
        now = time.monotonic()
        if self.on_progress and now - self.last_progress >= PROGRESS_EVERY:
            self.last_progress = now
            self.on_progress(self)


def _keep_to_the_end() -> None:
    """Take what lives now out of the garbage collector's sight: it is the archive's graph and
    index, kept to the end of the run. Left in sight, the collector walked all of it again and
    again: most of a batch's time at 100,000 articles."""
    gc.collect()
    gc.freeze()
