"""Store documents' subgraphs with batched ``UNWIND`` statements, a whole document per transaction.

Loading an unchanged document (same id, same sha256) changes nothing; a changed version
replaces exactly what the earlier version contributed; a failure rolls back everything of
that document. Actors and topics are shared between documents and looked up on their ids;
what belongs to one document (passages, claims, events and their edges) is removed before a
new version is written, so it is CREATEd, which is what keeps the writer near the speed of
bare CREATE statements. Every batch returns how many rows it wrote, and a batch that wrote fewer
rows than it was given (a MATCH that found nothing) fails the document instead of
silently dropping them.

``write_documents`` puts several documents in one transaction (bulk loads spend most of their
write time on round trips, not rows); when that transaction fails, each of its documents is
written alone, so a bad document still costs only itself.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Literal, TypeVar

from graph import co_mentions
from graph.actor_names import actor_name_rows
from graph.document_rows import DocumentMeta, DocumentRows, build_rows
from graph.errors import InvalidInput, StoreUnavailable
from graph.model import Extraction
from graph.store import Store, Transaction

T = TypeVar("T")
WriteStatus = Literal["loaded", "replaced", "unchanged"]
WRITE_ATTEMPTS = 6
SHARED_NODE_QUERIES = {
    "actors": ("actors_by_ids", "create_actors", "update_actors"),
    "topics": ("topics_by_ids", "create_topics", "update_topics"),
}
DOCUMENT_OWNED_QUERIES = (
    ("create_claims", "claims"),
    ("create_said", "said"),
    ("create_claim_about", "claim_about"),
    ("create_claim_mentions", "claim_mentions"),
    ("create_event_about", "event_about"),
    ("create_participated_in", "participated_in"),
    ("create_roles", "roles"),
    ("create_actor_links", "actor_links"),
)


class RowsNotWritten(RuntimeError):
    """A batch wrote fewer rows than it was given: a node it ties to was missing."""


@dataclass(frozen=True)
class WriteResult:
    document_id: str
    status: WriteStatus
    claims: int
    events: int
    actors: int
    actor_ids: tuple[str, ...] = ()


def write_document(store: Store, meta: DocumentMeta, extraction: Extraction) -> WriteResult:
    rows = build_rows(meta, extraction)
    return _write_unit(store, lambda tx: _write_batch(tx, [rows]))[0]


def write_documents(
    store: Store, documents: Sequence[tuple[DocumentMeta, Extraction]]
) -> list[WriteResult | Exception]:
    """Write documents together; each one's outcome is its result or the error that stopped it.

    The database being unreachable is not a document's fault, so it is raised, not returned.
    """
    outcomes: list[WriteResult | Exception | None] = [None] * len(documents)
    built: list[tuple[int, DocumentRows]] = []
    for index, (meta, extraction) in enumerate(documents):
        try:
            built.append((index, build_rows(meta, extraction)))
        except InvalidInput as error:
            outcomes[index] = error
    for group in _groups_with_distinct_ids(built):
        try:
            batch = [rows for _, rows in group]
            results = _write_unit(store, lambda tx, batch=batch: _write_batch(tx, batch))
            for (index, _), result in zip(group, results, strict=True):
                outcomes[index] = result
        except StoreUnavailable:
            raise
        except Exception as error:  # noqa: BLE001 — whose failure it was is found out below
            if len(group) == 1:
                outcomes[group[0][0]] = error
                continue
            for index, rows in group:
                outcomes[index] = _write_alone(store, rows)
    return [outcome for outcome in outcomes if outcome is not None]


def delete_document(store: Store, document_id: str) -> bool:
    """Remove a document and what only it contributed. False when there is no such document."""

    def work(tx: Transaction) -> bool:
        if not tx.run("document_by_id", document_id=document_id):
            return False
        _remove_contribution(tx, document_id, keep_ids=set())
        tx.run("delete_document", document_id=document_id)
        return True

    return store.write_unit(work)


def _write_alone(store: Store, rows: DocumentRows) -> WriteResult | Exception:
    try:
        return _write_unit(store, lambda tx: _write_batch(tx, [rows]))[0]
    except StoreUnavailable:
        raise
    except Exception as error:  # noqa: BLE001 — the document's own failure is its outcome
        return error


def _write_unit(store: Store, work: Callable[[Transaction], T]) -> T:
    """``store.write_unit``, run again when rows were not written.

    A concurrent writer can remove a node between this unit's lookups and its writes (a
    replaced document's orphan actor, a passage of another version of the same document),
    or create one it did not see. The unit is rolled back, and run again it looks everything
    up afresh; a node missing for another reason still fails after ``WRITE_ATTEMPTS``.
    """
    for attempt in range(1, WRITE_ATTEMPTS + 1):
        try:
            return store.write_unit(work)
        except RowsNotWritten:
            if attempt == WRITE_ATTEMPTS:
                raise
            time.sleep(random.uniform(0.02, 0.1) * attempt)
    raise AssertionError("unreachable")


def _groups_with_distinct_ids(
    built: list[tuple[int, DocumentRows]],
) -> list[list[tuple[int, DocumentRows]]]:
    """Consecutive runs in which no document id repeats: a later version must see the earlier."""
    groups: list[list[tuple[int, DocumentRows]]] = []
    seen: set[str] = set()
    for item in built:
        doc = item[1].document["id"]
        if not groups or doc in seen:
            groups.append([])
            seen = set()
        groups[-1].append(item)
        seen.add(doc)
    return groups


def _write_batch(tx: Transaction, batch: list[DocumentRows]) -> list[WriteResult]:
    hashes = tx.run("document_hashes", ids=[rows.document["id"] for rows in batch])[0]["found"]
    known = {row["id"]: row["sha256"] for row in hashes}
    results: list[WriteResult] = []
    fresh: list[DocumentRows] = []
    for rows in batch:
        doc = rows.document["id"]
        status: WriteStatus = "replaced" if doc in known else "loaded"
        if known.get(doc) == rows.document["sha256"]:
            status = "unchanged"
        else:
            fresh.append(rows)
        results.append(
            WriteResult(
                document_id=doc,
                status=status,
                claims=len(rows.claims),
                events=len(rows.events),
                actors=len(rows.actors),
                actor_ids=tuple(row["id"] for row in rows.actors),
            )
        )
    if not fresh:
        return results
    kept = {row["id"] for rows in fresh for row in rows.actors + rows.topics}
    for rows in fresh:
        if rows.document["id"] in known:
            _remove_contribution(tx, rows.document["id"], keep_ids=kept)
    _expect(tx, "upsert_documents", len(fresh), rows=[rows.document for rows in fresh])
    _write_shared_nodes(tx, "actors", _merged_shared_rows(rows.actors for rows in fresh))
    _write_shared_nodes(tx, "topics", _merged_shared_rows(rows.topics for rows in fresh))
    passages = [
        {**passage, "document_id": rows.document["id"]}
        for rows in fresh
        for passage in rows.passages
    ]
    _expect(tx, "create_passages", len(passages), rows=passages)
    _write_events(tx, [row for rows in fresh for row in rows.events])
    for name, attribute in DOCUMENT_OWNED_QUERIES:
        batch_rows = [row for rows in fresh for row in getattr(rows, attribute)]
        _expect(tx, name, len(batch_rows), rows=batch_rows)
    # Claim ids name their document, so the batch's rows group by claim as each document's do.
    pairs = co_mentions.pair_rows(
        co_mentions.rows_pairs(
            [row for rows in fresh for row in rows.said],
            [row for rows in fresh for row in rows.claim_mentions],
        )
    )
    _check_written("add_co_mentions", co_mentions.raise_weights(tx, pairs), len(pairs))
    authorship = [
        {"document_id": rows.document["id"], "actor_id": rows.author_id}
        for rows in fresh
        if rows.author_id
    ]
    _expect(tx, "merge_authored_by", len(authorship), rows=authorship)
    return results


def _write_events(tx: Transaction, events: list[dict[str, Any]]) -> None:
    """Events are shared: documents reporting the same happening give it one evidence each.
    The first row of an id creates or finds the event; a further one only adds its passage."""
    first: dict[str, dict[str, Any]] = {}
    further = []
    for row in events:
        if row["id"] in first:
            further.append({"id": row["id"], "passage_id": row["passage_id"]})
        else:
            first[row["id"]] = row
    _expect(tx, "merge_events", len(first), rows=list(first.values()))
    _expect(tx, "create_event_evidence", len(further), rows=further)


def _merged_shared_rows(per_document: Any) -> list[dict[str, Any]]:
    """One row per actor (or topic) id across documents, aliases in the order a sequence of
    single-document writes would have left them."""
    merged: dict[str, dict[str, Any]] = {}
    for rows in per_document:
        for row in rows:
            known = merged.get(row["id"])
            if known is None:
                merged[row["id"]] = dict(row)
                continue
            known["aliases"] = list(dict.fromkeys([*known["aliases"], *row["aliases"]]))
            known["curated"] = known["curated"] or row["curated"]
    return list(merged.values())


def _write_shared_nodes(tx: Transaction, label: str, batch: list[dict[str, Any]]) -> None:
    """Create the actors (or topics) that are new; add aliases to those that exist.

    Looking them up first and writing only what changed is what keeps shared nodes cheap:
    a MERGE that re-SETs every known actor in every document costs more than the document.
    """
    if not batch:
        return
    find, create, update = SHARED_NODE_QUERIES[label]
    existing = {row["id"]: row for row in tx.run(find, ids=[r["id"] for r in batch])[0]["found"]}
    new = [row for row in batch if row["id"] not in existing]
    changed = []
    for row in batch:
        known = existing.get(row["id"])
        if known is None:
            continue
        aliases = list(dict.fromkeys([*(known["aliases"] or []), *row["aliases"]]))
        curated = known["curated"] or row["curated"]
        if aliases != (known["aliases"] or []) or curated != known["curated"]:
            changed.append({"id": row["id"], "aliases": aliases, "curated": curated})
    _expect(tx, create, len(new), rows=new)
    _expect(tx, update, len(changed), rows=changed)
    if label == "actors":
        names = [name for row in new for name in actor_name_rows(row, [])]
        names += [
            name
            for row in changed
            for name in actor_name_rows(
                {**row, "name": existing[row["id"]]["name"], "kind": existing[row["id"]]["kind"]},
                existing[row["id"]]["aliases"] or [],
            )
        ]
        _expect(tx, "create_actor_names", len(names), rows=names)


def _remove_contribution(tx: Transaction, document_id: str, keep_ids: set[str]) -> None:
    neighbours = [row["id"] for row in tx.run("document_neighbours", document_id=document_id)]
    co_mentions.lower_for_document(tx, document_id)
    tx.run("delete_document_contribution", document_id=document_id)
    orphans = [node for node in neighbours if node not in keep_ids]
    orphan_actors = [node for node in orphans if node.startswith("actor:")]
    tx.run("delete_orphan_actors", ids=orphan_actors)
    tx.run("delete_orphan_actor_names", ids=orphan_actors)
    tx.run("delete_orphan_topics", ids=[node for node in orphans if node.startswith("topic:")])


def _expect(tx: Transaction, name: str, expected: int, **params: Any) -> None:
    if expected == 0 and "rows" in params:
        return
    _check_written(name, tx.run(name, **params)[0]["written"], expected)


def _check_written(name: str, written: int, expected: int) -> None:
    if written != expected:
        raise RowsNotWritten(
            f"{name} wrote {written} of {expected} rows; a node it ties to is missing, "
            "so the document was rolled back"
        )
