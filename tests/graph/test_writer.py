"""The writer: one transaction per document, idempotent, replacing, rolling back."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from graph import writer
from graph.model import Actor, Claim, Extraction
from graph.stats import count_graph
from graph.store import Store
from graph.writer import DocumentMeta, delete_document, write_document
from tests.factories import META, TEXT, sample_extraction, span_of


def test_a_document_is_written_with_its_whole_subgraph(store: Store) -> None:
    result = write_document(store, META, sample_extraction())
    counts = count_graph(store)
    assert result.status == "loaded"
    assert counts.nodes["Document"] == 1
    assert counts.nodes["Claim"] == 1
    assert counts.nodes["Event"] == 1
    assert counts.nodes["Actor"] == 4  # three from the text and the author
    assert counts.relationships["SAID"] == 1
    assert counts.relationships["PARTICIPATED_IN"] == 2
    assert counts.relationships["ROLE"] == 1
    assert counts.relationships["AUTHORED_BY"] == 1
    assert counts.relationships["EVIDENCED_BY"] == 2
    rows = store.read("document_by_id", document_id=result.document_id)
    assert rows[0]["document"]["published"] == date(2021, 3, 6)  # a date, not a string


def test_writing_the_same_document_twice_changes_nothing(store: Store) -> None:
    write_document(store, META, sample_extraction())
    before = count_graph(store)
    again = write_document(store, META, sample_extraction())
    assert again.status == "unchanged"
    assert count_graph(store) == before


def test_a_changed_document_replaces_exactly_its_contribution(store: Store) -> None:
    write_document(store, META, sample_extraction())
    other_meta = DocumentMeta(title="Other", url="https://example.org/other")
    other_text = "Tom Vale said the vote was close."
    write_document(
        store,
        other_meta,
        Extraction(
            text=other_text,
            published=None,
            actors=[Actor("tom-vale", "Tom Vale", "person")],
            claims=[
                Claim(
                    "tom-vale",
                    span_of(other_text, "Tom Vale"),
                    "say",
                    span_of(other_text, "the vote was close"),
                    span_of(other_text, other_text),
                )
            ],
        ),
    )
    shorter = TEXT.split(". ")[0] + "."
    edited = sample_extraction(TEXT)
    edited = replace(
        edited,
        text=shorter,
        events=[],
        roles=[],
        actors=[a for a in edited.actors if a.key == "ada-brook"],
    )
    result = write_document(store, META, edited)
    counts = count_graph(store)
    assert result.status == "replaced"
    assert counts.nodes["Event"] == 0
    assert counts.relationships["ROLE"] == 0
    assert counts.nodes["Claim"] == 2  # the edited document's claim and the other document's
    names = {
        row["name"]
        for row in store.driver.execute_query(
            "MATCH (a:Actor) RETURN a.name AS name", database_=store.database
        ).records
    }
    assert names == {"Ada Brook", "Jo Writer", "Tom Vale"}  # Orbit Bank was only in the old text


def test_a_failure_mid_document_rolls_back_everything_of_it(store: Store) -> None:
    write_document(store, DocumentMeta(url="https://example.org/kept"), sample_extraction())
    before = count_graph(store)
    broken = sample_extraction()
    broken.events[0].date = {"not": "a date"}  # a map property: both servers refuse it
    with pytest.raises(Exception):  # noqa: B017 — the server's own error class differs per backend
        write_document(store, META, broken)
    assert count_graph(store) == before


def test_deleting_a_document_removes_what_only_it_contributed(store: Store) -> None:
    first = write_document(store, META, sample_extraction())
    text = "Ada Brook said the ledger bill was ready."
    write_document(
        store,
        DocumentMeta(url="https://example.org/second"),
        Extraction(
            text=text,
            published=None,
            actors=[Actor("ada-brook", "Ada Brook", "person")],
            claims=[
                Claim(
                    "ada-brook",
                    span_of(text, "Ada Brook"),
                    "say",
                    span_of(text, "the ledger bill was ready"),
                    span_of(text, text),
                )
            ],
        ),
    )
    assert delete_document(store, first.document_id)
    counts = count_graph(store)
    assert counts.nodes["Document"] == 1
    assert counts.nodes["Claim"] == 1
    assert counts.nodes["Actor"] == 1  # Ada Brook stays: the second document still has her
    assert not delete_document(store, first.document_id)


def test_a_batch_that_ties_to_a_missing_node_fails_and_leaves_nothing(store: Store) -> None:
    """The count guard: a MATCH that finds nothing fails the transaction, never drops rows."""
    write_document(store, META, sample_extraction())
    claim_id = store.driver.execute_query(
        "MATCH (c:Claim) RETURN c.id AS id", database_=store.database
    ).records[0]["id"]
    before = count_graph(store)
    rows = [
        {"actor_id": "actor:tom-vale", "claim_id": claim_id},
        {"actor_id": "actor:tom-vale", "claim_id": "claim:not-written"},
    ]
    with pytest.raises(RuntimeError, match="create_said wrote 1 of 2 rows"):
        store.write_unit(lambda tx: writer._expect(tx, "create_said", len(rows), rows=rows))
    assert count_graph(store) == before
