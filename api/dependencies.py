"""FastAPI dependencies: the settings and the one store, both made in the app's lifespan.

They only read the app's state, so they are ``async``: FastAPI runs a plain ``def``
dependency in its thread pool, a hop per dependency per request.
"""

from __future__ import annotations

from fastapi import Request

from graph.settings import Settings
from graph.store import Store


async def get_settings(request: Request) -> Settings:
    return request.app.state.settings


async def get_store(request: Request) -> Store:
    return request.app.state.store
