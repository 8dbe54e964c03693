"""A caller's own read-only Cypher (``/v1/query``, ``saidwhen query``), behind three guards.

``cypher_guard`` refuses, from the tokens, what is no read and says why; the database's
EXPLAIN plan must then hold read operators only (``backend.check_plan``); and
``Store.read_only`` runs the text where the database itself refuses writes.

The caps are applied while reading, never by a server setting (the embedded server's
``resultSetLimit`` also cut the rows an aggregate counted): the reading stops after one
row more than the row cap, or before the row that would pass the byte cap, and
``truncated`` is true exactly when a row was left out.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

import neo4j

from graph.backend import check_plan
from graph.cypher_guard import check_read_only
from graph.errors import InvalidInput
from graph.settings import Settings
from graph.store import Store, to_native

INTEGER_RANGE = range(-(2**63), 2**63)
"""Cypher's integers are 64-bit; the driver cannot send a larger Python int."""


@dataclass(frozen=True)
class QueryResult:
    columns: list[str]
    rows: list[list[Any]]
    truncated: bool


def run_read_query(
    store: Store,
    cypher: str,
    params: Mapping[str, Any],
    row_cap: int,
    byte_cap: int | None = None,
) -> QueryResult:
    """The rows of ``cypher``, at most ``row_cap`` of them and ``byte_cap`` bytes of JSON.

    ``byte_cap`` defaults to the store's ``SAIDWHEN_QUERY_BYTE_CAP``.
    """
    check_read_only(cypher)
    check_integers(params, "params")
    check_plan(store.backend, store.explain(cypher, params))
    if byte_cap is None:
        byte_cap = (
            store.settings.query_byte_cap
            if store.settings
            else Settings.model_fields["query_byte_cap"].default
        )
    return store.read_only(cypher, params, lambda result: read_capped(result, row_cap, byte_cap))


def check_integers(value: Any, where: str) -> None:
    """Refuse, by its place in the parameters, an integer Cypher cannot hold."""
    if isinstance(value, int) and not isinstance(value, bool) and value not in INTEGER_RANGE:
        raise InvalidInput(f"{where}: {value} is out of the 64-bit integer range Cypher holds")
    if isinstance(value, Mapping):
        for key, item in value.items():
            check_integers(item, f"{where}.{key}")
    elif isinstance(value, list | tuple):
        for index, item in enumerate(value):
            check_integers(item, f"{where}[{index}]")


def read_capped(result: neo4j.Result, row_cap: int, byte_cap: int) -> QueryResult:
    """Rows as JSON values until the result ends or a cap is reached."""
    rows: list[list[Any]] = []
    size = 0
    truncated = False
    for record in result:
        row = [to_json_value(value) for value in record.values()]
        size += len(json.dumps(row, default=str))
        if len(rows) == row_cap or size > byte_cap:
            truncated = True
            break
        rows.append(row)
    return QueryResult(list(result.keys()), rows, truncated)


def to_json_value(value: Any) -> Any:
    """A driver value as JSON: relationships and paths as maps, times as ISO text.

    ``Store`` already turns nodes into their properties and dates into ``datetime.date``;
    what a caller's query may also return (relationships, paths, durations, points) is
    shaped here so the response never fails to serialise.
    """
    value = to_native(value)
    if isinstance(value, neo4j.graph.Relationship):
        return {
            "type": value.type,
            "start": to_json_value(value.start_node),
            "end": to_json_value(value.end_node),
            "properties": {key: to_json_value(item) for key, item in value.items()},
        }
    if isinstance(value, neo4j.graph.Path):
        return {
            "nodes": [to_json_value(node) for node in value.nodes],
            "relationships": [to_json_value(rel) for rel in value.relationships],
        }
    if isinstance(value, list):
        return [to_json_value(item) for item in value]
    if isinstance(value, dict):
        return {key: to_json_value(item) for key, item in value.items()}
    if isinstance(value, (date, datetime, time)):
        return value.isoformat()
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    return str(value)
