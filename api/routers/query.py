"""``POST /v1/query``: a caller's read-only Cypher, behind an API key and three guards."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends
from pydantic import BaseModel, ConfigDict, Field

from api.dependencies import get_settings, get_store
from api.security import require_api_key
from graph.read_query import run_read_query
from graph.settings import Settings
from graph.store import Store

router = APIRouter(prefix="/v1", tags=["query"])


class CypherQuery(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "cypher": "MATCH (a:Actor)-[:SAID]->(c:Claim) WHERE c.said_on >= $since "
                    "RETURN a.name AS speaker, count(c) AS claims ORDER BY claims DESC",
                    "params": {"since": "2021-01-01"},
                }
            ]
        }
    )
    cypher: str = Field(..., min_length=1, description="one read-only Cypher query")
    params: dict[str, Any] = Field(default_factory=dict, description="its $parameters")


class QueryResult(BaseModel):
    model_config = ConfigDict(
        from_attributes=True,
        json_schema_extra={
            "examples": [
                {"columns": ["speaker", "claims"], "rows": [["Ada Brook", 3]], "truncated": False}
            ]
        },
    )
    columns: list[str]
    rows: list[list[Any]]
    truncated: bool


@router.post(
    "/query",
    response_model=QueryResult,
    dependencies=[Depends(require_api_key)],
    summary="Run a read-only Cypher query",
    description="Needs an API key. Writes, schema and admin commands (SHOW, TERMINATE...), "
    "LOAD CSV, plugin functions and procedures other than a few read ones (db.labels, "
    "db.index.fulltext.queryNodes, ...) are refused with 400: first from the text, then from "
    "the database's own plan of the query (EXPLAIN), whose operators must all read; the "
    "database then runs it where it refuses writes on its own. At most "
    "`SAIDWHEN_QUERY_ROW_CAP` rows and `SAIDWHEN_QUERY_BYTE_CAP` bytes come back; "
    "`truncated` is true exactly when rows were left out. `columns` names the returned "
    "columns even when no row came back (on Neo4j; the embedded server names them only "
    "with a row).",
    responses={
        400: {
            "description": "A write or admin command, a refused procedure or function, one "
            "that does not exist, or Cypher the database will not run"
        },
        401: {"description": "No API key, or one that is not valid"},
        403: {"description": "No API key is configured and the caller is not on this machine"},
    },
)
def post_query(
    query: CypherQuery,
    store: Store = Depends(get_store),
    settings: Settings = Depends(get_settings),
) -> QueryResult:
    result = run_read_query(
        store, query.cypher, query.params, settings.query_row_cap, settings.query_byte_cap
    )
    return QueryResult.model_validate(result)
