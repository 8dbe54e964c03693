"""The response cache is never stale: a write by anyone (the API, another store, another
process) is in the very next answer; unchanged answers revalidate with ETag → 304."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api.response_cache import Entry, LruResponses, VersionReads
from graph.store import Store
from graph.write_generation import Version
from graph.writer import delete_document, write_document
from tests.api.clients import client_for
from tests.cli_env import environment_for
from tests.factories import TARIFF_META, series_extraction, series_meta, tariff_extraction
from tests.own_loop import run_on_own_loop

ARTICLE = "Mayor Lina Voss said on Monday that the tram line would reopen in spring."


@pytest.fixture
def client(store: Store) -> Iterator[TestClient]:
    with client_for(store) as client:
        yield client


def claim_texts(client: TestClient, **params: str) -> list[str]:
    response = client.get("/v1/claims", params=params)
    assert response.status_code == 200, response.text
    return [claim["text"] for claim in response.json()["items"]]


def test_a_write_through_another_store_is_in_the_next_answer(
    store: Store, client: TestClient
) -> None:
    assert claim_texts(client) == []
    assert claim_texts(client) == []
    other = Store.connect(store.settings)
    try:
        written = write_document(other, TARIFF_META, tariff_extraction())
        assert len(claim_texts(client)) == 3
        delete_document(other, written.document_id)
    finally:
        other.close()
    assert claim_texts(client) == []


def test_a_load_by_another_process_is_in_the_next_answer(
    store: Store, client: TestClient, tmp_path: Path
) -> None:
    assert client.get("/v1/documents").json()["items"] == []
    article = tmp_path / "tram.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    inherited = {name: value for name, value in os.environ.items() if "SAIDWHEN_" not in name}
    loaded = subprocess.run(
        [sys.executable, "-c", "from api.cli import main; main(prog_name='saidwhen')",
         "load", str(article)],
        env={**inherited, **environment_for(store)}, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert loaded.returncode == 0, loaded.stderr
    assert len(client.get("/v1/documents").json()["items"]) == 1


def test_a_write_through_the_api_is_in_the_next_answer(client: TestClient) -> None:
    assert client.get("/v1/documents").json()["items"] == []
    posted = client.post("/v1/documents", json={"text": ARTICLE, "title": "Tram"})
    assert posted.status_code == 201, posted.text
    assert [d["title"] for d in client.get("/v1/documents").json()["items"]] == ["Tram"]
    assert client.get("/documents").text.count("Tram") >= 1
    assert client.delete(f"/v1/documents/{posted.json()['id']}").status_code == 204
    assert client.get("/v1/documents").json()["items"] == []


def test_an_unchanged_answer_is_a_304_until_the_graph_changes(
    store: Store, client: TestClient
) -> None:
    tariff = write_document(store, TARIFF_META, tariff_extraction())
    first = client.get("/v1/claims", params={"limit": 2, "topic": "topic:water-tariff"})
    etag = first.headers["etag"]
    assert first.headers["cache-control"] == "no-cache"
    same = client.get("/v1/claims?topic=topic:water-tariff&limit=2")
    assert (same.headers["etag"], same.content) == (etag, first.content)
    revalidated = client.get(
        "/v1/claims", params={"limit": 2, "topic": "topic:water-tariff"},
        headers={"If-None-Match": f'W/{etag}, "other"'},
    )  # fmt: skip
    assert (revalidated.status_code, revalidated.content) == (304, b"")
    assert revalidated.headers["etag"] == etag
    write_document(store, series_meta("tariff"), series_extraction(2, "tariff"))
    unrelated = client.get("/v1/claims", params={"limit": 2, "topic": "topic:water-tariff"},
                           headers={"If-None-Match": etag})  # fmt: skip
    assert unrelated.status_code == 304
    delete_document(store, tariff.document_id)
    gone = client.get("/v1/claims", params={"limit": 2, "topic": "topic:water-tariff"},
                      headers={"If-None-Match": etag})  # fmt: skip
    assert (gone.status_code, "etag" in gone.headers) == (404, False)


def test_errors_and_writes_carry_no_etag(client: TestClient) -> None:
    missing = client.get("/v1/actors/actor:nobody")
    assert missing.status_code == 404
    assert "etag" not in missing.headers
    posted = client.post("/v1/documents", json={"text": ARTICLE})
    assert "etag" not in posted.headers
    assert "etag" not in client.get("/health").headers


def test_a_cache_of_zero_bytes_is_off(store: Store) -> None:
    with client_for(store, response_cache_bytes=0) as client:
        assert "etag" not in client.get("/v1/claims").headers


def entry(size: int) -> Entry:
    return Entry([], b"x" * size, b'"e"')


ONE, TWO = Version("e", 1), Version("e", 2)


def test_the_least_recently_used_answers_go_first_past_the_bound() -> None:
    responses = LruResponses(max_bytes=3 * entry(100).size)
    for name in ("a", "b", "c"):
        responses.put((name, (), b""), ONE, entry(100))
    assert responses.get(("a", (), b""), ONE) is not None
    responses.put(("d", (), b""), ONE, entry(100))
    kept = [key[0] for key in responses.entries]
    assert kept == ["c", "a", "d"]
    assert responses.size <= responses.max_bytes


def test_answers_of_another_version_are_never_served() -> None:
    responses = LruResponses(max_bytes=10_000)
    responses.put(("a", (), b""), ONE, entry(10))
    assert responses.get(("a", (), b""), TWO) is None
    responses.put(("b", (), b""), TWO, entry(10))
    assert responses.get(("a", (), b""), ONE) is None
    assert list(responses.entries) == [("b", (), b"")]
    assert responses.get(("b", (), b""), Version("other database", 2)) is None


def test_requests_share_a_version_read_only_if_it_started_after_they_arrived() -> None:
    """The first request's read is held while the graph changes and three more arrive: they
    must not get the first read's (older) version, and they share one read of their own."""
    generation = [1]
    reads: list[int] = []
    first_read_started, release_first_read = threading.Event(), threading.Event()

    def read() -> Version:
        reads.append(generation[0])
        if len(reads) == 1:
            first_read_started.set()
            release_first_read.wait(10)
        return Version("e", reads[-1])

    async def scenario() -> list[Version]:
        versions = VersionReads(read)
        first = asyncio.create_task(versions.current())
        await asyncio.to_thread(first_read_started.wait, 10)
        generation[0] = 2  # a write commits while the first read is under way
        later = [asyncio.create_task(versions.current()) for _ in range(3)]
        await asyncio.sleep(0)
        release_first_read.set()
        return await asyncio.gather(first, *later)

    answers = run_on_own_loop(scenario())
    assert answers == [Version("e", 1)] + [Version("e", 2)] * 3
    assert reads == [1, 2]
