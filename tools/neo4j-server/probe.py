"""Probe the Bolt/Cypher behaviours saidwhen depends on, against Neo4j and optionally ArcadeDB.

Why: saidwhen must run unchanged on both stores, so the differences are measured here with the
real driver rather than guessed. The findings are summarised by hand in PROBE.md.

    .venv/bin/python tools/neo4j-server/probe.py [--arcadedb]
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import neo4j
from neo4j import GraphDatabase, Query

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tools.neo4j_server import start  # noqa: E402

Probe = Callable[[neo4j.Driver, str], Any]


def _error(exc: BaseException) -> str:
    code = getattr(exc, "code", None)
    return f"{type(exc).__module__}.{type(exc).__name__} code={code} msg={str(exc)[:160]!r}"


def agent(driver: neo4j.Driver, db: str) -> Any:
    info = driver.get_server_info()
    return {"agent": info.agent, "protocol": info.protocol_version}


def constraint(driver: neo4j.Driver, db: str) -> Any:
    text = "CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE"
    driver.execute_query(text, database_=db)
    driver.execute_query(text, database_=db)  # idempotent?
    driver.execute_query("CREATE (:Actor {id: 'a1'})", database_=db)
    try:
        driver.execute_query("CREATE (:Actor {id: 'a1'})", database_=db)
        return "twice OK; duplicate id ACCEPTED (constraint not enforced)"
    except Exception as exc:  # noqa: BLE001 - the class is the finding
        return f"twice OK; duplicate refused: {_error(exc)}"


def fulltext(driver: neo4j.Driver, db: str) -> Any:
    driver.execute_query(
        "CREATE FULLTEXT INDEX claim_text IF NOT EXISTS FOR (c:Claim) ON EACH [c.text]",
        database_=db,
    )
    driver.execute_query(
        "UNWIND $texts AS t CREATE (:Claim {text: t})",
        texts=["The minister said taxes will rise", "Rain expected tomorrow", "Taxes, taxes"],
        database_=db,
    )
    await_result = _try(lambda: driver.execute_query("CALL db.awaitIndexes()", database_=db))
    records, _, _ = driver.execute_query(
        "CALL db.index.fulltext.queryNodes('claim_text', $q) YIELD node, score "
        "RETURN node.text AS text, score ORDER BY score DESC",
        q="taxes",
        database_=db,
    )
    hits = [(r["text"], round(float(r["score"]), 3)) for r in records]
    return {"awaitIndexes": await_result, "hits for 'taxes'": hits}


def await_indexes(driver: neo4j.Driver, db: str) -> Any:
    return {
        "db.awaitIndexes()": _try(
            lambda: driver.execute_query("CALL db.awaitIndexes()", database_=db)
        ),
        "db.awaitIndexes(30)": _try(
            lambda: driver.execute_query("CALL db.awaitIndexes(30)", database_=db)
        ),
    }


def read_tx_write(driver: neo4j.Driver, db: str) -> Any:
    def work(tx: neo4j.ManagedTransaction) -> Any:
        return tx.run("CREATE (n:ProbeWrite) RETURN id(n) AS id").single()

    with driver.session(database=db) as session:
        try:
            session.execute_read(work)
        except Exception as exc:  # noqa: BLE001
            return f"refused: {_error(exc)}"
    count = driver.execute_query("MATCH (n:ProbeWrite) RETURN count(n) AS c", database_=db)
    return f"ACCEPTED; nodes written: {count.records[0]['c']}"


def query_timeout(driver: neo4j.Driver, db: str) -> Any:
    query = Query("UNWIND range(1, 100000000) AS x RETURN count(x) AS c", timeout=0.5)
    began = time.monotonic()
    with driver.session(database=db) as session:
        try:
            value = session.run(query).single()
            return f"NOT stopped: {value} after {time.monotonic() - began:.1f}s"
        except Exception as exc:  # noqa: BLE001
            return f"stopped after {time.monotonic() - began:.1f}s: {_error(exc)}"


def query_timeout_nested(driver: neo4j.Driver, db: str) -> Any:
    """Same as query_timeout but within ArcadeDB's 6.7M-element range() cap."""
    text = "UNWIND range(1, 5000000) AS x UNWIND range(1, 20) AS y RETURN count(*) AS c"
    began = time.monotonic()
    with driver.session(database=db) as session:
        try:
            value = session.run(Query(text, timeout=0.5)).single()
            return f"NOT stopped: {value} after {time.monotonic() - began:.1f}s"
        except Exception as exc:  # noqa: BLE001
            return f"stopped after {time.monotonic() - began:.1f}s: {_error(exc)}"


def dates(driver: neo4j.Driver, db: str) -> Any:
    params = {
        "d": dt.date(2024, 2, 29),
        "naive": dt.datetime(2024, 2, 29, 13, 45, 1),
        "aware": dt.datetime(2024, 2, 29, 13, 45, 1, tzinfo=dt.timezone.utc),
        "nd": neo4j.time.Date(1999, 12, 31),
    }
    records, _, _ = driver.execute_query(
        "RETURN $d AS d, $naive AS naive, $aware AS aware, $nd AS nd, "
        "date($d) < date('2025-01-01') AS cmp, $d.year AS year",
        params,
        database_=db,
    )
    row = records[0]
    out = {k: f"{type(row[k]).__name__} {row[k]!r}" for k in row.keys()}
    driver.execute_query("CREATE (:DateProbe {d: $d})", d=params["d"], database_=db)
    stored = driver.execute_query("MATCH (n:DateProbe) RETURN n.d AS d", database_=db).records[0]
    out["stored"] = f"{type(stored['d']).__name__} {stored['d']!r}"
    return out


def _try(fn: Callable[[], Any]) -> str:
    try:
        fn()
        return "OK"
    except Exception as exc:  # noqa: BLE001
        return f"FAILED: {_error(exc)}"


PROBES: list[Probe] = [
    agent,
    constraint,
    fulltext,
    await_indexes,
    read_tx_write,
    query_timeout,
    query_timeout_nested,
    dates,
]


def run_all(name: str, driver: neo4j.Driver, db: str) -> None:
    print(f"## {name}")
    for probe in PROBES:
        try:
            result = probe(driver, db)
        except Exception as exc:  # noqa: BLE001
            result = f"PROBE ERROR: {_error(exc)}"
        print(f"- {probe.__name__}: {result}")
    sys.stdout.flush()


def probe_neo4j(tmp: Path) -> None:
    began = time.monotonic()
    with start(tmp / "neo4j", password="probe-pass") as neo:
        print(f"(neo4j ready and verified in {time.monotonic() - began:.1f}s)")
        with GraphDatabase.driver(neo.uri, auth=(neo.user, neo.password)) as driver:
            run_all("Neo4j", driver, "neo4j")


def probe_arcadedb(tmp: Path) -> None:
    from graph.embedded import ensure_server, stop_server
    from graph.settings import Settings

    settings = Settings(data_dir=tmp / "arcade")
    server, _ = ensure_server(settings)
    try:
        auth = ("root", server.root_password)
        with GraphDatabase.driver(server.uri, auth=auth) as driver:
            run_all("ArcadeDB", driver, server.database)
    finally:
        stop_server(settings)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--arcadedb", action="store_true", help="also probe the embedded ArcadeDB")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="saidwhen-probe-") as tmp:
        probe_neo4j(Path(tmp))
        if args.arcadedb:
            probe_arcadedb(Path(tmp))
    return 0


if __name__ == "__main__":
    sys.exit(main())
