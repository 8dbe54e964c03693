"""The benchmark's figures as one plain-text table, from the same dict that is written as JSON.

One row per figure and one column per backend; with two backends a last column gives the
second's figure divided by the first's (for times, above 1 means the second is slower; for
rates, faster). The rows are Markdown table rows, so the table pastes into the README as it is.
"""

from __future__ import annotations

from typing import Any

Row = tuple[str, float | None, int]
"""A figure's label, its value (None when not measured) and the digits to print."""


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
    backends = list(results["backends"])
    columns = [
        backend_rows(figures, results["options"]) for figures in results["backends"].values()
    ]
    header = ["figure", *backends] + (
        [f"{backends[1]}/{backends[0]}"] if len(backends) == 2 else []
    )
    print("\n| " + " | ".join(header) + " |")
    print("|" + " --- |" * len(header))
    for index, (label, _, digits) in enumerate(columns[0]):
        if label.startswith("**"):
            print(f"| {label} |" + " |" * (len(header) - 1))
            continue
        values = [column[index][1] for column in columns]
        cells = [number(value, digits) for value in values]
        if len(values) == 2:
            first, second = values
            cells.append(number(second / first, 2) if first and second is not None else "n/a")
        print(f"| {label} | " + " | ".join(cells) + " |")
    print(
        "\n(milliseconds unless the row says otherwise; API = a request to the uvicorn service "
        "with the response cache off; direct = the named query through store.read, or the "
        "graph/ function the router calls where an endpoint runs several queries: "
        "neighbourhood, paths, search)"
    )


def backend_rows(figures: dict[str, Any], options: dict[str, Any]) -> list[Row]:
    """Every figure of one backend, in the same order for every backend."""
    rows = ingest_rows(figures)
    for scale, measured in zip(options["scales"], figures["scales"], strict=True):
        rows += scale_rows(scale, measured)
    if len(figures["scales"]) > 1:
        rows.append(("**latency growth: slope of log(p50) against log(claims)**", None, 0))
        for row in figures["growth"]:
            rows.append((f"{row['question']}, API", row["api_p50_slope"], 2))
            rows.append((f"{row['question']}, direct", row["direct_p50_slope"], 2))
    return rows


def ingest_rows(figures: dict[str, Any]) -> list[Row]:
    extraction = figures["extraction"]
    rows: list[Row] = [
        ("**extraction and ingest**", None, 0),
        ("extraction, one core: words per CPU second", extraction["words_per_cpu_second"], 0),
        ("extraction, all cores: articles/s", extraction["pool_articles_per_second"], 1),
    ]
    for key, name in (("ingest_realistic", "news-like"), ("ingest", "dense")):
        ingest = figures[key]
        share = ingest["write_seconds"] / ingest["seconds"] if ingest["seconds"] else None
        rows += [
            (f"ingest, {name} articles: articles/s", ingest["articles_per_second"], 1),
            (f"ingest, {name} articles: claims an article", ingest["claims_per_article"], 1),
            (f"ingest, {name} articles: share of time writing", share, 2),
        ]
    for key, name in (("dense", "100-claim documents, one a transaction"),
                      ("realistic", "8-claim documents, 125 a transaction")):  # fmt: skip
        writer = figures["writer"][key]
        rows += [
            (f"writer, {name}: rows/s", writer["writer_rows_per_second"], 0),
            (f"bare CREATE, {name}: rows/s", writer["bare_rows_per_second"], 0),
            (f"writer/bare, {name}", writer["ratio"], 2),
        ]
    return rows


def scale_rows(scale: int, measured: dict[str, Any]) -> list[Row]:
    rows: list[Row] = [
        (f"**at {scale:,} claims**", None, 0),
        ("claims in the graph (from ingest + synthetic)", measured["claims"], 0),
    ]
    for query in measured["queries"]:
        question = query["question"]
        rows += [
            (f"{question}: API p50", query["api_p50_ms"], 1),
            (f"{question}: API p95", query["api_p95_ms"], 1),
            (f"{question}: direct p50", query["direct_p50_ms"], 1),
            (f"{question}: API/direct p50", query["ratio_p50"], 2),
        ]
    for key, name in (("throughput", "cache off"), ("throughput_cached", "cache on")):
        load = measured[key]
        rows += [
            (f"timeline, {load['clients']} clients, Zipf mix, {name}: requests/s",
             load["requests_per_second"], 0),
            (f"timeline, {load['clients']} clients, {name}: p95", load["p95_ms"], 1),
            (f"timeline, {load['clients']} clients, {name}: errors", load["errors"], 0),
        ]  # fmt: skip
    memory = measured["memory_mib"]
    rows += [
        ("peak RSS, service (MiB)", memory["service_peak_rss"], 0),
        ("peak RSS, database (MiB)", memory["database_peak_rss"], 0),
    ]
    return rows
