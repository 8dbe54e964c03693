"""Every named query: loads, declares its parameters truthfully, and compiles on each backend."""

from __future__ import annotations

import pytest

from graph.queries import load_queries, parse_query
from graph.store import Store

NOT_EXPLAINABLE = {
    # Schema commands and procedures are not plannable with EXPLAIN on Neo4j.
    "create_fulltext_index_neo4j",
    "await_indexes_neo4j",
}


def test_every_query_file_declares_exactly_the_parameters_it_uses() -> None:
    for query in load_queries().values():
        assert query.used_params == query.declared_params, query.name


def test_an_empty_query_file_is_refused_with_its_name() -> None:
    with pytest.raises(ValueError, match="queries/broken.cypher is empty"):
        parse_query("broken", "// params: none · returns: nothing\n")


def test_every_query_compiles_with_explain(store: Store) -> None:
    for query in load_queries().values():
        if query.name in NOT_EXPLAINABLE or query.name.startswith(
            ("create_constraint_", "create_index_")
        ):
            continue
        params = dict.fromkeys(query.declared_params)
        store.driver.execute_query("EXPLAIN " + query.body, params, database_=store.database)
