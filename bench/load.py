"""A closed-loop load generator: N concurrent clients on loopback, bounded in count and time.

It runs as its own process (``python -m bench.load``) so that its event loop does not share
the benchmark's interpreter; each client sends its next request when the last one answered,
cycling through the given URLs. A non-2xx answer, a transport error or a request that outlasts
the whole time bound counts as an error, so a slow endpoint cannot stretch the run.
Prints one JSON object: requests, errors, seconds, requests_per_second (answered without
error), p50_ms, p95_ms.

    python -m bench.load --clients 16 --requests 2000 --seconds 20 URL [URL ...]
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import time

import httpx

from bench.stats import percentile


async def run_load(urls: list[str], clients: int, requests: int, seconds: float) -> dict:
    cycle = itertools.cycle(urls)
    latencies: list[float] = []
    errors = 0
    sent = 0
    deadline = time.perf_counter() + seconds
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)

    async def client(http: httpx.AsyncClient) -> None:
        nonlocal errors, sent
        while sent < requests and time.perf_counter() < deadline:
            sent += 1
            started = time.perf_counter()
            try:
                response = await http.get(next(cycle))
                if response.status_code >= 300:
                    errors += 1
            except httpx.HTTPError:
                errors += 1
            latencies.append(time.perf_counter() - started)

    async with httpx.AsyncClient(limits=limits, timeout=seconds) as http:
        started = time.perf_counter()
        await asyncio.gather(*(client(http) for _ in range(clients)))
        elapsed = time.perf_counter() - started
    return {
        "clients": clients,
        "requests": len(latencies),
        "errors": errors,
        "seconds": elapsed,
        "requests_per_second": (len(latencies) - errors) / elapsed if elapsed else 0.0,
        "p50_ms": percentile(latencies, 50) * 1000,
        "p95_ms": percentile(latencies, 95) * 1000,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("urls", nargs="+")
    args = parser.parse_args()
    print(json.dumps(asyncio.run(run_load(args.urls, args.clients, args.requests, args.seconds))))


if __name__ == "__main__":
    main()
