"""``/v1/documents``: list, read, load (extraction runs on the way in) and delete documents."""

from __future__ import annotations

import dataclasses
import json
from datetime import date
from pathlib import PurePath

from fastapi import APIRouter, Depends, Query, Request, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel, Field, ValidationError
from starlette.datastructures import UploadFile

from api.dependencies import get_settings, get_store
from api.document_locks import DocumentLocks
from api.model_response import ModelResponse
from api.paging import Page, PageRequest, get_page_request
from api.security import require_api_key
from graph.documents import (
    DocumentDetail,
    DocumentSort,
    DocumentSummary,
    get_document,
    list_documents,
    no_document_message,
)
from graph.errors import InvalidInput, NotFound, PayloadTooLarge, SaidwhenError
from graph.settings import Settings
from graph.store import Store
from graph.writer import WriteResult, delete_document
from loaders.documents import READERS, SourceDocument, parse_published
from loaders.ingest import document_id_of, load_document
from loaders.json_files import require_shallow_json

router = APIRouter(prefix="/v1/documents", tags=["documents"])

SUMMARY_EXAMPLE = {
    "id": "doc:a88aada49b36ba94",
    "title": "Ledger bill",
    "author": "Jo Writer",
    "published": "2021-03-06",
    "url": "https://example.org/ledger",
    "source": "Example Courier",
    "sha256": "198c0888b1ac76940b496df47a107f69a9da70a160177ddc890b3d8cbf251d26",
    "loaded_at": "2021-03-07T09:12:00+00:00",
}
EXAMPLE_TEXT = "Senator Ada Brook said on Tuesday that the ledger bill would pass."
METADATA_FIELDS = ("title", "published", "url", "author", "source")


class UnsupportedMediaType(SaidwhenError):
    status = 415
    title = "Unsupported media type"


class DocumentIn(BaseModel):
    """A document posted as JSON; ``published`` anchors relative dates ("on Tuesday")."""

    text: str = Field(min_length=1, description="the article text extraction runs on")
    title: str | None = None
    published: date | None = None
    url: str | None = Field(None, description="its address; the document id is made from it")
    author: str | None = None
    source: str | None = None


class LoadedDocument(BaseModel):
    id: str
    claims: int
    events: int
    actors: int


DocumentPage = Page[DocumentSummary]


@router.get(
    "",
    response_model=DocumentPage,
    summary="List documents (metadata only)",
    responses={
        200: {
            "content": {
                "application/json": {"example": {"items": [SUMMARY_EXAMPLE], "next_cursor": None}}
            }
        },
        422: {"description": "A bad limit or cursor; the problem names the parameter"},
    },
)
def get_documents(
    sort: DocumentSort = Query(
        "date", description="date: oldest first; -date: newest first (undated last either way)"
    ),
    page: PageRequest = Depends(get_page_request),
    store: Store = Depends(get_store),
) -> ModelResponse:
    """Loaded documents by publication date (then id), undated last, without their text;
    `sort=-date` lists the newest first. Follow `next_cursor` for the next page."""
    rows = list_documents(store, page.query_params(), sort)
    items, next_cursor = page.split(rows, lambda document: (document.published, document.id))
    return ModelResponse(DocumentPage(items=items, next_cursor=next_cursor))


@router.get(
    "/{document_id}",
    response_model=DocumentDetail,
    summary="One document: metadata, text and what was read from it",
    responses={
        200: {
            "content": {
                "application/json": {
                    "example": {
                        **SUMMARY_EXAMPLE,
                        "text": EXAMPLE_TEXT,
                        "counts": {"passages": 1, "claims": 1, "events": 0, "actors": 1},
                    }
                }
            }
        },
        404: {"description": "No document has this id"},
    },
)
def get_document_by_id(document_id: str, store: Store = Depends(get_store)) -> ModelResponse:
    """The document's metadata and full text, with how many passages, claims, events and
    actors were read from it. Evidence offsets of claims and events point into `text`."""
    return ModelResponse(get_document(store, document_id))


@router.delete(
    "/{document_id}",
    status_code=204,
    summary="Delete a document and what only it contributed",
    dependencies=[Depends(require_api_key)],
    responses={
        204: {"description": "Deleted"},
        401: {"description": "No API key, or one that is not valid"},
        403: {"description": "No API key is configured and the caller is not on this machine"},
        404: {"description": "No document has this id"},
    },
)
def delete_document_by_id(document_id: str, store: Store = Depends(get_store)) -> Response:
    """Removes the document, its passages, the claims and events they evidence, and actors
    and topics left with nothing else. Needs an API key."""
    if not delete_document(store, document_id):
        raise NotFound(no_document_message(document_id))
    return Response(status_code=204)


@router.post(
    "",
    status_code=201,
    response_model=LoadedDocument,
    summary="Load a document: extract its claims and events into the graph",
    dependencies=[Depends(require_api_key)],
    responses={
        200: {"description": "Already loaded with the same text: nothing changed"},
        400: {"description": "A multipart body that cannot be parsed"},
        201: {
            "content": {
                "application/json": {
                    "example": {"id": "doc:a88aada49b36ba94", "claims": 4, "events": 1, "actors": 3}
                }
            }
        },
        401: {"description": "No API key, or one that is not valid"},
        403: {"description": "No API key is configured and the caller is not on this machine"},
        413: {"description": "The body is larger than the server's max_body_bytes"},
        415: {"description": "Neither JSON nor a multipart upload"},
        422: {"description": "A missing text, a bad date or an unreadable file; names the field"},
    },
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {
                "application/json": {
                    "schema": DocumentIn.model_json_schema(),
                    "example": {
                        "text": EXAMPLE_TEXT,
                        "title": "Ledger bill",
                        "published": "2021-03-06",
                        "url": "https://example.org/ledger",
                    },
                },
                "multipart/form-data": {
                    "schema": {
                        "type": "object",
                        "required": ["file"],
                        "properties": {
                            "file": {
                                "type": "string",
                                "format": "binary",
                                "description": "a .txt, .md, .html or .json article",
                            },
                            **{name: {"type": "string"} for name in METADATA_FIELDS},
                        },
                    }
                },
            },
        }
    },
)
async def post_document(
    request: Request,
    response: Response,
    settings: Settings = Depends(get_settings),
    store: Store = Depends(get_store),
) -> LoadedDocument:
    """Send JSON (`text` and optional metadata) or a multipart upload (`file`, with optional
    metadata fields that override the file's). Extraction runs, and the document's subgraph
    is written in one transaction: 201 when it was loaded or replaced, 200 when the same
    text was already there. Needs an API key."""
    body = await read_body(request, settings.max_body_bytes)
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type == "application/json":
        document = document_from_json(body)
    elif content_type == "multipart/form-data":
        document = await document_from_upload(request)
    else:
        raise UnsupportedMediaType(
            f"content type {content_type or '(none)'!r} is not accepted: send "
            "application/json or a multipart/form-data upload with a 'file' field"
        )
    locks: DocumentLocks = request.app.state.document_locks
    result = await run_in_threadpool(
        load_one_at_a_time, locks, store, document, settings.max_text_chars
    )
    if result.status == "unchanged":
        response.status_code = 200
    return LoadedDocument(
        id=result.document_id, claims=result.claims, events=result.events, actors=result.actors
    )


def load_one_at_a_time(
    locks: DocumentLocks, store: Store, document: SourceDocument, max_chars: int
) -> WriteResult:
    """Load the document once no other request is loading a version of it."""
    with locks.hold(document_id_of(document)):
        return load_document(store, document, max_chars=max_chars)


async def read_body(request: Request, max_bytes: int) -> bytes:
    """The body, refused with 413 past ``max_bytes`` (by its declared length when it has one)."""
    too_large = PayloadTooLarge(
        f"the body is larger than this server's limit of {max_bytes} bytes "
        "(split the document, or raise SAIDWHEN_MAX_BODY_BYTES)"
    )
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise too_large
    body = await request.body()
    if len(body) > max_bytes:
        raise too_large
    return body


def document_from_json(body: bytes) -> SourceDocument:
    try:
        content = body.decode("utf-8")
        require_shallow_json(content, "body")
        fields = DocumentIn.model_validate(json.loads(content))
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise InvalidInput(f"body: not valid JSON ({error}); send a JSON object in UTF-8") from None
    except ValidationError as error:
        raise RequestValidationError(
            [{**item, "loc": ("body", *item["loc"])} for item in error.errors()]
        ) from None
    return SourceDocument(
        text=fields.text,
        title=fields.title,
        author=fields.author,
        published=fields.published,
        url=fields.url,
        source=fields.source,
        path=None,
        kind="text",
    )


async def document_from_upload(request: Request) -> SourceDocument:
    """The one document in the uploaded file, read by the reader for its file type.

    The upload's name picks the reader and appears in messages, but is not kept as the
    document's path: without a url, an upload is identified by its text.
    """
    form = await request.form()
    upload = form.get("file")
    if not isinstance(upload, UploadFile) or not upload.filename:
        raise InvalidInput("file: missing; send the article as a multipart field named 'file'")
    suffix = PurePath(upload.filename).suffix.lower()
    reader = READERS.get(suffix)
    if reader is None:
        raise InvalidInput(
            f"file: unknown file type {suffix or '(no extension)'!r} for {upload.filename!r} "
            f"(expected one of {', '.join(READERS)})"
        )
    documents = reader(await upload.read(), upload.filename)
    if len(documents) != 1:
        raise InvalidInput(
            f"file: {upload.filename!r} holds {len(documents)} documents; "
            "post one document per request (or load the file with `saidwhen load`)"
        )
    given = {name: form.get(name) for name in METADATA_FIELDS if form.get(name)}
    if "published" in given:
        given["published"] = parse_published(given["published"], "published")
    return dataclasses.replace(documents[0], path=None, **given)
