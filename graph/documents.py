"""Reading documents: their metadata for listing, and text plus counts for one document."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any, Literal

from pydantic import BaseModel

from graph.errors import NotFound
from graph.store import Store

DocumentSort = Literal["date", "-date"]
"""By publication date, oldest first (the default) or newest first; undated last."""


class DocumentSummary(BaseModel):
    id: str
    title: str | None = None
    author: str | None = None
    published: date | None = None
    url: str | None = None
    source: str | None = None
    sha256: str
    loaded_at: str | None = None


class DocumentCounts(BaseModel):
    passages: int
    claims: int
    events: int
    actors: int


class DocumentDetail(DocumentSummary):
    text: str
    counts: DocumentCounts


def list_documents(
    store: Store, page: Mapping[str, Any], sort: DocumentSort = "date"
) -> list[DocumentSummary]:
    """Documents in (published, id) order (newest first for ``-date``), undated last;
    ``page`` holds ``limit`` and the cursor."""
    rows = store.read("list_documents", **page, descending=sort == "-date")
    return [DocumentSummary.model_validate(row["document"]) for row in rows]


def get_document(store: Store, document_id: str) -> DocumentDetail:
    rows = store.read("document_detail", document_id=document_id)
    if not rows:
        raise NotFound(no_document_message(document_id))
    row = rows[0]
    return DocumentDetail.model_validate(
        {**row["document"], "counts": {name: row[name] for name in DocumentCounts.model_fields}}
    )


def no_document_message(document_id: str) -> str:
    return f"no document with id {document_id!r} (ids look like 'doc:…'; see /v1/documents)"


class DocumentActor(BaseModel):
    id: str
    name: str
    kind: str | None = None
    aliases: list[str] = []


def list_document_actors(store: Store, document_id: str) -> list[DocumentActor]:
    """The actors tied to what the document contributed (speakers, mentioned, participants)."""
    return [
        DocumentActor.model_validate(row)
        for row in store.read("document_actors", document_id=document_id)
    ]


def read_document_titles(store: Store, ids: list[str]) -> dict[str, str | None]:
    """Each found document's title (None when it has none), by id."""
    return {row["id"]: row["title"] for row in store.read("document_titles", ids=ids)}


def list_recent_documents(store: Store, limit: int) -> list[dict[str, Any]]:
    """The ``limit`` newest documents (id, title, published), undated last."""
    return [row["document"] for row in store.read("recent_documents", limit=limit)]
