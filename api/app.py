"""The FastAPI app: one store per process, made in the lifespan and closed on shutdown, with
its reads on the event loop (graph/async_reads.py) opened and closed there too."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.staticfiles import StaticFiles

from api import pages
from api.document_locks import DocumentLocks
from api.pages.templating import install_error_page
from api.problems import install_problem_handlers
from api.query_parameters import DropEmptyQueryParameters
from api.response_cache import ResponseCache
from api.routers import (
    actors,
    claims,
    contested,
    curations,
    documents,
    events,
    export,
    graph,
    graph_evidence,
    health,
    paths,
    query,
    search,
    timeline,
    topics,
)
from graph.async_reads import AsyncReads
from graph.schema import ensure_schema
from graph.settings import Settings
from graph.store import Store
from graph.warm_up import warm_timelines

STATIC_DIR = Path(__file__).parent / "static"
DESCRIPTION = """saidwhen answers *who said what, when, and how are these people connected*
from news and commentary. Every claim and event links to the passage that supports it."""


def create_app(settings: Settings | None = None, store: Store | None = None) -> FastAPI:
    """Build the app. A given ``store`` is used as is (and left open); else one is made."""
    settings = settings or Settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.settings = settings
        owned = store is None
        app.state.store = store or Store.connect(app.state.settings)
        try:
            if owned:
                ensure_schema(app.state.store)
                await asyncio.to_thread(warm_timelines, app.state.store)
            # The asyncio driver belongs to this loop (a TestClient runs one of its own).
            app.state.reads = AsyncReads.open(app.state.store)
            try:
                yield
            finally:
                await app.state.reads.close()
        finally:
            if owned:
                app.state.store.close()

    # /docs and /redoc are api/pages/api_docs.py's: FastAPI's own load their scripts from a CDN.
    app = FastAPI(
        title="saidwhen",
        version=version(),
        description=DESCRIPTION,
        lifespan=lifespan,
        docs_url=None,
        redoc_url=None,
    )
    app.state.document_locks = DocumentLocks()
    install_problem_handlers(app)
    # The last added runs first: the cache sees the query string without empty values and
    # answers before CORS adds its headers.
    app.add_middleware(ResponseCache, max_bytes=settings.response_cache_bytes)
    app.add_middleware(DropEmptyQueryParameters)
    if settings.cors_origin_list:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origin_list,
            allow_methods=["GET", "POST", "DELETE"],
            allow_headers=["Authorization", "X-API-Key", "Content-Type"],
        )
    app.include_router(health.router)
    for router in (claims, events, timeline, documents, topics):
        app.include_router(router.router)
    for router in (
        actors,
        contested,
        curations,
        paths,
        graph_evidence,
        graph,
        search,
        query,
        export,
    ):
        app.include_router(router.router)
    app.include_router(pages.router)
    install_error_page(app)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    return app


def version() -> str:
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as package_version

    try:
        return package_version("saidwhen")
    except PackageNotFoundError:
        return "0+unknown"
