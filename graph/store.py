"""The one gateway to the database: named queries through the official ``neo4j`` driver.

One ``Store`` per process, made at start-up and closed on shutdown. It always passes the
database name, sends reads with READ routing, wraps each text in ``Query(timeout=...)`` and
logs each query's name and parameters at DEBUG (never credentials).
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable, Generator, Iterator, Mapping
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from typing import Any, TypeAlias, TypeVar

import neo4j
from neo4j import Query

from graph import backend as backends
from graph import embedded, write_generation
from graph.backend import Backend, Connection
from graph.errors import QueryTimedOut, StoreUnavailable
from graph.queries import get_query
from graph.settings import Settings

log = logging.getLogger(__name__)
T = TypeVar("T")

CONSTRAINT_RETRIES = 6
READ_ATTEMPTS = 3
CALLER_FETCH_SIZE = 100
"""Records per fetch for a caller's query, so a row or byte cap stops the reading early."""


PLAIN_TYPES = frozenset({str, int, float, bool, type(None)})
Rows: TypeAlias = list[dict[str, Any]]


@dataclass(frozen=True)
class Read:
    """One named read query with its parameters: a step of a ``Reads``."""

    name: str
    params: Mapping[str, Any]


Reads: TypeAlias = Generator[Read, Rows, T]
"""A read decided step by step, apart from what runs it: it yields the named queries it needs,
is sent each one's rows and returns its answer. ``Store.run`` runs it in the caller's thread,
graph/async_reads.py on the event loop, so both run the same decisions."""


def to_native(value: Any) -> Any:
    """Driver values to plain Python: neo4j.time.Date → datetime.date, nested lists and maps too.

    Every value of every row passes through here, so the common cases are tested first and
    the costly checks (abstract classes) only for what is left.
    """
    if type(value) in PLAIN_TYPES:
        return value
    if isinstance(value, dict):
        return {key: to_native(item) for key, item in value.items()}
    if isinstance(value, list):
        return [to_native(item) for item in value]
    if isinstance(value, (neo4j.time.Date, neo4j.time.DateTime)):
        return value.to_native()
    if isinstance(value, neo4j.graph.Node):
        return {key: to_native(item) for key, item in value.items()}
    return value


def records_to_dicts(records: list[neo4j.Record]) -> list[dict[str, Any]]:
    return [{key: to_native(value) for key, value in record.items()} for record in records]


class Transaction:
    """A write transaction that runs named queries, handed to ``write_unit`` work."""

    def __init__(self, tx: neo4j.ManagedTransaction) -> None:
        self._tx = tx
        self.co_mentions_changed: set[str] = set()
        """Actors whose co-mention weights this transaction changed: their kept lists of
        strongest co-mentions (graph/co_mention_lists.py) are dropped once it is counted."""

    def run(self, name: str, **params: Any) -> Rows:
        query = get_query(name)
        log.debug("query %s %s", name, _LoggedParams(params))
        return records_to_dicts(list(self._tx.run(query.text, params)))


@dataclass
class Store:
    """``backend`` is what the server says it is (its Bolt agent), asked once at connect."""

    connection: Connection
    backend: Backend
    query_timeout: float
    settings: Settings | None = None

    @property
    def driver(self) -> neo4j.Driver:
        return self.connection.driver

    @property
    def database(self) -> str:
        return self.connection.database

    @property
    def embedded_server(self) -> embedded.EmbeddedServer | None:
        return self.connection.embedded_server

    @classmethod
    def connect(cls, settings: Settings) -> Store:
        """Connect to the configured Neo4j, or to the embedded server (started if needed)."""
        connection = backends.open_connection(settings)
        try:
            connection.driver.verify_connectivity()
            agent = connection.driver.get_server_info().agent
        except (neo4j.exceptions.Neo4jError, neo4j.exceptions.DriverError, OSError) as error:
            connection.close()
            raise StoreUnavailable(
                f"cannot reach the database at {settings.neo4j_uri or 'the embedded server'}: "
                f"{error}. Check SAIDWHEN_NEO4J_URI, user and password."
            ) from error
        return cls(connection, backends.detect_backend(agent), settings.query_timeout, settings)

    def read(self, name: str, **params: Any) -> Rows:
        """One named read query. A query that writes is refused: writes go through
        ``write_unit``, which raises the write generation with them.

        It runs as an auto-commit transaction (RUN and PULL, one round trip): a managed one
        (``execute_query``) adds BEGIN and COMMIT, twice the time of a small read. What the
        managed one gave is kept: a retryable failure (a pooled connection the server closed)
        is run again, and the session shares ``execute_query``'s bookmarks.
        """
        query = self.read_query(name, params)
        with self.errors_mapped():
            for attempt in read_attempts():
                with attempt, self.driver.session(**self.read_session()) as session:
                    return records_to_dicts(list(session.run(query, params)))
        raise AssertionError("unreachable")

    def run(self, reads: Reads[T]) -> T:
        """Run ``reads`` (see ``Reads``) with ``read``; its answer."""
        try:
            step = next(reads)
            while True:
                step = reads.send(self.read(step.name, **step.params))
        except StopIteration as done:
            return done.value

    def read_query(self, name: str, params: Mapping[str, Any]) -> Query:
        """The named query as ``read`` runs it (with the time limit), refused if it writes."""
        query = get_query(name)
        if query.writes:
            raise ValueError(f"{name} writes: run it with store.write or store.write_unit")
        log.debug("read %s %s", name, _LoggedParams(params))
        return Query(query.text, timeout=self.query_timeout)

    def read_session(self) -> dict[str, Any]:
        """A read's session: READ routing and ``execute_query``'s bookmarks, so a read
        follows every write this process committed (the asyncio driver takes them too)."""
        return {
            "database": self.database,
            "default_access_mode": neo4j.READ_ACCESS,
            "bookmark_manager": self.driver.execute_query_bookmark_manager,
        }

    def write(self, name: str, **params: Any) -> list[dict[str, Any]]:
        """One named query in its own managed write transaction."""
        return self.write_unit(lambda tx: tx.run(name, **params))

    def write_unit(self, work: Callable[[Transaction], T]) -> T:
        """Run ``work`` in one managed write transaction: all of it commits or none of it.

        The transaction ends by raising the write generation (graph/write_generation.py), last
        so that concurrent writers wait on that one node only for the commit.
        A MERGE race between concurrent writers can surface as a ConstraintError, which the
        driver does not retry; the units given here are MERGE-based and safe to run again,
        so they are retried a bounded number of times with random back-off.
        """
        for attempt in range(1, CONSTRAINT_RETRIES + 1):
            try:
                with self.driver.session(database=self.database) as session:
                    return self._call(
                        lambda: session.execute_write(lambda tx: _bumping(work, Transaction(tx)))
                    )
            except neo4j.exceptions.ConstraintError:
                if attempt == CONSTRAINT_RETRIES:
                    raise
                time.sleep(random.uniform(0.01, 0.05) * attempt)
        raise AssertionError("unreachable")

    def write_schema(self, name: str) -> None:
        """One schema statement (a constraint or index) in its own transaction: Neo4j runs no
        other write beside one. Callers raise the generation after their schema steps."""
        query = get_query(name)
        log.debug("schema %s", name)
        with self.driver.session(database=self.database) as session:
            self._call(lambda: session.execute_write(lambda tx: tx.run(query.text).consume()))

    def write_derived(self, name: str, **params: Any) -> bool:
        """One named query that keeps something derived from the graph and changes no answer
        (graph/co_mention_lists.py): not counted in the write generation, and not retried, since
        keeping it is only worth it while nothing writes. False when a concurrent write made
        the transaction give way."""
        query = get_query(name)
        log.debug("derived %s %s", name, _LoggedParams(params))

        def keep() -> None:
            with self.driver.session(database=self.database) as session:
                with session.begin_transaction() as tx:
                    tx.run(query.text, params).consume()
                    tx.commit()

        try:
            self._call(keep)
        except neo4j.exceptions.TransientError:
            return False
        return True

    def bump_generation(self) -> None:
        """Raise the write generation on its own, after a change made outside ``write_unit``
        (a write unit that writes nothing else)."""
        self.write_unit(lambda tx: None)

    def explain(self, cypher: str, params: Mapping[str, Any]) -> neo4j.ResultSummary:
        """The database's plan of a caller's Cypher (EXPLAIN: planned, not run)."""
        with self.connection.reader.session(
            database=self.database, default_access_mode=neo4j.READ_ACCESS
        ) as session:
            return self._refusing(lambda: session.run("EXPLAIN " + cypher, dict(params)).consume())

    def read_only(
        self, cypher: str, params: Mapping[str, Any], read: Callable[[neo4j.Result], T]
    ) -> T:
        """Run a caller's Cypher where the database itself refuses writes; ``read`` takes the rows.

        On Neo4j that is a READ transaction; on the embedded server, the read-only user.
        ``read`` pulls what it wants from the result inside the transaction (the driver
        fetches ``CALLER_FETCH_SIZE`` records at a time); the rest is discarded.
        """

        def work(tx: neo4j.ManagedTransaction) -> T:
            return read(tx.run(cypher, dict(params)))

        with self.connection.reader.session(
            database=self.database,
            default_access_mode=neo4j.READ_ACCESS,
            fetch_size=CALLER_FETCH_SIZE,
        ) as session:
            read_work = neo4j.unit_of_work(timeout=self.query_timeout)(work)
            return self._refusing(lambda: session.execute_read(read_work))

    def _refusing(self, run: Callable[[], T]) -> T:
        """``run`` a caller's Cypher, its errors turned into QueryRefused naming the cause."""
        try:
            return self._call(run)
        except neo4j.exceptions.Neo4jError as error:
            refused = backends.refusal(error)
            if refused is None:
                raise
            raise refused from error

    def close(self) -> None:
        self.connection.close()

    def _call(self, run: Callable[[], T]) -> T:
        with self.errors_mapped():
            return run()

    @contextmanager
    def errors_mapped(self) -> Iterator[None]:
        """The driver's failures as the store's: unreachable, or past the time limit."""
        try:
            yield
        except (neo4j.exceptions.ServiceUnavailable, neo4j.exceptions.SessionExpired) as error:
            raise StoreUnavailable(f"the database is unreachable: {error}") from error
        except neo4j.exceptions.Neo4jError as error:
            if "TransactionTimedOut" in (error.code or ""):
                raise QueryTimedOut(
                    f"the query ran past its time limit ({self.query_timeout:g} s on Neo4j, the "
                    "statement timeout on the embedded server): narrow it or lower the limit"
                ) from error
            raise


def read_attempts() -> Iterator[AbstractContextManager[None]]:
    """``READ_ATTEMPTS`` tries of a read: each one's retryable failure (a pooled connection
    the server closed) is let pass, except the last one's. Return from inside to stop."""
    for attempt in range(1, READ_ATTEMPTS + 1):
        yield _failure_retried(last=attempt == READ_ATTEMPTS)


@contextmanager
def _failure_retried(last: bool) -> Iterator[None]:
    try:
        yield
    except (neo4j.exceptions.Neo4jError, neo4j.exceptions.DriverError) as error:
        if last or not error.is_retryable():
            raise


def _bumping(work: Callable[[Transaction], T], tx: Transaction) -> T:
    result = work(tx)
    write_generation.bump(tx)
    if tx.co_mentions_changed:
        # After the bump, which waits for (or makes give way) a concurrent keeping of lists.
        tx.run("drop_co_mention_lists", ids=sorted(tx.co_mentions_changed))
    return result


@dataclass(frozen=True)
class _LoggedParams:
    """Parameters for the DEBUG log, with long row lists summarised: written out only when
    the line is (every read and statement passes through here)."""

    params: Mapping[str, Any]

    def __str__(self) -> str:
        shown = {
            key: f"<{len(value)} rows>" if isinstance(value, list) and len(value) > 3 else value
            for key, value in self.params.items()
        }
        return repr(shown)[:500]
