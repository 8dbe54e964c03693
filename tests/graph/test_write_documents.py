"""Several documents in one transaction: the same graph as one by one, and one bad document
costs only itself."""

from __future__ import annotations

from dataclasses import replace

from graph.stats import count_graph
from graph.store import Store
from graph.writer import WriteResult, write_document, write_documents
from tests.conftest import clear_graph
from tests.factories import (
    META,
    NETWORK_META,
    TARIFF_META,
    TEXT,
    network_extraction,
    sample_extraction,
    tariff_extraction,
)

DOCUMENTS = [
    (META, sample_extraction()),
    (NETWORK_META, network_extraction()),
    (TARIFF_META, tariff_extraction()),
]


def actors_and_aliases(store: Store) -> list[tuple[str, list[str], bool]]:
    records = store.driver.execute_query(
        "MATCH (a:Actor) RETURN a.id AS id, a.aliases AS aliases, a.curated AS curated ORDER BY id",
        database_=store.database,
    ).records
    return [(r["id"], r["aliases"], r["curated"]) for r in records]


def test_a_batch_leaves_the_graph_one_by_one_writes_leave(store: Store) -> None:
    for meta, extraction in DOCUMENTS:
        write_document(store, meta, extraction)
    one_by_one = count_graph(store), actors_and_aliases(store)
    clear_graph(store)

    outcomes = write_documents(store, DOCUMENTS)

    assert [o.status for o in outcomes if isinstance(o, WriteResult)] == ["loaded"] * 3
    assert (count_graph(store), actors_and_aliases(store)) == one_by_one


def test_a_batch_written_again_is_unchanged(store: Store) -> None:
    write_documents(store, DOCUMENTS)
    before = count_graph(store)
    again = write_documents(store, DOCUMENTS)
    assert [o.status for o in again if isinstance(o, WriteResult)] == ["unchanged"] * 3
    assert count_graph(store) == before


def test_a_bad_document_fails_alone_and_the_others_load(store: Store) -> None:
    broken = sample_extraction()
    broken.events[0].date = {"not": "a date"}  # a map property: both servers refuse it
    write_document(store, NETWORK_META, network_extraction())
    write_document(store, TARIFF_META, tariff_extraction())
    expected = count_graph(store)
    clear_graph(store)

    outcomes = write_documents(
        store,
        [(NETWORK_META, network_extraction()), (META, broken), (TARIFF_META, tariff_extraction())],
    )

    assert isinstance(outcomes[0], WriteResult) and isinstance(outcomes[2], WriteResult)
    assert isinstance(outcomes[1], Exception)
    assert count_graph(store) == expected  # nothing of the broken document is left


def test_a_later_version_in_the_same_batch_replaces_the_earlier(store: Store) -> None:
    first_sentence = TEXT.split(". ")[0] + "."
    full = sample_extraction()
    shorter = replace(full, text=first_sentence, events=[], roles=[])
    outcomes = write_documents(store, [(META, full), (META, shorter)])
    assert [o.status for o in outcomes if isinstance(o, WriteResult)] == ["loaded", "replaced"]
    assert count_graph(store).nodes.get("Event", 0) == 0
