"""``/actors``, ``/topics``, ``/documents``, ``/events``, ``/claims``: lists to browse and facet.

Each list is one dependency that computes a ``Listing`` from the graph functions behind
its ``/v1`` endpoint; the HTML route draws it and the ``.csv`` route writes it. The page
takes exactly its endpoint's parameters, so its query string is the JSON twin's.
"""

from __future__ import annotations

from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, Response

from api.dependencies import SettingsDep, StoreDep
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
    sort_choices,
    year_block,
)
from api.query_parameters import IsoDate
from api.routers.actors import Kind, list_actor_page
from api.routers.claims import claim_filters
from graph.claims import (
    ClaimFilters,
    ClaimItem,
    ClaimSort,
    claim_query_params,
    read_claims,
)
from graph.documents import DocumentSort, list_documents, read_document_titles
from graph.events import (
    EventDating,
    EventFilters,
    EventItem,
    EventSort,
    event_query_params,
    read_events,
)
from graph.facets import Facets, count_actor_kinds, count_claim_facets, count_event_facets
from graph.stats import count_label
from graph.store import Store
from graph.topics import CountSort, list_topics, topic_position

router = APIRouter()


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


DATE_SORTS = {"date": "Oldest first", "-date": "Newest first"}
COUNT_SORTS = {"id": "By id", "-claims": "Most claims first"}
CLAIM_DATING = {
    "yes": "dated in the text",
    "reported": "undated, reported on a known day",
    "no": "no date at all",
}
EVENT_DATING = {"yes": "dated", "no": "undated"}
CONFIDENCE_LABELS = {
    "high": "high (0.8 and above)",
    "medium": "medium (0.6 to 0.8)",
    "low": "low (below 0.6)",
}


def dating_summary(facets: Facets, labels: dict[str, str]) -> str:
    """The list's total split by how its rows are dated: "12 dated in the text, 3 …"."""
    return ", ".join(f"{count.count:,} {labels[count.value]}" for count in facets.by_facet["dated"])


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
    filters: Annotated[ClaimFilters, Depends(claim_filters)],
    sort: ClaimSort = "date",
    limit: int = DEFAULT_LIMIT,
    cursor: str | None = None,
) -> Listing:
    with shown_as_page():
        page = checked_page(limit, cursor, settings)
        params = claim_query_params(store, filters)
        rows = read_claims(store, params, page.query_params(), sort)
        facets = count_claim_facets(store, params)
        items, next_cursor = page.split(rows, lambda claim: (claim.placed_on, claim.id))
        titles = titles_of(store, items)
    by_facet = facets.by_facet
    return Listing(
        title="Claims",
        path="/claims",
        rows=items,
        columns=[*CLAIM_COLUMNS, document_column(titles)],
        total=facets.total,
        next_cursor=next_cursor,
        facets=[
            facet_block(request, "Dated", "dated", by_facet["dated"], CLAIM_DATING),
            year_block(request, by_facet["year"]),
            facet_block(request, "Mode", "mode", by_facet["mode"]),
            facet_block(
                request, "Confidence", "confidence", by_facet["confidence"], CONFIDENCE_LABELS
            ),
            facet_block(request, "Speaker", "speaker", by_facet["speaker"]),
            facet_block(request, "Topic", "topic", by_facet["topic"]),
            facet_block(request, "Document", "document", by_facet["document"]),
        ],
        sorts=sort_choices(request, DATE_SORTS, sort),
        summary=dating_summary(facets, CLAIM_DATING),
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
    since: IsoDate | None = None,
    until: IsoDate | None = None,
    dated: EventDating | None = None,
    sort: EventSort = "date",
    limit: int = DEFAULT_LIMIT,
    cursor: str | None = None,
) -> Listing:
    filters = EventFilters(document, actor, topic, since, until, dated)
    with shown_as_page():
        page = checked_page(limit, cursor, settings)
        params = event_query_params(store, filters)
        rows = read_events(store, params, page.query_params(), sort)
        facets = count_event_facets(store, params)
        items, next_cursor = page.split(rows, lambda event: (event.date, event.id))
        titles = titles_of(store, items)
    by_facet = facets.by_facet
    return Listing(
        title="Events",
        path="/events",
        rows=items,
        columns=[*EVENT_COLUMNS, document_column(titles)],
        total=facets.total,
        next_cursor=next_cursor,
        facets=[
            facet_block(request, "Dated", "dated", by_facet["dated"], EVENT_DATING),
            year_block(request, by_facet["year"]),
            facet_block(request, "Participant", "actor", by_facet["actor"]),
            facet_block(request, "Topic", "topic", by_facet["topic"]),
            facet_block(request, "Document", "document", by_facet["document"]),
        ],
        sorts=sort_choices(request, DATE_SORTS, sort),
        summary=dating_summary(facets, EVENT_DATING),
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
    sort: CountSort = "id",
    limit: int = DEFAULT_LIMIT,
    cursor: str | None = None,
) -> Listing:
    with shown_as_page():
        page = checked_page(limit, cursor, settings)
        found, next_cursor = list_actor_page(store, q, kind, sort, page)
        kinds = count_actor_kinds(store, q)
    return Listing(
        title="Actors",
        path="/actors",
        rows=found.actors,
        columns=ACTOR_COLUMNS,
        total=sum(count.count for count in kinds if kind is None or count.value == kind),
        next_cursor=next_cursor,
        facets=[facet_block(request, "Kind", "kind", kinds)],
        sorts=sort_choices(request, COUNT_SORTS, sort),
    )


TOPIC_COLUMNS = [
    Column("Topic", lambda t: [Link(t.name, "/claims?" + urlencode({"topic": t.id}))]),
    Column("Claims about it", lambda t: [Link(str(t.claims))]),
    Column("Also called", lambda t: [Link(alias) for alias in t.aliases if alias != t.name]),
]


def topics_listing(
    request: Request,
    store: StoreDep,
    settings: SettingsDep,
    sort: CountSort = "id",
    limit: int = DEFAULT_LIMIT,
    cursor: str | None = None,
) -> Listing:
    with shown_as_page():
        page = checked_page(limit, cursor, settings)
        rows = list_topics(store, page.count_query_params(), sort)
        total = count_label(store, "count_topics")
    items, next_cursor = page.split(rows, lambda topic: topic_position(topic, sort))
    return Listing(
        title="Topics",
        path="/topics",
        rows=items,
        columns=TOPIC_COLUMNS,
        total=total,
        next_cursor=next_cursor,
        sorts=sort_choices(request, COUNT_SORTS, sort),
    )


DOCUMENT_COLUMNS = [
    Column("Published", lambda d: [Link(date_label(d.published))]),
    Column("Title", lambda d: [Link(d.title or d.id, f"/documents/{d.id}")]),
    Column("Source", lambda d: [Link(d.source)] if d.source else []),
    Column("Author", lambda d: [Link(d.author)] if d.author else []),
]


def documents_listing(
    request: Request,
    store: StoreDep,
    settings: SettingsDep,
    sort: DocumentSort = "date",
    limit: int = DEFAULT_LIMIT,
    cursor: str | None = None,
) -> Listing:
    with shown_as_page():
        page = checked_page(limit, cursor, settings)
        rows = list_documents(store, page.query_params(), sort)
        total = count_label(store, "count_documents")
    items, next_cursor = page.split(rows, lambda document: (document.published, document.id))
    return Listing(
        title="Documents",
        path="/documents",
        rows=items,
        columns=DOCUMENT_COLUMNS,
        total=total,
        next_cursor=next_cursor,
        sorts=sort_choices(request, DATE_SORTS, sort),
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
