"""graph/row_shapes.py: a row checked against a model's row type is refused for what the model
refuses and writes the model's JSON, byte for byte."""

from __future__ import annotations

import datetime
from typing import Annotated, Literal

import pydantic_core
import pytest
from pydantic import BaseModel, Field, TypeAdapter, ValidationError, field_validator

from graph.row_shapes import row_type
from graph.timeline import ITEM_ROWS, ITEMS


class Part(BaseModel):
    label: str
    weight: int = 1


class Whole(BaseModel):
    name: str
    when: datetime.date | None = None
    grade: Literal["low", "high"] | None = None
    share: Annotated[float, Field(ge=0, le=1)] = 0.5
    main: Part | None = None
    parts: list[Part]


WHOLE_ROWS = TypeAdapter(list[row_type(Whole)])
ROWS = [
    # keys in another order than the model's, nested parts, a defaulted field left out
    {"parts": [{"weight": 3, "label": "b"}, {"label": "a"}], "name": "x", "when": "2020-02-29"},
    {"name": "y", "main": {"label": "m"}, "parts": [], "grade": "high", "share": 1, "extra": 9},
    {"name": "z", "main": None, "parts": [], "when": None},
]


def test_a_row_writes_the_json_its_model_writes() -> None:
    as_models = TypeAdapter(list[Whole]).validate_python(ROWS)
    model_json = pydantic_core.to_json(as_models)
    assert pydantic_core.to_json(WHOLE_ROWS.validate_python(ROWS)) == model_json


@pytest.mark.parametrize(
    ("row", "field"),
    [
        ({"name": "x", "parts": [], "when": "2020-02-30"}, "when"),
        ({"name": "x", "parts": [], "grade": "middling"}, "grade"),
        ({"name": "x", "parts": [], "share": 1.5}, "share"),
        ({"name": "x", "parts": [{"weight": 2}]}, "label"),
        ({"parts": []}, "name"),
    ],
)
def test_a_row_is_refused_where_its_model_refuses_it_naming_the_field(
    row: dict, field: str
) -> None:
    with pytest.raises(ValidationError) as model_error:
        Whole.model_validate(row)
    with pytest.raises(ValidationError) as row_error:
        WHOLE_ROWS.validate_python([row])
    assert field in str(model_error.value)
    assert field in str(row_error.value)


def test_a_model_with_code_of_its_own_has_no_row_type() -> None:
    class Checked(BaseModel):
        name: str

        @field_validator("name")
        @classmethod
        def stripped(cls, value: str) -> str:
            return value.strip()

    with pytest.raises(TypeError, match="field_validators"):
        row_type(Checked)


def test_timeline_items_as_rows_write_the_items_json() -> None:
    evidence = {"document_id": "d", "passage_id": "p", "start": 0, "end": 4, "text": "said"}
    items = [
        {"kind": "claim", "id": "c", "text": "t", "undated": False, "date": "2021-01-02",
         "said_on": "2021-01-02", "confidence": 0.7, "speaker": {"id": "a", "name": "A"},
         "topics": [{"id": "t", "name": "T"}], "mentions": [], "evidence": evidence},
        {"kind": "event", "id": "e", "title": "met", "undated": True, "participants": [],
         "topics": [], "evidence": evidence},
    ]  # fmt: skip
    assert pydantic_core.to_json(ITEM_ROWS.validate_python(items)) == pydantic_core.to_json(
        ITEMS.validate_python(items)
    )
