"""Query-string rules every endpoint shares: an empty value is no value, and a date is a date.

A form left blank sends ``?cursor=&document=``; an empty optional parameter means the
caller gave none, so ``DropEmptyQueryParameters`` takes such pairs out of the query string
before routing (an empty ``cursor`` was a 422, an empty ``document`` matched nothing).
``IsoDate`` takes ``YYYY-MM-DD`` only: pydantic on its own reads ``until=0`` as a Unix
time, 1970-01-01.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated

from pydantic import BeforeValidator
from starlette.types import ASGIApp, Receive, Scope, Send

ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


class DropEmptyQueryParameters:
    """ASGI middleware: ``?a=&b=1`` reaches the routes as ``?b=1``."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope.get("query_string"):
            pairs = scope["query_string"].split(b"&")
            kept = [pair for pair in pairs if pair.partition(b"=")[2]]
            if len(kept) != len(pairs):
                scope = {**scope, "query_string": b"&".join(kept)}
        await self.app(scope, receive, send)


def require_iso_date(value: object) -> object:
    """Let only a ``YYYY-MM-DD`` text (or a date) through to pydantic's date parsing."""
    if isinstance(value, date) or (isinstance(value, str) and ISO_DATE.fullmatch(value)):
        return value
    raise ValueError(f"{value!r} is not a date (expected YYYY-MM-DD)")


IsoDate = Annotated[date, BeforeValidator(require_iso_date)]
