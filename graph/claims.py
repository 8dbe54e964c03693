"""Reading claims: who said what, when, with the passage that supports each one.

Filters name actors and topics the way people do (an id, a name or an alias, in any case);
they are resolved to one id each before the claims query runs, so an unknown name is a
``NotFound`` that names the parameter instead of a silently empty page.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from pydantic import BaseModel

from graph.actors import actor_resolution
from graph.errors import InvalidInput, NotFound
from graph.model import Mode, Precision
from graph.store import Reads, Store
from graph.topics import topic_resolution

DatedBy = Literal["said", "reported"]
PlacedBy = Literal["said_on", "reported_on"]
Dating = Literal["yes", "reported", "no"]
"""How a claim is dated: ``yes`` the text says when it was said; ``reported`` it does not,
but its document's publication day is known; ``no`` neither is known."""
ConfidenceBand = Literal["high", "medium", "low"]
ClaimSort = Literal["date", "-date"]
"""Oldest first (the default) or newest first; undated claims come last either way."""

LOW_CONFIDENCE = 0.6
"""Below this a claim is of low confidence (pages draw it faded)."""
HIGH_CONFIDENCE = 0.8
CONFIDENCE_BANDS: dict[str, tuple[float | None, float | None]] = {
    "high": (HIGH_CONFIDENCE, None),
    "medium": (LOW_CONFIDENCE, HIGH_CONFIDENCE),
    "low": (None, LOW_CONFIDENCE),
}
"""Each band's confidence range: at least the first bound, below the second."""


class ActorRef(BaseModel):
    id: str
    name: str


class Speaker(ActorRef):
    kind: str | None = None


class TopicRef(BaseModel):
    id: str
    name: str


class Evidence(BaseModel):
    """The passage an item was read from: ``text == document.text[start:end]``."""

    document_id: str
    passage_id: str
    start: int
    end: int
    text: str


class ClaimItem(BaseModel):
    id: str
    text: str
    quote: str | None = None
    verb: str | None = None
    mode: Mode | None = None
    confidence: float | None = None
    said_on: date | None = None
    said_on_precision: Precision | None = None
    date_text: str | None = None
    reported_on: date | None = None
    placed_by: PlacedBy | None = None
    speaker: Speaker | None = None
    topics: list[TopicRef]
    mentions: list[ActorRef]
    evidence: Evidence

    @property
    def placed_on(self) -> date | None:
        """The date a list placed the claim on: ``said_on``, else ``reported_on`` when the
        list was asked to date claims by when they were reported."""
        return self.reported_on if self.placed_by == "reported_on" else self.said_on


class ClaimReport(BaseModel):
    """Another document's claim of the same statement, or one that contests it."""

    id: str
    text: str
    mode: Mode | None = None
    said_on: date | None = None
    said_on_precision: Precision | None = None
    reported_on: date | None = None
    document_title: str | None = None
    evidence: Evidence


class ClaimDetail(ClaimItem):
    reported_by: int
    """How many documents report the statement: this claim's and those of ``reports``."""
    reports: list[ClaimReport]
    """The same statement as other documents report it (graph/statements.py), earliest first."""
    contested_by: list[ClaimReport]
    """Claims that contest it: the statement said by one document and denied by another."""


@dataclass(frozen=True)
class ClaimFilters:
    """Filters as given; None means "any"."""

    document: str | None = None
    speaker: str | None = None
    topic: str | None = None
    mentions: str | None = None
    since: date | None = None
    until: date | None = None
    q: str | None = None
    dated_by: DatedBy = "said"
    min_confidence: float | None = None
    mode: Mode | None = None
    confidence: ConfidenceBand | None = None
    dated: Dating | None = None


def list_claims(
    store: Store, filters: ClaimFilters, page: Mapping[str, Any], sort: ClaimSort = "date"
) -> list[ClaimItem]:
    """Claims in (said_on, id) order, undated last; ``page`` holds ``limit`` and the cursor.

    With ``dated_by="reported"`` a claim without ``said_on`` is placed (ordered and
    filtered) by its ``reported_on``, and ``placed_by`` says so.
    """
    return read_claims(store, claim_query_params(store, filters), page, sort)


def claim_query_params(store: Store, filters: ClaimFilters) -> dict[str, Any]:
    """``filters`` as the claim queries take them: names resolved to ids (a ``NotFound``
    naming the parameter), the confidence band as bounds. Resolved once per request, for
    the list and its counts alike."""
    check_date_range(filters.since, filters.until)
    low, high = CONFIDENCE_BANDS[filters.confidence] if filters.confidence else (None, None)
    if filters.min_confidence is not None:
        low = max(low or 0.0, filters.min_confidence)
    return {
        "document_id": filters.document,
        "speaker_id": resolve_actor_filter(store, filters.speaker, "speaker"),
        "topic_id": resolve_topic_filter(store, filters.topic, "topic"),
        "mention_id": resolve_actor_filter(store, filters.mentions, "mentions"),
        "by_reported": filters.dated_by == "reported",
        "since": filters.since,
        "until": filters.until,
        "q": filters.q or None,
        "min_confidence": low,
        "max_confidence": high,
        "mode": filters.mode,
        "dated": filters.dated,
    }


def read_claims(
    store: Store, params: Mapping[str, Any], page: Mapping[str, Any], sort: ClaimSort = "date"
) -> list[ClaimItem]:
    """``list_claims`` for filters already resolved by ``claim_query_params``."""
    name, common = starting_point("list_claims", {**params, **page, "descending": sort == "-date"})
    return [ClaimItem.model_validate(row["claim"]) for row in store.read(name, **common)]


def starting_point(query: str, params: Mapping[str, Any]) -> tuple[str, dict[str, Any]]:
    """The claim query to run for ``params`` (from ``claim_query_params``), and its parameters.

    Each claims query comes in three: ``<query>_of_speaker`` starts from the speaker's SAID
    edges, ``<query>_of_topic`` (no speaker filter) from the topic's ABOUT edges, and
    ``<query>`` alone looks at every claim, so a speaker's or topic's claims are not found
    by a scan.
    """
    if params["speaker_id"] is not None:
        return f"{query}_of_speaker", dict(params)
    if params["topic_id"] is not None:
        return f"{query}_of_topic", {k: v for k, v in params.items() if k != "speaker_id"}
    return query, dict(params)


def get_claim(store: Store, claim_id: str) -> ClaimDetail:
    """The claim with every other report of its statement and the claims contesting it."""
    rows = store.read("claim_by_id", claim_id=claim_id)
    if not rows:
        raise NotFound(f"no claim with id {claim_id!r} (ids look like 'claim:…'; see /v1/claims)")
    claim = ClaimItem.model_validate(rows[0]["claim"])
    others = store.read("claim_alternatives", claim_id=claim_id)[0]
    reports = sorted_reports(others["reports"])
    documents = {claim.evidence.document_id} | {report.evidence.document_id for report in reports}
    return ClaimDetail(
        **claim.model_dump(),
        reported_by=len(documents),
        reports=reports,
        contested_by=sorted_reports(others["contests"]),
    )


def sorted_reports(rows: list[dict[str, Any]]) -> list[ClaimReport]:
    """Earliest said first, then earliest reported, undated last."""
    reports = [ClaimReport.model_validate(row) for row in rows]
    return sorted(
        reports,
        key=lambda r: (r.said_on is None, r.said_on or date.max, r.reported_on or date.max, r.id),
    )


def resolve_actor_filter(store: Store, value: str | None, parameter: str) -> str | None:
    """The id of the actor a filter names (id, name or alias, any case); None passes through."""
    return store.run(filter_resolution(actor_resolution, value, parameter))


def resolve_topic_filter(store: Store, value: str | None, parameter: str) -> str | None:
    """The id of the topic a filter names (id, name or alias, any case); None passes through."""
    return store.run(filter_resolution(topic_resolution, value, parameter))


def filter_resolution(
    resolution: Callable[[str], Reads[str]], value: str | None, parameter: str
) -> Reads[str | None]:
    """The reads of a ``resolution`` of a filter's value; a ``NotFound`` names the parameter."""
    if not value:
        return None
    try:
        return (yield from resolution(value))
    except NotFound as error:
        raise NotFound(f"{parameter}: {error}") from None


def check_date_range(since: date | None, until: date | None) -> None:
    """An inverted range is a mistake worth naming, not a reason to answer with nothing."""
    if since and until and since > until:
        raise InvalidInput(
            f"since: {since.isoformat()} is after until ({until.isoformat()}); swap them"
        )
