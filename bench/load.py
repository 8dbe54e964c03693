"""A closed-loop load generator: N concurrent clients on loopback, bounded in count and time.

It runs as its own process (``python -m bench.load``) so that its event loop does not share
the benchmark's interpreter; each client sends its next request when the last one answered,
cycling through the given URLs. A non-2xx answer, a transport error or a request that outlasts
the whole time bound counts as an error, so a slow endpoint cannot stretch the run.
Prints one JSON object: requests, errors, seconds, requests_per_second (answered without
error), p50_ms, p95_ms.

Each client is one keep-alive HTTP/1.1 connection spoken with asyncio streams, not httpx:
on a 2-core machine the generator shares the cores with the service, and httpx spent ~3.5 ms
of CPU per request there, as much as half of what the service itself spends.

    python -m bench.load --clients 16 --requests 2000 --seconds 20 URL [URL ...]
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import time
from urllib.parse import urlsplit

try:
    from uvloop import run as run_loop
except ImportError:  # not installed on Windows
    from asyncio import run as run_loop

from bench.stats import percentile


class Connection:
    """One keep-alive connection to the service; answers must carry a Content-Length."""

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self.streams: tuple[asyncio.StreamReader, asyncio.StreamWriter] | None = None

    async def get(self, target: str) -> int:
        """The status of ``GET target``; the body is read and dropped."""
        if self.streams is None:
            self.streams = await asyncio.open_connection(self.host, self.port)
        reader, writer = self.streams
        writer.write(f"GET {target} HTTP/1.1\r\nHost: {self.host}\r\n\r\n".encode())
        head = await reader.readuntil(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        headers = dict(line.lower().split(": ", 1) for line in lines[1:] if ": " in line)
        await reader.readexactly(int(headers["content-length"]))
        if headers.get("connection") == "close" or lines[0].startswith("HTTP/1.0"):
            self.close()
        return int(lines[0].split(" ", 2)[1])

    def close(self) -> None:
        if self.streams is not None:
            self.streams[1].close()
            self.streams = None


async def run_load(urls: list[str], clients: int, requests: int, seconds: float) -> dict:
    parts = [urlsplit(url) for url in urls]
    host, port = parts[0].hostname or "127.0.0.1", parts[0].port or 80
    cycle = itertools.cycle([f"{part.path}?{part.query}".rstrip("?") for part in parts])
    latencies: list[float] = []
    errors = 0
    sent = 0
    deadline = time.perf_counter() + seconds

    async def client() -> None:
        nonlocal errors, sent
        connection = Connection(host, port)
        while sent < requests and time.perf_counter() < deadline:
            sent += 1
            started = time.perf_counter()
            try:
                status = await asyncio.wait_for(connection.get(next(cycle)), seconds)
                if status >= 300:
                    errors += 1
            except (OSError, asyncio.IncompleteReadError, asyncio.LimitOverrunError,
                    asyncio.TimeoutError, KeyError, ValueError):  # fmt: skip
                errors += 1
                connection.close()
            latencies.append(time.perf_counter() - started)
        connection.close()

    started = time.perf_counter()
    await asyncio.gather(*(client() for _ in range(clients)))
    elapsed = time.perf_counter() - started
    return {
        "clients": clients,
        "requests": len(latencies),
        "errors": errors,
        "seconds": elapsed,
        "requests_per_second": (len(latencies) - errors) / elapsed if elapsed else 0.0,
        "p50_ms": percentile(latencies, 50) * 1000,
        "p95_ms": percentile(latencies, 95) * 1000,
        "max_ms": max(latencies, default=0.0) * 1000,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("urls", nargs="+")
    args = parser.parse_args()
    # uvloop, as the service runs: the standard loop costs the generator CPU the service needs.
    figures = run_loop(run_load(args.urls, args.clients, args.requests, args.seconds))
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
