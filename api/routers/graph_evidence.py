"""``GET /v1/graph/evidence``: what one edge of ``/v1/graph`` stands for, passage by passage."""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, Depends, Query
from pydantic import BaseModel, ConfigDict

from api.dependencies import get_store
from api.model_response import ModelResponse
from graph.edge_evidence import MAX_EVIDENCE, read_edge_evidence
from graph.store import Store

router = APIRouter(prefix="/v1/graph", tags=["graph"])


class EdgeEvidence(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    item_id: str
    kind: Literal["claim", "event", "role"]
    text: str
    document_id: str
    start: int
    end: int


class EdgeEvidencePage(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    source: str
    target: str
    type: str
    total: int
    evidence: list[EdgeEvidence]


@router.get(
    "/evidence",
    response_model=EdgeEvidencePage,
    summary="The passages behind one edge of the graph",
    description="For an edge of `/v1/graph` (its `source`, `target` and `type`): the shared "
    "claims of a CO_MENTION, the shared events of a CO_PARTICIPATION, the passage stating a "
    f"ROLE, the source's claims about the topic of a SPOKE_ABOUT; at most {MAX_EVIDENCE}, "
    "with `total` counting them all.",
    responses={
        404: {"description": "`source` or `target` names no actor"},
        422: {"description": "An unknown edge type"},
    },
)
def get_edge_evidence(
    source: str = Query(..., description="the edge's source: an actor id"),
    target: str = Query(..., description="the edge's target: an actor or topic id"),
    type: str = Query(..., description="ROLE, CO_MENTION, CO_PARTICIPATION or SPOKE_ABOUT"),
    store: Store = Depends(get_store),
) -> ModelResponse:
    return ModelResponse(
        EdgeEvidencePage.model_validate(read_edge_evidence(store, source, target, type))
    )
