"""The /v1/query lint: writes refused by clause, reads pass, literals and comments ignored."""

from __future__ import annotations

import pytest

from graph.cypher_guard import check_read_only, strip_literals
from graph.errors import QueryRefused

ALLOWED = [
    "MATCH (n) RETURN n LIMIT 5",
    "RETURN 'CREATE'",
    'RETURN "MERGE (n)" AS text',
    "RETURN 'it\\'s DELETE time' AS text",
    "MATCH (n) // CREATE (m)\nRETURN n",
    "MATCH (n) /* SET n.x = 1 */ RETURN n",
    "MATCH (n) RETURN n.set AS s, n.delete AS d",
    "RETURN {create: 1, merge: 2} AS m",
    "MATCH (n:Set) RETURN n",
    "MATCH (n) WHERE n.name STARTS WITH $q RETURN n",
    "RETURN $set AS value",
    "CALL db.labels() YIELD label RETURN label",
    "call DB.RELATIONSHIPTYPES()",
    "CALL db.index.fulltext.queryNodes('claim_text', 'bill') YIELD node, score RETURN node",
    "MATCH (a) CALL { WITH a MATCH (a)--(b) RETURN count(b) AS c } RETURN a, c",
    "MATCH (a) CALL (a) { MATCH (a)--(b) RETURN count(b) AS c } RETURN a, c",
    "MATCH p = shortestPath((a)-[*..4]-(b)) RETURN startNode(relationships(p)[0])",
    "WITH 'a // b' AS s RETURN s",
    "UNWIND [1, 2] AS x RETURN x",
    "SHOW INDEXES",
]
REFUSED = [
    ("CREATE (n:X)", "CREATE"),
    ("create (n:X)", "CREATE"),
    ("/*x*/CREATE (n)", "CREATE"),
    ("MATCH (n)/**/SET n.x = 1", "SET"),
    ("MERGE (n:X {id: 1})", "MERGE"),
    ("MATCH (n) DETACH DELETE n", "DETACH"),
    ("MATCH (n) DELETE n", "DELETE"),
    ("MATCH (n) REMOVE n.name", "REMOVE"),
    ("DROP INDEX claim_text", "DROP"),
    ("LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row", "LOAD CSV"),
    ("load\ncsv with headers from 'x' as row return row", "LOAD CSV"),
    ("MATCH (n) FOREACH (x IN [1] | SET n.x = x)", "FOREACH"),
    ("MATCH (n) CALL { WITH n RETURN n } IN TRANSACTIONS RETURN n", "IN TRANSACTIONS"),
    ("MATCH (n) CALL (n) { RETURN n } IN 10 CONCURRENT TRANSACTIONS RETURN n", "TRANSACTIONS"),
    ("CALL apoc.create.node(['X'], {})", "apoc.create.node"),
    ("CALL dbms.killQueries(['1'])", "dbms.killQueries"),
    ("CALL `apoc.create.node`(['X'], {})", "apoc.create.node"),
    ("RETURN 'a' // comment\nCREATE (n)", "CREATE"),
    ("RETURN 1; CREATE (n)", "CREATE"),
    ("MATCH (n) RETURN n AS `CREATE`", "CREATE"),
    ("RETURN 'x' + \"y\" UNION MATCH (n) SET n.a = 1 RETURN 1", "SET"),
    ("ALTER DATABASE neo4j SET ACCESS READ ONLY", "ALTER"),
    ("GRANT ROLE admin TO bob", "GRANT"),
    ("STOP DATABASE neo4j", "STOP"),
]


@pytest.mark.parametrize("cypher", ALLOWED)
def test_reads_pass(cypher: str) -> None:
    check_read_only(cypher)


@pytest.mark.parametrize(("cypher", "named"), REFUSED)
def test_writes_are_refused_naming_the_clause(cypher: str, named: str) -> None:
    with pytest.raises(QueryRefused, match=named):
        check_read_only(cypher)


@pytest.mark.parametrize(
    "cypher", ["RETURN 'never closed", "MATCH (n) /* open", "RETURN `open", ""]
)
def test_unterminated_or_empty_text_is_refused(cypher: str) -> None:
    with pytest.raises(QueryRefused):
        check_read_only(cypher)


def test_strip_literals_keeps_code_and_blanks_strings_and_comments() -> None:
    stripped = strip_literals("MATCH (n) // CREATE\nWHERE n.x = 'SET' /* MERGE */ RETURN n")
    for word in ("CREATE", "SET", "MERGE"):
        assert word not in stripped
    assert "MATCH (n)" in stripped and "RETURN n" in stripped
