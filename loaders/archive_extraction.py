"""Extracting an archive on a Dask cluster: partitions of articles to the workers, outcomes back
in the archive's order.

Extraction is a pure function of an article's text, date and author and the gazetteer
(loaders/pipeline.py), so it runs anywhere the package is installed: a ``LocalCluster`` of
worker processes on this machine, or the workers of a scheduler on many. The gazetteer goes to
every worker once; partitions are submitted a bounded window ahead of the one being collected,
so memory stays flat however long the archive. What depends on the order of the articles
(resolution against the earlier ones) happens after, in the caller, as in a load.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import Any

from loaders.documents import ReadFailure, SourceDocument
from loaders.gazetteer import Gazetteer
from loaders.parallel_extraction import Item, Outcome, extract_or_refuse

PARTITION_SIZE = 50
"""Articles per task: large enough that scheduling costs little, small enough to spread."""
PARTITIONS_PER_WORKER = 4
"""Partitions in flight per worker."""


def extract_partition(documents: list[Item], gazetteer: Gazetteer) -> list[Outcome]:
    """The task a worker runs: each article's extraction, or why it could not be extracted."""
    return [extract_or_refuse(document, gazetteer) for document in documents]


def extract_on_cluster(
    client: Any,
    documents: Iterable[Item],
    gazetteer: Gazetteer,
    on_partition: Callable[[int], None] | None = None,
    partition_size: int = PARTITION_SIZE,
) -> Iterator[tuple[Item, Outcome]]:
    """Each item with its outcome, in the order given, extracted by ``client``'s workers
    (a ``dask.distributed.Client``). ``on_partition`` hears each partition's size once done."""
    workers = max(len(client.scheduler_info().get("workers", {})), 1)
    shared = client.scatter(gazetteer, broadcast=True)
    items = iter(documents)
    window: deque[tuple[list[Item], Any]] = deque()
    while True:
        while len(window) < workers * PARTITIONS_PER_WORKER:
            partition = list(islice(items, partition_size))
            if not partition:
                break
            readable = [item for item in partition if isinstance(item, SourceDocument)]
            task = client.submit(extract_partition, readable, shared, pure=False)
            window.append((partition, task))
        if not window:
            return
        partition, task = window.popleft()
        outcomes = iter(task.result())
        for item in partition:
            yield item, None if isinstance(item, ReadFailure) else next(outcomes)
        if on_partition:
            on_partition(len(partition))
