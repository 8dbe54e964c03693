"""Extracting many articles on every core, in their order, a bounded window ahead of the writer.

A bulk load spends about as long extracting as writing, so worker processes extract the next
articles while the loading process writes the last ones. Small loads never start a pool
(loading spaCy in each worker costs more than it saves): the first ``IN_PROCESS_FIRST``
articles are extracted in this process, and only a longer load goes on in parallel.
Workers die with the loading process, even when it is killed (``die_with_parent``).
"""

from __future__ import annotations

import ctypes
import signal
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice

from graph.errors import InvalidInput
from graph.model import Extraction
from loaders.documents import ReadFailure, SourceDocument
from loaders.gazetteer import Gazetteer
from loaders.pipeline import extract

IN_PROCESS_FIRST = 32
PR_SET_PDEATHSIG = 1
"""Linux prctl(2) option: the signal a process gets when the thread that forked it ends."""
WINDOW_PER_WORKER = 64
"""Articles in flight per worker: enough to keep it busy while the loader writes a transaction
of them (up to ``loaders.ingest.ARTICLES_PER_TRANSACTION``), few enough to bound memory."""

Item = SourceDocument | ReadFailure
Outcome = Extraction | InvalidInput | None
"""An article's extraction, why it could not be extracted, or None for a file not read."""

_worker_gazetteer: Gazetteer | None = None


def extract_in_order(
    documents: Iterable[Item], gazetteer: Gazetteer, workers: int = 1
) -> Iterator[tuple[Item, Outcome]]:
    """Each item with its outcome, in the order given, using up to ``workers`` processes."""
    items = iter(documents)
    for item in islice(items, IN_PROCESS_FIRST):
        yield item, extract_or_refuse(item, gazetteer)
    if workers <= 1:
        for item in items:
            yield item, extract_or_refuse(item, gazetteer)
        return
    window: deque[tuple[Item, Future[Outcome] | None]] = deque()
    with ProcessPoolExecutor(workers, initializer=_remember, initargs=(gazetteer,)) as pool:
        for item in items:
            readable = isinstance(item, SourceDocument)
            window.append((item, pool.submit(_extract_in_worker, item) if readable else None))
            if len(window) >= workers * WINDOW_PER_WORKER:
                yield _finished(window.popleft())
        while window:
            yield _finished(window.popleft())


def extract_or_refuse(item: Item, gazetteer: Gazetteer) -> Outcome:
    if isinstance(item, ReadFailure):
        return None
    try:
        return extract(item.text, item.published, item.author, gazetteer)
    except InvalidInput as error:
        return error


def _finished(entry: tuple[Item, Future[Outcome] | None]) -> tuple[Item, Outcome]:
    item, job = entry
    return item, job.result() if job else None


def _remember(gazetteer: Gazetteer) -> None:
    global _worker_gazetteer
    _worker_gazetteer = gazetteer
    die_with_parent()


def die_with_parent() -> None:
    """Have Linux kill this worker when the loading process dies.

    The pool shuts its workers down on a normal exit, but a ``kill -9`` of ``saidwhen load``
    would leave them extracting their queue to the end. Elsewhere this does nothing: there
    a worker ends when it next reads from or writes to its dead parent.
    """
    if sys.platform.startswith("linux"):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL)


def _extract_in_worker(document: SourceDocument) -> Outcome:
    assert _worker_gazetteer is not None, "the pool's initializer sets the gazetteer"
    return extract_or_refuse(document, _worker_gazetteer)
