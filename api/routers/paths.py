"""``GET /v1/paths``: how two actors are connected, step by step, with evidence."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Query
from pydantic import BaseModel, ConfigDict, Field

from api.dependencies import get_store
from api.model_response import ModelResponse
from api.routers.actors import Passage
from graph import paths
from graph.store import Store

router = APIRouter(prefix="/v1", tags=["graph"])


class Model(BaseModel):
    model_config = ConfigDict(from_attributes=True)


class PathNode(Model):
    id: str
    label: str
    name: str | None


class PathEdge(Model):
    type: str
    source: str
    target: str
    title: str | None
    evidence: Passage | None


class Path(Model):
    length: int
    nodes: list[PathNode]
    edges: list[PathEdge]


class Paths(Model):
    model_config = ConfigDict(
        from_attributes=True,
        json_schema_extra={
            "examples": [
                {
                    "from_id": "actor:ada-brook",
                    "to_id": "actor:tom-vale",
                    "paths": [
                        {
                            "length": 2,
                            "nodes": [
                                {"id": "actor:ada-brook", "label": "Actor", "name": "Ada Brook"},
                                {
                                    "id": "claim:0c1d2e3f40516273",
                                    "label": "Claim",
                                    "name": "Tom Vale backed the bill",
                                },
                                {"id": "actor:tom-vale", "label": "Actor", "name": "Tom Vale"},
                            ],
                            "edges": [
                                {
                                    "type": "SAID",
                                    "source": "actor:ada-brook",
                                    "target": "claim:0c1d2e3f40516273",
                                    "title": None,
                                    "evidence": {
                                        "id": "passage:1a2b3c4d5e6f7a8b",
                                        "start": 0,
                                        "end": 58,
                                        "text": "Ada Brook said Tom Vale backed the bill.",
                                        "document_id": "doc:9a8b7c6d5e4f3a2b",
                                    },
                                },
                                {
                                    "type": "MENTIONS",
                                    "source": "claim:0c1d2e3f40516273",
                                    "target": "actor:tom-vale",
                                    "title": None,
                                    "evidence": None,
                                },
                            ],
                        }
                    ],
                    "capped": [],
                    "fanout_cap": 100,
                }
            ]
        },
    )
    from_id: str
    to_id: str
    paths: list[Path]
    capped: list[PathNode] = Field(
        description="hubs with more than `fanout_cap` relationships, of which the search "
        "followed only the first `fanout_cap`: a shorter path through one of them may exist"
    )
    fanout_cap: int = Field(description="relationships followed at most from one node")


@router.get(
    "/paths",
    response_model=Paths,
    summary="Shortest paths between two actors",
    description="Every shortest path of at most `max_hops` steps between two actors (ids, names "
    "or aliases), through claims, events, topics and roles. Each step carries the passage that "
    "evidences it where there is one. An empty list means no path within `max_hops`. "
    "From a hub (a node with more than `fanout_cap` relationships) only the first `fanout_cap` "
    "are followed, and `capped` names those hubs.",
    responses={
        404: {"description": "`from` or `to` names no actor"},
        422: {"description": "A bad `max_hops`, or `from` and `to` are the same actor"},
    },
)
def get_paths(
    from_actor: str = Query(..., alias="from", description="actor id, name or alias"),
    to_actor: str = Query(..., alias="to", description="actor id, name or alias"),
    max_hops: int = Query(4, ge=1, le=paths.MAX_HOPS, description="longest path to look for"),
    store: Store = Depends(get_store),
) -> ModelResponse:
    return ModelResponse(
        Paths.model_validate(paths.find_paths(store, from_actor, to_actor, max_hops))
    )
