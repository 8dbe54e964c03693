"""What the two servers do differently, decided once at connect time and kept here.

The same query files run on both. The differences met so far:

- Full-text index DDL: Neo4j takes ``CREATE FULLTEXT INDEX`` over Bolt; the embedded server
  (ArcadeDB) refuses it there and builds an index of the same name with its SQL over HTTP.
  After that ``db.index.fulltext.queryNodes`` works on both, so the search query is one file.
- ``db.awaitIndexes()`` exists only on Neo4j (the embedded server builds indexes synchronously).
- Timeouts: Neo4j honours per-query ``Query(timeout=)`` (``SAIDWHEN_QUERY_TIMEOUT``); the
  embedded server ignores it, and its group ``readTimeout`` did not stop a runaway read either
  (measured). What does abort a statement there is the server-wide
  ``arcadedb.command.timeout`` (``SAIDWHEN_EMBEDDED_COMMAND_TIMEOUT``, 60 s, set at start in
  graph/embedded.py), which must stay above the longest legitimate write, so on the embedded
  server a /v1/query may run up to that long.
- Read-only guard: a Neo4j READ transaction refuses writes; the embedded server does not
  enforce READ mode, so read-only queries run as a server user whose group may only read.
"""

from __future__ import annotations

import enum

from graph.errors import StoreUnavailable


class Backend(enum.Enum):
    NEO4J = "neo4j"
    ARCADEDB = "arcadedb"


def detect_backend(agent: str) -> Backend:
    """The server kind from the Bolt agent string ("Neo4j/5.26.0 compatible (ArcadeDB 26.10.2)")."""
    return Backend.ARCADEDB if "arcadedb" in agent.lower() else Backend.NEO4J


ARCADEDB_FULLTEXT_SQL = (
    "CREATE PROPERTY Claim.text IF NOT EXISTS STRING",
    "CREATE INDEX claim_text IF NOT EXISTS ON Claim (text) FULL_TEXT",
)


def create_arcadedb_fulltext_indexes(http_port: int, database: str, root_password: str) -> None:
    """Build the embedded server's full-text index through its SQL endpoint."""
    import httpx  # here, not at the top: only schema creation needs it, and it costs every command

    url = f"http://127.0.0.1:{http_port}/api/v1/command/{database}"
    with httpx.Client(timeout=60.0) as client:
        for statement in ARCADEDB_FULLTEXT_SQL:
            response = client.post(
                url, auth=("root", root_password), json={"language": "sql", "command": statement}
            )
            if response.status_code != 200:
                raise StoreUnavailable(
                    f"the embedded server refused {statement!r}: {response.text[:300]}"
                )
