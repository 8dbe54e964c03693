"""Loading files into the graph: read → extract → write, a whole document per transaction.

``load_paths`` takes files and folders of any kind saidwhen reads: curated facts (YAML,
CSV) first, since their actors and topics extend the gazetteer for the articles; then RDF
(Turtle, N-Triples, JSON-LD); then articles (text, Markdown, HTML, JSON, JSON Lines). A
file that fails is reported with its reason and leaves nothing behind; the others load.
Articles are written several to a transaction (``graph.writer.write_documents``), which is
what makes a bulk load fast; a failing one is then written alone, so it still costs only itself.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from graph.errors import InvalidInput
from graph.model import Extraction
from graph.rdf_import import import_rdf_rows
from graph.store import Store
from graph.writer import DocumentMeta, WriteResult, write_document, write_documents
from loaders.curated import CURATED_SUFFIXES, read_curated
from loaders.documents import READERS, Metadata, ReadFailure, SourceDocument, read_documents
from loaders.gazetteer import Gazetteer
from loaders.parallel_extraction import extract_in_order
from loaders.pipeline import extract
from loaders.rdf_files import read_rdf_file

log = logging.getLogger(__name__)
RDF_SUFFIXES = (".ttl", ".nt", ".jsonld")
ARTICLES_PER_TRANSACTION = 16


@dataclass
class LoadSummary:
    loaded: list[WriteResult] = field(default_factory=list)
    unchanged: list[WriteResult] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    files: int = 0
    """Files the load reads, counted before the first is read."""
    skipped: list[str] = field(default_factory=list)
    """Files in the given folders of a type saidwhen does not read."""

    def record(self, result: WriteResult) -> None:
        (self.unchanged if result.status == "unchanged" else self.loaded).append(result)


def load_document(
    store: Store, document: SourceDocument, gazetteer: Gazetteer | None = None
) -> WriteResult:
    """Extract one document and write its subgraph in one transaction."""
    extraction = extract(document.text, document.published, document.author, gazetteer)
    return write_document(store, document_meta(document), extraction)


def document_meta(document: SourceDocument) -> DocumentMeta:
    return DocumentMeta(
        title=document.title,
        author=document.author,
        published=document.published,
        url=document.url,
        source=document.source,
        path=document.path,
    )


def load_curated_file(
    store: Store, path: Path, gazetteer: Gazetteer
) -> tuple[WriteResult, Gazetteer]:
    """Write a curated file as a document; returns the gazetteer extended by its entries."""
    curated = read_curated(path, gazetteer)
    meta = DocumentMeta(title=f"Curated facts: {path.name}", source="curated", path=str(path))
    return write_document(store, meta, curated.extraction), gazetteer.merge(curated.gazetteer)


def load_rdf_file(store: Store, path: Path) -> WriteResult:
    rows = read_rdf_file(path)
    result = import_rdf_rows(store, rows, str(path))
    return WriteResult(
        document_id=str(path),
        status="loaded",
        claims=result.rows.get("claims", 0),
        events=result.rows.get("events", 0),
        actors=result.rows.get("actors", 0),
        actor_ids=tuple(row["id"] for row in rows.actors),
    )


def load_paths(
    store: Store,
    paths: Iterable[Path],
    overrides: Metadata | None = None,
    gazetteer: Gazetteer | None = None,
    on_progress: Callable[[str, LoadSummary], None] | None = None,
    workers: int = 1,
) -> LoadSummary:
    """``on_progress`` hears of each document (its file's name) once it is extracted or failed."""
    paths = list(paths)
    files, skipped = count_files(paths)
    summary = LoadSummary(files=files, skipped=skipped)
    gazetteer = gazetteer or Gazetteer.default()
    special = list(files_with_suffix(paths, CURATED_SUFFIXES + RDF_SUFFIXES))
    for path in sorted(special, key=lambda p: p.suffix.lower() not in CURATED_SUFFIXES):
        try:
            if path.suffix.lower() in CURATED_SUFFIXES:
                result, gazetteer = load_curated_file(store, path, gazetteer)
            else:
                result = load_rdf_file(store, path)
            summary.record(result)
        except InvalidInput as error:
            summary.failed.append((str(path), str(error)))
        if on_progress:
            on_progress(str(path), summary)
    articles = [path for path in paths if path not in special]
    documents = read_documents(articles, overrides)
    load_articles(store, documents, gazetteer, summary, on_progress, workers)
    return summary


def load_articles(
    store: Store,
    documents: Iterable[SourceDocument | ReadFailure],
    gazetteer: Gazetteer,
    summary: LoadSummary,
    on_progress: Callable[[str, LoadSummary], None] | None = None,
    workers: int = 1,
) -> None:
    """Extract the articles (on up to ``workers`` processes) and write them
    ``ARTICLES_PER_TRANSACTION`` at a time."""
    pending: list[tuple[str, DocumentMeta, Extraction]] = []
    for item, outcome in extract_in_order(documents, gazetteer, workers):
        if isinstance(item, ReadFailure):
            summary.failed.append((str(item.path), str(item.error)))
        elif isinstance(outcome, Extraction):
            pending.append((item.path or "<text>", document_meta(item), outcome))
        else:
            summary.failed.append((item.path or "<text>", str(outcome)))
        if len(pending) == ARTICLES_PER_TRANSACTION:
            write_pending(store, pending, summary)
        if on_progress:
            on_progress(str(item.path), summary)
    write_pending(store, pending, summary)


def write_pending(
    store: Store, pending: list[tuple[str, DocumentMeta, Extraction]], summary: LoadSummary
) -> None:
    """Write the extracted articles together and record each one's outcome; empties ``pending``."""
    outcomes = write_documents(store, [(meta, extraction) for _, meta, extraction in pending])
    for (name, _, _), outcome in zip(pending, outcomes, strict=True):
        if isinstance(outcome, WriteResult):
            summary.record(outcome)
        else:
            summary.failed.append((name, str(outcome)))
    pending.clear()


def files_with_suffix(paths: list[Path], suffixes: tuple[str, ...]) -> Iterator[Path]:
    """The given files with one of ``suffixes``, and such files inside given folders (sorted)."""
    for path in paths:
        if path.is_dir():
            yield from (found for found in visible_files(path) if found.suffix.lower() in suffixes)
        elif path.suffix.lower() in suffixes:
            yield path


def visible_files(folder: Path) -> list[Path]:
    """The files under ``folder``, sorted, leaving out hidden files and folders."""
    return sorted(
        found
        for found in folder.rglob("*")
        if found.is_file()
        and not any(part.startswith(".") for part in found.relative_to(folder).parts)
    )


def count_files(paths: list[Path]) -> tuple[int, list[str]]:
    """How many files a load of ``paths`` reads (each named file, and the files of known type
    in the folders), and the files in the folders it passes over."""
    known = (*READERS, *CURATED_SUFFIXES, *RDF_SUFFIXES)
    files = 0
    skipped: list[str] = []
    for path in paths:
        if not path.is_dir():
            files += 1
            continue
        for found in visible_files(path):
            if found.suffix.lower() in known:
                files += 1
            else:
                skipped.append(str(found))
    return files, skipped
