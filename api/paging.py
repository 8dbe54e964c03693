"""Cursor paging that stays stable under concurrent writes.

A cursor is the sort key of the last item served (its date, or null, and its id; or a count
and an id for lists sorted by a count), encoded as URL-safe base64 JSON; the next page asks
for items strictly after it. Queries order by (date, id) with undated items last, so a
cursor names a position, not an offset.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any, Generic, TypeVar

from fastapi import Depends, Query
from pydantic import BaseModel

from api.dependencies import get_settings
from graph.errors import InvalidInput
from graph.settings import Settings

T = TypeVar("T")
ItemT = TypeVar("ItemT")


class Page(BaseModel, Generic[ItemT]):
    """The one envelope of every list endpoint: a page of items, and the cursor of the next
    page (null on the last)."""

    items: list[ItemT]
    next_cursor: str | None


@dataclass(frozen=True)
class Cursor:
    """Position after the last item served: its sort key (a date, None for undated, or a
    count) and id."""

    sort_key: date | int | None
    item_id: str

    def encode(self) -> str:
        key = self.sort_key.isoformat() if isinstance(self.sort_key, date) else self.sort_key
        payload = json.dumps([key, self.item_id]).encode()
        return base64.urlsafe_b64encode(payload).decode().rstrip("=")

    @classmethod
    def decode(cls, text: str) -> Cursor:
        try:
            padded = text + "=" * (-len(text) % 4)
            key, item_id = json.loads(base64.urlsafe_b64decode(padded))
            if isinstance(key, str):
                key = date.fromisoformat(key)
            elif key is not None and not isinstance(key, int):
                raise TypeError(key)
            return cls(key, str(item_id))
        except (ValueError, TypeError, binascii.Error, json.JSONDecodeError):
            raise InvalidInput(
                f"cursor: {text!r} is not a cursor this server gave out "
                "(pass the next_cursor of the previous page unchanged)"
            ) from None

    def as_params(self) -> dict[str, Any]:
        """Query parameters for ``... WHERE (sort, id) > cursor`` in the named queries."""
        dated = isinstance(self.sort_key, date)
        return {
            "after_dated": dated,
            "after_date": self.sort_key if dated else None,
            "after_id": self.item_id,
        }

    @property
    def count(self) -> int | None:
        """The sort key of a list sorted by a count (claims said, claims about)."""
        return self.sort_key if isinstance(self.sort_key, int) else None


NO_CURSOR: dict[str, Any] = {"after_dated": None, "after_date": None, "after_id": None}


@dataclass(frozen=True)
class PageRequest:
    """``?limit=&cursor=`` checked: what a list endpoint asks the graph for."""

    limit: int
    after: Cursor | None = None

    def query_params(self) -> dict[str, Any]:
        """``$limit`` is one more than the page, so a full page knows whether more follow."""
        return {"limit": self.limit + 1, **(self.after.as_params() if self.after else NO_CURSOR)}

    def count_query_params(self) -> dict[str, Any]:
        """The same for a list sorted by a count, then id: ``$after_claims``, ``$after_id``."""
        return {
            "limit": self.limit + 1,
            "after_claims": self.after.count if self.after else None,
            "after_id": self.after.item_id if self.after else None,
        }

    def split(
        self, rows: list[T], position: Callable[[T], tuple[date | int | None, str]]
    ) -> tuple[list[T], str | None]:
        """The page's items and the cursor after the last one (None on the last page)."""
        items = rows[: self.limit]
        more = len(rows) > self.limit
        return items, Cursor(*position(items[-1])).encode() if more else None


async def get_page_request(
    limit: int = Query(
        50, ge=1, description="items per page, at most the server's page size cap (500 by default)"
    ),
    cursor: str | None = Query(
        None, description="the `next_cursor` of the previous page, to read the next one"
    ),
    settings: Settings = Depends(get_settings),
) -> PageRequest:
    """FastAPI dependency for paged list endpoints (``async``: it does no I/O)."""
    check_limit(limit, settings)
    return PageRequest(limit, Cursor.decode(cursor) if cursor is not None else None)


def check_limit(limit: int, settings: Settings) -> int:
    """The one limit rule: above the server's page size cap is a 422, never silently less."""
    if limit > settings.page_size_cap:
        raise InvalidInput(
            f"limit: {limit} is more than this server's page size cap of "
            f"{settings.page_size_cap} (ask for fewer and follow next_cursor)"
        )
    return limit
