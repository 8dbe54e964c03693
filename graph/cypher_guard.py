"""The first guard of ``/v1/query``: refuse Cypher that could write, before it reaches the database.

The database is the second guard (``Store.read_only``: a READ transaction on Neo4j, the
read-only user on the embedded server); this lint exists so a refused query gets a clear
message naming the clause, and so no write is ever sent to rely on the second guard alone.

The check is on words, after string literals, comments and `quoted` names are blanked out:
``RETURN 'CREATE'`` is allowed and ``/*x*/CREATE`` is not. It refuses whole clauses, not
uses: a read that merely spells a refused keyword as a bare name (``n.set``, ``{merge: 1}``)
is let through because a dot, colon or ``$`` beside the word shows it is a name.
"""

from __future__ import annotations

import re

from graph.errors import QueryRefused

WRITE_CLAUSES = (
    "CREATE",
    "MERGE",
    "SET",
    "DELETE",
    "DETACH",
    "REMOVE",
    "DROP",
    "FOREACH",
    "ALTER",
    "RENAME",
    "GRANT",
    "DENY",
    "REVOKE",
    "START",
    "STOP",
    "TERMINATE",
    "ENABLE",
    "DEALLOCATE",
    "REALLOCATE",
)
READ_PROCEDURES = frozenset(
    name.lower()
    for name in (
        "db.labels",
        "db.relationshipTypes",
        "db.propertyKeys",
        "db.index.fulltext.queryNodes",
        "db.index.fulltext.queryRelationships",
        "db.schema.visualization",
        "db.schema.nodeTypeProperties",
        "db.schema.relTypeProperties",
    )
)
WORD = re.compile(r"(?<![.:$\w])([A-Za-z_]\w*)(?![\w:])")
LOAD_CSV = re.compile(r"\bLOAD\s+CSV\b", re.IGNORECASE)
IN_TRANSACTIONS = re.compile(r"\bIN\s+(?:\d+\s+)?(?:CONCURRENT\s+)?TRANSACTIONS\b", re.IGNORECASE)
PERIODIC_COMMIT = re.compile(r"\bPERIODIC\s+COMMIT\b", re.IGNORECASE)
PROCEDURE_CALL = re.compile(r"\bCALL\s+([A-Za-z_][\w.]*|`[^`]*`)", re.IGNORECASE)


def strip_literals(cypher: str) -> str:
    """The query with strings, comments and backquoted names replaced by a space or placeholder.

    One left-to-right scan, as the Cypher lexer reads: a quote inside a comment and ``//``
    inside a string are not what they seem. Backquoted names keep their text (a procedure
    may be named with them) but lose their quotes' power to hide words.
    """
    out: list[str] = []
    index = 0
    length = len(cypher)
    while index < length:
        char = cypher[index]
        pair = cypher[index : index + 2]
        if pair == "//":
            end = cypher.find("\n", index)
            index = length if end == -1 else end
            out.append(" ")
        elif pair == "/*":
            end = cypher.find("*/", index + 2)
            if end == -1:
                raise QueryRefused("the query has a /* comment that never ends (close it with */)")
            index = end + 2
            out.append(" ")
        elif char in "'\"":
            index = _skip_string(cypher, index)
            out.append(" '' ")
        elif char == "`":
            end = cypher.find("`", index + 1)
            while end != -1 and cypher[end : end + 2] == "``":
                end = cypher.find("`", end + 2)
            if end == -1:
                raise QueryRefused("the query has a `name that never ends (close it with `)")
            out.append(" `" + cypher[index + 1 : end].replace("``", "") + "` ")
            index = end + 1
        else:
            out.append(char)
            index += 1
    return "".join(out)


def _skip_string(cypher: str, start: int) -> int:
    quote = cypher[start]
    index = start + 1
    while index < len(cypher):
        if cypher[index] == "\\":
            index += 2
        elif cypher[index] == quote:
            return index + 1
        else:
            index += 1
    raise QueryRefused(f"the query has a string opened with {quote} that never ends")


def check_read_only(cypher: str) -> None:
    """Raise QueryRefused, naming the clause, unless ``cypher`` only reads."""
    if not cypher.strip():
        raise QueryRefused("the query is empty: send a read-only Cypher query in 'cypher'")
    code = strip_literals(cypher)
    for pattern, clause in (
        (LOAD_CSV, "LOAD CSV"),
        (IN_TRANSACTIONS, "CALL ... IN TRANSACTIONS"),
        (PERIODIC_COMMIT, "USING PERIODIC COMMIT"),
    ):
        if pattern.search(code):
            raise QueryRefused(f"{clause} is not allowed: /v1/query runs read-only queries")
    for match in WORD.finditer(code):
        if match.group(1).upper() in WRITE_CLAUSES:
            raise QueryRefused(
                f"{match.group(1).upper()} is not allowed: /v1/query runs read-only queries "
                "(load data with `saidwhen load` or POST /v1/documents)"
            )
    for match in PROCEDURE_CALL.finditer(code):
        name = match.group(1).strip("`")
        if name.lower() not in READ_PROCEDURES:
            raise QueryRefused(
                f"CALL {name} is not allowed: /v1/query may call only these read procedures: "
                f"{', '.join(sorted(READ_PROCEDURES))}"
            )
