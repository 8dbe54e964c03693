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

from graph import ids
from graph.alternatives import link_alternatives
from graph.curation import apply_curations
from graph.document_rows import document_id_for
from graph.errors import InvalidInput
from graph.model import Extraction
from graph.rdf_import import import_rdf_rows
from graph.resolution import find_actors_by_name_keys, find_events_on_dates, list_curated_actors
from graph.settings import Settings
from graph.store import Store
from graph.writer import DocumentMeta, WriteResult, write_document, write_documents
from loaders.curated import read_curated
from loaders.documents import Metadata, ReadFailure, SourceDocument, read_documents
from loaders.event_identity import KnownEvents
from loaders.gazetteer import Gazetteer
from loaders.input_kinds import kind_of
from loaders.parallel_extraction import extract_in_order
from loaders.pipeline import extract
from loaders.rdf_files import read_rdf_file
from loaders.resolve import resolve_batch
from loaders.source_document import require_bounded_text

log = logging.getLogger(__name__)
ARTICLES_PER_TRANSACTION = 128
CLAIMS_PER_TRANSACTION = 1_000
"""A bulk load's write transaction takes articles until they hold this many claims, or
``ARTICLES_PER_TRANSACTION`` articles: every statement is a round trip whatever rows it carries,
so news-like articles (~8 claims) go about a hundred a transaction and dense ones ~20."""


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
    store: Store,
    document: SourceDocument,
    gazetteer: Gazetteer | None = None,
    max_chars: int | None = None,
) -> WriteResult:
    """Extract one document, resolve it against the graph and write its subgraph in one
    transaction: the same steps as a load of many, with the same gazetteer.

    A text longer than ``max_chars`` (by default the store's ``SAIDWHEN_MAX_TEXT_CHARS``) is
    refused (413) before extraction.
    """
    limit = max_chars or max_text_chars(store)
    require_bounded_text(document.text, document.path or "text", limit)
    gazetteer = with_curated_actors(store, gazetteer or Gazetteer.default())
    extraction = extract(document.text, document.published, document.author, gazetteer)
    meta = document_meta(document)
    resolve_documents(store, [(meta, extraction)], gazetteer)
    result = write_document(store, meta, extraction)
    if result.status != "unchanged":
        link_alternatives(store, [(meta, extraction)])
    apply_curations(store)
    return result


def with_curated_actors(store: Store, gazetteer: Gazetteer) -> Gazetteer:
    """The gazetteer extended by the curated actors already in the graph, so a document names
    them alike whenever, and through whichever door, it is loaded."""
    return gazetteer.with_actor_rows(list_curated_actors(store))


def resolve_documents(
    store: Store, documents: list[tuple[DocumentMeta, Extraction]], gazetteer: Gazetteer
) -> None:
    """Link the documents' actors and events to those the graph holds (loaders/resolve.py)."""
    resolve_batch(
        [(document_id_for(meta, extraction.text), extraction) for meta, extraction in documents],
        lambda keys: find_actors_by_name_keys(store, keys),
        lambda dates: KnownEvents.from_rows(find_events_on_dates(store, dates)),
        frozenset(gazetteer.actor_index()),
        ids.event_id,
    )


def document_meta(document: SourceDocument) -> DocumentMeta:
    return DocumentMeta(
        title=document.title,
        author=document.author,
        published=document.published,
        url=document.url,
        source=document.source,
        path=document.path,
    )


def document_id_of(document: SourceDocument) -> str:
    """The id the document is stored under: from its URL, else its path, else its text."""
    return document_id_for(document_meta(document), document.text)


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
    """``on_progress`` hears of each document (its file's name) once it is extracted or failed.

    A document without a URL is known by its file's resolved absolute path, so the same file
    given by two spellings is one document.
    """
    paths = [path.resolve() for path in paths]
    files, skipped = count_files(paths)
    summary = LoadSummary(files=files, skipped=skipped)
    gazetteer = with_curated_actors(store, gazetteer or Gazetteer.default())
    special = list(files_of_kind(paths, ("curated", "rdf")))
    for path in sorted(special, key=lambda p: kind_of(p) != "curated"):
        try:
            if kind_of(path) == "curated":
                result, gazetteer = load_curated_file(store, path, gazetteer)
            else:
                result = load_rdf_file(store, path)
            summary.record(result)
        except InvalidInput as error:
            summary.failed.append((str(path), str(error)))
        if on_progress:
            on_progress(str(path), summary)
    articles = [path for path in paths if path not in special]
    documents = refuse_oversized(read_documents(articles, overrides), max_text_chars(store))
    load_articles(store, documents, gazetteer, summary, on_progress, workers)
    apply_curations(store)
    return summary


def load_articles(
    store: Store,
    documents: Iterable[SourceDocument | ReadFailure],
    gazetteer: Gazetteer,
    summary: LoadSummary,
    on_progress: Callable[[str, LoadSummary], None] | None = None,
    workers: int = 1,
) -> None:
    """Extract the articles (on up to ``workers`` processes) and write them several to a
    transaction (``CLAIMS_PER_TRANSACTION``)."""
    pending: list[tuple[str, DocumentMeta, Extraction]] = []
    for item, outcome in extract_in_order(documents, gazetteer, workers):
        if isinstance(item, ReadFailure):
            summary.failed.append((str(item.path), str(item.error)))
        elif isinstance(outcome, Extraction):
            pending.append((item.path or "<text>", document_meta(item), outcome))
        else:
            summary.failed.append((item.path or "<text>", str(outcome)))
        if batch_is_full(pending):
            write_pending(store, pending, summary, gazetteer)
        if on_progress:
            on_progress(str(item.path), summary)
    write_pending(store, pending, summary, gazetteer)


def batch_is_full(pending: list[tuple[str, DocumentMeta, Extraction]]) -> bool:
    """Whether the articles waiting fill one write transaction; `extract-archive` resolves in
    the same batches, so both ask here."""
    claims = sum(len(extraction.claims) for _, _, extraction in pending)
    return len(pending) >= ARTICLES_PER_TRANSACTION or claims >= CLAIMS_PER_TRANSACTION


def max_text_chars(store: Store) -> int:
    """The configured document size limit (the default when the store was made by hand)."""
    if store.settings is None:
        return Settings.model_fields["max_text_chars"].default
    return store.settings.max_text_chars


def refuse_oversized(
    documents: Iterable[SourceDocument | ReadFailure], max_chars: int
) -> Iterator[SourceDocument | ReadFailure]:
    """The documents, each one longer than ``max_chars`` turned into a failure naming its file."""
    for item in documents:
        if isinstance(item, SourceDocument):
            try:
                require_bounded_text(item.text, item.path or "<text>", max_chars)
            except InvalidInput as error:
                item = ReadFailure(Path(item.path or "<text>"), error)
        yield item


def write_pending(
    store: Store,
    pending: list[tuple[str, DocumentMeta, Extraction]],
    summary: LoadSummary,
    gazetteer: Gazetteer,
) -> None:
    """Resolve and write the extracted articles together and record each one's outcome;
    empties ``pending``."""
    resolve_documents(store, [(meta, extraction) for _, meta, extraction in pending], gazetteer)
    outcomes = write_documents(store, [(meta, extraction) for _, meta, extraction in pending])
    written = []
    for (name, meta, extraction), outcome in zip(pending, outcomes, strict=True):
        if isinstance(outcome, WriteResult):
            summary.record(outcome)
            if outcome.status != "unchanged":
                written.append((meta, extraction))
        else:
            summary.failed.append((name, str(outcome)))
    link_alternatives(store, written)
    pending.clear()


def files_of_kind(paths: list[Path], kinds: tuple[str, ...]) -> Iterator[Path]:
    """The given files of one of ``kinds``, and such files inside given folders (sorted)."""
    for path in paths:
        if path.is_dir():
            yield from (found for found in visible_files(path) if kind_of(found) in kinds)
        elif kind_of(path) in kinds:
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
    files = 0
    skipped: list[str] = []
    for path in paths:
        if not path.is_dir():
            files += 1
            continue
        for found in visible_files(path):
            if kind_of(found) is not None:
                files += 1
            else:
                skipped.append(str(found))
    return files, skipped
