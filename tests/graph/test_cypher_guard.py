"""The /v1/query guard's first step: writes and admin commands refused from the tokens."""

from __future__ import annotations

import pytest

from graph.cypher_guard import check_read_only
from graph.cypher_tokens import Kind, tokenize
from graph.errors import QueryRefused

LINE_TERMINATORS = ["\r", "\r\n", "\n", "\u0085", "\u2028", "\u2029"]

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
    "MATCH (n) RETURN n AS `CREATE`",
    "RETURN date.truncate('month', date('2021-03-04')) AS month",
    "RETURN point.distance(point({x: 0, y: 0}), point({x: 3, y: 4})) AS d",
    "MATCH (set:Actor) RETURN set.name",
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
    ("RETURN 1; CREATE (n)", "one statement"),
    ("RETURN 1;", "one statement"),
    ("RETURN 'x' + \"y\" UNION MATCH (n) SET n.a = 1 RETURN 1", "SET"),
    ("ALTER DATABASE neo4j SET ACCESS READ ONLY", "ALTER"),
    ("GRANT ROLE admin TO bob", "GRANT"),
    ("STOP DATABASE neo4j", "STOP"),
    ("SHOW USERS", "SHOW"),
    ("SHOW INDEXES", "SHOW"),
    ("SHOW TRANSACTIONS YIELD transactionId AS t TERMINATE TRANSACTIONS t", "SHOW"),
    ("CALL dbms.killConnections(['bolt-1'])", "dbms.killConnections"),
    ("CALL dbms.listConfig()", "dbms.listConfig"),
    ("CALL db.clearQueryCaches()", "db.clearQueryCaches"),
    ("CALL `dbms`.`listConfig`()", "dbms.listConfig"),
    ("RETURN apoc.version()", "apoc.version"),
    ("RETURN `apoc`.version() AS v", "apoc.version"),
    ("USE system SHOW USERS", "USE"),
    ("EXPLAIN CREATE (n)", "EXPLAIN"),
    ("PROFILE MATCH (n) RETURN n", "PROFILE"),
    ("CYPHER runtime=slotted MATCH (n) RETURN n", "CYPHER"),
    ("INSERT (:X)", "INSERT"),
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


@pytest.mark.parametrize("terminator", LINE_TERMINATORS)
def test_a_line_comment_ends_at_every_line_terminator(terminator: str) -> None:
    cypher = f"WITH 1 AS x // x{terminator}LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l"
    with pytest.raises(QueryRefused, match="LOAD CSV"):
        check_read_only(cypher)


@pytest.mark.parametrize("terminator", LINE_TERMINATORS)
def test_terminate_after_a_comment_is_refused(terminator: str) -> None:
    cypher = f"MATCH (n) RETURN n //{terminator}TERMINATE TRANSACTIONS 'neo4j-transaction-1'"
    with pytest.raises(QueryRefused, match="TERMINATE"):
        check_read_only(cypher)


def test_tokens_keep_code_and_drop_comments() -> None:
    tokens = tokenize(
        r"MATCH (n) // CREATE" "\r" r"WHERE n.x = 'SE\'T\\' /* MERGE */ RETURN `a``b`, $p"
    )
    words = [token.text for token in tokens if token.kind is Kind.WORD]
    assert words == ["MATCH", "n", "WHERE", "n", "x", "RETURN"]
    assert [token.text for token in tokens if token.kind is Kind.NAME] == ["a`b"]
    assert [token.text for token in tokens if token.kind is Kind.PARAMETER] == ["p"]
    assert [token.text for token in tokens if token.kind is Kind.STRING] == [r"'SE\'T\\'"]
