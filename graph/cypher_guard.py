"""The first of the three guards of ``/v1/query``: refuse, from its tokens, Cypher that is no read.

The guards, in order (``graph.read_query`` runs them):

1. here, on the tokens of ``graph.cypher_tokens``: one statement, no clause that writes or
   administers (CREATE, SET, LOAD, SHOW, TERMINATE, USE, IN TRANSACTIONS, ...), procedures
   from ``READ_PROCEDURES`` only, namespaced functions from the built-in namespaces only.
   This gives a refusal that names the clause, and keeps such text away from the server;
2. the database's own plan of the query (EXPLAIN), whose operators and procedures must all
   be on an allow-list (``graph.backend.check_plan``);
3. the run itself, in a READ transaction on Neo4j and as the read-only user on the
   embedded server, so the database refuses a write that got this far.

A keyword counts only where it is one: a backquoted name, a property key (``n.set``), a
variable whose property is read (``set.name``), a label (``:Set``), a map key
(``{merge: 1}``) or a parameter (``$delete``) is a name.
"""

from __future__ import annotations

from graph.cypher_tokens import Kind, Token, tokenize
from graph.errors import QueryRefused

REFUSED_KEYWORDS = frozenset(
    {
        "CREATE",
        "INSERT",
        "MERGE",
        "SET",
        "DELETE",
        "DETACH",
        "NODETACH",
        "REMOVE",
        "DROP",
        "FOREACH",
        "LOAD",
        "ALTER",
        "RENAME",
        "GRANT",
        "DENY",
        "REVOKE",
        "SHOW",
        "TERMINATE",
        "START",
        "STOP",
        "ENABLE",
        "DEALLOCATE",
        "REALLOCATE",
        "TRANSACTIONS",
        "PERIODIC",
        "USE",
        "CYPHER",
        "EXPLAIN",
        "PROFILE",
    }
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
FUNCTION_NAMESPACES = frozenset(
    {"date", "datetime", "localdatetime", "localtime", "time", "duration", "point", "vector"}
)
"""Namespaces of Cypher's built-in functions (``date.truncate``, ``point.distance``...).
Plugin functions (``apoc.*``) and those that reach other databases (``graph.byName``) are
not among them."""
READ_FUNCTIONS = frozenset({"db.nameFromElementId".lower()})
CLAUSE_NAMES = {
    "LOAD": "LOAD CSV",
    "TRANSACTIONS": "CALL { } IN TRANSACTIONS",
    "PERIODIC": "USING PERIODIC COMMIT",
    "USE": "USE (another database)",
}
HINT = "/v1/query runs read-only queries (load data with `saidwhen load` or POST /v1/documents)"


def check_read_only(cypher: str) -> None:
    """Raise QueryRefused, naming what is refused, unless ``cypher`` reads only."""
    tokens = tokenize(cypher)
    if not tokens:
        raise QueryRefused("the query is empty: send a read-only Cypher query in 'cypher'")
    for index, token in enumerate(tokens):
        if token.is_symbol(";"):
            raise QueryRefused("send one statement, without ';': " + HINT)
        if not is_keyword(tokens, index):
            continue
        keyword = token.text.upper()
        if keyword in REFUSED_KEYWORDS:
            raise QueryRefused(f"{CLAUSE_NAMES.get(keyword, keyword)} is not allowed: {HINT}")
        if keyword == "CALL":
            check_procedure(tokens, index + 1)
    check_functions(tokens)


def is_keyword(tokens: list[Token], index: int) -> bool:
    """True when the word at ``index`` is in a keyword's place, not a name's."""
    token = tokens[index]
    if token.kind is not Kind.WORD:
        return False
    before = tokens[index - 1] if index else None
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    if before is not None and (before.is_symbol(".") or before.is_symbol(":")):
        return False
    return after is None or not (after.is_symbol(":") or after.is_symbol("."))


def qualified_name(tokens: list[Token], start: int) -> tuple[str, int]:
    """The dotted name (``db.index.fulltext.queryNodes``) at ``start`` and the index after it."""
    parts: list[str] = []
    index = start
    while index < len(tokens) and tokens[index].kind in (Kind.WORD, Kind.NAME):
        parts.append(tokens[index].text)
        if index + 1 < len(tokens) and tokens[index + 1].is_symbol("."):
            index += 2
        else:
            index += 1
            break
    return ".".join(parts), index


def check_procedure(tokens: list[Token], start: int) -> None:
    """After CALL: a subquery (``{`` or a scope ``(``), or a procedure that only reads."""
    name, _ = qualified_name(tokens, start)
    if not name:
        return
    if name.lower() not in READ_PROCEDURES:
        raise QueryRefused(
            f"CALL {name} is not allowed: /v1/query may call only these read procedures: "
            f"{', '.join(sorted(READ_PROCEDURES))}"
        )


def check_functions(tokens: list[Token]) -> None:
    """Every namespaced function called must be a built-in one."""
    index = 0
    while index < len(tokens):
        token = tokens[index]
        previous = tokens[index - 1] if index else None
        starts_name = token.kind in (Kind.WORD, Kind.NAME) and not (
            previous is not None and (previous.is_symbol(".") or previous.is_symbol(":"))
        )
        if not starts_name:
            index += 1
            continue
        name, after = qualified_name(tokens, index)
        called = after < len(tokens) and tokens[after].is_symbol("(")
        procedure = previous is not None and previous.text.upper() == "CALL"
        if called and "." in name and not procedure:
            namespace = name.split(".", 1)[0].lower()
            if namespace not in FUNCTION_NAMESPACES and name.lower() not in READ_FUNCTIONS:
                raise QueryRefused(
                    f"the function {name} is not allowed: /v1/query may call Cypher's built-in "
                    "functions only (no plugin or cross-database functions)"
                )
        index = after
