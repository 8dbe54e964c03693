"""A JSON GET's answer sent straight from its pydantic model, or from rows checked as its model.

A route that returns a model has FastAPI check it against ``response_model`` and then serialise
it, and for a plain ``def`` endpoint the check runs in the thread pool: a second thread hop per
request, for a model that was validated when it was built. ``ModelResponse(model)`` is sent as
it is, serialised once by pydantic's own (Rust) serialiser; the route keeps ``response_model``,
so the OpenAPI document is unchanged.

Each value is serialised by its own class's serialiser (``serialize_as_any``). The models are
built by validation, so every value is of its declared type and the bytes are the same as the
declared types would give; what it saves is the checked path pydantic takes through a union,
such as the timeline's claim-or-event items, where each field is type-checked as it is written
(that took half the time of a timeline page's JSON). tests/api/test_model_response.py holds
every route to the bytes its ``response_model`` makes.

``RowsResponse`` sends plain data whose dicts were validated against a model's row type
(graph/row_shapes.py): in the model's field order with its defaults, so the same bytes, without
building a model object per item (the timeline's page).
"""

from __future__ import annotations

from typing import Any

from fastapi import Response
from pydantic import BaseModel, TypeAdapter

PLAIN = TypeAdapter(Any)
"""Plain data (dicts, lists, dates, numbers, text) as pydantic writes it."""


class ModelResponse(Response):
    media_type = "application/json"

    def render(self, content: Any) -> bytes:
        assert isinstance(content, BaseModel), "ModelResponse sends a pydantic model"
        return content.model_dump_json(serialize_as_any=True).encode()


class RowsResponse(Response):
    media_type = "application/json"

    def render(self, content: Any) -> bytes:
        return PLAIN.dump_json(content)
