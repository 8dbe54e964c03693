"""``/timeline``: claims and events on a time axis, one row per speaker.

The page comes with its first screen of items (``FIRST_SCREEN``); its script then asks
``/timeline/counts`` for the counts and the date brush's histogram (a pass over every
matching claim, kept off the first screen's path) and ``/timeline/items`` for the next
screens as the reader zooms or pans. Items are turned into vis-timeline items here, in
Python, so the browser script only draws:
a claim goes in its speaker's row, an event in the row of its participants; a date is
drawn as wide as its precision (a month-precise claim spans the month). A claim the text
does not date is placed on the day its document was reported (``dated_by=reported``) and
drawn apart (class ``reported``, labelled "undated · reported ..."); what has no date at
all is listed beside the axis. Each claim's card names its mode (said, asked, denied) and a
claim of low confidence is drawn faded.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Request
from fastapi.encoders import jsonable_encoder
from fastapi.responses import HTMLResponse, JSONResponse
from markupsafe import escape

from api.dependencies import StoreDep
from api.pages.formatting import MONTHS as MONTH_NAMES
from api.pages.formatting import date_label, is_low_confidence, mode_label
from api.pages.listing import shown_as_page, url_with
from api.pages.templating import render
from api.pages.twin import json_twin_url
from api.paging import Cursor, PageRequest
from api.query_parameters import IsoDate
from graph.claims import ClaimFilters, claim_query_params
from graph.events import EventFilters, event_query_params
from graph.facets import read_claim_groups, read_event_groups, sum_by
from graph.store import Store
from graph.timeline import TimelineFilters, read_timeline

router = APIRouter()

SCREEN = 300
"""Items per screen the script adds as the reader moves (and the actor page draws). 500 made
the page of a busy actor 720 KB on the 1,000-article corpus, over the 500 KB budget."""
FIRST_SCREEN = 100
"""Items drawn with the timeline page: each one costs the query and the browser's first
drawing; the next screens follow at once when the reader zooms, pans or asks."""
MAX_ITEMS = 10_000
"""Items the script loads at most; past it, the page asks for narrower filters."""
LABEL_LENGTH = 60
UNKNOWN_SPEAKER = "Unattributed"
EVENT_ROW_PREFIX = "Events · "


def timeline_filters(
    actor: str | None = None,
    topic: str | None = None,
    since: IsoDate | None = None,
    until: IsoDate | None = None,
) -> TimelineFilters:
    """The page's filters (its query parameters); a claim the text does not date is placed
    on the day it was reported (drawn apart), so the axis holds what the graph can place."""
    return TimelineFilters(actor=actor, topic=topic, since=since, until=until, dated_by="reported")


FiltersDep = Annotated[TimelineFilters, Depends(timeline_filters)]


@router.get("/timeline", response_class=HTMLResponse)
def timeline_page(request: Request, store: StoreDep, filters: FiltersDep) -> HTMLResponse:
    with shown_as_page():
        items, next_cursor = load_timeline(store, filters, None, FIRST_SCREEN)
    view = build_timeline_view(items)
    context = {
        "title": "Timeline",
        "filters": filters,
        "placeholders": placeholders_of(view),
        "json_url": json_twin_url(request, "/v1/timeline"),
        "counts_url": "/timeline/counts?" + urlencode(page_params(request)),
        "whole_url": url_with(request, since=None, until=None),
        "next_url": items_url(request, next_cursor),
        "max_items": MAX_ITEMS,
        **view,
    }
    return render(request, "timeline.html", context)


@router.get("/timeline/counts")
def timeline_counts(store: StoreDep, filters: FiltersDep) -> JSONResponse:
    """The timeline page's counts and date brush, asked for by its script once the first
    screen is drawn."""
    with shown_as_page():
        counts = count_timeline(store, filters)
    return JSONResponse(jsonable_encoder(counts))


@router.get("/timeline/items")
def timeline_items(
    request: Request, store: StoreDep, filters: FiltersDep, cursor: str
) -> JSONResponse:
    """The next items of a timeline page, drawn as the page draws its first ones: the
    page's script loads them on zoom or pan, or when asked, until ``MAX_ITEMS``."""
    with shown_as_page():
        items, next_cursor = load_timeline(store, filters, cursor, SCREEN)
    view = build_timeline_view(items)
    return JSONResponse({**view, "next_url": items_url(request, next_cursor)})


def load_timeline(
    store: Store, filters: TimelineFilters, cursor: str | None, size: int
) -> tuple[list[dict[str, Any]], str | None]:
    """One screen of claims and events matching ``filters`` (``size`` items), as JSON
    values, and the cursor of the next screen."""
    page = PageRequest(size, Cursor.decode(cursor) if cursor else None)
    rows = read_timeline(store, filters, page.query_params())
    items, next_cursor = page.split(rows, lambda item: (item.date, item.id))
    return [item.model_dump(mode="json") for item in items], next_cursor


def items_url(request: Request, next_cursor: str | None) -> str | None:
    """Where the page's script asks for the next screen; None when this was the last."""
    if next_cursor is None:
        return None
    return "/timeline/items?" + urlencode({**page_params(request), "cursor": next_cursor})


def page_params(request: Request) -> dict[str, str]:
    """The page's filters as given, for the script's requests (``cursor`` is the script's)."""
    return {key: value for key, value in request.query_params.items() if key != "cursor"}


def count_timeline(store: Store, filters: TimelineFilters) -> dict[str, Any]:
    """How many claims and events the whole timeline holds: dated by the text, placed on
    the day they were reported, and with no date at all; and the date brush's histogram."""
    claims = ClaimFilters(
        None, filters.actor, filters.topic, None, filters.since, filters.until, dated_by="reported"
    )
    events = EventFilters(None, filters.actor, filters.topic, filters.since, filters.until)
    groups = [
        *read_claim_groups(store, claim_query_params(store, claims)),
        *read_event_groups(store, event_query_params(store, events)),
    ]
    counts = {count.value: count.count for count in sum_by(groups, "dating", "dated")}
    dated, reported, undated = (counts.get(value, 0) for value in ("yes", "reported", "no"))
    return {
        "dated": dated,
        "reported": reported,
        "undated": undated,
        "total": dated + reported + undated,
        "bins": histogram_of(groups),
    }


def histogram_of(groups: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Items per year, first to last, empty years included so the brush's scale is even;
    items per month when they all fall in one year. Each bin: label, start, end, count."""
    placed = [group for group in groups if group["year"] is not None]
    if not placed:
        return []
    first, last = min(g["year"] for g in placed), max(g["year"] for g in placed)
    counts: dict[tuple[int, int], int] = {}
    by_month = first == last
    for group in placed:
        key = (group["year"], group["month"] if by_month else 1)
        counts[key] = counts.get(key, 0) + group["count"]
    if by_month:
        starts = [date(first, month, 1) for month in range(1, 13)]
        ends = [*starts[1:], date(first + 1, 1, 1)]
        labels = [f"{MONTH_NAMES[start.month - 1]} {first}" for start in starts]
    else:
        starts = [date(year, 1, 1) for year in range(first, last + 1)]
        ends = [date(year + 1, 1, 1) for year in range(first, last + 1)]
        labels = [str(start.year) for start in starts]
    return [
        {
            "label": label,
            "start": start,
            "end": end,
            "count": counts.get((start.year, start.month), 0),
        }
        for label, start, end in zip(labels, starts, ends, strict=True)
    ]


def placeholders_of(view: dict[str, Any]) -> dict[str, str]:
    """Examples for the filter boxes taken from what the timeline shows, not made up."""
    speakers = [item["speaker"]["id"] for item in view["items"] if item.get("speaker")]
    topics = [topic["id"] for item in view["items"] for topic in item.get("topics") or []]
    return {"actor": speakers[0] if speakers else "", "topic": topics[0] if topics else ""}


def build_timeline_view(items: list[dict[str, Any]]) -> dict[str, Any]:
    """vis-timeline groups and items for the dated, a plain list for the undated."""
    groups: dict[str, dict[str, Any]] = {}
    dated: list[dict[str, Any]] = []
    undated: list[dict[str, Any]] = []
    for item in items:
        card = item_card(item)
        if item.get("undated") or not item.get("date"):
            undated.append(card)
            continue
        group = row_of(item)
        groups.setdefault(group["id"], group)
        # vis-timeline puts `content` in the DOM as HTML: give it the label escaped.
        content = str(escape(card["label"]))
        tooltip = str(escape(f"{card['date_label']} · {card['label']}"))
        dated.append(
            {**span_of(item), **card, "group": group["id"], "content": content, "title": tooltip}
        )
    ordered = sorted(groups.values(), key=lambda group: group["order"])
    rows = [{**group, "order": number} for number, group in enumerate(ordered)]
    reported = sum("reported" in item["className"].split() for item in dated)
    return {"groups": rows, "items": dated, "undated": undated, "reported": reported}


def item_card(item: dict[str, Any]) -> dict[str, Any]:
    """What the page shows of one item: its label, the card's fields, its passage link."""
    kind = item["kind"]
    speaker = item.get("speaker")
    text = item.get("quote") or item.get("text") or item.get("title") or ""
    who = speaker["name"] if speaker else None
    evidence = item.get("evidence") or {}
    reported = item.get("placed_by") == "reported_on"
    label = date_label(item.get("date"), item.get("precision"))
    faded = kind == "claim" and is_low_confidence(item.get("confidence"))
    classes = [kind] + (["reported"] if reported else []) + (["low-confidence"] if faded else [])
    return {
        "id": item["id"],
        "kind": kind,
        "className": " ".join(classes),
        "faded": faded,
        "label": shorten(f"{who}: {text}" if who else text),
        "speaker": speaker,
        "participants": [participant_of(p) for p in item.get("participants") or []],
        "text": text,
        "is_quote": bool(item.get("quote")),
        "verb": mode_label(item.get("mode"), item.get("verb")) if kind == "claim" else None,
        "confidence": item.get("confidence"),
        "date_label": f"undated · reported {label}" if reported else label,
        "precision": None if reported else item.get("precision"),
        "date_text": item.get("date_text"),
        "topics": item.get("topics") or [],
        "link": passage_link(item["id"], kind, evidence),
    }


def row_of(item: dict[str, Any]) -> dict[str, Any]:
    """The row an item sits in: its speaker's, or for an event its participants'.

    vis-timeline puts a row's ``content`` in the DOM as HTML (its filter keeps ``<img>``
    and links), so the label goes in escaped: a name is text.
    """
    if item["kind"] == "claim":
        speaker = item.get("speaker")
        if not speaker:
            return {"id": "speaker:none", "content": UNKNOWN_SPEAKER, "order": (1, "")}
        name = speaker["name"]
        return {"id": speaker["id"], "content": str(escape(name)), "order": (0, name)}
    names = sorted(participant_of(p)["name"] for p in item.get("participants") or [])
    label = EVENT_ROW_PREFIX + (", ".join(names) or "no named participant")
    row_id = "event-row:" + "|".join(names)
    return {"id": row_id, "content": str(escape(label)), "order": (2, label)}


def span_of(item: dict[str, Any]) -> dict[str, Any]:
    """Where the item sits on the axis: a point for a day, a bar over a week, month or year."""
    day = date.fromisoformat(str(item["date"])[:10])
    precision = item.get("precision") or "day"
    if precision == "year":
        start, end = day.replace(month=1, day=1), date(day.year + 1, 1, 1)
    elif precision == "month":
        start = day.replace(day=1)
        end = date(day.year + day.month // 12, day.month % 12 + 1, 1)
    elif precision == "week":
        start, end = day, day + timedelta(days=7)
    else:
        return {"start": day.isoformat(), "type": "box"}
    return {"start": start.isoformat(), "end": end.isoformat(), "type": "range"}


def participant_of(participant: dict[str, Any] | str) -> dict[str, Any]:
    """Participants come as actor objects; a bare id or name is shown as given."""
    if isinstance(participant, dict):
        return participant
    return {"id": participant, "name": participant}


def passage_link(item_id: str, kind: str, evidence: dict[str, Any]) -> str | None:
    """A claim has its own page; an event links to its passage in the document."""
    if kind == "claim":
        return f"/claims/{item_id}"
    if not evidence.get("document_id"):
        return None
    span = urlencode({"start": evidence["start"], "end": evidence["end"]})
    return f"/documents/{evidence['document_id']}?{span}"


def shorten(text: str) -> str:
    return text if len(text) <= LABEL_LENGTH else text[: LABEL_LENGTH - 1].rstrip() + "…"
