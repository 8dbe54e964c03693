"""The export formats, one table for ``saidwhen export`` and ``GET /v1/export``.

Each format names its media type, file extension and how its text is produced from the
store and the filters. The writers import rdflib and friends only when called, so the table
is cheap to import (the CLI lists the names at start-up).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from graph.export import ExportFilters
    from graph.store import Store

Writer = Callable[["Store", "ExportFilters"], Iterator[str]]


@dataclass(frozen=True)
class ExportFormat:
    name: str
    media_type: str
    extension: str
    write: Writer


def _rdf(rdf_format: str) -> Writer:
    def write(store: Store, filters: ExportFilters) -> Iterator[str]:
        from graph.export import iter_batches
        from graph.rdf import iter_rdf

        return iter_rdf(iter_batches(store, filters), rdf_format)

    return write


def _graphml(store: Store, filters: ExportFilters) -> Iterator[str]:
    from graph.export import iter_batches
    from graph.graphml import iter_graphml

    return iter_graphml(lambda: iter_batches(store, filters))


def _csv(store: Store, filters: ExportFilters) -> Iterator[str]:
    from graph.export import iter_csv

    return iter_csv(store, filters)


EXPORT_FORMATS: dict[str, ExportFormat] = {
    format.name: format
    for format in (
        ExportFormat("turtle", "text/turtle; charset=utf-8", "ttl", _rdf("turtle")),
        ExportFormat("jsonld", "application/ld+json", "jsonld", _rdf("jsonld")),
        ExportFormat("ntriples", "application/n-triples", "nt", _rdf("ntriples")),
        ExportFormat("graphml", "application/graphml+xml", "graphml", _graphml),
        ExportFormat("csv", "text/csv; charset=utf-8", "csv", _csv),
    )
}
