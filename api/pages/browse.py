"""``/actors``, ``/topics``, ``/documents``, ``/events``, ``/claims``: lists to browse and facet.

Each list is one dependency that computes a ``Listing`` from the graph functions behind
its ``/v1`` endpoint; the HTML route draws it and the ``.csv`` route writes it. The page
takes exactly its endpoint's parameters, so its query string is the JSON twin's.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, Response

from api.dependencies import get_settings, get_store
from api.pages.formatting import date_label, kind_label
from api.pages.listing import (
    DEFAULT_LIMIT,
    Column,
    Link,
    Listing,
    checked_page,
    facet_block,
    listing_csv,
    render_listing,
    shown_as_page,
)
from api.paging import Cursor
from api.routers.actors import Kind
from graph import actors
from graph.claims import ClaimFilters, ClaimItem, list_claims
from graph.documents import DocumentSummary, list_documents, read_document_titles
from graph.events import EventFilters, EventItem, list_events
from graph.facets import count_actor_kinds, count_claim_facets, count_event_facets
from graph.settings import Settings
from graph.stats import count_label
from graph.store import Store
from graph.topics import TopicSummary, list_topics

router = APIRouter()
StoreDep = Annotated[Store, Depends(get_store)]
SettingsDep = Annotated[Settings, Depends(get_settings)]


def actor_link(actor: object) -> Link:
    return Link(actor.name, f"/actors/{actor.id}")


def topic_links(item: ClaimItem | EventItem) -> list[Link]:
    return [Link(topic.name, "/claims?" + urlencode({"topic": topic.id})) for topic in item.topics]


def document_column(titles: dict[str, str | None]) -> Column:
    """The document each row was read from, by its title where it has one."""

    def cells(item: ClaimItem | EventItem) -> list[Link]:
        document_id = item.evidence.document_id
        return [Link(titles.get(document_id) or document_id, f"/documents/{document_id}")]

    return Column("Document", cells)


def titles_of(store: Store, items: list[ClaimItem] | list[EventItem]) -> dict[str, str | None]:
    return read_document_titles(store, sorted({item.evidence.document_id for item in items}))


def summary_of(dated: int, undated: int) -> str:
    return f"{dated:,} dated, {undated:,} undated"


CLAIM_COLUMNS = [
    Column("Said on", lambda c: [Link(date_label(c.said_on, c.said_on_precision))]),
    Column("Speaker", lambda c: [actor_link(c.speaker)] if c.speaker else [Link("unattributed")]),
    Column("Claim", lambda c: [Link(f"“{c.quote}”" if c.quote else c.text, f"/claims/{c.id}")]),
    Column("Topics", topic_links),
]


def claims_listing(
    request: Request,
    store: StoreDep,
    settings: SettingsDep,
    document: str | None = None,
    speaker: str | None = None,
    topic: str | None = None,
    mentions: str | None = None,
    since: date | None = None,
    until: date | None = None,
    q: str | None = None,
    limit: int = DEFAULT_LIMIT,
    cursor: str | None = None,
) -> Listing:
    filters = ClaimFilters(document, speaker, topic, mentions, since, until, q)
    with shown_as_page():
        page = checked_page(limit, cursor, settings)
        rows = list_claims(store, filters, page.query_params())
        facets = count_claim_facets(store, filters)
        items, next_cursor = page.split(rows, lambda claim: (claim.said_on, claim.id))
        titles = titles_of(store, items)
    return Listing(
        title="Claims",
        noun="claims",
        rows=items,
        columns=[*CLAIM_COLUMNS, document_column(titles)],
        facets=[
            facet_block(request, "Speaker", "speaker", facets.by_facet["speaker"]),
            facet_block(request, "Topic", "topic", facets.by_facet["topic"]),
            facet_block(request, "Document", "document", facets.by_facet["document"]),
        ],
        total=facets.total,
        summary=summary_of(facets.dated, facets.undated),
        next_cursor=next_cursor,
        json_path="/v1/claims",
        csv_path="/claims.csv",
    )


EVENT_COLUMNS = [
    Column("Date", lambda e: [Link(date_label(e.date, e.precision))]),
    Column(
        "Event",
        lambda e: [
            Link(
                e.title,
                f"/documents/{e.evidence.document_id}?"
                + urlencode({"start": e.evidence.start, "end": e.evidence.end}),
            )
        ],
    ),
    Column("Participants", lambda e: [actor_link(actor) for actor in e.participants]),
    Column("Topics", topic_links),
]


def events_listing(
    request: Request,
    store: StoreDep,
    settings: SettingsDep,
    document: str | None = None,
    actor: str | None = None,
    topic: str | None = None,
    since: date | None = None,
    until: date | None = None,
    limit: int = DEFAULT_LIMIT,
    cursor: str | None = None,
) -> Listing:
    filters = EventFilters(document, actor, topic, since, until)
    with shown_as_page():
        page = checked_page(limit, cursor, settings)
        rows = list_events(store, filters, page.query_params())
        facets = count_event_facets(store, filters)
        items, next_cursor = page.split(rows, lambda event: (event.date, event.id))
        titles = titles_of(store, items)
    return Listing(
        title="Events",
        noun="events",
        rows=items,
        columns=[*EVENT_COLUMNS, document_column(titles)],
        facets=[
            facet_block(request, "Participant", "actor", facets.by_facet["actor"]),
            facet_block(request, "Topic", "topic", facets.by_facet["topic"]),
            facet_block(request, "Document", "document", facets.by_facet["document"]),
        ],
        total=facets.total,
        summary=summary_of(facets.dated, facets.undated),
        next_cursor=next_cursor,
        json_path="/v1/events",
        csv_path="/events.csv",
    )


ACTOR_COLUMNS = [
    Column("Name", lambda a: [actor_link(a)]),
    Column("Kind", lambda a: [Link(kind_label(a.kind))]),
    Column(
        "Claims said", lambda a: [Link(str(a.claims), "/claims?" + urlencode({"speaker": a.id}))]
    ),
    Column("Also called", lambda a: [Link(alias) for alias in a.aliases if alias != a.name]),
]


def actors_listing(
    request: Request,
    store: StoreDep,
    settings: SettingsDep,
    q: str | None = None,
    kind: Kind | None = None,
    limit: int = DEFAULT_LIMIT,
    cursor: str | None = None,
) -> Listing:
    with shown_as_page():
        page = checked_page(limit, cursor, settings)
        after_id = page.after.item_id if page.after else None
        found = actors.list_actors(store, q, kind, page.limit, after_id)
        kinds = count_actor_kinds(store, q)
    next_cursor = Cursor(None, found.next_after_id).encode() if found.next_after_id else None
    return Listing(
        title="Actors",
        noun="actors",
        rows=found.actors,
        columns=ACTOR_COLUMNS,
        facets=[facet_block(request, "Kind", "kind", kinds)],
        total=sum(count.count for count in kinds if kind is None or count.value == kind),
        summary=None,
        next_cursor=next_cursor,
        json_path="/v1/actors",
        csv_path="/actors.csv",
    )


TOPIC_COLUMNS = [
    Column("Topic", lambda t: [Link(t.name, "/claims?" + urlencode({"topic": t.id}))]),
    Column("Claims about it", lambda t: [Link(str(t.claims))]),
    Column("Also called", lambda t: [Link(alias) for alias in t.aliases if alias != t.name]),
]


def topics_listing(
    store: StoreDep,
    settings: SettingsDep,
    limit: int = DEFAULT_LIMIT,
    cursor: str | None = None,
) -> Listing:
    with shown_as_page():
        page = checked_page(limit, cursor, settings)
        rows: list[TopicSummary] = list_topics(store, page.query_params())
        total = count_label(store, "count_topics")
    items, next_cursor = page.split(rows, lambda topic: (None, topic.id))
    return Listing(
        title="Topics",
        noun="topics",
        rows=items,
        columns=TOPIC_COLUMNS,
        facets=[],
        total=total,
        summary=None,
        next_cursor=next_cursor,
        json_path="/v1/topics",
        csv_path="/topics.csv",
    )


DOCUMENT_COLUMNS = [
    Column("Published", lambda d: [Link(date_label(d.published))]),
    Column("Title", lambda d: [Link(d.title or d.id, f"/documents/{d.id}")]),
    Column("Source", lambda d: [Link(d.source)] if d.source else []),
    Column("Author", lambda d: [Link(d.author)] if d.author else []),
]


def documents_listing(
    store: StoreDep,
    settings: SettingsDep,
    limit: int = DEFAULT_LIMIT,
    cursor: str | None = None,
) -> Listing:
    with shown_as_page():
        page = checked_page(limit, cursor, settings)
        rows: list[DocumentSummary] = list_documents(store, page.query_params())
        total = count_label(store, "count_documents")
    items, next_cursor = page.split(rows, lambda document: (document.published, document.id))
    return Listing(
        title="Documents",
        noun="documents",
        rows=items,
        columns=DOCUMENT_COLUMNS,
        facets=[],
        total=total,
        summary=None,
        next_cursor=next_cursor,
        json_path="/v1/documents",
        csv_path="/documents.csv",
    )


LISTINGS = {
    "claims": claims_listing,
    "events": events_listing,
    "actors": actors_listing,
    "topics": topics_listing,
    "documents": documents_listing,
}


def add_routes(name: str, build: object) -> None:
    """``/<name>`` draws the listing ``build`` computes; ``/<name>.csv`` writes it.

    ``Depends`` as a default: the module's postponed annotations cannot name a local."""

    @router.get(f"/{name}", response_class=HTMLResponse, name=f"{name}_page")
    def listing_page(request: Request, listing: Listing = Depends(build)) -> HTMLResponse:
        return render_listing(request, listing)

    @router.get(f"/{name}.csv", name=f"{name}_csv")
    def listing_as_csv(listing: Listing = Depends(build)) -> Response:
        return listing_csv(listing)


for listing_name, listing_builder in LISTINGS.items():
    add_routes(listing_name, listing_builder)
