"""Statements and facts across documents: one statement reported twice is linked once, a
statement denied elsewhere or an event dated otherwise stays beside its alternative. Each test
is a short story over several documents, on both backends."""

from __future__ import annotations

from datetime import date

from graph.actors import get_actor
from graph.store import Store
from graph.writer import delete_document
from loaders.ingest import load_document
from loaders.source_document import SourceDocument

VARGA_SAYS = (
    "Mayor Ilse Varga said on Wednesday that the old tram depot will become a public library."
)
VARGA_TOLD = (
    "Ilse Varga told reporters on Wednesday that the old tram depot would become a public library."
)
VARGA_DENIES = (
    "Ilse Varga denied on Wednesday that the old tram depot would become a public library."
)
VARGA_ELSE = "Ilse Varga said on Wednesday that the harbour ferries would run every hour."
COUNCIL_TUESDAY = "The Harbour Council met in Port Ansel on Tuesday to vote on the ferry fares."
COUNCIL_WEDNESDAY = "The Harbour Council met in Port Ansel on Wednesday to vote on the ferry fares."
FRIDAY = date(2022, 5, 6)


def load(store: Store, text: str, number: int, published: date = FRIDAY) -> str:
    document = SourceDocument(
        text=text,
        title=None,
        author=None,
        published=published,
        url=f"https://example.org/news/{number}",
        source=None,
        path=None,
        kind="text",
    )
    return load_document(store, document).document_id


def links(store: Store, relationship: str) -> list[tuple[str, str]]:
    records = store.driver.execute_query(
        "MATCH (a)-[r]->(b) WHERE type(r) = $type RETURN a.id AS a, b.id AS b ORDER BY a, b",
        {"type": relationship},
        database_=store.database,
    ).records
    return [(record["a"], record["b"]) for record in records]


def claim_texts(store: Store, pair: tuple[str, str]) -> set[str]:
    records = store.driver.execute_query(
        "MATCH (c:Claim) WHERE c.id IN $ids RETURN c.text AS text",
        {"ids": list(pair)},
        database_=store.database,
    ).records
    return {record["text"] for record in records}


def test_one_statement_two_documents_report_is_linked_once(store: Store) -> None:
    load(store, VARGA_SAYS, 1)
    load(store, VARGA_TOLD, 2)
    [pair] = links(store, "CORROBORATES")
    assert pair[0] < pair[1]
    assert claim_texts(store, pair) == {
        "the old tram depot will become a public library",
        "the old tram depot would become a public library",
    }
    assert links(store, "CONTESTS") == []


def test_either_loading_order_and_loading_again_give_the_same_links(store: Store) -> None:
    load(store, VARGA_SAYS, 1)
    load(store, VARGA_TOLD, 2)
    load(store, VARGA_DENIES, 3)
    first = (links(store, "CORROBORATES"), links(store, "CONTESTS"))
    for number in (1, 2, 3):
        delete_document(store, document_id(store, number))
    load(store, VARGA_DENIES, 3)
    load(store, VARGA_TOLD, 2)
    load(store, VARGA_SAYS, 1)
    load(store, VARGA_TOLD, 2)
    assert (links(store, "CORROBORATES"), links(store, "CONTESTS")) == first
    assert len(first[0]) == 1 and len(first[1]) == 2


def document_id(store: Store, number: int) -> str:
    records = store.driver.execute_query(
        "MATCH (d:Document {url: $url}) RETURN d.id AS id",
        {"url": f"https://example.org/news/{number}"},
        database_=store.database,
    ).records
    return records[0]["id"]


def test_a_statement_one_document_reports_and_another_denies_is_contested(store: Store) -> None:
    load(store, VARGA_SAYS, 1)
    load(store, VARGA_DENIES, 2)
    assert links(store, "CORROBORATES") == []
    [pair] = links(store, "CONTESTS")
    modes = store.driver.execute_query(
        "MATCH (c:Claim) WHERE c.id IN $ids RETURN collect(c.mode) AS modes",
        {"ids": list(pair)},
        database_=store.database,
    ).records[0]["modes"]
    assert sorted(modes) == ["denied", "said"]


def test_other_words_or_another_month_are_another_statement(store: Store) -> None:
    load(store, VARGA_SAYS, 1)
    load(store, VARGA_ELSE, 2)
    load(store, VARGA_TOLD, 3, published=date(2022, 6, 17))
    assert links(store, "CORROBORATES") == []


def test_removing_a_document_removes_its_links(store: Store) -> None:
    load(store, VARGA_SAYS, 1)
    second = load(store, VARGA_TOLD, 2)
    delete_document(store, second)
    assert links(store, "CORROBORATES") == []


def test_an_event_two_documents_date_differently_stays_two_events_linked(store: Store) -> None:
    load(store, COUNCIL_TUESDAY, 1)
    load(store, COUNCIL_WEDNESDAY, 2)
    [pair] = links(store, "CONTESTS")
    dates = store.driver.execute_query(
        "MATCH (e:Event) WHERE e.id IN $ids RETURN e.date AS day ORDER BY day",
        {"ids": list(pair)},
        database_=store.database,
    ).records
    assert [record["day"].iso_format() for record in dates] == ["2022-05-03", "2022-05-04"]


def test_a_kind_a_later_document_gives_otherwise_is_kept_on_its_link(store: Store) -> None:
    load(store, "Bram Holt said on Monday that the pier would close.", 1)
    load(store, "The shipping firm Bram Holt said on Monday that the pier would close.", 2)
    records = store.driver.execute_query(
        "MATCH (d:Document)-[r:RESOLVED]->(a:Actor {id: 'actor:bram-holt'}) "
        "RETURN a.kind AS kind, r.kind AS other, r.rule AS rule",
        database_=store.database,
    ).records
    assert [(r["kind"], r["other"], r["rule"]) for r in records] == [
        ("person", "organization", "name")
    ]
    [link] = get_actor(store, "actor:bram-holt").resolved
    assert (link.alias, link.kind) == ("Bram Holt", "organization")
