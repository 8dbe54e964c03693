"""``/v1/documents``: list, read, delete and load (extraction on the way in), with API keys."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from graph.store import Store
from graph.writer import write_document
from tests.api.clients import client_for, walk_pages
from tests.api.problems import assert_problem
from tests.factories import (
    META,
    TARIFF_META,
    TARIFF_TEXT,
    sample_extraction,
    series_extraction,
    series_meta,
    tariff_extraction,
)

ARTICLE = (
    "Mayor Lina Voss said on Monday that the tram line would reopen in spring. "
    "The transport board met on Tuesday."
)
POSTED = {"text": ARTICLE, "title": "Tram line", "published": "2024-02-09", "source": "Gazette"}


@pytest.fixture
def client(store: Store) -> Iterator[TestClient]:
    with client_for(store) as client:
        yield client


def test_documents_list_metadata_in_published_order_undated_last(
    store: Store, client: TestClient
) -> None:
    tariff = write_document(store, TARIFF_META, tariff_extraction())
    ledger = write_document(store, META, sample_extraction())
    body = client.get("/v1/documents").json()
    assert [document["id"] for document in body["items"]] == [
        ledger.document_id,
        tariff.document_id,
    ]
    assert body["items"][1]["title"] == "Tariff dispute"
    assert body["items"][1]["published"] == "2023-06-07"
    assert "text" not in body["items"][0]


def test_documents_page_by_cursor(store: Store, client: TestClient) -> None:
    for word in ("alpha", "beta", "gamma"):
        write_document(store, series_meta(word), series_extraction(2, word))
    write_document(store, TARIFF_META, tariff_extraction())
    pages = walk_pages(client, "/v1/documents", limit=3)
    assert [len(page) for page in pages] == [3, 1]
    assert len({document["id"] for page in pages for document in page}) == 4


def test_a_document_has_its_text_and_counts(store: Store, client: TestClient) -> None:
    tariff = write_document(store, TARIFF_META, tariff_extraction())
    body = client.get(f"/v1/documents/{tariff.document_id}").json()
    assert body["text"] == TARIFF_TEXT
    assert body["url"] == "https://example.org/tariff"
    assert body["counts"] == {"passages": 5, "claims": 3, "events": 2, "actors": 3}


def test_an_unknown_document_is_a_404_naming_it(client: TestClient) -> None:
    body = assert_problem(client.get("/v1/documents/doc:missing"), 404)
    assert "doc:missing" in body["detail"]
    assert_problem(client.delete("/v1/documents/doc:missing"), 404)


def test_deleting_a_document_removes_its_claims(store: Store, client: TestClient) -> None:
    tariff = write_document(store, TARIFF_META, tariff_extraction())
    write_document(store, META, sample_extraction())
    response = client.delete(f"/v1/documents/{tariff.document_id}")
    assert response.status_code == 204 and response.content == b""
    assert_problem(client.get(f"/v1/documents/{tariff.document_id}"), 404)
    claims = client.get("/v1/claims").json()["items"]
    assert [claim["text"] for claim in claims] == ["the ledger bill would pass"]


def test_posting_json_loads_once_then_answers_200_unchanged(client: TestClient) -> None:
    first = client.post("/v1/documents", json=POSTED)
    assert first.status_code == 201, first.text
    body = first.json()
    assert set(body) == {"id", "claims", "events", "actors"}
    document = client.get(f"/v1/documents/{body['id']}").json()
    assert document["text"] == ARTICLE
    assert (document["title"], document["published"], document["source"]) == (
        "Tram line",
        "2024-02-09",
        "Gazette",
    )
    assert document["counts"]["claims"] == body["claims"]
    again = client.post("/v1/documents", json=POSTED)
    assert again.status_code == 200
    assert again.json() == body


def test_posting_a_file_upload_uses_the_reader_for_its_type(client: TestClient) -> None:
    markdown = f"---\ntitle: Tram line notes\npublished: 2024-02-09\n---\n{ARTICLE}\n"
    response = client.post(
        "/v1/documents",
        files={"file": ("tram.md", markdown.encode(), "text/markdown")},
        data={"source": "Upload desk"},
    )
    assert response.status_code == 201, response.text
    document = client.get(f"/v1/documents/{response.json()['id']}").json()
    assert (document["title"], document["published"], document["source"]) == (
        "Tram line notes",
        "2024-02-09",
        "Upload desk",
    )
    assert document["text"].startswith("Mayor Lina Voss")


@pytest.mark.parametrize(
    ("kwargs", "status", "named"),
    [
        ({"json": {"title": "no text"}}, 422, "text"),
        ({"json": {**POSTED, "published": "2024-13-01"}}, 422, "published"),
        ({"content": b"{not json", "headers": {"content-type": "application/json"}}, 422, "JSON"),
        ({"content": b"\x80", "headers": {"content-type": "application/json"}}, 422, "UTF-8"),
        ({"content": b"\x00" * 5, "headers": {"content-type": "application/json"}}, 422, "JSON"),
        ({"files": {"file": ("scan.pdf", b"%PDF", "application/pdf")}}, 422, ".pdf"),
        ({"files": {"file": ("bin.txt", b"a\x00b", "text/plain")}}, 422, "binary"),
        ({"files": {"other": ("a.txt", b"text", "text/plain")}}, 422, "file"),
        ({"content": ARTICLE, "headers": {"content-type": "text/plain"}}, 415, "text/plain"),
    ],
)
def test_bad_posts_are_problems_naming_what_is_wrong(
    client: TestClient, kwargs: dict, status: int, named: str
) -> None:
    body = assert_problem(client.post("/v1/documents", **kwargs), status)
    assert named in body["detail"]


def test_a_body_over_max_body_bytes_is_a_413(store: Store) -> None:
    with client_for(store, max_body_bytes=200) as client:
        body = assert_problem(client.post("/v1/documents", json={"text": "x" * 300}), 413)
        assert "200 bytes" in body["detail"]
        small = client.post("/v1/documents", json={"text": "Tess Lund said it rained."})
    assert small.status_code == 201, small.text


def test_writes_need_an_api_key_when_keys_are_set(store: Store) -> None:
    tariff = write_document(store, TARIFF_META, tariff_extraction())
    with client_for(store, api_keys="first-key,second-key") as client:
        assert_problem(client.post("/v1/documents", json=POSTED), 401)
        assert_problem(
            client.post("/v1/documents", json=POSTED, headers={"X-API-Key": "wrong"}), 401
        )
        assert_problem(client.delete(f"/v1/documents/{tariff.document_id}"), 401)
        bearer = client.post(
            "/v1/documents", json=POSTED, headers={"Authorization": "Bearer second-key"}
        )
        assert bearer.status_code == 201, bearer.text
        other = {**POSTED, "text": ARTICLE + " Voss said the fares would stay."}
        header = client.post("/v1/documents", json=other, headers={"X-API-Key": "first-key"})
        assert header.status_code == 201, header.text
        deleted = client.delete(
            f"/v1/documents/{tariff.document_id}", headers={"X-API-Key": "first-key"}
        )
        assert deleted.status_code == 204
        assert client.get("/v1/documents").status_code == 200


def test_every_endpoint_is_documented_with_a_summary_a_description_and_an_example(
    client: TestClient,
) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    mine = ("/v1/claims", "/v1/events", "/v1/timeline", "/v1/documents", "/v1/topics")
    operations = [
        (path, method, operation)
        for path, methods in paths.items()
        if path.startswith(mine)
        for method, operation in methods.items()
    ]
    assert len(operations) == 11
    for path, method, operation in operations:
        where = f"{method.upper()} {path}"
        assert operation.get("summary") and operation.get("description"), where
        examples = json.dumps(operation.get("responses", {})) + json.dumps(
            operation.get("requestBody", {})
        )
        assert '"example"' in examples or method == "delete", where
