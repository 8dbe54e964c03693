"""Curation that sticks: decisions recorded with author and time, applied again after loads,
undoable; on both backends."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from graph.actors import get_actor, list_actors
from graph.curation import (
    list_curations,
    merge_actors,
    set_actor,
    split_actor,
    undo_curation,
)
from graph.errors import InvalidInput, NotFound
from graph.export import ExportFilters, iter_batches
from graph.rdf import iter_rdf
from graph.store import Store
from graph.writer import delete_document
from loaders.ingest import load_document, load_paths
from loaders.source_document import SourceDocument
from tests.conftest import clear_graph

PIER = "Vela Pier Trust said on Monday that the harbour would close for repairs."
PORTS = "Vela Ports Board said on Tuesday that the ferries would keep running."


def load(store: Store, text: str, url: str) -> str:
    document = SourceDocument(
        text=text, title=None, author=None, published=date(2023, 3, 8), url=url,
        source=None, path=None, kind="text",
    )  # fmt: skip
    return load_document(store, document).document_id


def actor_ids(store: Store) -> list[str]:
    return [actor.id for actor in list_actors(store, limit=100).actors]


def test_a_curated_kind_comes_back_when_a_reload_recreates_the_actor(store: Store) -> None:
    document = load(store, PIER, "https://example.org/pier")
    made = set_actor(store, "actor:vela-pier-trust", "Ines", kind="government_body")
    assert (made.author, made.action) == ("Ines", "set") and made.at
    delete_document(store, document)
    assert "actor:vela-pier-trust" not in actor_ids(store)
    load(store, PIER, "https://example.org/pier")
    assert get_actor(store, "actor:vela-pier-trust").kind == "government_body"


def test_a_curated_alias_resolves_later_documents_until_it_is_undone(store: Store) -> None:
    load(store, PIER, "https://example.org/pier")
    made = set_actor(store, "actor:vela-pier-trust", "Ines", alias="Pierco")
    load(store, "Pierco said on Friday that the repairs were done.", "https://example.org/one")
    assert "actor:pierco" not in actor_ids(store)
    assert get_actor(store, "actor:vela-pier-trust").claims_said == 2
    undo_curation(store, made.id, "Ines")
    assert "Pierco" not in get_actor(store, "actor:vela-pier-trust").aliases
    load(store, "Pierco said on Sunday that a second pier would open.", "https://example.org/two")
    assert "actor:pierco" in actor_ids(store)
    [record] = list_curations(store)
    assert record.undone_by == "Ines"
    with pytest.raises(NotFound):
        undo_curation(store, made.id, "Ines")


def test_a_merge_moves_claims_holds_across_reloads_and_can_be_undone(store: Store) -> None:
    load(store, PIER, "https://example.org/pier")
    ports = load(store, PORTS, "https://example.org/ports")
    merge = merge_actors(store, "actor:vela-pier-trust", "actor:vela-ports-board", "Ines")
    assert "actor:vela-ports-board" not in actor_ids(store)
    assert get_actor(store, "actor:vela-pier-trust").claims_said == 2
    delete_document(store, ports)
    load(store, PORTS, "https://example.org/ports")
    assert "actor:vela-ports-board" not in actor_ids(store)
    assert get_actor(store, "actor:vela-pier-trust").claims_said == 2
    undo_curation(store, merge.id, "Ines")
    assert get_actor(store, "actor:vela-ports-board").claims_said == 1
    assert get_actor(store, "actor:vela-pier-trust").claims_said == 1


def test_a_decision_needs_an_author_and_something_to_set(store: Store) -> None:
    load(store, PIER, "https://example.org/pier")
    with pytest.raises(InvalidInput, match="author"):
        set_actor(store, "actor:vela-pier-trust", " ", kind="person")
    with pytest.raises(InvalidInput, match="kind, an alias"):
        set_actor(store, "actor:vela-pier-trust", "Ines")
    assert list_curations(store) == []


def test_an_export_carries_the_decisions_and_they_still_undo_after_loading_it(
    store: Store, tmp_path: Path
) -> None:
    load(store, PIER, "https://example.org/pier")
    extracted = get_actor(store, "actor:vela-pier-trust").kind
    made = set_actor(store, "actor:vela-pier-trust", "Ines", kind="country", alias="Pierco")
    exported = tmp_path / "graph.ttl"
    exported.write_text("".join(iter_rdf(iter_batches(store, ExportFilters()), "turtle")))
    clear_graph(store)
    assert not load_paths(store, [exported]).failed
    [carried] = list_curations(store)
    assert (carried.id, carried.author, carried.kind) == (made.id, "Ines", "country")
    undo_curation(store, made.id, "Oren")
    actor = get_actor(store, "actor:vela-pier-trust")
    assert (actor.kind, "Pierco" in actor.aliases) == (extracted, False)


def test_a_split_gives_an_alias_what_the_documents_naming_it_said_until_undone(
    store: Store,
) -> None:
    load(store, "Rosa Quint said on Monday that the pier would close.", "https://example.org/a")
    load(store, "Quint said on Friday that the toll would double.", "https://example.org/b")
    split = split_actor(store, "actor:rosa-quint", "Quint", "Ines")
    assert get_actor(store, "actor:quint").claims_said == 1
    assert get_actor(store, "actor:rosa-quint").claims_said == 1
    assert "Quint" not in get_actor(store, "actor:rosa-quint").aliases
    undo_curation(store, split.id, "Ines")
    assert "actor:quint" not in actor_ids(store)
    assert get_actor(store, "actor:rosa-quint").claims_said == 2
