"""Every way of writing to the graph raises the write generation, which the response cache
keys on (api/response_cache.py): a write it missed would leave a stale answer served."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from graph import write_generation
from graph.curation import apply_curations, merge_actors, set_actor, undo_curation
from graph.export import ExportFilters, iter_batches
from graph.queries import load_queries
from graph.rdf import iter_rdf
from graph.rdf_import import import_rdf_rows
from graph.schema import ensure_schema
from graph.store import Store
from graph.writer import delete_document, write_document, write_documents
from loaders.rdf_files import read_rdf_file
from tests.conftest import clear_graph
from tests.factories import META, TARIFF_META, sample_extraction, tariff_extraction

ROOT = Path(__file__).resolve().parents[2]
DRIVER_CALL = re.compile(r"\.(session|execute_write|execute_query|begin_transaction)\(")
DRIVER_CALLERS = {
    "graph/store.py": "the gateway: write_unit raises the generation; ensure_schema bumps it",
    "graph/embedded.py": "the readiness probe (RETURN 1) before any store exists",
    "graph/async_reads.py": "reads on the event loop, each through Store.read_query (no writes)",
}


def test_a_query_that_writes_is_refused_as_a_read(store: Store) -> None:
    writes = [query.name for query in load_queries().values() if query.writes]
    assert "create_claims" in writes and "delete_document" in writes
    assert "timeline_of_actor" not in writes
    for name in writes:
        params = dict.fromkeys(load_queries()[name].declared_params)
        with pytest.raises(ValueError, match=f"{name} writes"):
            store.read(name, **params)


def test_only_the_store_opens_sessions_on_the_driver() -> None:
    """So no write can reach the database without passing ``Store.write_unit``."""
    callers = set()
    for folder in ("graph", "loaders", "api"):
        for path in (ROOT / folder).rglob("*.py"):
            if DRIVER_CALL.search(path.read_text(encoding="utf-8")):
                callers.add(path.relative_to(ROOT).as_posix())
    assert callers == set(DRIVER_CALLERS)


def raised_by(store: Store, write: Callable[[], object]) -> int:
    before = write_generation.current(store)
    write()
    after = write_generation.current(store)
    assert after.epoch == before.epoch or before.generation == 0
    return after.generation - before.generation


def test_every_kind_of_write_raises_the_generation(store: Store, tmp_path: Path) -> None:
    tariff = write_document(store, TARIFF_META, tariff_extraction())
    exported = tmp_path / "graph.ttl"
    exported.write_text("".join(iter_rdf(iter_batches(store, ExportFilters()), "turtle")))
    assert raised_by(store, lambda: delete_document(store, tariff.document_id)) == 1
    assert raised_by(store, lambda: write_document(store, TARIFF_META, tariff_extraction())) == 1
    assert raised_by(store, lambda: write_documents(store, [(META, sample_extraction())])) == 1
    made = set_actor(store, "actor:vera-holm", "Ines", kind="organization")
    assert raised_by(store, lambda: set_actor(store, "actor:vera-holm", "Ines", alias="VH")) == 1
    merge = merge_actors(store, "actor:vera-holm", "actor:jonas-reed", "Ines")
    assert raised_by(store, lambda: undo_curation(store, merge.id, "Ines")) == 1
    assert raised_by(store, lambda: undo_curation(store, made.id, "Ines")) == 1
    assert raised_by(store, lambda: apply_curations(store)) >= 1
    assert raised_by(store, lambda: delete_document(store, "doc:nothing-here")) == 1
    clear_graph(store)
    rdf = read_rdf_file(exported)
    assert raised_by(store, lambda: import_rdf_rows(store, rdf, str(exported))) == 1
    assert raised_by(store, lambda: ensure_schema(store)) >= 1
    assert raised_by(store, lambda: clear_graph(store)) >= 1


def test_clearing_the_graph_keeps_counting_up_in_the_same_epoch(store: Store) -> None:
    """Starting again from 1 would make a cached answer of the old graph current again."""
    write_document(store, TARIFF_META, tariff_extraction())
    before = write_generation.current(store)
    clear_graph(store)
    after = write_generation.current(store)
    assert after.epoch == before.epoch is not None
    assert after.generation > before.generation > 0
