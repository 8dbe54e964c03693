"""A week-precise said_on and reported_on through the writer, the date filters and RDF."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from fastapi.testclient import TestClient
from rdflib import Graph, Literal
from rdflib.namespace import TIME, XSD

from api.app import create_app
from graph.rdf_import import import_rdf_rows
from graph.rdf_vocabulary import SAIDWHEN
from graph.store import Store
from graph.writer import write_document
from loaders.rdf_files import read_rdf_file
from tests.conftest import clear_graph
from tests.factories import META, sample_extraction


def write_week_claim(store: Store) -> None:
    extraction = sample_extraction()
    [claim] = extraction.claims
    week_claim = replace(
        claim, said_on=date(2021, 3, 1), said_on_precision="week", date_text="last week"
    )
    write_document(store, META, replace(extraction, claims=[week_claim]))


def only_claim(client: TestClient, **params: str) -> dict:
    response = client.get("/v1/claims", params=params)
    assert response.status_code == 200, response.text
    [claim] = response.json()["items"]
    return claim


def test_a_week_claim_is_found_by_a_date_range_and_keeps_its_precision(store: Store) -> None:
    write_week_claim(store)
    with TestClient(create_app(store.settings, store)) as client:
        claim = only_claim(client, since="2021-03-01", until="2021-03-07")
    assert (claim["said_on"], claim["said_on_precision"]) == ("2021-03-01", "week")
    assert claim["reported_on"] == "2021-03-06"


def test_week_precision_and_reported_on_survive_an_rdf_round_trip(
    store: Store, tmp_path: Path
) -> None:
    write_week_claim(store)
    path = tmp_path / "graph.ttl"
    with TestClient(create_app(store.settings, store)) as client:
        path.write_bytes(client.get("/v1/export", params={"format": "turtle"}).content)
        graph = Graph().parse(path)
        assert (None, SAIDWHEN.datePrecision, TIME.unitWeek) in graph
        assert (None, SAIDWHEN.reportedOn, Literal("2021-03-06", datatype=XSD.date)) in graph
        clear_graph(store)
        import_rdf_rows(store, read_rdf_file(path), str(path))
        claim = only_claim(client)
    assert (claim["said_on_precision"], claim["reported_on"]) == ("week", "2021-03-06")
