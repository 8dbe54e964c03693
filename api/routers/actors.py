"""Actors: ``GET /v1/actors``, ``GET /v1/actors/{id}``, ``GET /v1/actors/{id}/relationships``."""

from __future__ import annotations

from datetime import date
from typing import Literal

from fastapi import APIRouter, Depends, Query
from pydantic import BaseModel, ConfigDict, Field

from api.dependencies import get_store
from api.model_response import ModelResponse
from api.paging import Cursor, Page, PageRequest, get_page_request
from graph import actors, relationships
from graph.store import Store
from graph.topics import CountSort

router = APIRouter(prefix="/v1/actors", tags=["actors"])

Kind = Literal["person", "organization", "government_body", "country", "media", "group"]


class Model(BaseModel):
    model_config = ConfigDict(from_attributes=True)


class ActorSummary(Model):
    id: str
    name: str
    kind: str | None
    aliases: list[str]
    claims: int


ACTOR_EXAMPLE = {
    "id": "actor:ada-brook",
    "name": "Ada Brook",
    "kind": "person",
    "aliases": ["Ada Brook", "Brook"],
    "claims": 3,
}
ActorPage = Page[ActorSummary]


class Passage(Model):
    id: str
    start: int
    end: int
    text: str
    document_id: str


class RoleEdge(Model):
    direction: Literal["out", "in"]
    title: str
    other_id: str
    other_name: str
    other_kind: str | None
    document_id: str | None
    since: date | None
    until: date | None
    passage: Passage | None


class DatedClaim(Model):
    id: str
    text: str
    said_on: date
    said_on_precision: str | None
    date_text: str | None


class ResolvedName(Model):
    document_id: str
    alias: str
    rule: str
    kind: str | None = None


class ActorProfile(Model):
    model_config = ConfigDict(
        from_attributes=True,
        json_schema_extra={
            "examples": [
                {
                    "id": "actor:tom-vale",
                    "name": "Tom Vale",
                    "kind": "person",
                    "aliases": ["Tom Vale"],
                    "curated": False,
                    "claims_said": 1,
                    "claims_mentioning": 0,
                    "claims_undated": 0,
                    "first_claim": {
                        "id": "claim:0c1d2e3f40516273",
                        "text": "the bill was overdue",
                        "said_on": "2021-03-04",
                        "said_on_precision": "day",
                        "date_text": "on Thursday",
                    },
                    "last_claim": None,
                    "roles_out": [
                        {
                            "direction": "out",
                            "title": "chief",
                            "other_id": "actor:orbit-bank",
                            "other_name": "Orbit Bank",
                            "other_kind": "organization",
                            "document_id": "doc:9a8b7c6d5e4f3a2b",
                            "since": None,
                            "until": None,
                            "passage": {
                                "id": "passage:1a2b3c4d5e6f7a8b",
                                "start": 67,
                                "end": 129,
                                "text": "Brook met Orbit Bank, whose chief Tom Vale backed it.",
                                "document_id": "doc:9a8b7c6d5e4f3a2b",
                            },
                        }
                    ],
                    "roles_in": [],
                    "candidates": [],
                    "resolved": [
                        {"document_id": "doc:5e4f3a2b9a8b7c6d", "alias": "Vale", "rule": "surname"}
                    ],
                }
            ]
        },
    )
    id: str
    name: str
    kind: str | None
    aliases: list[str]
    curated: bool
    claims_said: int
    claims_mentioning: int
    claims_undated: int
    first_claim: DatedClaim | None
    last_claim: DatedClaim | None
    roles_out: list[RoleEdge]
    roles_in: list[RoleEdge]
    candidates: list[str] = Field(
        description="ids of the actors this short name could be: non-empty when it is ambiguous"
    )
    resolved: list[ResolvedName] = Field(
        description="how documents' names were taken for this actor: the name, the rule"
    )


class SharedLink(Model):
    other_id: str
    other_name: str
    other_kind: str | None
    strength: int
    evidence_ids: list[str]


class ActorRelationships(Model):
    model_config = ConfigDict(
        from_attributes=True,
        json_schema_extra={
            "examples": [
                {
                    "actor_id": "actor:ada-brook",
                    "roles": [],
                    "co_mentions": [
                        {
                            "other_id": "actor:tom-vale",
                            "other_name": "Tom Vale",
                            "other_kind": "person",
                            "strength": 2,
                            "evidence_ids": ["claim:0c1d2e3f40516273", "claim:8f9e0d1c2b3a4958"],
                        }
                    ],
                    "co_participations": [
                        {
                            "other_id": "actor:orbit-bank",
                            "other_name": "Orbit Bank",
                            "other_kind": "organization",
                            "strength": 1,
                            "evidence_ids": ["event:5a6b7c8d9e0f1a2b"],
                        }
                    ],
                }
            ]
        },
    )
    actor_id: str
    roles: list[RoleEdge]
    co_mentions: list[SharedLink]
    co_participations: list[SharedLink]


@router.get(
    "",
    response_model=ActorPage,
    summary="List actors, optionally by name and kind",
    description="Actors ordered by id (or, with `sort=-claims`, by claims said, most first), "
    "`limit` at a time. `q` matches a substring of the name "
    "or of any alias, case-insensitively. Pass `next_cursor` back as `cursor` for the next page; "
    "it is null on the last page.",
    responses={
        200: {
            "content": {
                "application/json": {"example": {"items": [ACTOR_EXAMPLE], "next_cursor": None}}
            }
        },
        422: {"description": "A bad kind, limit or cursor; the problem names the parameter"},
    },
)
def get_actors(
    q: str | None = Query(None, description="substring of a name or alias"),
    kind: Kind | None = Query(None, description="only actors of this kind"),
    sort: CountSort = Query("id", description="id: by id; -claims: the most claims said first"),
    page: PageRequest = Depends(get_page_request),
    store: Store = Depends(get_store),
) -> ModelResponse:
    found, next_cursor = list_actor_page(store, q, kind, sort, page)
    return ModelResponse(
        ActorPage(
            items=[ActorSummary.model_validate(actor) for actor in found.actors],
            next_cursor=next_cursor,
        )
    )


def list_actor_page(
    store: Store, q: str | None, kind: str | None, sort: CountSort, page: PageRequest
) -> tuple[actors.ActorPage, str | None]:
    """One page of actors in ``sort`` order and the cursor after it: the list endpoint's
    and the ``/actors`` page's."""
    params = page.count_query_params()
    found = actors.list_actors(
        store,
        q,
        kind,
        page.limit,
        params["after_id"],
        by_claims=sort == "-claims",
        after_claims=params["after_claims"],
    )
    if found.next_after_id is None:
        return found, None
    last = found.actors[-1]
    return found, Cursor(last.claims if sort == "-claims" else None, last.id).encode()


@router.get(
    "/{actor}",
    response_model=ActorProfile,
    summary="One actor: aliases, roles, claim counts, first and last dated claim",
    description="`actor` is an id (`actor:ada-brook`), a key (`ada-brook`), a name or an alias, "
    "case-insensitively. Each role comes with the passage that states it. 404 when nothing "
    "matches.",
    responses={404: {"description": "No actor has this id, name or alias"}},
)
def get_actor(actor: str, store: Store = Depends(get_store)) -> ModelResponse:
    return ModelResponse(ActorProfile.model_validate(actors.get_actor(store, actor)))


@router.get(
    "/{actor}/relationships",
    response_model=ActorRelationships,
    summary="How an actor is connected: roles, co-mentions, co-participation",
    description="Direct ROLE edges both ways (with their passage); actors sharing claims with "
    "this one (both mentioned, or one speaking about the other) and actors at the same events. "
    "`strength` counts the shared claims or events, listed in `evidence_ids`.",
    responses={404: {"description": "No actor has this id, name or alias"}},
)
def get_relationships(actor: str, store: Store = Depends(get_store)) -> ModelResponse:
    return ModelResponse(
        ActorRelationships.model_validate(relationships.list_relationships(store, actor))
    )
