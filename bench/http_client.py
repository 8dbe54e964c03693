"""The benchmark's HTTP client for latency: one keep-alive HTTP/1.1 connection, standard library.

The latency tables time the API side from this process, so the client's own CPU is part of each
figure, and on a 2-core machine it is also taken from the service while a request is in flight.
httpx spends 0.7-0.9 ms of CPU a timeline request here, ``http.client`` 0.2-0.3 ms; the issue
measures what the *service* adds, so the tables use this client (bench/api_overhead.py prints
both, so what httpx itself costs stays visible).
"""

from __future__ import annotations

import http.client
from typing import NamedTuple
from urllib.parse import urlencode, urlsplit


class Answer(NamedTuple):
    status_code: int


class LeanClient:
    """``get(path, params=...)`` like ``httpx.Client``'s, answering the status only (the body is
    read and dropped). A timeout raises ``TimeoutError`` and drops the connection, so the next
    request opens a new one instead of reading the late answer."""

    def __init__(self, base_url: str, timeout: float) -> None:
        parts = urlsplit(base_url)
        self.connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout)

    def get(self, path: str, params: dict[str, str]) -> Answer:
        """``GET path?params``; a connection the service closed while idle is opened again."""
        target = f"{path}?{urlencode(params)}"
        try:
            return self._get(target)
        except ConnectionError:  # http.client's RemoteDisconnected is one
            return self._get(target)

    def _get(self, target: str) -> Answer:
        try:
            self.connection.request("GET", target)
            answer = self.connection.getresponse()
            answer.read()
            return Answer(answer.status)
        except BaseException:  # a half-done exchange: the next request starts afresh
            self.connection.close()
            raise

    def close(self) -> None:
        self.connection.close()

    def __enter__(self) -> LeanClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
