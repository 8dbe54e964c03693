"""``GET /v1/graph``: an actor-centred neighbourhood as nodes and weighted edges, for drawing."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Query
from pydantic import BaseModel, ConfigDict, Field

from api.dependencies import get_settings, get_store
from api.model_response import ModelResponse
from api.paging import check_limit
from graph import neighbourhood
from graph.co_mention_lists import STRONGEST_KEPT
from graph.settings import Settings
from graph.store import Store

router = APIRouter(prefix="/v1", tags=["graph"])


class GraphNode(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: str
    label: str
    kind: str | None
    type: str
    claims: int


class GraphEdge(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    source: str
    target: str
    type: str
    weight: int


class Graph(BaseModel):
    model_config = ConfigDict(
        from_attributes=True,
        json_schema_extra={
            "examples": [
                {
                    "nodes": [
                        {
                            "id": "actor:ada-brook",
                            "label": "Ada Brook",
                            "kind": "person",
                            "type": "actor",
                            "claims": 3,
                        },
                        {
                            "id": "actor:orbit-bank",
                            "label": "Orbit Bank",
                            "kind": "organization",
                            "type": "actor",
                            "claims": 0,
                        },
                    ],
                    "edges": [
                        {
                            "source": "actor:ada-brook",
                            "target": "actor:orbit-bank",
                            "type": "CO_PARTICIPATION",
                            "weight": 1,
                        }
                    ],
                    "edges_total": 1,
                }
            ]
        },
    )
    nodes: list[GraphNode]
    edges: list[GraphEdge]
    edges_total: int = Field(
        description=f"edges among these nodes; above {neighbourhood.EDGES_PER_NODE} per node, "
        "each node keeps only its strongest edges, so `edges` may hold fewer"
    )


@router.get(
    "/graph",
    response_model=Graph,
    summary="An actor-centred neighbourhood for visualisation",
    description="Actors within `depth` links of `center` (an id, name or alias), at most "
    "`limit` of them; without `center`, the `limit` best connected actors. Edges: ROLE "
    "(directed), CO_MENTION (shared claims, between two actors one of whom is among the "
    f"other's {STRONGEST_KEPT} strongest co-mentions) and CO_PARTICIPATION (shared events), "
    "weighted by count; with `topics=true`, also the topics the actors spoke about "
    "(SPOKE_ABOUT). Node `claims` counts the claims an actor said (or, for a topic, the "
    f"claims about it). Above {neighbourhood.EDGES_PER_NODE} edges per node, each node keeps "
    "only its strongest edges: `edges_total` says how many there were.",
    responses={
        404: {"description": "`center` names no actor"},
        422: {"description": "A limit above the page size cap, or a bad depth"},
    },
)
def get_graph(
    center: str | None = Query(None, description="actor id, name or alias"),
    depth: int = Query(1, ge=1, le=neighbourhood.MAX_DEPTH, description="rings of neighbours"),
    limit: int = Query(
        50, ge=1, description="most actors to include, at most the server's page size cap"
    ),
    topics: bool = Query(False, description="include the topics the actors spoke about"),
    store: Store = Depends(get_store),
    settings: Settings = Depends(get_settings),
) -> ModelResponse:
    found = neighbourhood.build_neighbourhood(
        store, center, depth, check_limit(limit, settings), topics
    )
    return ModelResponse(Graph.model_validate(found))
