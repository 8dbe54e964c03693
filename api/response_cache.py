"""GET responses kept in memory and served again until the graph changes, with ETags.

Each GET first reads the graph's write version (graph/write_generation.py: one indexed read).
It is read before the endpoint runs its own queries, so what the endpoint answers holds at
least every write counted so far: an answer stored under version N is never older than N, and
a request that reads N + 1 no longer finds it. Requests that arrive together share one read
(``VersionReads``): a request waits for the next read to start rather than joining one already
under way, so the version it gets was read after it arrived, as if it had read it alone.

Entries are keyed by path, the query string in a canonical order and the ``Accept`` header
(what else a GET answer depends on: the API key guards writes and /v1/query only, both POST).
Only 200 answers are kept, within ``SAIDWHEN_RESPONSE_CACHE_BYTES`` (least recently used
first out; 0 turns the cache off).

Every cacheable answer carries an ``ETag`` (a hash of its body) and ``Cache-Control: no-cache``,
so a client that polls sends ``If-None-Match`` and gets a bodiless 304 while nothing changed.
``/health`` (it reports the database as it is now) and ``/static`` (files with their own
validators) are not cached.
"""

from __future__ import annotations

import asyncio
import hashlib
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import parse_qsl

from starlette.concurrency import run_in_threadpool
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from graph import write_generation
from graph.errors import QueryTimedOut, StoreUnavailable
from graph.write_generation import Version

UNCACHED_PATHS = ("/health", "/static/")
ENTRY_SHARE = 8
"""One answer may take at most this fraction of the cache; a bigger one streams through."""
ENTRY_OVERHEAD = 200
"""Bytes an entry costs beyond its body and headers (key, bookkeeping), roughly."""

Headers = list[tuple[bytes, bytes]]
Key = tuple[str, tuple[tuple[str, str], ...], bytes]


@dataclass(frozen=True)
class Entry:
    headers: Headers
    body: bytes
    etag: bytes

    @property
    def size(self) -> int:
        return len(self.body) + sum(len(k) + len(v) for k, v in self.headers) + ENTRY_OVERHEAD


class LruResponses:
    """Entries of one write version, least recently used dropped first past ``max_bytes``."""

    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self.version: Version | None = None
        self.size = 0
        self.entries: OrderedDict[Key, Entry] = OrderedDict()

    def get(self, key: Key, version: Version) -> Entry | None:
        if version != self.version:
            return None
        entry = self.entries.get(key)
        if entry is not None:
            self.entries.move_to_end(key)
        return entry

    def put(self, key: Key, version: Version, entry: Entry) -> None:
        """Keep ``entry``; an answer of another version than the entries' empties the cache
        first (a request that read an older version finishing late only costs hits)."""
        if version != self.version:
            self.entries.clear()
            self.size = 0
            self.version = version
        old = self.entries.pop(key, None)
        if old is not None:
            self.size -= old.size
        self.entries[key] = entry
        self.size += entry.size
        while self.size > self.max_bytes:
            _, dropped = self.entries.popitem(last=False)
            self.size -= dropped.size


class VersionReads:
    """One read of the write version for all the requests waiting when it starts.

    A request that arrives while a read runs waits for the next one, which starts when the
    running one ends; so under load the database answers one tiny query per round trip, not
    one per request, and no request gets a version read before it arrived.
    """

    def __init__(self, read: Callable[[], Version]) -> None:
        self.read = read
        self.loop: asyncio.AbstractEventLoop | None = None
        self.waiting: asyncio.Future[Version] | None = None
        self.reader: asyncio.Task[None] | None = None

    async def current(self) -> Version:
        loop = asyncio.get_running_loop()
        if loop is not self.loop:  # a new event loop (a test client's): nothing carries over
            self.loop, self.waiting, self.reader = loop, None, None
        if self.waiting is None:
            self.waiting = loop.create_future()
        waiting = self.waiting
        if self.reader is None or self.reader.done():
            self.reader = loop.create_task(self._read_while_waited())
        return await asyncio.shield(waiting)

    async def _read_while_waited(self) -> None:
        while self.waiting is not None:
            waiting, self.waiting = self.waiting, None
            try:
                waiting.set_result(await run_in_threadpool(self.read))
            except Exception as error:  # every waiter gets it and decides
                waiting.set_exception(error)


class ResponseCache:
    """ASGI middleware: the cache above, in front of every GET route."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.responses = LruResponses(max_bytes)
        self.entry_limit = max_bytes // ENTRY_SHARE
        self.versions: VersionReads | None = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (
            scope["type"] != "http"
            or scope["method"] != "GET"
            or self.responses.max_bytes <= 0
            or scope["path"].startswith(UNCACHED_PATHS)
        ):
            await self.app(scope, receive, send)
            return
        version = await self._version(scope)
        if version is None:
            await self.app(scope, receive, send)
            return
        key = cache_key(scope)
        wanted = if_none_match(scope)
        entry = self.responses.get(key, version)
        if entry is not None:
            await send_entry(send, entry, wanted)
            return
        await self._fill(scope, receive, send, key, version, wanted)

    async def _version(self, scope: Scope) -> Version | None:
        """The write version now; None when the database cannot say (the route reports why)."""
        if self.versions is None:
            state = scope["app"].state  # the store is the app's of the moment (its lifespan's)
            self.versions = VersionReads(lambda: write_generation.current(state.store))
        try:
            return await self.versions.current()
        except (StoreUnavailable, QueryTimedOut):
            return None

    async def _fill(
        self, scope: Scope, receive: Receive, send: Send, key: Key, version: Version,
        wanted: set[bytes],
    ) -> None:  # fmt: skip
        """Run the route, holding its answer until it is complete (to hash it) or too big."""
        start: Message | None = None
        chunks: list[bytes] = []
        held = 0
        streaming = False

        async def hold(message: Message) -> None:
            nonlocal start, held, streaming
            if streaming:
                await send(message)
            elif message["type"] == "http.response.start":
                start = message
                streaming = not cacheable(message)
                if streaming:
                    await send(message)
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))
                held += len(chunks[-1])
                if not message.get("more_body", False):
                    await self._answer(send, start, b"".join(chunks), key, version, wanted)
                elif held > self.entry_limit:
                    streaming = True
                    await send(start)
                    await send({"type": "http.response.body", "body": b"".join(chunks),
                                "more_body": True})  # fmt: skip
            else:
                await send(message)

        await self.app(scope, receive, hold)

    async def _answer(
        self, send: Send, start: Message | None, body: bytes, key: Key, version: Version,
        wanted: set[bytes],
    ) -> None:  # fmt: skip
        assert start is not None, "a body came before the response start"
        headers = [(k, v) for k, v in start["headers"] if k not in (b"etag", b"cache-control")]
        etag = b'"' + hashlib.blake2b(body, digest_size=16).hexdigest().encode() + b'"'
        headers += [(b"etag", etag), (b"cache-control", b"no-cache")]
        entry = Entry(headers, body, etag)
        if entry.size <= self.entry_limit:
            self.responses.put(key, version, entry)
        await send_entry(send, entry, wanted)


def cacheable(start: Message) -> bool:
    headers = dict(start.get("headers", []))
    return (
        start["status"] == 200
        and b"set-cookie" not in headers
        and b"no-store" not in headers.get(b"cache-control", b"")
    )


def cache_key(scope: Scope) -> Key:
    """Path, query pairs ordered by name (a name's values keep their order), ``Accept``."""
    query = parse_qsl(scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True)
    accept = next((value for name, value in scope["headers"] if name == b"accept"), b"")
    return scope["path"], tuple(sorted(query, key=lambda pair: pair[0])), accept


def if_none_match(scope: Scope) -> set[bytes]:
    """The entity tags an ``If-None-Match`` header names (weak ones compared as strong)."""
    tags: set[bytes] = set()
    for name, value in scope["headers"]:
        if name == b"if-none-match":
            tags.update(tag.strip().removeprefix(b"W/") for tag in value.split(b","))
    return tags


async def send_entry(send: Send, entry: Entry, wanted: set[bytes]) -> None:
    if entry.etag in wanted or b"*" in wanted:
        kept = [(k, v) for k, v in entry.headers if k in (b"etag", b"cache-control", b"vary")]
        await send({"type": "http.response.start", "status": 304, "headers": kept})
        await send({"type": "http.response.body", "body": b""})
        return
    await send({"type": "http.response.start", "status": 200, "headers": entry.headers})
    await send({"type": "http.response.body", "body": entry.body})
