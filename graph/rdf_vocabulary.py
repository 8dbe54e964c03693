"""The RDF vocabulary of exports and imports: standard terms first, ``saidwhen:`` for the rest.

    Actor     a saidwhen:Actor and, by kind, schema:Person | schema:Organization |
              schema:GovernmentOrganization | schema:Country | schema:NewsMediaOrganization;
              schema:name, schema:alternateName (each alias), saidwhen:kind, saidwhen:curated
    Topic     a schema:DefinedTerm; schema:name, schema:alternateName, saidwhen:curated
    Claim     a schema:Claim; schema:text, schema:author (the speaker), dcterms:date (said_on),
              saidwhen:datePrecision (an OWL-Time unit: time:unitDay/unitWeek/unitMonth/
              unitYear), saidwhen:dateText, saidwhen:reportedOn (its document's publication
              date), saidwhen:verb, saidwhen:quote, saidwhen:confidence, saidwhen:mode,
              saidwhen:start/saidwhen:end (offsets in the document), schema:about (topic),
              schema:mentions (actor), saidwhen:refersTo (event), prov:wasDerivedFrom (passage),
              saidwhen:corroborates / saidwhen:contests (another document's claim of the same
              statement / its denial; each pair once, from the smaller id)
    Passage   a saidwhen:Passage, prov:Entity; saidwhen:start, saidwhen:end, schema:text,
              dcterms:isPartOf (the document)
    Event     a schema:Event; schema:name, schema:startDate, saidwhen:datePrecision,
              saidwhen:dateText, schema:attendee (actor), schema:about, prov:wasDerivedFrom,
              saidwhen:contests (the same happening dated otherwise by another document);
              each attendance also as a saidwhen:Participation (saidwhen:participant,
              saidwhen:event, schema:roleName), since schema:attendee cannot carry the role
    ROLE      a schema:OrganizationRole (a qualified relation): saidwhen:holder (subject actor),
              saidwhen:roleAt (object actor), schema:roleName, schema:startDate,
              schema:endDate, dcterms:source (document), prov:wasDerivedFrom (passage)
    Document  a schema:NewsArticle; dcterms:title, dcterms:creator (the byline as text),
              dcterms:issued, schema:url, dcterms:source, saidwhen:sha256, saidwhen:loadedAt,
              schema:text, schema:author (the author actor)
    Curation  a saidwhen:Curation, prov:Activity (a hand decision about actors): saidwhen:action,
              saidwhen:actor, saidwhen:other (actors), saidwhen:kind, schema:alternateName,
              dcterms:creator (who decided), prov:atTime, and what undoing it needs:
              saidwhen:previousKind, saidwhen:addedAlias, saidwhen:otherName,
              saidwhen:otherKind, saidwhen:otherAlias, saidwhen:undoneAt, saidwhen:undoneBy

Resources are named ``urn:saidwhen:<id>`` (``urn:saidwhen:actor:ada-brook``), so ids survive
a round trip; qualified role and participation resources get ids derived from their ends.
The ``saidwhen:`` namespace is a URN because the project publishes no web vocabulary.
"""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, SDO, TIME, XSD

SAIDWHEN = Namespace("urn:saidwhen:vocab#")
SCHEMA = SDO
RESOURCE_PREFIX = "urn:saidwhen:"

ACTOR_CLASSES = {
    "person": SCHEMA.Person,
    "organization": SCHEMA.Organization,
    "government_body": SCHEMA.GovernmentOrganization,
    "country": SCHEMA.Country,
    "media": SCHEMA.NewsMediaOrganization,
    "group": SAIDWHEN.Group,
}
KIND_BY_CLASS = {rdf_class: kind for kind, rdf_class in ACTOR_CLASSES.items()}
PRECISION_UNITS = {
    "day": TIME.unitDay,
    "week": TIME.unitWeek,
    "month": TIME.unitMonth,
    "year": TIME.unitYear,
}
PRECISION_BY_UNIT = {unit: precision for precision, unit in PRECISION_UNITS.items()}

NAMESPACES = {
    "schema": SCHEMA,
    "dcterms": DCTERMS,
    "prov": PROV,
    "time": TIME,
    "xsd": XSD,
    "saidwhen": SAIDWHEN,
}
JSONLD_CONTEXT = {prefix: str(namespace) for prefix, namespace in NAMESPACES.items()}

__all__ = [
    "ACTOR_CLASSES",
    "DCTERMS",
    "JSONLD_CONTEXT",
    "KIND_BY_CLASS",
    "NAMESPACES",
    "PRECISION_BY_UNIT",
    "PRECISION_UNITS",
    "PROV",
    "RDF",
    "SAIDWHEN",
    "SCHEMA",
    "TIME",
    "XSD",
    "resource",
    "resource_id",
]


def resource(node_id: str) -> URIRef:
    return URIRef(RESOURCE_PREFIX + node_id)


def resource_id(uri: str) -> str:
    """The model id of a resource: its URN without the prefix, or the IRI itself if foreign."""
    return uri.removeprefix(RESOURCE_PREFIX)
