"""The benchmark's figures as plain-text tables, from the same dict that is written as JSON."""

from __future__ import annotations

from typing import Any


def number(value: float | None, digits: int = 1) -> str:
    return "n/a" if value is None else f"{value:,.{digits}f}"


def print_report(results: dict[str, Any]) -> None:
    machine = results["machine"]
    load = " ".join(f"{value:.2f}" for value in machine["load_average"])
    load_end = " ".join(f"{value:.2f}" for value in machine.get("load_average_at_end", []))
    print(
        f"machine: {machine['cores']} cores, load average {load} at start, {load_end} at end; "
        f"run took {number(machine.get('seconds'), 0)} s"
    )
    for backend, figures in results["backends"].items():
        print(f"\n=== backend {backend} ({figures['backend']}) ===")
        print_ingest(figures)
        for scale in figures["scales"]:
            print_scale(scale)
        print_growth(figures["growth"])


def print_ingest(figures: dict[str, Any]) -> None:
    extraction, ingest, writer = figures["extraction"], figures["ingest"], figures["writer"]
    print("\n1. extraction (loaders.pipeline.extract)")
    print(
        f"   one core: {number(extraction['words_per_cpu_second'], 0)} words per CPU second "
        f"({extraction['articles']} articles, {extraction['words']:,} words, "
        f"{extraction['claims']:,} claims, {number(extraction['wall_seconds'])} s wall)"
    )
    print(
        f"   all cores: {number(extraction['pool_articles_per_second'])} articles/s "
        f"({extraction['pool_workers']} worker processes, {extraction['pool_articles']} articles)"
    )
    share = ingest["write_seconds"] / ingest["seconds"] if ingest["seconds"] else 0.0
    print(
        "\n2. end-to-end ingest (loaders.ingest.load_articles as `saidwhen load` runs it, "
        f"{ingest['workers']} extraction workers)"
    )
    print(
        f"   {number(ingest['articles_per_second'])} articles/s: {ingest['articles']} articles, "
        f"{ingest['claims']:,} claims in {number(ingest['seconds'])} s; "
        f"graph writes {number(ingest['write_seconds'])} s ({share:.0%}), waiting for "
        f"extraction {number(ingest['extraction_wait_seconds'])} s ({1 - share:.0%})"
    )
    print(f"\n3. writer efficiency (bench/writer_bench.py, {writer['claims']:,} claims)")
    print(
        f"   writer {number(writer['writer_rows_per_second'], 0)} rows/s, bare CREATE "
        f"{number(writer['bare_rows_per_second'], 0)} rows/s, ratio {writer['ratio']:.2f}"
    )


def print_scale(scale: dict[str, Any]) -> None:
    print(
        f"\n4. queries at {scale['claims']:,} claims ({scale['claims_from_ingest']:,} from ingest, "
        f"{scale['claims_synthetic']:,} synthetic through the writer at "
        f"{number(scale['synthetic_claims_per_second'], 0)} claims/s)"
    )
    print(
        f"   {'question':36}{'n':>5}{'err':>5}{'API p50':>10}{'API p95':>10}"
        f"{'direct p50':>12}{'direct p95':>12}{'API/direct':>12}"
    )
    for row in scale["queries"]:
        print(
            f"   {row['question']:36}{row['requests']:>5}{row['errors']:>5}"
            f"{number(row['api_p50_ms']):>10}{number(row['api_p95_ms']):>10}"
            f"{number(row['direct_p50_ms']):>12}{number(row['direct_p95_ms']):>12}"
            f"{number(row['ratio_p50'], 2):>12}"
        )
    print("   (milliseconds; direct = the named query through store.read, or the graph/ function")
    print("    the router calls where an endpoint runs several queries: neighbourhood, search)")
    load = scale["throughput"]
    print(
        f"\n6. throughput, timeline, {load['clients']} clients: "
        f"{number(load['requests_per_second'])} requests/s, {load['requests']} requests in "
        f"{number(load['seconds'])} s, {load['errors']} errors, "
        f"p50 {number(load['p50_ms'])} ms, p95 {number(load['p95_ms'])} ms"
    )
    memory = scale["memory_mib"]
    print(
        f"\n7. peak RSS: service {number(memory['service_peak_rss'], 0)} MiB, "
        f"database {number(memory['database_peak_rss'], 0)} MiB, "
        f"benchmark process {number(memory['benchmark_peak_rss'], 0)} MiB"
    )


def print_growth(growth: list[dict[str, Any]]) -> None:
    print("\n5. latency growth: slope of log(p50) against log(claims) (0 flat, 1 linear)")
    for row in growth:
        print(
            f"   {row['question']:36} API {number(row['api_p50_slope'], 2):>6}"
            f"   direct {number(row['direct_p50_slope'], 2):>6}"
        )
