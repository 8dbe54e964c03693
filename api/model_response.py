"""A list endpoint's page sent as JSON straight from its pydantic model.

A route that returns a model has FastAPI check it against ``response_model`` and then serialise
it, and for a plain ``def`` endpoint the check runs in the thread pool: a second thread hop per
request, for a model that was validated when it was built. ``ModelResponse(page)`` is sent as
it is, serialised once by pydantic's own (Rust) serialiser; the route keeps ``response_model``,
so the OpenAPI document is unchanged.
"""

from __future__ import annotations

from typing import Any

from fastapi import Response
from pydantic import BaseModel


class ModelResponse(Response):
    media_type = "application/json"

    def render(self, content: Any) -> bytes:
        assert isinstance(content, BaseModel), "ModelResponse sends a pydantic model"
        return content.model_dump_json().encode()
