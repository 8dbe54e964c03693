"""FastAPI dependencies: the settings, the one store and its reads on the event loop, all made
in the app's lifespan.

They only read the app's state, so they are ``async``: FastAPI runs a plain ``def``
dependency in its thread pool, a hop per dependency per request. ``StoreDep`` and
``SettingsDep`` are what a route's parameter is annotated with to receive them.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from graph.async_reads import AsyncReads
from graph.settings import Settings
from graph.store import Store


async def get_settings(request: Request) -> Settings:
    return request.app.state.settings


async def get_store(request: Request) -> Store:
    return request.app.state.store


async def get_reads(request: Request) -> AsyncReads:
    return request.app.state.reads


StoreDep = Annotated[Store, Depends(get_store)]
SettingsDep = Annotated[Settings, Depends(get_settings)]
