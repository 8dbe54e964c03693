"""``/timeline``: claims and events on a time axis, one row per speaker.

The page asks ``/v1/timeline`` for every item (following ``next_cursor`` up to a cap) and
turns them into vis-timeline items here, in Python, so the browser script only draws:
a claim goes in its speaker's row, an event in the row of its participants; a date is
drawn as wide as its precision (a month-precise claim spans the month). A claim the text
does not date is placed on the day its document was reported (``dated_by=reported``) and
drawn apart (class ``reported``, labelled "undated · reported ..."); what has no date at
all is listed beside the axis. Each claim's card names its mode (said, asked, denied) and a
claim of low confidence is drawn faded.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse
from markupsafe import escape

from api.pages.formatting import date_label, is_low_confidence, mode_label
from api.pages.templating import render
from api.pages.twin import follow_cursor, json_twin_url

router = APIRouter()

MAX_ITEMS = 2_000
PAGE_SIZE = 200
LABEL_LENGTH = 60
UNKNOWN_SPEAKER = "Unattributed"
EVENT_ROW_PREFIX = "Events · "


@router.get("/timeline", response_class=HTMLResponse)
async def timeline_page(
    request: Request,
    actor: str | None = None,
    topic: str | None = None,
    since: str | None = None,
    until: str | None = None,
) -> HTMLResponse:
    filters = {"actor": actor, "topic": topic, "since": since, "until": until}
    items, truncated = await load_timeline(request, filters)
    view = build_timeline_view(items)
    context = {
        "title": "Timeline",
        "filters": filters,
        "json_url": json_twin_url(request, "/v1/timeline"),
        "truncated": truncated,
        "max_items": MAX_ITEMS,
        **view,
    }
    return render(request, "timeline.html", context)


async def load_timeline(
    request: Request, filters: dict[str, str | None]
) -> tuple[list[dict[str, Any]], bool]:
    """Claims and events matching ``filters``, up to ``MAX_ITEMS``."""
    params = {**filters, "kinds": "claim,event", "dated_by": "reported", "limit": PAGE_SIZE}
    return await follow_cursor(request, "/v1/timeline", params, max_items=MAX_ITEMS)


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
        dated.append({**span_of(item), **card, "group": group["id"], "content": content})
    ordered = sorted(groups.values(), key=lambda group: group["order"])
    rows = [{**group, "order": number} for number, group in enumerate(ordered)]
    reported = sum(item["className"].endswith(" reported") for item in dated)
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
