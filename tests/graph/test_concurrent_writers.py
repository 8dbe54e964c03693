"""Writers at the same time: schema creation racing on a fresh database, overlapping loads."""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from graph.co_mentions import counted_co_mentions, stored_co_mentions
from graph.schema import ensure_schema
from graph.settings import Settings
from graph.stats import count_graph
from graph.store import Store
from loaders.ingest import load_paths

SPEAKERS = ("Tess Lund", "Ada Brook", "Mara Quill", "Tobias Fenn", "Ilse Marrow", "Sam Idris")


def run_together(*work: Callable[[], object]) -> list[object]:
    """Run the callables in threads released at the same moment; their results in order."""
    start = threading.Barrier(len(work))

    def released(job: Callable[[], object]) -> object:
        start.wait()
        return job()

    with ThreadPoolExecutor(len(work)) as pool:
        return list(pool.map(released, work))


def drop_schema(store: Store) -> None:
    """Test-only: remove every constraint and index saidwhen made (names read from the server)."""
    session = store.driver.session(database=store.database)
    with session:
        for record in list(session.run("SHOW CONSTRAINTS YIELD name")):
            session.run(f"DROP CONSTRAINT `{record['name']}` IF EXISTS").consume()
        for record in list(session.run("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP'")):
            session.run(f"DROP INDEX `{record['name']}` IF EXISTS").consume()


def test_two_processes_creating_the_schema_of_a_fresh_database_both_succeed(
    backend_server: Store, tmp_path: Path
) -> None:
    if backend_server.settings.uses_embedded:
        settings = Settings(data_dir=tmp_path / "fresh", embedded_heap="512m")
    else:
        settings = backend_server.settings
        drop_schema(backend_server)
    first = Store.connect(settings)
    second = Store.connect(settings)
    try:
        created = run_together(lambda: ensure_schema(first), lambda: ensure_schema(second))
        assert created[0] == created[1]
    finally:
        second.close()
        first.close()
        ensure_schema(backend_server)


def write_articles(folder: Path, numbers: range) -> None:
    folder.mkdir()
    for number in numbers:
        speaker, other = SPEAKERS[number % 6], SPEAKERS[(number + 1) % 6]
        (folder / f"n{number:03d}.txt").write_text(
            f"{speaker} said on Monday that ferry {number} would run. "
            f"{other} told reporters that tram {number} would not.\n",
            encoding="utf-8",
        )


def test_overlapping_loads_fail_nothing_and_leave_each_document_once(
    store: Store, tmp_path: Path
) -> None:
    write_articles(tmp_path / "one", range(0, 48))
    write_articles(tmp_path / "two", range(24, 72))
    summaries = run_together(
        lambda: load_paths(store, [tmp_path / "one", tmp_path / "two"]),
        lambda: load_paths(store, [tmp_path / "two", tmp_path / "one"]),
    )
    assert [summary.failed for summary in summaries] == [[], []]
    assert count_graph(store).nodes["Document"] == 96
    assert count_graph(store).nodes["Actor"] == len(SPEAKERS)


def test_concurrent_loads_raise_each_pairs_one_weight_by_every_claim(
    store: Store, tmp_path: Path
) -> None:
    for name, numbers in (("one", range(0, 24)), ("two", range(24, 48))):
        (tmp_path / name).mkdir()
        for number in numbers:
            speaker, other = SPEAKERS[number % 3], SPEAKERS[3 + number % 2]
            (tmp_path / name / f"n{number:03d}.txt").write_text(
                f"{speaker} said on Monday that Senator {other} would open ferry {number}.\n",
                encoding="utf-8",
            )
    summaries = run_together(
        lambda: load_paths(store, [tmp_path / "one"]),
        lambda: load_paths(store, [tmp_path / "two"]),
    )
    assert [summary.failed for summary in summaries] == [[], []]
    stored = store.read("stored_co_mentions")
    assert len(stored) == len({(row["source"], row["target"]) for row in stored}) == 6
    assert stored_co_mentions(store) == counted_co_mentions(store)
