"""Co-mention weights kept at write time (graph/co_mentions.py) equal a recount from the claims
after every kind of change: load, reload, delete, replace, curation; on both backends."""

from __future__ import annotations

import threading
from collections.abc import Iterable
from datetime import date

import pytest
from click.testing import CliRunner

from api.cli import main
from graph import write_generation
from graph.co_mention_lists import STRONGEST_KEPT, strongest_co_mentions
from graph.co_mentions import (
    counted_co_mentions,
    fill_if_never_counted,
    raise_weights,
    stored_co_mentions,
)
from graph.curation import merge_actors, split_actor, undo_curation
from graph.neighbourhood import build_neighbourhood
from graph.schema import ensure_schema
from graph.store import Store
from graph.writer import DocumentMeta, delete_document, write_document
from loaders.ingest import load_document
from loaders.source_document import SourceDocument
from tests.cli_env import point_cli_at
from tests.factories import NETWORK_META, network_extraction, sample_extraction
from tests.graph.test_concurrent_writers import run_together

ORTIZ, PATEL, UNION, IDRIS = (
    "actor:lena-ortiz", "actor:raj-patel", "actor:port-union", "actor:sam-idris"
)  # fmt: skip
SECOND = DocumentMeta(title="Tunnel row, again", url="https://example.org/harbour-again")


def weights(store: Store) -> dict[tuple[str, str], int]:
    """The kept weights, checked against the recount from the claims; every kept list of
    strongest co-mentions checked against them, and then a list kept for every actor, so that
    the next change must drop the lists it makes stale."""
    stored = stored_co_mentions(store)
    assert stored == counted_co_mentions(store)
    assert kept_lists(store) == expected_lists(stored, kept_lists(store))
    strongest_co_mentions(store, [row["id"] for row in store.read("all_actor_ids")])
    return stored


def kept_lists(store: Store) -> dict[str, list[tuple[str, int]]]:
    """Every kept list, those of actors no longer in the graph too."""
    records, _, _ = store.driver.execute_query(
        "MATCH (l:CoMentionList) RETURN l.actor AS actor, l.others AS others, l.weights AS weights",
        database_=store.database,
    )
    return {r["actor"]: list(zip(r["others"], r["weights"], strict=True)) for r in records}


def expected_lists(
    stored: dict[tuple[str, str], int], actors: Iterable[str]
) -> dict[str, list[tuple[str, int]]]:
    """What each actor's list must hold: its strongest partners by the weights, ties by id."""
    partners: dict[str, list[tuple[str, int]]] = {actor: [] for actor in actors}
    for (source, target), count in stored.items():
        for actor, other in ((source, target), (target, source)):
            if actor in partners:
                partners[actor].append((other, count))
    return {
        actor: sorted(pairs, key=lambda pair: (-pair[1], pair[0]))[:STRONGEST_KEPT]
        for actor, pairs in partners.items()
    }


def test_a_load_weighs_each_pair_by_the_claims_naming_both(store: Store) -> None:
    write_document(store, NETWORK_META, network_extraction())

    # Patel's warning names Ortiz and the union; Idris's second claim names the union.
    assert weights(store) == {(ORTIZ, UNION): 1, (ORTIZ, PATEL): 1, (UNION, PATEL): 1,
                              (UNION, IDRIS): 1}  # fmt: skip


def test_a_second_document_adds_its_claims_and_a_reload_changes_nothing(store: Store) -> None:
    write_document(store, NETWORK_META, network_extraction())
    write_document(store, SECOND, network_extraction())
    twice = weights(store)

    write_document(store, SECOND, network_extraction())

    assert twice[(ORTIZ, PATEL)] == 2
    assert weights(store) == twice


def test_deleting_a_document_takes_its_claims_out_of_the_weights(store: Store) -> None:
    first = write_document(store, NETWORK_META, network_extraction()).document_id
    second = write_document(store, SECOND, network_extraction()).document_id

    delete_document(store, second)
    assert weights(store)[(ORTIZ, PATEL)] == 1
    delete_document(store, first)

    assert weights(store) == {}


def test_replacing_a_document_counts_only_its_new_claims(store: Store) -> None:
    write_document(store, NETWORK_META, network_extraction())
    write_document(store, SECOND, network_extraction())

    write_document(store, SECOND, sample_extraction())

    assert weights(store)[(ORTIZ, PATEL)] == 1


def test_a_merge_and_its_undo_count_the_moved_claims_again(store: Store) -> None:
    write_document(store, NETWORK_META, network_extraction())
    before = weights(store)

    merge = merge_actors(store, ORTIZ, PATEL, "Ines")
    # Patel's warning is now Ortiz's, naming herself: only the union is left beside her.
    assert weights(store) == {(ORTIZ, UNION): 1, (UNION, IDRIS): 1}
    undo_curation(store, merge.id, "Ines")

    assert weights(store) == before


def test_a_split_and_its_undo_count_the_moved_claims_again(store: Store) -> None:
    for text, url in (
        ("Rosa Quint said on Monday that Senator Tom Vale would close the pier.", "a"),
        ("Quint said on Friday that Senator Tom Vale would double the toll.", "b"),
    ):
        load_document(store, SourceDocument(
            text=text, title=None, author=None, published=date(2023, 3, 8),
            url=f"https://example.org/{url}", source=None, path=None, kind="text",
        ))  # fmt: skip
    assert weights(store) == {("actor:rosa-quint", "actor:tom-vale"): 2}

    split = split_actor(store, "actor:rosa-quint", "Quint", "Ines")
    assert weights(store) == {("actor:rosa-quint", "actor:tom-vale"): 1,
                              ("actor:quint", "actor:tom-vale"): 1}  # fmt: skip
    undo_curation(store, split.id, "Ines")

    assert weights(store) == {("actor:rosa-quint", "actor:tom-vale"): 2}


def test_db_init_recount_fills_a_store_written_without_weights(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_document(store, NETWORK_META, network_extraction())
    kept = weights(store)
    store.write("delete_co_mentions_batch", batch=100)
    point_cli_at(store, monkeypatch)

    result = CliRunner().invoke(main, ["db", "init", "--recount"])

    assert "co-mention weights counted again: 4 pairs" in result.output, result.output
    assert weights(store) == kept


def test_the_first_start_after_an_upgrade_counts_a_store_written_without_weights(
    store: Store,
) -> None:
    write_document(store, NETWORK_META, network_extraction())
    kept = weights(store)
    store.write("delete_co_mentions_batch", batch=100)

    ensure_schema(store)

    assert weights(store) == kept


def test_a_store_whose_weights_are_kept_is_not_counted_again(store: Store) -> None:
    write_document(store, NETWORK_META, network_extraction())

    assert fill_if_never_counted(store) is None
    assert weights(store)


def test_a_ring_reads_each_actors_strongest_co_mentions_first(store: Store) -> None:
    write_document(store, NETWORK_META, network_extraction())
    store.write("add_co_mentions", rows=[{"source": ORTIZ, "target": PATEL, "count": 5}])

    [row] = store.read("strongest_co_mentions", ids=[ORTIZ], per_actor=1)
    drawn = build_neighbourhood(store, ORTIZ, depth=1, limit=2)

    assert (row["neighbours"], row["weights"]) == ([PATEL], [6])
    assert [node.id for node in drawn.nodes] == [ORTIZ, PATEL]


def test_a_drawing_keeps_each_drawn_actors_strongest_co_mentions(store: Store) -> None:
    write_document(store, NETWORK_META, network_extraction())
    store.write_unit(lambda tx: raise_weights(tx, [{"source": ORTIZ, "target": PATEL, "count": 5}]))

    drawn = build_neighbourhood(store, ORTIZ, depth=1, limit=3)

    lists = kept_lists(store)
    assert set(lists) == {node.id for node in drawn.nodes}
    assert lists[ORTIZ] == [(PATEL, 6), (UNION, 1)]
    assert lists == expected_lists(stored_co_mentions(store), lists)


def test_lists_read_before_a_write_are_not_kept_after_it(store: Store) -> None:
    write_document(store, NETWORK_META, network_extraction())
    before = write_generation.current(store).generation
    write_document(store, SECOND, network_extraction())

    kept = store.write_derived(
        "keep_co_mention_lists",
        generation=before,
        lists=[{"actor": ORTIZ, "others": [PATEL], "weights": [1]}],
    )

    assert kept
    assert kept_lists(store) == {}


def test_lists_kept_while_documents_load_hold_the_weights_after(store: Store) -> None:
    names = ["Lena Ortiz", "Raj Patel", "Sam Idris", "Ada Brook", "Tess Lund", "Mara Quill"]
    texts = [
        f"{names[i % 6]} said on Monday that {names[(i + 1) % 6]} and {names[(i + 3) % 6]} "
        f"would open the pier {i}."
        for i in range(12)
    ]
    done = threading.Event()

    def load() -> None:
        for i, text in enumerate(texts):
            load_document(store, SourceDocument(
                text=text, title=None, author=None, published=date(2023, 3, 8),
                url=f"https://example.org/pier-{i}", source=None, path=None, kind="text",
            ))  # fmt: skip
        done.set()

    def draw() -> None:
        while not done.is_set():
            strongest_co_mentions(store, [row["id"] for row in store.read("all_actor_ids")])

    run_together(load, draw)

    assert kept_lists(store) == expected_lists(stored_co_mentions(store), kept_lists(store))
    assert weights(store)
