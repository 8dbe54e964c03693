"""The latency tables' API side: the lean client (a timeout is an error, a dropped connection is
reopened) and its turns with the direct side."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler

import pytest

from bench.http_client import LeanClient
from bench.queries import Question, Subjects, measure_question
from tests.loopback_server import serving

RELEASE = threading.Event()
"""Set when a test ends: a held answer is then sent, so the server stops at once."""
CALLS: list[tuple[str, int]] = []
"""``/order?i=N`` answered, as ("api", N), in order."""


class Handler(BaseHTTPRequestHandler):
    """``/slow`` answers only once released; ``/order`` notes its call; ``/once`` closes the
    connection after answering without saying so (as a server dropping an idle keep-alive
    connection does)."""

    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        if self.path.startswith("/slow"):
            RELEASE.wait(10)
        if self.path.startswith("/order"):
            CALLS.append(("api", int(self.path.rpartition("=")[2])))
        body = b"{}"
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
        if self.path.startswith("/once"):
            self.close_connection = True

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def base_url() -> Iterator[str]:
    RELEASE.clear()
    with serving(Handler) as url:
        try:
            yield url
        finally:
            RELEASE.set()


def test_a_timeout_is_an_error_and_the_next_request_is_answered(base_url: str) -> None:
    with LeanClient(base_url, timeout=0.2) as client:
        with pytest.raises(TimeoutError):
            client.get("/slow", {"q": "x"})
        assert client.get("/fast", {"q": "y"}).status_code == 200


def test_measure_question_counts_timeouts_as_errors(base_url: str) -> None:
    slow = Question("slow", "/slow", lambda s, i: {"i": i}, lambda store, s, i: None)
    with LeanClient(base_url, timeout=0.2) as client:
        row = measure_question(slow, None, client, Subjects(["a"], ["t"]), 2, 30.0)  # type: ignore[arg-type]
    assert (row.requests, row.errors) == (2, 3)  # the untimed first call is counted too


def test_a_connection_the_server_dropped_is_opened_again(base_url: str) -> None:
    with LeanClient(base_url, timeout=5.0) as client:
        assert client.get("/once", {}).status_code == 200
        assert client.get("/once", {}).status_code == 200
        assert client.get("/fast", {}).status_code == 200


def test_the_sides_take_turns_and_alternate_which_goes_first(base_url: str) -> None:
    CALLS.clear()
    question = Question(
        "order", "/order", lambda s, i: {"i": i}, lambda store, s, i: CALLS.append(("direct", i))
    )
    with LeanClient(base_url, timeout=5.0) as client:
        row = measure_question(question, None, client, Subjects(["a"], ["t"]), 4, 30.0)  # type: ignore[arg-type]
    assert (row.requests, row.errors) == (4, 0)
    assert CALLS == [
        ("api", 4), ("direct", 4),  # the untimed first call of each side
        ("api", 0), ("direct", 0),
        ("direct", 1), ("api", 1),
        ("api", 2), ("direct", 2),
        ("direct", 3), ("api", 3),
    ]  # fmt: skip
