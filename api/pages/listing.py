"""One page type for every browse list: a table, the facets that narrow it, its twins.

A ``Listing`` is computed once, by the graph functions behind the list's JSON endpoint and
with the same parameters (the page's query string is the endpoint's), and then drawn as
HTML or written as CSV. So the "JSON" and "CSV" links answer exactly the rows the page
shows, and a facet's count is the number of rows the list holds once it is chosen.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

from fastapi import Request
from fastapi.responses import HTMLResponse, Response

from api.pages.templating import render
from api.pages.twin import PageError
from api.paging import Cursor, PageRequest, check_limit
from graph.errors import InvalidInput, SaidwhenError
from graph.facets import FacetCount
from graph.settings import Settings

DEFAULT_LIMIT = 50
"""The JSON endpoints' default page size: a page and its JSON twin agree without ``limit``."""
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class Link:
    """The text of a table cell, and where it leads (None: plain text)."""

    text: str
    url: str | None = None


@dataclass(frozen=True)
class Column:
    heading: str
    cells: Callable[[Any], list[Link]]
    """The links (or texts) of one row's cell: a speaker, or every topic of a claim."""


@dataclass(frozen=True)
class FacetChoice:
    label: str
    count: int
    url: str
    selected: bool


@dataclass(frozen=True)
class FacetBlock:
    title: str
    parameter: str
    choices: list[FacetChoice]
    clear_url: str | None
    """Where "any" leads, when a value of this facet is chosen."""


@dataclass(frozen=True)
class SortChoice:
    label: str
    url: str
    selected: bool


@dataclass(frozen=True)
class Listing:
    title: str
    path: str
    """The page's path; its JSON twin is ``/v1`` + path, its CSV ``path.csv``."""
    rows: list[Any]
    columns: list[Column]
    total: int
    next_cursor: str | None
    facets: list[FacetBlock] = field(default_factory=list)
    sorts: list[SortChoice] = field(default_factory=list)
    summary: str | None = None

    @property
    def noun(self) -> str:
        return self.title.lower()

    @property
    def json_path(self) -> str:
        return "/v1" + self.path

    @property
    def csv_path(self) -> str:
        return self.path + ".csv"


@contextmanager
def shown_as_page() -> Iterator[None]:
    """A domain error while computing a page becomes the HTML error page, with its status."""
    try:
        yield
    except SaidwhenError as error:
        raise PageError(error.status, error.title, str(error)) from None


def checked_page(limit: int, cursor: str | None, settings: Settings) -> PageRequest:
    """``limit`` and ``cursor`` checked as the JSON endpoints check them."""
    if limit < 1:
        raise InvalidInput(f"limit: {limit} is not a page size (ask for 1 or more)")
    check_limit(limit, settings)
    return PageRequest(limit, Cursor.decode(cursor) if cursor is not None else None)


def url_with(request: Request, **changes: str | None) -> str:
    """This page's URL with ``changes`` applied (None removes a parameter) and no cursor or
    page number: a narrower or wider list starts again at its first page."""
    params = {
        key: value for key, value in request.query_params.items() if key not in ("cursor", "page")
    }
    for key, value in changes.items():
        if value is None:
            params.pop(key, None)
        else:
            params[key] = value
    query = urlencode(params)
    return f"{request.url.path}?{query}" if query else request.url.path


def facet_block(
    request: Request,
    title: str,
    parameter: str,
    counts: list[FacetCount],
    labels: dict[str, str] | None = None,
) -> FacetBlock:
    """A facet whose values each set ``parameter``; ``labels`` name values that are codes."""
    chosen = request.query_params.get(parameter)
    return FacetBlock(
        title,
        parameter,
        [
            FacetChoice(
                (labels or {}).get(count.value, count.label),
                count.count,
                url_with(request, **{parameter: count.value or ""}),
                selected=chosen is not None and chosen == count.value,
            )
            for count in counts
            if count.value is not None
        ],
        url_with(request, **{parameter: None}) if chosen else None,
    )


def year_block(request: Request, counts: list[FacetCount]) -> FacetBlock:
    """The date-range facet: each year sets ``since`` and ``until`` to its first and last day."""
    since, until = request.query_params.get("since"), request.query_params.get("until")
    choices = [
        FacetChoice(
            count.label,
            count.count,
            url_with(request, since=f"{count.value}-01-01", until=f"{count.value}-12-31"),
            selected=(since, until) == (f"{count.value}-01-01", f"{count.value}-12-31"),
        )
        for count in counts
    ]
    clear = url_with(request, since=None, until=None) if since or until else None
    return FacetBlock("Year", "year", choices, clear)


def sort_choices(request: Request, options: dict[str, str], chosen: str) -> list[SortChoice]:
    """Links that sort the list each way ``options`` names (value → label); the first is
    the default and leaves ``sort`` out of the URL."""
    default = next(iter(options))
    return [
        SortChoice(
            label,
            url_with(request, sort=None if value == default else value),
            selected=value == chosen,
        )
        for value, label in options.items()
    ]


def render_listing(request: Request, listing: Listing) -> HTMLResponse:
    query = request.url.query
    context = {
        "title": listing.title,
        "listing": listing,
        "json_url": f"{listing.json_path}?{query}" if query else listing.json_path,
        "csv_url": f"{listing.csv_path}?{query}" if query else listing.csv_path,
        "next_url": next_page_url(request, listing.next_cursor),
        "first_url": url_with(request) if "cursor" in request.query_params else None,
    }
    return render(request, "listing.html", context)


def next_page_url(request: Request, next_cursor: str | None) -> str | None:
    if next_cursor is None:
        return None
    params = {**request.query_params, "cursor": next_cursor}
    return f"{request.url.path}?{urlencode(params)}"


def listing_csv(listing: Listing) -> Response:
    """The rows of the page as CSV: an id column, then the table's columns."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["id", *(column.heading for column in listing.columns)])
    for row in listing.rows:
        cells = ["; ".join(link.text for link in column.cells(row)) for column in listing.columns]
        writer.writerow([neutralise(value) for value in (row.id, *cells)])
    filename = listing.csv_path.strip("/")
    return Response(
        buffer.getvalue(),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )


def neutralise(value: str) -> str:
    """A cell a spreadsheet will not run as a formula (OWASP's rule: a leading quote)."""
    return "'" + value if value.startswith(FORMULA_TRIGGERS) else value
