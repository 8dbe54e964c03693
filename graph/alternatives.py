"""After documents are written: link what they report alike or differently to what the graph holds.

A claim reporting a statement another document reports too gets a ``CORROBORATES`` edge to
it; a statement one document reports and another denies, a ``CONTESTS`` edge; an event the
resolution found dated otherwise elsewhere (``Event.alternatives``), a ``CONTESTS`` edge to
that event. Each edge joins a pair once, from the smaller id to the larger, and is read in
both directions, so loading A then B leaves the graph that loading B then A leaves, and loading
again changes nothing. Candidates come from the ``statement_key`` index (graph/statements.py).
Both claims of a pair are removed with their documents, and their edges with them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from graph import ids
from graph.document_rows import DocumentMeta, actor_node_ids, document_id_for
from graph.model import Extraction
from graph.statements import ClaimFacts, lookup_keys, relation, stored_claim_facts
from graph.store import Store, Transaction

Pair = tuple[str, str]
OTHER_DOCUMENT = ""
"""The document of a claim found in the graph that none of the written documents holds."""


def link_alternatives(store: Store, documents: Sequence[tuple[DocumentMeta, Extraction]]) -> None:
    """Link the written documents' claims and events to the alternatives the graph holds."""
    claims = [fact for meta, extraction in documents for fact in claim_facts(meta, extraction)]
    corroborations, claim_contests = pair_claims(claims, find_claims(store, claims))
    event_contests = {
        ordered(event.identity, other)
        for _, extraction in documents
        for event in extraction.events
        if event.identity
        for other in event.alternatives
    }
    if not (corroborations or claim_contests or event_contests):
        return

    def work(tx: Transaction) -> None:
        for name, pairs in (
            ("merge_claim_corroborations", corroborations),
            ("merge_claim_contests", claim_contests),
            ("merge_event_contests", event_contests),
        ):
            if pairs:
                tx.run(
                    name, rows=[{"from_id": one, "to_id": other} for one, other in sorted(pairs)]
                )

    store.write_unit(work)


def claim_facts(meta: DocumentMeta, extraction: Extraction) -> list[ClaimFacts]:
    """The document's attributed claims, with the ids and dates the writer gave them."""
    document = document_id_for(meta, extraction.text)
    published = meta.published or extraction.published
    actor_id = actor_node_ids(extraction, document)
    return [
        ClaimFacts(
            id=ids.claim_id(document, claim.content.start, claim.content.end, claim.speaker),
            document_id=document,
            speaker_id=actor_id(claim.speaker),
            text=claim.content.text,
            mode=claim.mode,
            said_on=claim.said_on,
            said_on_precision=claim.said_on_precision,
            reported_on=claim.reported_on or published,
        )
        for claim in extraction.claims
        if claim.speaker
    ]


def find_claims(store: Store, claims: Sequence[ClaimFacts]) -> list[ClaimFacts]:
    """The graph's claims under the keys the given claims' candidates are filed by.

    The given claims are those of the documents just written (a replaced document's earlier
    claims are gone), so any other claim found comes from another document."""
    keys = sorted(set().union(*(lookup_keys(claim) for claim in claims)))
    if not keys:
        return []
    own = {claim.id: claim.document_id for claim in claims}
    return [
        stored_claim_facts(row, row["key"], own.get(row["id"], OTHER_DOCUMENT))
        for row in store.read("claims_by_statement_keys", keys=keys)[0]["found"]
    ]


def pair_claims(
    claims: Iterable[ClaimFacts], known: Iterable[ClaimFacts]
) -> tuple[set[Pair], set[Pair]]:
    """The (corroborating, contesting) pairs between the new claims and the known ones."""
    by_key: dict[str, list[ClaimFacts]] = {}
    for other in known:
        by_key.setdefault(other.speaker_id, []).append(other)
    pairs: dict[str, set[Pair]] = {"corroborates": set(), "contests": set()}
    for claim in claims:
        for other in by_key.get(claim.speaker_id, []):
            found = relation(claim, other)
            if found:
                pairs[found].add(ordered(claim.id, other.id))
    return pairs["corroborates"], pairs["contests"]


def ordered(one: str, other: str) -> Pair:
    return (one, other) if one < other else (other, one)
