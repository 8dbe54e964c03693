"""uvicorn's HTTP protocol (httptools), sending a response's head in one write with its body.

uvicorn writes a response's status line and headers as soon as the app starts the response, and
the body in a second write: two segments, so a client waiting for the answer can wake for the
head, read it, and sleep again until the body comes. On a busy machine each wake-up waits for a
CPU (a timeline request came back 0.1-0.2 ms sooner with one write, at load 4). Here a write is
held until the next one or the end of the event loop's current step: a response whose body is
sent in the step that starts it (every answer of this app but the streamed exports) leaves in
one write, and a lone write waits one iteration of the loop at most.

``saidwhen serve`` runs it; so does the benchmark's service (bench/service.py).
"""

from __future__ import annotations

import asyncio
from typing import Any

from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol


class JoinedWrites:
    """A transport whose ``write`` holds one write for the next (or the loop's next step)."""

    def __init__(self, transport: asyncio.Transport, loop: asyncio.AbstractEventLoop) -> None:
        self._transport = transport
        self._loop = loop
        self._held: bytes | None = None

    def write(self, data: bytes | bytearray | memoryview) -> None:
        if self._held is None:
            self._held = bytes(data)
            self._loop.call_soon(self.flush)
        else:
            held, self._held = self._held, None
            self._transport.write(held + data)

    def flush(self) -> None:
        if self._held is not None:
            held, self._held = self._held, None
            self._transport.write(held)

    def close(self) -> None:
        self.flush()
        self._transport.close()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._transport, name)


class JoinedWritesProtocol(HttpToolsProtocol):
    """``uvicorn.Config(http=JoinedWritesProtocol)``, or ``--http api.http_protocol:...``."""

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(JoinedWrites(transport, self.loop))  # type: ignore[arg-type]
