"""Export the graph (or the part the claim filters pick) in batches, for streamed downloads.

``iter_batches`` pages through each label with keyset queries, ``batch_size`` rows at a
time, so an export of any size holds one batch in memory, not the graph. With no filter
everything is exported, which is what makes an export re-importable as a whole; with
filters, the claims and events that match are exported with exactly the actors, topics,
passages, documents and roles they refer to (only their ids are kept while paging). The
curation decisions go with a whole export only: they are about the whole graph.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from graph.errors import InvalidInput
from graph.store import Store

BATCH_SIZE = 1000
DOCUMENT_BATCH_SIZE = 16
"""Documents carry their whole text (up to SAIDWHEN_MAX_TEXT_CHARS each): fewer to a batch."""
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
CSV_COLUMNS = (
    "claim_id",
    "said_on",
    "said_on_precision",
    "date_text",
    "reported_on",
    "speaker_id",
    "speaker_name",
    "verb",
    "text",
    "quote",
    "mode",
    "confidence",
    "topic_ids",
    "mention_ids",
    "document_id",
    "document_title",
    "passage_id",
    "passage_start",
    "passage_end",
)


@dataclass(frozen=True)
class ExportFilters:
    document: str | None = None
    speaker: str | None = None
    """An actor id (resolve names first)."""
    topic: str | None = None
    since: date | None = None
    until: date | None = None

    @property
    def any(self) -> bool:
        return any(vars(self).values())

    def check(self) -> None:
        if self.since and self.until and self.since > self.until:
            raise InvalidInput(f"since: {self.since} is after until: {self.until} (swap them)")


@dataclass(frozen=True)
class Batch:
    kind: str
    """claims, events, roles, passages, documents, actors, topics or curations."""
    rows: list[dict[str, Any]]


@dataclass
class _Scope:
    """Ids the exported claims and events refer to; None means everything (no filter)."""

    actors: set[str] | None = field(default_factory=set)
    topics: set[str] | None = field(default_factory=set)
    passages: set[str] | None = field(default_factory=set)
    documents: set[str] | None = field(default_factory=set)


def iter_batches(
    store: Store, filters: ExportFilters, batch_size: int = BATCH_SIZE
) -> Iterator[Batch]:
    filters.check()
    scope = _Scope() if filters.any else _Scope(None, None, None, None)
    claim_filters = vars(filters)
    for rows in _pages(store, "export_claims", "claim", batch_size, **claim_filters):
        _remember(scope, rows, ("speaker_id",), ("mention_ids",), "topic_ids")
        yield Batch("claims", rows)
    for rows in _pages(store, "export_events", "event", batch_size, **claim_filters):
        _remember(scope, rows, (), ("participants",), "topic_ids")
        yield Batch("events", rows)
    for rows in _role_pages(store, scope, filters.document, batch_size):
        if scope.passages is not None:
            scope.passages.update(row["passage_id"] for row in rows if row["passage_id"])
        yield Batch("roles", rows)
    yield from _scoped(store, "passages", "passage", scope.passages, batch_size, scope)
    yield from _scoped(store, "documents", "document", scope.documents, batch_size, scope)
    yield from _scoped(store, "actors", "actor", scope.actors, batch_size, scope)
    yield from _scoped(store, "topics", "topic", scope.topics, batch_size, scope)
    if not filters.any:
        curations = store.read("list_curations", include_undone=True)[0]["curations"]
        if curations:
            yield Batch("curations", curations)


def _pages(
    store: Store, query: str, column: str, batch_size: int, **params: Any
) -> Iterator[list[dict[str, Any]]]:
    after_id = None
    while True:
        rows = [
            row[column] for row in store.read(query, after_id=after_id, limit=batch_size, **params)
        ]
        if rows:
            yield rows
        if len(rows) < batch_size:
            return
        after_id = max(row["id"] for row in rows)


def _role_pages(
    store: Store, scope: _Scope, document: str | None, batch_size: int
) -> Iterator[list[dict[str, Any]]]:
    actor_ids = None if scope.actors is None else sorted(scope.actors)
    offset = 0
    while True:
        rows = [
            row["role"]
            for row in store.read(
                "export_roles",
                actor_ids=actor_ids,
                document=document,
                offset=offset,
                limit=batch_size,
            )
        ]
        if rows:
            yield rows
        if len(rows) < batch_size:
            return
        offset += batch_size


def _scoped(
    store: Store, kind: str, column: str, ids: set[str] | None, batch_size: int, scope: _Scope
) -> Iterator[Batch]:
    wanted = None if ids is None else sorted(ids)
    if kind == "documents":
        batch_size = min(batch_size, DOCUMENT_BATCH_SIZE)
    for rows in _pages(store, f"export_{kind}", column, batch_size, ids=wanted):
        if kind == "passages" and scope.documents is not None:
            scope.documents.update(row["document_id"] for row in rows)
        if kind == "documents" and scope.actors is not None:
            scope.actors.update(row["author_id"] for row in rows if row["author_id"])
        yield Batch(kind, rows)


def _remember(
    scope: _Scope,
    rows: list[dict[str, Any]],
    actor_keys: tuple[str, ...],
    actor_lists: tuple[str, ...],
    topic_key: str,
) -> None:
    if scope.actors is None:
        return
    for row in rows:
        scope.actors.update(row[key] for key in actor_keys if row[key])
        for key in actor_lists:
            scope.actors.update(
                item["actor_id"] if isinstance(item, dict) else item for item in row[key]
            )
        scope.topics.update(row[topic_key])
        scope.passages.add(row["passage_id"])


def iter_csv(store: Store, filters: ExportFilters, batch_size: int = BATCH_SIZE) -> Iterator[str]:
    """One CSV row per claim (lists joined with ';'), a batch of rows per chunk."""
    filters.check()
    yield _csv_line(CSV_COLUMNS)
    for rows in _pages(store, "export_claims", "claim", batch_size, **vars(filters)):
        yield "".join(_csv_line(_csv_values(row)) for row in rows)


def _csv_values(row: dict[str, Any]) -> list[Any]:
    values = {**row, "claim_id": row["id"]}
    for key in ("topic_ids", "mention_ids"):
        values[key] = ";".join(row[key])
    return [values[column] for column in CSV_COLUMNS]


def _csv_line(values: Any) -> str:
    buffer = io.StringIO()
    csv.writer(buffer).writerow([neutralise_formula(value) for value in values])
    return buffer.getvalue()


def neutralise_formula(value: Any) -> Any:
    """A cell a spreadsheet will not run: text opening with ``= + - @``, a tab or a carriage
    return gets a leading single quote (OWASP's rule for CSV injection); None is empty.

    Titles, quotes and claim texts come from outside, and ``=HYPERLINK(...)`` in a cell is
    a live link (or worse) once the export is opened in a spreadsheet.
    """
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(FORMULA_TRIGGERS):
        return "'" + value
    return value
