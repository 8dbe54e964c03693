"""Export in every format, and RDF that loads back into the same graph, on a real database."""

from __future__ import annotations

import csv
import io
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from rdflib import RDF, Graph
from rdflib.namespace import DCTERMS, PROV

from api.app import create_app
from graph.co_mentions import counted_co_mentions, stored_co_mentions
from graph.errors import InvalidInput
from graph.rdf_import import import_rdf_rows
from graph.rdf_vocabulary import SCHEMA
from graph.stats import GraphCounts, count_graph
from graph.store import Store
from graph.writer import write_document
from loaders.rdf_files import read_rdf_file
from tests.api.corpus import load_example_corpus
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
    assert stored_co_mentions(store) == counted_co_mentions(store) != {}


@pytest.fixture(scope="module")
def corpus_exports(
    backend_server: Store, tmp_path_factory: pytest.TempPathFactory
) -> tuple[GraphCounts, dict[str, Path]]:
    """The example corpus loaded through the real pipeline: its counts and its RDF exports."""
    clear_graph(backend_server)
    load_example_corpus(backend_server)
    folder = tmp_path_factory.mktemp("corpus-export")
    paths = {}
    with TestClient(create_app(backend_server.settings, backend_server)) as client:
        for rdf_format, suffix in SUFFIXES.items():
            response = client.get("/v1/export", params={"format": rdf_format})
            assert response.status_code == 200, response.text
            paths[rdf_format] = folder / f"corpus.{suffix}"
            paths[rdf_format].write_bytes(response.content)
    return count_graph(backend_server), paths


@pytest.mark.parametrize("rdf_format", sorted(SUFFIXES))
def test_the_example_corpus_exports_and_loads_back_with_the_same_counts(
    store: Store, corpus_exports: tuple[GraphCounts, dict[str, Path]], rdf_format: str
) -> None:
    before, paths = corpus_exports
    assert before.nodes["Claim"] > 10 and before.relationships["ROLE"] > 0
    import_rdf_rows(store, read_rdf_file(paths[rdf_format]), str(paths[rdf_format]))
    assert count_graph(store) == before


def export_without(client: TestClient, path: Path, *predicates: object) -> Path:
    """The turtle export with the given predicates removed from every role."""
    graph = Graph().parse(data=client.get("/v1/export").text, format="turtle")
    for role in list(graph.subjects(RDF.type, SCHEMA.OrganizationRole)):
        for predicate in predicates:
            graph.remove((role, predicate, None))
    graph.serialize(path, format="turtle")
    return path


def test_a_role_without_its_document_is_stated_by_its_passages_document(
    client: TestClient, store: Store, tmp_path: Path
) -> None:
    path = export_without(client, tmp_path / "roles.ttl", DCTERMS.source)
    before = count_graph(store)
    roles_before = client.get("/v1/actors/Idris").json()["roles_out"]
    clear_graph(store)
    import_rdf_rows(store, read_rdf_file(path), str(path))
    assert count_graph(store) == before
    assert client.get("/v1/actors/Idris").json()["roles_out"] == roles_before
    assert roles_before[0]["document_id"] is not None


def test_a_role_with_neither_document_nor_passage_fails_the_whole_file(
    client: TestClient, store: Store, tmp_path: Path
) -> None:
    path = export_without(client, tmp_path / "roles.ttl", DCTERMS.source, PROV.wasDerivedFrom)
    clear_graph(store)
    unstated = r"roles\.ttl: the role '\w+' of actor:\S+ at actor:\S+ names no document"
    with pytest.raises(InvalidInput, match=unstated):
        import_rdf_rows(store, read_rdf_file(path), str(path))
    assert count_graph(store).nodes["Actor"] == 0


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
