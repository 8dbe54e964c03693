"""The /v1/query guard's second step: the database's own plan must hold reads only.

These call ``check_plan`` on EXPLAIN answers directly, without the token check in front,
so each refusal here is the plan's own.
"""

from __future__ import annotations

import pytest

from graph.backend import check_plan
from graph.cypher_guard import check_read_only
from graph.errors import QueryRefused
from graph.queries import load_queries
from graph.store import Store

REFUSED_PLANS = [
    ("LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line", "LOAD|Load"),
    ("CREATE (n:Probe) RETURN n", "CREATE|Create"),
    ("MATCH (n) DETACH DELETE n", "DELETE|Delete"),
    ("CALL dbms.listConfig()", "dbms.listConfig"),
    ("CALL db.clearQueryCaches()", "db.clearQueryCaches"),
    ("CALL { RETURN 1 AS one } IN TRANSACTIONS RETURN one", "CALL|Transaction"),
    ("FOREACH (x IN [1] | CREATE (:Probe))", "FOREACH|Foreach"),
]


def passes_the_token_check(cypher: str) -> bool:
    try:
        check_read_only(cypher)
    except QueryRefused:
        return False
    return True


PRODUCT_READS = sorted(
    name for name, query in load_queries().items() if passes_the_token_check(query.text)
)


@pytest.mark.parametrize("name", PRODUCT_READS)
def test_every_read_query_of_the_product_passes_the_plan_check(store: Store, name: str) -> None:
    """The allow-lists hold every operator the product's own reads plan to."""
    check_plan(store.backend, store.explain(load_queries()[name].text, {}))


@pytest.mark.parametrize(("cypher", "named"), REFUSED_PLANS)
def test_a_plan_that_writes_loads_or_administers_is_refused(
    store: Store, cypher: str, named: str
) -> None:
    with pytest.raises(QueryRefused, match=named):
        check_plan(store.backend, store.explain(cypher, {}))


def test_a_command_the_plan_cannot_show_as_a_read_is_refused(store: Store) -> None:
    """Neo4j plans SHOW TRANSACTIONS as ShowTransactions; the embedded server gives no plan."""
    with pytest.raises(QueryRefused):
        check_plan(store.backend, store.explain("SHOW TRANSACTIONS", {}))
