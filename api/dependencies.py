"""FastAPI dependencies: the settings and the one store, both made in the app's lifespan."""

from __future__ import annotations

from fastapi import Request

from graph.settings import Settings
from graph.store import Store


def get_settings(request: Request) -> Settings:
    return request.app.state.settings


def get_store(request: Request) -> Store:
    return request.app.state.store
