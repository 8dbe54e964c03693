"""Cursor paging that stays stable under concurrent writes.

A cursor is the sort key of the last item served (its date, or null, and its id), encoded
as URL-safe base64 JSON; the next page asks for items strictly after it. Queries order by
(date, id) with undated items last, so a cursor names a position, not an offset.
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass
from datetime import date
from typing import Any

from graph.errors import InvalidInput


@dataclass(frozen=True)
class Cursor:
    """Position after the last item served: its sort date (None for undated) and id."""

    sort_date: date | None
    item_id: str

    def encode(self) -> str:
        payload = json.dumps(
            [self.sort_date.isoformat() if self.sort_date else None, self.item_id]
        ).encode()
        return base64.urlsafe_b64encode(payload).decode().rstrip("=")

    @classmethod
    def decode(cls, text: str) -> Cursor:
        try:
            padded = text + "=" * (-len(text) % 4)
            sort_date, item_id = json.loads(base64.urlsafe_b64decode(padded))
            return cls(date.fromisoformat(sort_date) if sort_date else None, str(item_id))
        except (ValueError, TypeError, binascii.Error, json.JSONDecodeError):
            raise InvalidInput(
                f"cursor: {text!r} is not a cursor this server gave out "
                "(pass the next_cursor of the previous page unchanged)"
            ) from None

    def as_params(self) -> dict[str, Any]:
        """Query parameters for ``... WHERE (sort, id) > cursor`` in the named queries."""
        return {
            "after_dated": self.sort_date is not None,
            "after_date": self.sort_date,
            "after_id": self.item_id,
        }


NO_CURSOR: dict[str, Any] = {"after_dated": None, "after_date": None, "after_id": None}
