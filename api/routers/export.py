"""``GET /v1/export``: the graph, or what the filters pick, as RDF, GraphML or CSV, streamed."""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, Depends, Query
from fastapi.responses import StreamingResponse

from api.dependencies import get_store
from api.query_parameters import IsoDate
from graph.actors import resolve_actor
from graph.export import ExportFilters
from graph.export_formats import EXPORT_FORMATS
from graph.store import Store

router = APIRouter(prefix="/v1", tags=["export"])

ExportFormat = Literal[tuple(EXPORT_FORMATS)]  # type: ignore[valid-type]
EXAMPLE_TURTLE = """@prefix schema: <https://schema.org/> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix saidwhen: <urn:saidwhen:vocab#> .

<urn:saidwhen:claim:0c1d2e3f40516273> a schema:Claim ;
    schema:author <urn:saidwhen:actor:ada-brook> ;
    schema:text "the ledger bill would pass" ;
    dcterms:date "2021-03-02"^^xsd:date ;
    saidwhen:datePrecision time:unitDay ;
    prov:wasDerivedFrom <urn:saidwhen:passage:1a2b3c4d5e6f7a8b> .
"""


@router.get(
    "/export",
    summary="Download the graph as RDF, GraphML or CSV",
    description="Streams the whole graph, or with filters the claims (and events) they pick "
    "with the actors, topics, passages, documents and roles those refer to. `turtle`, `jsonld` "
    "and `ntriples` use schema.org, PROV-O, Dublin Core and OWL-Time (see graph/rdf_vocabulary.py) "
    "and load back with `loaders/rdf_files.py`; `graphml` opens in Gephi; `csv` has one row per "
    "claim. Events read the filters as: in the document, with the speaker taking part, about "
    "the topic, dated in the range.",
    response_class=StreamingResponse,
    responses={
        200: {
            "content": {
                "text/turtle": {"example": EXAMPLE_TURTLE},
                "application/ld+json": {},
                "application/n-triples": {},
                "application/graphml+xml": {},
                "text/csv": {
                    "example": "claim_id,said_on,...\nclaim:0c1d2e3f40516273,2021-03-02,...\n"
                },
            }
        },
        404: {"description": "`speaker` names no actor"},
        422: {"description": "A bad format or date, or `since` after `until`"},
    },
)
def get_export(
    format: ExportFormat = Query("turtle", description="file format"),
    document: str | None = Query(None, description="only claims from this document id"),
    speaker: str | None = Query(None, description="only claims by this actor (id, name or alias)"),
    topic: str | None = Query(None, description="only claims about this topic id"),
    since: IsoDate | None = Query(None, description="only claims said on or after (YYYY-MM-DD)"),
    until: IsoDate | None = Query(None, description="only claims said on or before (YYYY-MM-DD)"),
    store: Store = Depends(get_store),
) -> StreamingResponse:
    filters = ExportFilters(
        document=document,
        speaker=resolve_actor(store, speaker) if speaker else None,
        topic=topic,
        since=since,
        until=until,
    )
    filters.check()
    chosen = EXPORT_FORMATS[format]
    return StreamingResponse(
        chosen.write(store, filters),
        media_type=chosen.media_type,
        headers={"Content-Disposition": f'attachment; filename="saidwhen.{chosen.extension}"'},
    )
