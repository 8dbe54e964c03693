"""Write the rows read from one RDF file (``loaders/rdf_files.py``) in ONE transaction.

Everything is MERGEd on ids (roles on subject, object, title and document), so importing
a file twice, or a file that overlaps the graph, changes nothing the second time; the
co-mention weights of the file's actors are counted again from their claims. As in
the writer, every batch must write as many rows as it was given: a claim citing a passage
that neither the file nor the graph holds fails the whole file, naming both. A role is
stated by a document, given as its dcterms:source or through its passage; one with
neither is refused before anything is written (Neo4j cannot MERGE on a null key, and no
document deletion could ever remove it).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from graph.actor_names import actor_name_rows
from graph.co_mentions import recount_actors
from graph.errors import InvalidInput
from graph.rdf_rows import RdfRows
from graph.store import Store, Transaction

IMPORT_ORDER = (
    "documents",
    "passages",
    "actors",
    "topics",
    "claims",
    "events",
    "said",
    "claim_about",
    "claim_mentions",
    "claim_refers_to",
    "event_about",
    "participated_in",
    "roles",
    "authored_by",
    "curations",
)
"""Nodes before the edges between them; documents before passages before claims and events."""


@dataclass(frozen=True)
class ImportResult:
    source: str
    rows: dict[str, int]


def import_rdf_rows(store: Store, rows: RdfRows, source: str) -> ImportResult:
    """``source`` names the file in errors; nothing of it is written if any batch fails."""
    _check_roles_are_stated(rows.roles, source)
    return store.write_unit(lambda tx: _write(tx, rows, source))


def _check_roles_are_stated(roles: list[dict[str, Any]], source: str) -> None:
    for role in roles:
        if role["document_id"] is None and role["passage_id"] is None:
            raise InvalidInput(
                f"{source}: the role {role['title']!r} of {role['subject_id']} at "
                f"{role['object_id']} names no document: give it a dcterms:source document or a "
                "prov:wasDerivedFrom passage; nothing from this file was imported"
            )


def _write(tx: Transaction, rows: RdfRows, source: str) -> ImportResult:
    counts: dict[str, int] = {}
    for name in IMPORT_ORDER:
        batch: list[dict[str, Any]] = getattr(rows, name)
        counts[name] = len(batch)
        if not batch:
            continue
        written = tx.run(f"import_{name}", rows=batch)[0]["written"]
        if written != len(batch):
            raise InvalidInput(
                f"{source}: only {written} of {len(batch)} {name.replace('_', ' ')} rows could be "
                f"written: {_describe_missing(name)}; nothing from this file was imported"
            )
        if name == "actors":
            names = [row for actor in batch for row in actor_name_rows(actor, [])]
            tx.run("import_actor_names", rows=names)
    # The file may overlap the graph (MERGE adds nothing twice): count its actors' weights again.
    recount_actors(tx, [row["actor_id"] for row in [*rows.said, *rows.claim_mentions]])
    return ImportResult(source, counts)


def _describe_missing(name: str) -> str:
    if name == "passages":
        return "a passage's dcterms:isPartOf names a document the file does not describe"
    if name in ("claims", "events"):
        return f"some {name} lack a prov:wasDerivedFrom passage the file describes"
    return "a link names a resource the file does not describe with its rdf:type"
