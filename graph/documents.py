"""Reading documents: their metadata for listing, and text plus counts for one document."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from pydantic import BaseModel

from graph.errors import NotFound
from graph.store import Store


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


def list_documents(store: Store, page: Mapping[str, Any]) -> list[DocumentSummary]:
    """Documents in (published, id) order, undated last; ``page`` holds ``limit`` and the cursor."""
    return [
        DocumentSummary.model_validate(row["document"])
        for row in store.read("list_documents", **page)
    ]


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


def read_document_titles(store: Store, ids: list[str]) -> dict[str, str | None]:
    """Each found document's title (None when it has none), by id."""
    return {row["id"]: row["title"] for row in store.read("document_titles", ids=ids)}
