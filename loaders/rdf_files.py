"""Read RDF files (Turtle, JSON-LD, N-Triples) written in saidwhen's vocabulary into graph rows.

The inverse of ``graph/rdf.py``: the same terms (``graph/rdf_vocabulary.py``) mapped back
onto the model, as rows shaped like the writer's, so ``graph/rdf_import.py`` can MERGE
them. Pure: a file in, ``RdfRows`` out, no database. Resources outside the ``urn:saidwhen:``
namespace keep their IRI as id, so foreign data in the same vocabulary loads too.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rdflib import Graph, URIRef
from rdflib.term import Literal, Node

from graph.errors import InvalidInput
from graph.rdf_rows import RdfRows
from graph.rdf_vocabulary import (
    DCTERMS,
    KIND_BY_CLASS,
    PRECISION_BY_UNIT,
    PROV,
    RDF,
    SAIDWHEN,
    SCHEMA,
    resource_id,
)

FORMATS_BY_SUFFIX = {".ttl": "turtle", ".nt": "nt", ".jsonld": "json-ld"}
"""``.json`` is an article (loaders/json_files.py); JSON-LD in a .json file needs ``rdf_format``."""


def read_rdf_file(path: Path, rdf_format: str | None = None) -> RdfRows:
    """Parse ``path`` (format from its suffix unless given) and map it onto the model."""
    chosen = rdf_format or FORMATS_BY_SUFFIX.get(path.suffix.lower())
    if chosen is None:
        raise InvalidInput(
            f"{path}: cannot tell the RDF format from {path.suffix!r} "
            f"(expected one of {', '.join(FORMATS_BY_SUFFIX)})"
        )
    graph = Graph()
    try:
        graph.parse(path, format=chosen)
    except Exception as error:  # rdflib's parsers raise many kinds; each names the line
        raise InvalidInput(f"{path}: not valid {chosen}: {error}") from error
    return rows_from_graph(graph)


def rows_from_graph(graph: Graph) -> RdfRows:
    rows = RdfRows()
    reader = _Reader(graph)
    for subject in sorted(set(graph.subjects(RDF.type, SCHEMA.NewsArticle))):
        rows.documents.append(reader.document(subject))
        if author := graph.value(subject, SCHEMA.author):
            rows.authored_by.append({"document_id": _id(subject), "actor_id": _id(author)})
    for subject in sorted(set(graph.subjects(RDF.type, SAIDWHEN.Passage))):
        rows.passages.append(reader.passage(subject))
    for subject in sorted(reader.actors()):
        rows.actors.append(reader.actor(subject))
    for subject in sorted(set(graph.subjects(RDF.type, SCHEMA.DefinedTerm))):
        rows.topics.append(reader.topic(subject))
    for subject in sorted(set(graph.subjects(RDF.type, SCHEMA.Claim))):
        claim = reader.claim(subject)
        rows.claims.append(claim)
        claim_id = claim["id"]
        if speaker := graph.value(subject, SCHEMA.author):
            rows.said.append({"actor_id": _id(speaker), "claim_id": claim_id})
        rows.claim_about += reader.links(subject, SCHEMA.about, "claim_id", "topic_id")
        rows.claim_mentions += reader.links(subject, SCHEMA.mentions, "claim_id", "actor_id")
        rows.claim_refers_to += reader.links(subject, SAIDWHEN.refersTo, "claim_id", "event_id")
    for subject in sorted(set(graph.subjects(RDF.type, SCHEMA.Event))):
        rows.events.append(reader.event(subject))
        rows.event_about += reader.links(subject, SCHEMA.about, "event_id", "topic_id")
    rows.participated_in = reader.participations()
    for subject in sorted(set(graph.subjects(RDF.type, SCHEMA.OrganizationRole))):
        rows.roles.append(reader.role(subject))
    for subject in sorted(set(graph.subjects(RDF.type, SAIDWHEN.Curation))):
        rows.curations.append(reader.curation(subject))
    return rows


def _id(node: Node) -> str:
    return resource_id(str(node))


def _native(node: Node | None) -> Any:
    return node.toPython() if isinstance(node, Literal) else node


class _Reader:
    """Reads one resource's properties; missing ones come back as None."""

    def __init__(self, graph: Graph) -> None:
        self.graph = graph

    def value(self, subject: Node, predicate: URIRef) -> Any:
        return _native(self.graph.value(subject, predicate))

    def ref(self, subject: Node, predicate: URIRef) -> str | None:
        target = self.graph.value(subject, predicate)
        return _id(target) if target is not None else None

    def links(self, subject: Node, predicate: URIRef, own: str, other: str) -> list[dict]:
        return [
            {own: _id(subject), other: _id(target)}
            for target in sorted(set(self.graph.objects(subject, predicate)))
        ]

    def aliases(self, subject: Node) -> list[str]:
        return sorted(str(alias) for alias in self.graph.objects(subject, SCHEMA.alternateName))

    def precision(self, subject: Node) -> str | None:
        return PRECISION_BY_UNIT.get(self.graph.value(subject, SAIDWHEN.datePrecision))

    def actors(self) -> set[Node]:
        typed = set(self.graph.subjects(RDF.type, SAIDWHEN.Actor))
        for rdf_class in KIND_BY_CLASS:
            typed |= set(self.graph.subjects(RDF.type, rdf_class))
        return typed

    def curation(self, subject: Node) -> dict[str, Any]:
        """A curation decision, with what undoing it needs (``graph/curation.py``)."""
        value = self.value
        return {
            "id": _id(subject),
            "action": value(subject, SAIDWHEN.action),
            "actor_id": self.ref(subject, SAIDWHEN.actor),
            "other_id": self.ref(subject, SAIDWHEN.other),
            "kind": value(subject, SAIDWHEN.kind),
            "alias": value(subject, SCHEMA.alternateName),
            "author": value(subject, DCTERMS.creator),
            "at": value(subject, PROV.atTime),
            "previous_kind": value(subject, SAIDWHEN.previousKind),
            "added_aliases": self.strings(subject, SAIDWHEN.addedAlias),
            "other_name": value(subject, SAIDWHEN.otherName),
            "other_kind": value(subject, SAIDWHEN.otherKind),
            "other_aliases": self.strings(subject, SAIDWHEN.otherAlias),
            "undone_at": value(subject, SAIDWHEN.undoneAt),
            "undone_by": value(subject, SAIDWHEN.undoneBy),
        }

    def strings(self, subject: Node, predicate: URIRef) -> list[str]:
        return sorted(str(item) for item in self.graph.objects(subject, predicate))

    def document(self, subject: Node) -> dict[str, Any]:
        value = self.value
        return {
            "id": _id(subject),
            "title": value(subject, DCTERMS.title),
            "author": value(subject, DCTERMS.creator),
            "published": value(subject, DCTERMS.issued),
            "url": value(subject, SCHEMA.url),
            "source": value(subject, DCTERMS.source),
            "sha256": value(subject, SAIDWHEN.sha256),
            "loaded_at": value(subject, SAIDWHEN.loadedAt),
            "text": value(subject, SCHEMA.text),
        }

    def passage(self, subject: Node) -> dict[str, Any]:
        return {
            "id": _id(subject),
            "start": self.value(subject, SAIDWHEN.start),
            "end": self.value(subject, SAIDWHEN.end),
            "text": self.value(subject, SCHEMA.text),
            "document_id": self.ref(subject, DCTERMS.isPartOf),
        }

    def actor(self, subject: Node) -> dict[str, Any]:
        classes = set(self.graph.objects(subject, RDF.type))
        kind = self.value(subject, SAIDWHEN.kind) or next(
            (KIND_BY_CLASS[c] for c in sorted(classes) if c in KIND_BY_CLASS), None
        )
        name = self.value(subject, SCHEMA.name)
        return {
            "id": _id(subject),
            "name": name,
            "kind": kind,
            "aliases": self.aliases(subject) or ([name] if name else []),
            "curated": bool(self.value(subject, SAIDWHEN.curated)),
        }

    def topic(self, subject: Node) -> dict[str, Any]:
        name = self.value(subject, SCHEMA.name)
        return {
            "id": _id(subject),
            "name": name,
            "aliases": self.aliases(subject) or ([name] if name else []),
            "curated": bool(self.value(subject, SAIDWHEN.curated)),
        }

    def claim(self, subject: Node) -> dict[str, Any]:
        value = self.value
        return {
            "id": _id(subject),
            "text": value(subject, SCHEMA.text),
            "quote": value(subject, SAIDWHEN.quote),
            "verb": value(subject, SAIDWHEN.verb),
            "said_on": value(subject, DCTERMS.date),
            "said_on_precision": self.precision(subject),
            "date_text": value(subject, SAIDWHEN.dateText),
            "reported_on": value(subject, SAIDWHEN.reportedOn),
            "confidence": value(subject, SAIDWHEN.confidence),
            "mode": value(subject, SAIDWHEN.mode),
            "start": value(subject, SAIDWHEN.start),
            "end": value(subject, SAIDWHEN.end),
            "passage_id": self.ref(subject, PROV.wasDerivedFrom),
        }

    def event(self, subject: Node) -> dict[str, Any]:
        return {
            "id": _id(subject),
            "title": self.value(subject, SCHEMA.name),
            "date": self.value(subject, SCHEMA.startDate),
            "precision": self.precision(subject),
            "date_text": self.value(subject, SAIDWHEN.dateText),
            "passage_id": self.ref(subject, PROV.wasDerivedFrom),
        }

    def participations(self) -> list[dict[str, Any]]:
        """schema:attendee links, with the role of the matching saidwhen:Participation."""
        roles: dict[tuple[str, str], str] = {}
        for event, actor in self.graph.subject_objects(SCHEMA.attendee):
            roles[(_id(actor), _id(event))] = "participant"
        for taking_part in self.graph.subjects(RDF.type, SAIDWHEN.Participation):
            actor = self.ref(taking_part, SAIDWHEN.participant)
            event = self.ref(taking_part, SAIDWHEN.event)
            if actor and event:
                roles[(actor, event)] = self.value(taking_part, SCHEMA.roleName) or "participant"
        return [
            {"actor_id": actor, "event_id": event, "role": role}
            for (actor, event), role in sorted(roles.items())
        ]

    def role(self, subject: Node) -> dict[str, Any]:
        return {
            "subject_id": self.ref(subject, SAIDWHEN.holder),
            "object_id": self.ref(subject, SAIDWHEN.roleAt),
            "title": self.value(subject, SCHEMA.roleName),
            "document_id": self.ref(subject, DCTERMS.source),
            "passage_id": self.ref(subject, PROV.wasDerivedFrom),
            "since": self.value(subject, SCHEMA.startDate),
            "until": self.value(subject, SCHEMA.endDate),
        }
