"""Liveness and counts: ``GET /health`` and ``GET /v1/stats``."""

from __future__ import annotations

from fastapi import APIRouter, Depends
from pydantic import BaseModel

from api.dependencies import get_store
from api.model_response import ModelResponse
from graph import stats
from graph.errors import StoreUnavailable
from graph.store import Store

router = APIRouter(tags=["service"])


class Health(BaseModel):
    status: str
    backend: str
    database: str
    database_reachable: bool
    version: str


class Stats(BaseModel):
    nodes: dict[str, int]
    relationships: dict[str, int]


@router.get(
    "/health", response_model=Health, summary="Is the service up and the database reachable?"
)
def get_health(store: Store = Depends(get_store)) -> ModelResponse:
    from api.app import version

    try:
        reachable = stats.ping(store)
    except StoreUnavailable:
        reachable = False
    return ModelResponse(
        Health(
            status="ok" if reachable else "degraded",
            backend=store.backend.value,
            database=store.database,
            database_reachable=reachable,
            version=version(),
        )
    )


@router.get(
    "/v1/stats", response_model=Stats, summary="Counts of nodes by label and relationships by type"
)
def get_stats(store: Store = Depends(get_store)) -> ModelResponse:
    counts = stats.count_graph(store)
    return ModelResponse(Stats(nodes=counts.nodes, relationships=counts.relationships))
