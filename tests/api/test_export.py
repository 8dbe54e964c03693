"""Export in every format, and RDF that loads back into the same graph, on a real database."""

from __future__ import annotations

import csv
import io
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from graph.errors import InvalidInput
from graph.rdf_import import import_rdf_rows
from graph.stats import count_graph
from graph.store import Store
from graph.writer import write_document
from loaders.rdf_files import read_rdf_file
from tests.api.problems import assert_problem
from tests.conftest import clear_graph
from tests.factories import META, NETWORK_META, network_extraction, sample_extraction

SUFFIXES = {"turtle": "ttl", "jsonld": "jsonld", "ntriples": "nt"}


@pytest.fixture
def client(store: Store):
    write_document(store, NETWORK_META, network_extraction())
    write_document(store, META, sample_extraction())
    with TestClient(create_app(store.settings, store)) as client:
        yield client


@pytest.mark.parametrize("rdf_format", sorted(SUFFIXES))
def test_rdf_export_loads_back_into_the_same_graph(
    client: TestClient, store: Store, tmp_path: Path, rdf_format: str
) -> None:
    before = count_graph(store)
    response = client.get("/v1/export", params={"format": rdf_format})
    assert response.status_code == 200
    path = tmp_path / f"graph.{SUFFIXES[rdf_format]}"
    path.write_bytes(response.content)
    clear_graph(store)
    import_rdf_rows(store, read_rdf_file(path), str(path))
    assert count_graph(store) == before
    assert before.nodes["Claim"] == 5 and before.relationships["ROLE"] == 2
    import_rdf_rows(store, read_rdf_file(path), str(path))
    assert count_graph(store) == before


def test_rdf_round_trip_keeps_properties_dates_and_evidence(
    client: TestClient, store: Store, tmp_path: Path
) -> None:
    path = tmp_path / "graph.ttl"
    path.write_bytes(client.get("/v1/export").content)
    actor_before = client.get("/v1/actors/Idris").json()
    clear_graph(store)
    import_rdf_rows(store, read_rdf_file(path), str(path))
    assert client.get("/v1/actors/Idris").json() == actor_before


def test_turtle_uses_the_standard_vocabularies(client: TestClient) -> None:
    response = client.get("/v1/export", params={"format": "turtle"})
    assert response.headers["content-type"].startswith("text/turtle")
    assert 'filename="saidwhen.ttl"' in response.headers["content-disposition"]
    text = response.text
    for term in (
        "schema:Claim",
        "schema:GovernmentOrganization",
        "prov:wasDerivedFrom",
        "dcterms:isPartOf",
        "schema:NewsArticle",
        "time:unitDay",
        "schema:attendee",
    ):
        assert term in text


def test_filters_export_only_the_picked_claims_and_what_they_cite(client: TestClient) -> None:
    response = client.get("/v1/export", params={"format": "csv", "speaker": "Idris"})
    assert response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert {row["speaker_id"] for row in rows} == {"actor:sam-idris"}
    assert {row["said_on"] for row in rows} == {"2022-05-04", ""}
    dated = client.get(
        "/v1/export", params={"format": "ntriples", "since": "2022-05-03", "until": "2022-05-03"}
    )
    assert dated.headers["content-type"].startswith("application/n-triples")
    assert "ignored the port union" in dated.text
    assert '"the harbour tunnel would open in May"' not in dated.text
    assert "urn:saidwhen:actor:lena-ortiz" in dated.text
    assert "urn:saidwhen:actor:ada-brook" not in dated.text


def test_graphml_declares_every_node_an_edge_names(client: TestClient) -> None:
    response = client.get("/v1/export", params={"format": "graphml"})
    assert response.headers["content-type"].startswith("application/graphml+xml")
    namespace = {"g": "http://graphml.graphdrawing.org/xmlns"}
    root = ElementTree.fromstring(response.content)
    nodes = {node.get("id") for node in root.iterfind(".//g:node", namespace)}
    edges = list(root.iterfind(".//g:edge", namespace))
    assert "actor:sam-idris" in nodes
    assert len(edges) > 10
    assert all(edge.get("source") in nodes and edge.get("target") in nodes for edge in edges)


def test_bad_export_requests_are_problems(client: TestClient) -> None:
    assert_problem(client.get("/v1/export", params={"format": "xml"}), 422)
    assert_problem(client.get("/v1/export", params={"speaker": "Nobody"}), 404)
    assert_problem(
        client.get("/v1/export", params={"since": "2022-06-01", "until": "2022-05-01"}), 422
    )


def test_bad_rdf_names_the_file_and_the_line(tmp_path: Path) -> None:
    path = tmp_path / "broken.ttl"
    path.write_text('@prefix schema: <https://schema.org/> .\n\n<urn:a> schema:name "x ;\n')
    with pytest.raises(InvalidInput, match=r"broken\.ttl.*line"):
        read_rdf_file(path)


def test_a_claim_without_its_passage_fails_the_whole_file(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "orphan.ttl"
    path.write_text(
        "@prefix schema: <https://schema.org/> .\n"
        "@prefix prov: <http://www.w3.org/ns/prov#> .\n"
        '<urn:saidwhen:claim:1> a schema:Claim ; schema:text "hello" ;\n'
        "    prov:wasDerivedFrom <urn:saidwhen:passage:missing> .\n"
        '<urn:saidwhen:topic:t> a schema:DefinedTerm ; schema:name "t" .\n'
    )
    with pytest.raises(InvalidInput, match=r"orphan\.ttl.*claims"):
        import_rdf_rows(store, read_rdf_file(path), str(path))
    assert count_graph(store).nodes["Topic"] == 0
