"""A megabyte article in the claim listing and in every export format, API and command line."""

from __future__ import annotations

import csv
import dataclasses
import io
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from api.cli import main
from graph.model import Actor, Claim, Extraction, Span
from graph.store import Store
from graph.writer import DocumentMeta, write_document
from tests.api.clients import client_for
from tests.cli_env import point_cli_at
from tests.conftest import clear_graph

CLAIMS = 600
STATEMENT = "Mara Quill said that levy {n} would fall. "
FILLER = "The harbour board met for a long afternoon and nothing was decided about the tides. "
TEXT_CHARS = 1_000_000


def megabyte_extraction() -> Extraction:
    """A 1 MB article whose first part holds ``CLAIMS`` claims by one speaker."""
    statements = "".join(STATEMENT.format(n=n) for n in range(CLAIMS))
    text = statements + FILLER * ((TEXT_CHARS - len(statements)) // len(FILLER) + 1)
    claims = []
    speaker = Actor("mara-quill", "Mara Quill", "person")
    start = 0
    for n in range(CLAIMS):
        sentence = STATEMENT.format(n=n).strip()
        content = f"levy {n} would fall"
        content_start = start + sentence.index(content)
        speaker.mentions.append(Span(start, start + len("Mara Quill"), "Mara Quill"))
        claims.append(
            Claim(
                speaker="mara-quill",
                speaker_mention=speaker.mentions[-1],
                verb="say",
                content=Span(content_start, content_start + len(content), content),
                passage=Span(start, start + len(sentence), sentence),
            )
        )
        start += len(STATEMENT.format(n=n))
    return Extraction(text=text, published=date(2022, 5, 4), actors=[speaker], claims=claims)


@pytest.fixture(scope="module")
def large_client(backend_server: Store) -> Iterator[TestClient]:
    """The megabyte article, written once for the module's read-only tests, served by a store
    with a generous query time limit: what is checked is that the rows fit, not how fast a
    cold server on a busy machine answers."""
    clear_graph(backend_server)
    meta = DocumentMeta(title="Tide tables", url="https://example.org/tides")
    write_document(backend_server, meta, megabyte_extraction())
    patient = dataclasses.replace(backend_server, query_timeout=120)
    with client_for(patient) as client:
        yield client
    clear_graph(backend_server)


def test_a_page_of_claims_from_a_megabyte_document_is_listed(large_client: TestClient) -> None:
    response = large_client.get("/v1/claims", params={"limit": 400})
    assert response.status_code == 200, response.text[:500]
    assert len(response.json()["items"]) == 400


@pytest.mark.parametrize("export_format", ["csv", "turtle", "jsonld", "ntriples", "graphml"])
def test_a_megabyte_document_exports_whole(large_client: TestClient, export_format: str) -> None:
    response = large_client.get("/v1/export", params={"format": export_format})
    assert response.status_code == 200
    if export_format == "csv":
        assert len(list(csv.DictReader(io.StringIO(response.text)))) == CLAIMS
    else:
        assert "levy 599 would fall" in response.text
        assert FILLER.strip() in response.text or export_format == "graphml"


def test_the_export_command_writes_a_megabyte_document(
    large_client: TestClient, backend_server: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    point_cli_at(backend_server, monkeypatch)
    output = tmp_path / "graph.ttl"
    result = CliRunner().invoke(main, ["export", "--format", "turtle", "-o", str(output)])
    assert result.exit_code == 0, result.output
    assert "levy 599 would fall" in output.read_text(encoding="utf-8")
