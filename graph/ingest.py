"""Loading files into the graph: read → extract → write, one document per transaction.

A document that fails (unreadable, bad metadata, a write error) is reported and leaves
nothing behind; the documents before and after it still load.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from graph.errors import InvalidInput
from graph.store import Store
from graph.writer import DocumentMeta, WriteResult, write_document
from loaders.documents import Metadata, ReadFailure, SourceDocument, read_documents
from loaders.gazetteer import Gazetteer
from loaders.pipeline import extract

log = logging.getLogger(__name__)


@dataclass
class LoadSummary:
    loaded: list[WriteResult] = field(default_factory=list)
    unchanged: list[WriteResult] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)

    def record(self, result: WriteResult) -> None:
        (self.unchanged if result.status == "unchanged" else self.loaded).append(result)


def load_document(
    store: Store, document: SourceDocument, gazetteer: Gazetteer | None = None
) -> WriteResult:
    """Extract one document and write its subgraph in one transaction."""
    extraction = extract(document.text, document.published, document.author, gazetteer)
    meta = DocumentMeta(
        title=document.title,
        author=document.author,
        published=document.published,
        url=document.url,
        source=document.source,
        path=document.path,
    )
    return write_document(store, meta, extraction)


def load_paths(
    store: Store,
    paths: Iterable[Path],
    overrides: Metadata | None = None,
    gazetteer: Gazetteer | None = None,
    on_progress: Callable[[str], None] | None = None,
) -> LoadSummary:
    summary = LoadSummary()
    for item in read_documents(paths, overrides):
        if isinstance(item, ReadFailure):
            summary.failed.append((str(item.path), str(item.error)))
        else:
            try:
                summary.record(load_document(store, item, gazetteer))
            except InvalidInput as error:
                summary.failed.append((item.path or "<text>", str(error)))
        if on_progress:
            on_progress(str(item.path))
    return summary
