"""Exported batches as RDF (Turtle, JSON-LD, N-Triples), streamed one batch at a time.

Each batch becomes a small rdflib graph serialised on its own, so memory stays at one
batch. That is valid for each format: Turtle may declare its prefixes again before each
chunk, N-Triples is line by line, and JSON-LD gets one ``@graph`` array whose members
are the compacted node objects of every batch (a node split over two batches is merged
by any JSON-LD reader). The vocabulary is in ``graph/rdf_vocabulary.py``.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from datetime import date
from typing import Any

from rdflib import Graph, Literal, URIRef

from graph.export import Batch
from graph.rdf_vocabulary import (
    ACTOR_CLASSES,
    DCTERMS,
    JSONLD_CONTEXT,
    NAMESPACES,
    PRECISION_UNITS,
    PROV,
    RDF,
    SAIDWHEN,
    SCHEMA,
    XSD,
    resource,
)

RDF_FORMATS = {"turtle": "turtle", "ntriples": "nt", "jsonld": "json-ld"}


def qualified_id(kind: str, *parts: Any) -> str:
    """A stable id for a qualified relation (a role or a participation) from what it joins."""
    digest = hashlib.sha256("\x1f".join(str(part) for part in parts).encode()).hexdigest()[:16]
    return f"{kind}:{digest}"


def new_graph() -> Graph:
    graph = Graph(bind_namespaces="none")
    for prefix, namespace in NAMESPACES.items():
        graph.bind(prefix, namespace)
    return graph


def add_batch(graph: Graph, batch: Batch) -> None:
    add = {
        "claims": _add_claim,
        "events": _add_event,
        "roles": _add_role,
        "passages": _add_passage,
        "documents": _add_document,
        "actors": _add_actor,
        "topics": _add_topic,
        "curations": _add_curation,
    }[batch.kind]
    for row in batch.rows:
        add(graph, row)


def iter_rdf(batches: Iterable[Batch], rdf_format: str) -> Iterator[str]:
    """The batches serialised in ``rdf_format`` (a key of RDF_FORMATS), chunk by chunk."""
    if rdf_format == "jsonld":
        yield from _iter_jsonld(batches)
        return
    for batch in batches:
        graph = new_graph()
        add_batch(graph, batch)
        yield graph.serialize(format=RDF_FORMATS[rdf_format])


def _iter_jsonld(batches: Iterable[Batch]) -> Iterator[str]:
    yield '{"@context": ' + json.dumps(JSONLD_CONTEXT) + ', "@graph": ['
    first = True
    for batch in batches:
        graph = new_graph()
        add_batch(graph, batch)
        document = json.loads(graph.serialize(format="json-ld", context=JSONLD_CONTEXT))
        items = document.get("@graph", [document]) if isinstance(document, dict) else document
        for item in items:
            item.pop("@context", None)
            yield ("" if first else ",\n") + json.dumps(item, ensure_ascii=False)
            first = False
    yield "]}\n"


def _literal(value: Any) -> Literal:
    if isinstance(value, date):
        return Literal(value.isoformat(), datatype=XSD.date)
    return Literal(value)


def _add(graph: Graph, subject: URIRef, predicate: URIRef, value: Any) -> None:
    """One triple, unless the value is missing: an absent property is no triple, not null."""
    if value is None or value == "":
        return
    graph.add((subject, predicate, value if isinstance(value, URIRef) else _literal(value)))


def _add_claim(graph: Graph, row: dict[str, Any]) -> None:
    claim = resource(row["id"])
    graph.add((claim, RDF.type, SCHEMA.Claim))
    for predicate, key in (
        (SCHEMA.text, "text"),
        (DCTERMS.date, "said_on"),
        (SAIDWHEN.dateText, "date_text"),
        (SAIDWHEN.reportedOn, "reported_on"),
        (SAIDWHEN.verb, "verb"),
        (SAIDWHEN.quote, "quote"),
        (SAIDWHEN.confidence, "confidence"),
        (SAIDWHEN.mode, "mode"),
        (SAIDWHEN.start, "start"),
        (SAIDWHEN.end, "end"),
    ):
        _add(graph, claim, predicate, row[key])
    _add(graph, claim, SAIDWHEN.datePrecision, PRECISION_UNITS.get(row["said_on_precision"]))
    if row["speaker_id"]:
        _add(graph, claim, SCHEMA.author, resource(row["speaker_id"]))
    _add(graph, claim, PROV.wasDerivedFrom, resource(row["passage_id"]))
    for topic_id in row["topic_ids"]:
        _add(graph, claim, SCHEMA.about, resource(topic_id))
    for actor_id in row["mention_ids"]:
        _add(graph, claim, SCHEMA.mentions, resource(actor_id))
    for event_id in row["event_ids"]:
        _add(graph, claim, SAIDWHEN.refersTo, resource(event_id))
    for other in row["corroborates"]:
        _add(graph, claim, SAIDWHEN.corroborates, resource(other))
    for other in row["contests"]:
        _add(graph, claim, SAIDWHEN.contests, resource(other))


def _add_event(graph: Graph, row: dict[str, Any]) -> None:
    event = resource(row["id"])
    graph.add((event, RDF.type, SCHEMA.Event))
    _add(graph, event, SCHEMA.name, row["title"])
    _add(graph, event, SCHEMA.startDate, row["date"])
    _add(graph, event, SAIDWHEN.datePrecision, PRECISION_UNITS.get(row["precision"]))
    _add(graph, event, SAIDWHEN.dateText, row["date_text"])
    _add(graph, event, PROV.wasDerivedFrom, resource(row["passage_id"]))
    for topic_id in row["topic_ids"]:
        _add(graph, event, SCHEMA.about, resource(topic_id))
    for other in row["contests"]:
        _add(graph, event, SAIDWHEN.contests, resource(other))
    for participant in row["participants"]:
        actor = resource(participant["actor_id"])
        _add(graph, event, SCHEMA.attendee, actor)
        taking_part = resource(qualified_id("participation", row["id"], participant["actor_id"]))
        graph.add((taking_part, RDF.type, SAIDWHEN.Participation))
        _add(graph, taking_part, SAIDWHEN.participant, actor)
        _add(graph, taking_part, SAIDWHEN.event, event)
        _add(graph, taking_part, SCHEMA.roleName, participant["role"])


def _add_role(graph: Graph, row: dict[str, Any]) -> None:
    role = resource(
        qualified_id("role", row["subject_id"], row["object_id"], row["title"], row["document_id"])
    )
    graph.add((role, RDF.type, SCHEMA.OrganizationRole))
    _add(graph, role, SAIDWHEN.holder, resource(row["subject_id"]))
    _add(graph, role, SAIDWHEN.roleAt, resource(row["object_id"]))
    _add(graph, role, SCHEMA.roleName, row["title"])
    _add(graph, role, SCHEMA.startDate, row["since"])
    _add(graph, role, SCHEMA.endDate, row["until"])
    if row["document_id"]:
        _add(graph, role, DCTERMS.source, resource(row["document_id"]))
    if row["passage_id"]:
        _add(graph, role, PROV.wasDerivedFrom, resource(row["passage_id"]))


def _add_passage(graph: Graph, row: dict[str, Any]) -> None:
    passage = resource(row["id"])
    graph.add((passage, RDF.type, SAIDWHEN.Passage))
    graph.add((passage, RDF.type, PROV.Entity))
    _add(graph, passage, SAIDWHEN.start, row["start"])
    _add(graph, passage, SAIDWHEN.end, row["end"])
    _add(graph, passage, SCHEMA.text, row["text"])
    _add(graph, passage, DCTERMS.isPartOf, resource(row["document_id"]))


def _add_document(graph: Graph, row: dict[str, Any]) -> None:
    document = resource(row["id"])
    graph.add((document, RDF.type, SCHEMA.NewsArticle))
    for predicate, key in (
        (DCTERMS.title, "title"),
        (DCTERMS.creator, "author"),
        (DCTERMS.issued, "published"),
        (SCHEMA.url, "url"),
        (DCTERMS.source, "source"),
        (SAIDWHEN.sha256, "sha256"),
        (SAIDWHEN.loadedAt, "loaded_at"),
        (SCHEMA.text, "text"),
    ):
        _add(graph, document, predicate, row[key])
    if row["author_id"]:
        _add(graph, document, SCHEMA.author, resource(row["author_id"]))


def _add_actor(graph: Graph, row: dict[str, Any]) -> None:
    actor = resource(row["id"])
    graph.add((actor, RDF.type, SAIDWHEN.Actor))
    graph.add((actor, RDF.type, ACTOR_CLASSES.get(row["kind"], SCHEMA.Thing)))
    _add(graph, actor, SCHEMA.name, row["name"])
    _add(graph, actor, SAIDWHEN.kind, row["kind"])
    _add(graph, actor, SAIDWHEN.curated, bool(row["curated"]))
    for alias in row["aliases"] or []:
        _add(graph, actor, SCHEMA.alternateName, alias)


def _add_topic(graph: Graph, row: dict[str, Any]) -> None:
    topic = resource(row["id"])
    graph.add((topic, RDF.type, SCHEMA.DefinedTerm))
    _add(graph, topic, SCHEMA.name, row["name"])
    _add(graph, topic, SAIDWHEN.curated, bool(row["curated"]))
    for alias in row["aliases"] or []:
        _add(graph, topic, SCHEMA.alternateName, alias)


CURATION_VALUES = (
    (SAIDWHEN.action, "action"),
    (SAIDWHEN.kind, "kind"),
    (SCHEMA.alternateName, "alias"),
    (DCTERMS.creator, "author"),
    (PROV.atTime, "at"),
    (SAIDWHEN.previousKind, "previous_kind"),
    (SAIDWHEN.otherName, "other_name"),
    (SAIDWHEN.otherKind, "other_kind"),
    (SAIDWHEN.undoneAt, "undone_at"),
    (SAIDWHEN.undoneBy, "undone_by"),
)
CURATION_LISTS = ((SAIDWHEN.addedAlias, "added_aliases"), (SAIDWHEN.otherAlias, "other_aliases"))


def _add_curation(graph: Graph, row: dict[str, Any]) -> None:
    curation = resource(row["id"])
    graph.add((curation, RDF.type, SAIDWHEN.Curation))
    graph.add((curation, RDF.type, PROV.Activity))
    _add(graph, curation, SAIDWHEN.actor, resource(row["actor_id"]))
    if row["other_id"]:
        _add(graph, curation, SAIDWHEN.other, resource(row["other_id"]))
    for predicate, key in CURATION_VALUES:
        _add(graph, curation, predicate, row[key])
    for predicate, key in CURATION_LISTS:
        for value in row[key] or []:
            _add(graph, curation, predicate, value)
