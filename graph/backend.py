"""What the two servers do differently, decided once at connect time and kept here.

The same query files run on both. Nothing outside this module asks which server it talks to
(tests aside): ``open_connection`` opens the drivers, ``Store.connect`` asks the server's Bolt
agent once, and the functions below take the store and do what its server needs. The
differences met so far:

- Connecting: the embedded server is started when it is not running and gets a second,
  read-only user for callers' Cypher (``Connection.reader``); Neo4j has one driver.

- Full-text index DDL: Neo4j takes ``CREATE FULLTEXT INDEX`` over Bolt; the embedded server
  (ArcadeDB) refuses it there and builds an index of the same name with its SQL over HTTP.
  After that ``db.index.fulltext.queryNodes`` works on both, so the search query is one file.
- ``db.awaitIndexes()`` exists only on Neo4j (the embedded server builds indexes synchronously).
- Planning: Neo4j plans a statement on its first run with a given set of parameter types (the
  first actor timeline 3-4 s, later ones milliseconds), so the service runs the timelines once
  before taking requests on Neo4j only (``plans_on_first_use``).
- Timeouts: Neo4j honours per-query ``Query(timeout=)`` (``SAIDWHEN_QUERY_TIMEOUT``); the
  embedded server ignores it, and its group ``readTimeout`` did not stop a runaway read either
  (measured). What does abort a statement there is the server-wide
  ``arcadedb.command.timeout`` (``SAIDWHEN_EMBEDDED_COMMAND_TIMEOUT``, 60 s, set at start in
  graph/embedded.py), which must stay above the longest legitimate write, so on the embedded
  server a /v1/query may run up to that long.
- Read-only guard: a Neo4j READ transaction refuses writes; the embedded server does not
  enforce READ mode, so read-only queries run as a server user whose group may only read.
  The refusals differ too (Forbidden; a ClientError naming the write; a DatabaseError for an
  unknown procedure on the embedded server): ``refusal`` turns each into one QueryRefused.
- Query plans (``check_plan``, the second guard of /v1/query): Neo4j answers EXPLAIN with a
  tree of operators (``Expand(All)@neo4j``, ``ProcedureCall@neo4j`` with the procedure in
  its details) and a query type; the embedded server answers with one node whose text lists
  its steps (``+ MATCH NODE (a)``, ``+ CALL db.labels() ...``), prints a subquery's body as
  ``CALL SUBQUERY { ... }``, and gives no plan at all for SHOW or TERMINATE (measured on
  ArcadeDB 26.10.2). Both are checked against an allow-list; what a plan does not show
  (no plan, a hidden subquery body, an unknown operator or step) is refused.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from graph import embedded
from graph.cypher_guard import READ_PROCEDURES
from graph.errors import QueryRefused, StoreUnavailable
from graph.settings import Settings

if TYPE_CHECKING:
    import neo4j

    from graph.store import Store


class Backend(enum.Enum):
    NEO4J = "neo4j"
    ARCADEDB = "arcadedb"


@dataclass
class Connection:
    """The drivers ``Store.connect`` opens. ``reader`` runs callers' Cypher: on the embedded
    server a user whose group may only read (it does not enforce READ transactions); on Neo4j
    the one driver, in READ transactions. ``owns_server``: this process started the embedded
    server, so closing stops it. ``uri`` and ``auth`` are ``driver``'s, for an asyncio driver
    opened later on an event loop (``open_async_driver``)."""

    driver: neo4j.Driver
    reader: neo4j.Driver
    database: str
    settings: Settings
    embedded_server: embedded.EmbeddedServer | None = None
    owns_server: bool = False
    uri: str = field(kw_only=True)
    auth: tuple[str, str] = field(kw_only=True, repr=False)

    def close(self) -> None:
        for driver in {id(self.driver): self.driver, id(self.reader): self.reader}.values():
            driver.close()
        if self.owns_server:
            embedded.stop_server(self.settings)

    def open_async_driver(self) -> neo4j.AsyncDriver:
        """An asyncio driver to ``driver``'s server and user, for the running event loop."""
        from neo4j import AsyncGraphDatabase

        return AsyncGraphDatabase.driver(self.uri, auth=self.auth)


def open_connection(settings: Settings) -> Connection:
    """Drivers to the configured Neo4j, or to the embedded server (started when not running)."""
    from neo4j import GraphDatabase

    if settings.uses_embedded:
        server, started = embedded.ensure_server(settings)
        auth = ("root", server.root_password)
        return Connection(
            GraphDatabase.driver(server.uri, auth=auth),
            GraphDatabase.driver(server.uri, auth=(embedded.READER_USER, server.reader_password)),
            server.database,
            settings,
            server,
            started,
            uri=server.uri,
            auth=auth,
        )
    password = settings.neo4j_password.get_secret_value() if settings.neo4j_password else ""
    uri, auth = settings.neo4j_uri or "", (settings.neo4j_user, password)
    driver = GraphDatabase.driver(uri, auth=auth)
    return Connection(driver, driver, settings.neo4j_database, settings, uri=uri, auth=auth)


def start_embedded_server(settings: Settings) -> tuple[embedded.EmbeddedServer, bool]:
    """Start the embedded server of the data folder (or find it running): ``saidwhen db start``."""
    if not settings.uses_embedded:
        raise StoreUnavailable(
            "SAIDWHEN_NEO4J_URI is set: there is no embedded server to start "
            "(unset it to use the embedded database)"
        )
    return embedded.ensure_server(settings)


def describe_server(settings: Settings) -> tuple[str, bool]:
    """One line on where the database is, and whether it can be asked for its counts now
    (an embedded server that is not running is not started just to be described)."""
    if not settings.uses_embedded:
        return f"Neo4j at {settings.neo4j_uri}, database {settings.neo4j_database}", True
    server = embedded.find_running_server(settings)
    if server is None:
        return f"embedded store: not running (data in {settings.data_dir})", False
    where = f"pid {server.pid}, {server.uri}, data in {settings.data_dir}"
    return f"embedded store: running, {where}", True


def detect_backend(agent: str) -> Backend:
    """The server kind from the Bolt agent string ("Neo4j/5.26.0 compatible (ArcadeDB 26.10.2)")."""
    return Backend.ARCADEDB if "arcadedb" in agent.lower() else Backend.NEO4J


NEO4J_READ_OPERATORS = frozenset(
    {
        # leaves: scans, seeks and counts
        "AllNodesScan",
        "NodeByLabelScan",
        "NodeByIdSeek",
        "NodeByElementIdSeek",
        "NodeIndexSeek",
        "NodeUniqueIndexSeek",
        "MultiNodeIndexSeek",
        "AssertingMultiNodeIndexSeek",
        "NodeIndexSeekByRange",
        "NodeUniqueIndexSeekByRange",
        "NodeIndexContainsScan",
        "NodeIndexEndsWithScan",
        "NodeIndexScan",
        "IntersectionNodeByLabelsScan",
        "UnionNodeByLabelsScan",
        "SubtractionNodeByLabelsScan",
        "DirectedRelationshipByIdSeek",
        "UndirectedRelationshipByIdSeek",
        "DirectedRelationshipByElementIdSeek",
        "UndirectedRelationshipByElementIdSeek",
        "DirectedAllRelationshipsScan",
        "UndirectedAllRelationshipsScan",
        "DirectedRelationshipTypeScan",
        "UndirectedRelationshipTypeScan",
        "DirectedUnionRelationshipTypesScan",
        "UndirectedUnionRelationshipTypesScan",
        "DirectedRelationshipIndexSeek",
        "UndirectedRelationshipIndexSeek",
        "DirectedRelationshipUniqueIndexSeek",
        "UndirectedRelationshipUniqueIndexSeek",
        "DirectedRelationshipIndexSeekByRange",
        "UndirectedRelationshipIndexSeekByRange",
        "DirectedRelationshipUniqueIndexSeekByRange",
        "UndirectedRelationshipUniqueIndexSeekByRange",
        "DirectedRelationshipIndexScan",
        "UndirectedRelationshipIndexScan",
        "DirectedRelationshipIndexContainsScan",
        "UndirectedRelationshipIndexContainsScan",
        "DirectedRelationshipIndexEndsWithScan",
        "UndirectedRelationshipIndexEndsWithScan",
        "NodeCountFromCountStore",
        "RelationshipCountFromCountStore",
        "Argument",
        "ArgumentTracker",
        "EmptyRow",
        # expanding patterns
        "Expand(All)",
        "Expand(Into)",
        "OptionalExpand(All)",
        "OptionalExpand(Into)",
        "VarLengthExpand(All)",
        "VarLengthExpand(Into)",
        "VarLengthExpand(Pruning)",
        "VarLengthExpand(Pruning,BFS,All)",
        "VarLengthExpand(Pruning,BFS,Into)",
        "ShortestPath",
        "StatefulShortestPath(All)",
        "StatefulShortestPath(Into)",
        "Repeat(Trail)",
        "Repeat(Walk)",
        "NullifyMetadata",
        "ProjectEndpoints",
        "TriadicSelection",
        "TriadicBuild",
        "TriadicFilter",
        # combining rows
        "Apply",
        "SemiApply",
        "AntiSemiApply",
        "SelectOrSemiApply",
        "SelectOrAntiSemiApply",
        "LetSemiApply",
        "LetAntiSemiApply",
        "LetSelectOrSemiApply",
        "LetSelectOrAntiSemiApply",
        "RollUpApply",
        "ConditionalApply",
        "AntiConditionalApply",
        "CartesianProduct",
        "NodeHashJoin",
        "ValueHashJoin",
        "NodeLeftOuterHashJoin",
        "NodeRightOuterHashJoin",
        "Union",
        "OrderedUnion",
        "Optional",
        "AssertSameNode",
        "AssertSameRelationship",
        # shaping rows
        "Projection",
        "Filter",
        "Limit",
        "ExhaustiveLimit",
        "Skip",
        "Sort",
        "PartialSort",
        "Top",
        "PartialTop",
        "Distinct",
        "OrderedDistinct",
        "Aggregation",
        "OrderedAggregation",
        "EagerAggregation",
        "Eager",
        "Unwind",
        "CacheProperties",
        "ProduceResults",
        "EmptyResult",
    }
)
"""Neo4j 5 operators that only read. Writes (Create, Merge, SetProperty, Delete...),
LoadCSV, Foreach, TransactionApply, the Show*/Terminate* commands and
AdministrationCommand are not here, so a plan that holds one is refused."""

ARCADEDB_READ_STEPS = (
    "AGGREGATION",
    "CONSTANT COUNT",
    "COUNT CARTESIAN PRODUCT",
    "COUNT EDGES",
    "CartesianProduct",
    "DUMMY ROW",
    "EXPAND INTO",
    "EXPAND PATH",
    "ExpandAll",
    "ExpandInto",
    "FILTER WHERE",
    "FINAL PROJECTION",
    "Filter",
    "GAV ONE-HOP SCAN",
    "GAVExpandAll",
    "GAVExpandInto",
    "GAVFusedChain",
    "GROUP BY AGGREGATION",
    "INDEX SEEK",
    "IndexNestedLoopJoin",
    "LIMIT",
    "MATCH EDGE BY INDEX",
    "MATCH NODE",
    "MATCH RELATIONSHIP",
    "MAX",
    "MIN",
    "NodeByLabelDisjunctionScan",
    "NodeByLabelScan",
    "NodeHashJoin",
    "NodeIndexRangeScan",
    "NodeIndexSeek",
    "OPTIMIZED MATCH",
    "OPTIONAL",
    "PROJECT",
    "QUANTIFIED PATH",
    "ROW PIPELINE",
    "SHORTEST PATH",
    "SINGLE ROW INPUT",
    "SKIP",
    "SUBQUERY SEED ROW",
    "TYPE COUNT OPTIMIZATION",
    "UNION",
    "UNWIND",
    "ValueHashJoin",
    "VarLengthExpand",
    "WITH",
    "ZERO-LENGTH PATH",
)
"""The embedded server's steps that only read, as its plan text names them (taken from
its query engine's step classes). CREATE, MERGE, SET, REMOVE, DELETE, FOREACH, LOAD CSV
and EAGER (the read/write barrier) are not here; CALL is checked on its own."""
ARCADEDB_PLAN = "ArcadeDB.OpenCypher.Plan"


def check_plan(backend: Backend, summary: neo4j.ResultSummary) -> None:
    """Raise QueryRefused unless the EXPLAIN ``summary`` shows a query that only reads."""
    if summary.plan is None:
        raise QueryRefused(
            "the database gave no plan for this query, so it cannot be shown to only read"
        )
    if backend is Backend.ARCADEDB:
        _check_arcadedb_plan(summary.plan)
    else:
        _check_neo4j_plan(summary.plan, summary.query_type)


def _check_neo4j_plan(plan: dict[str, Any], query_type: str | None) -> None:
    pending = [plan]
    while pending:
        node = pending.pop()
        operator = str(node.get("operatorType", "")).split("@")[0]
        if operator == "ProcedureCall":
            details = str(node.get("args", {}).get("Details", ""))
            _check_procedure(details.split("(")[0].strip())
        elif operator not in NEO4J_READ_OPERATORS:
            raise QueryRefused(
                f"the query's plan has the operator {operator}, which is not a read: "
                "/v1/query runs read-only queries"
            )
        pending.extend(node.get("children", []))
    if query_type != "r":
        raise QueryRefused(f"Neo4j plans this query as {query_type!r}, not as a read ('r')")


def _check_arcadedb_plan(plan: dict[str, Any]) -> None:
    text = plan.get("args", {}).get("string-representation")
    if plan.get("operatorType") != ARCADEDB_PLAN or not text:
        raise QueryRefused("the embedded server's plan for this query is not one saidwhen reads")
    for line in text.splitlines():
        if not line.strip().startswith("+ "):
            continue
        step = line.strip()[2:]
        if step.startswith("CALL "):
            name = step[len("CALL ") :].split("(")[0].strip()
            if name == "SUBQUERY":
                raise QueryRefused(
                    "CALL { } subqueries are refused on the embedded server: its plan does not "
                    "show what they do (write the query without one)"
                )
            _check_procedure(name)
        elif not any(_starts_with_step(step, name) for name in ARCADEDB_READ_STEPS):
            raise QueryRefused(
                f"the query's plan has the step {step[:40]!r}, which is not a read: "
                "/v1/query runs read-only queries"
            )


def _starts_with_step(step: str, name: str) -> bool:
    return step.startswith(name) and not step[len(name) : len(name) + 1].isalnum()


def _check_procedure(name: str) -> None:
    if name.lower() not in READ_PROCEDURES:
        raise QueryRefused(f"CALL {name} is not allowed: /v1/query calls read procedures only")


def create_search_indexes(store: Store) -> None:
    """The full-text index over claim texts: DDL over Bolt on Neo4j, SQL on the embedded server."""
    if store.backend is Backend.NEO4J:
        store.write_schema("create_fulltext_index_neo4j")
    elif store.embedded_server is not None:
        embedded.create_fulltext_indexes(store.embedded_server)
    else:
        raise QueryRefused(
            "full-text search on an ArcadeDB server saidwhen did not start needs its SQL "
            "endpoint: create the index `claim_text` FULL_TEXT on Claim(text) there"
        )


def plans_on_first_use(store: Store) -> bool:
    """Whether a statement's first run with a set of parameter types costs a planning the
    service should pay before its clients do (graph/warm_up.py): seconds on Neo4j. On the
    embedded server a first run's extra time is reading pages from disk, which a warm-up would
    only move to the start (2.8 s for an actor's and a topic's timeline at 100k claims)."""
    return store.backend is Backend.NEO4J


def await_indexes(store: Store) -> None:
    """Wait for new indexes to come online (Neo4j builds them in the background)."""
    if store.backend is Backend.NEO4J:
        store.write_schema("await_indexes_neo4j")


UNKNOWN_ROUTINE = re.compile(r"Unknown (procedure/function|procedure|function):? '?([\w.`]+)")
"""How the embedded server reports an unknown procedure or function (a DatabaseError)."""


def refusal(error: neo4j.exceptions.Neo4jError) -> QueryRefused | None:
    """A caller's Cypher that the database refused, as the problem to show; None when the
    error is not a refusal. Neo4j refuses a write in a READ transaction as Forbidden; the
    embedded server's read-only user as a ClientError that says "write"; the embedded server
    reports an unknown procedure or function as a DatabaseError."""
    import neo4j

    message = str(error.message)
    if isinstance(error, neo4j.exceptions.Forbidden) or (
        isinstance(error, neo4j.exceptions.ClientError) and "write" in message.lower()
    ):
        return QueryRefused(f"the database refused the query as a write: {message}")
    if isinstance(error, neo4j.exceptions.ClientError):
        return QueryRefused(f"the database refused the query: {message}")
    unknown = UNKNOWN_ROUTINE.search(message)
    if isinstance(error, neo4j.exceptions.DatabaseError) and unknown:
        return QueryRefused(
            f"{unknown.group(1)} {unknown.group(2)} does not exist on this database"
        )
    return None
