"""A caller's own read-only Cypher (``/v1/query``, ``saidwhen query``), behind two guards.

The lint in ``cypher_guard`` refuses writes with a clear message; ``Store.read_only`` then
runs the text where the database itself refuses writes. One row more than the cap is
fetched, so a result cut at the cap says so.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

import neo4j

from graph.cypher_guard import check_read_only
from graph.store import Store, to_native


@dataclass(frozen=True)
class QueryResult:
    columns: list[str]
    rows: list[list[Any]]
    truncated: bool


def run_read_query(
    store: Store, cypher: str, params: Mapping[str, Any], row_cap: int
) -> QueryResult:
    check_read_only(cypher)
    columns, records = store.read_only(cypher, params, row_cap + 1)
    rows = [[to_json_value(record[column]) for column in columns] for record in records[:row_cap]]
    return QueryResult(columns, rows, truncated=len(records) > row_cap)


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
