"""The /v1/query guard's last step: the database itself refuses what got past the others.

``Store.read_only`` runs the text with no check in front, as a query that fooled both the
token check and the plan check would run. On Neo4j the test server's hardened settings
(tools/neo4j-server, as the README advises) refuse LOAD CSV; on the embedded server the
read-only user does.
"""

from __future__ import annotations

from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler

import pytest

from graph.errors import QueryRefused
from graph.store import Store
from tests.loopback_server import serving


def rows(result) -> list[dict]:
    return [record.data() for record in result]


class CsvHandler(BaseHTTPRequestHandler):
    requests: list[str] = []

    def do_GET(self) -> None:  # noqa: N802 (the name http.server calls)
        CsvHandler.requests.append(self.path)
        body = b"name\nsecret\n"
        self.send_response(200)
        self.send_header("Content-Type", "text/csv")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def csv_url() -> Iterator[str]:
    """A CSV file served on 127.0.0.1, recording every request made for it."""
    CsvHandler.requests = []
    with serving(CsvHandler) as base_url:
        yield f"{base_url}/rows.csv"


def test_load_csv_of_a_server_file_is_refused_by_the_database(store: Store) -> None:
    with pytest.raises(QueryRefused):
        store.read_only("LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line", {}, rows)


def test_load_csv_from_a_web_address_fetches_nothing(store: Store, csv_url: str) -> None:
    with pytest.raises(QueryRefused):
        store.read_only("LOAD CSV FROM $url AS line RETURN line", {"url": csv_url}, rows)
    assert CsvHandler.requests == []
