"""One database server per backend per test session; a clean database for each test.

``--backend arcadedb|neo4j|all`` picks the backends (default: all that can start). Tests
that take the ``store`` fixture run once per backend. Neo4j is built from Maven Central's
artifacts by tools/neo4j_server.py; where Java or Maven are missing its runs are skipped
with the reason, except under CI=true, where a Neo4j that cannot start fails the run.
"""

from __future__ import annotations

import os
import re
import shutil
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from graph.schema import ensure_schema
from graph.settings import Settings
from graph.store import Store

BACKENDS = ("arcadedb", "neo4j")
BACKEND_IN_TEST_ID = re.compile(r"[\[-](arcadedb|neo4j)[\]-]")
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--backend",
        choices=("arcadedb", "neo4j", "all"),
        default="all",
        help="database backend(s) to run database tests against",
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    chosen = config.getoption("--backend")
    if chosen == "all":
        return
    skip = pytest.mark.skip(reason=f"--backend {chosen}")
    for item in items:
        callspec = getattr(item, "callspec", None)
        if callspec and callspec.params.get("backend_server", chosen) != chosen:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def embedded_settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return Settings(data_dir=tmp_path_factory.mktemp("embedded"), embedded_heap="1g")


@pytest.fixture(scope="session")
def neo4j_settings(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Settings]:
    """A real Neo4j 5 server for the session, built and started by tools/neo4j_server.py."""
    from tools import neo4j_server

    try:
        server = neo4j_server.start(
            tmp_path_factory.mktemp("neo4j"), password="saidwhen-test", timeout=300
        )
    except Exception as error:  # a failure to build or start is reported, never hidden
        if os.environ.get("CI") == "true":
            pytest.fail(f"Neo4j could not start under CI: {error}")
        pytest.skip(f"Neo4j backend unavailable: {error}")
    try:
        yield Settings(
            data_dir=tmp_path_factory.mktemp("neo4j-client"),
            neo4j_uri=server.uri,
            neo4j_user=server.user,
            neo4j_password=server.password,
            neo4j_database="neo4j",
        )
    finally:
        server.stop()


@pytest.fixture(scope="session", params=BACKENDS)
def backend_server(request: pytest.FixtureRequest) -> Iterator[Store]:
    """One connected, schema-ready store per backend for the whole session."""
    fixture = "embedded_settings" if request.param == "arcadedb" else "neo4j_settings"
    store = Store.connect(request.getfixturevalue(fixture))
    try:
        ensure_schema(store)
        yield store
    finally:
        store.close()


@pytest.fixture
def store(backend_server: Store) -> Store:
    """The session's store with an empty graph (schema kept)."""
    clear_graph(backend_server)
    return backend_server


def clear_graph(store: Store) -> None:
    while store.write("delete_everything", batch=10_000)[0]["deleted"]:
        pass


@pytest.fixture
def seed_path() -> Path:
    path = SHARED / "seed" / "politburo-blockchain-commentary.txt"
    if not path.exists():
        pytest.skip(f"the seed document is not at {path} (../shared beside the repo)")
    return path


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    """One headless Chromium per session: Playwright's sync API allows one at a time."""
    if shutil.which(CHROMIUM) is None:
        pytest.skip(f"the page tests need Debian's Chromium at {CHROMIUM} (make browser)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


def pytest_terminal_summary(terminalreporter, exitstatus: int, config: pytest.Config) -> None:
    """Per-backend counts, so a run shows the suite passing on each database."""
    counts: dict[str, Counter[str]] = {backend: Counter() for backend in BACKENDS}
    for outcome in ("passed", "failed", "error", "skipped", "xfailed"):
        for report in terminalreporter.stats.get(outcome, []):
            found = BACKEND_IN_TEST_ID.search(getattr(report, "nodeid", ""))
            if found:
                counts[found.group(1)][outcome] += 1
    for backend, outcomes in counts.items():
        if outcomes:
            figures = ", ".join(f"{number} {outcome}" for outcome, number in outcomes.items())
            terminalreporter.write_line(f"backend {backend}: {figures}")
