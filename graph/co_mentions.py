"""Co-mention weights kept at write time: one ``CO_MENTIONED {count}`` edge per pair of actors
that share claims (from the smaller id to the larger), ``count`` = how many claims name both,
as speaker or as mentioned.

A drawn neighbourhood weighs its links by shared claims. Counted at read time, that listed every
claim of every actor drawn, a cost that grows with the graph (direct p50 27 ms at 10k claims,
242 ms at 1M); kept here, a drawing reads one edge per pair of partners. The weights follow
every change of the claims' actors: raised in a document's own write transaction, lowered
before its claims are removed (delete, replace), counted again from the claims for the actors
a curation moves edges between or an RDF import touches, and written as a table of their own
by extract-archive (graph/archive_graph.py). ``co_mention_counts`` is the recount; the tests
compare it with the edges after every kind of change.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from itertools import combinations
from typing import Any

from graph.store import Store, Transaction

Pairs = Counter[tuple[str, str]]
"""Shared claims per pair of actor ids (smaller id first)."""
RECOUNT_BATCH = 100
"""Actors counted per read in a full recount, few so that one read of a large graph's claims
stays well within a read's time limit (``SAIDWHEN_QUERY_TIMEOUT``; not measured at 1M)."""
DELETE_BATCH = 10_000


def claim_pairs(actors_per_claim: Iterable[Iterable[str]]) -> Pairs:
    """Each pair of distinct actors named by one claim counts that claim once."""
    pairs: Pairs = Counter()
    for actors in actors_per_claim:
        pairs.update(combinations(sorted(set(actors)), 2))
    return pairs


def rows_pairs(said: list[dict[str, Any]], mentions: list[dict[str, Any]]) -> Pairs:
    """The pairs a document's new claims add, from the writer's SAID and MENTIONS rows."""
    actors: dict[str, list[str]] = {}
    for row in [*said, *mentions]:
        actors.setdefault(row["claim_id"], []).append(row["actor_id"])
    return claim_pairs(actors.values())


def pair_rows(pairs: Pairs) -> list[dict[str, Any]]:
    """Parameter rows for ``add_co_mentions`` / ``lower_co_mentions``, in a stable order."""
    return [
        {"source": source, "target": target, "count": count}
        for (source, target), count in sorted(pairs.items())
        if count
    ]


def raise_weights(tx: Transaction, rows: list[dict[str, Any]]) -> int:
    """Add ``pair_rows`` rows to the weights; the number of rows written.

    Every weight change in a transaction goes through here, ``lower_weights`` or
    ``_delete_weights_of``, which name the actors whose weights change in
    ``tx.co_mentions_changed`` so their kept lists of strongest co-mentions are dropped
    (graph/co_mention_lists.py).
    """
    if not rows:
        return 0
    _mark_changed(tx, rows)
    written: int = tx.run("add_co_mentions", rows=rows)[0]["written"]
    return written


def lower_weights(tx: Transaction, rows: list[dict[str, Any]]) -> None:
    """Take ``pair_rows`` rows out of the weights (see ``raise_weights``)."""
    if rows:
        _mark_changed(tx, rows)
        tx.run("lower_co_mentions", rows=rows)


def _delete_weights_of(tx: Transaction, ids: list[str]) -> None:
    """Delete every weight of the given actors, which changes their partners' too."""
    tx.co_mentions_changed.update(ids)
    tx.co_mentions_changed.update(row["id"] for row in tx.run("co_mention_partners", ids=ids))
    tx.run("delete_co_mentions_of", ids=ids)


def _mark_changed(tx: Transaction, rows: Iterable[dict[str, Any]]) -> None:
    for row in rows:
        tx.co_mentions_changed.update((row["source"], row["target"]))


def lower_for_document(tx: Transaction, document_id: str) -> None:
    """Take a document's claims out of the weights, before the claims themselves are removed.

    Not checked against a count: a pair may have no edge to lower on a store written before the
    weights were kept and not yet opened since (``fill_if_never_counted`` fills them then).
    """
    rows = tx.run("document_claim_actors", document_id=document_id)
    lower_weights(tx, pair_rows(claim_pairs(row["actors"] for row in rows)))


def recount_actors(tx: Transaction, actor_ids: Iterable[str]) -> None:
    """Count again, from the claims, every weight of the given actors (after edges moved)."""
    ids = sorted(set(actor_ids))
    if not ids:
        return
    _delete_weights_of(tx, ids)
    raise_weights(tx, pair_rows(_counted(tx.run("co_mention_counts", ids=ids))))


def recount_all(store: Store) -> int:
    """Every weight counted again from the claims (a store written before they were kept);
    the number of pairs. Batch by batch, not one transaction: run it while nothing else writes
    (``saidwhen db init --recount``, before serving)."""
    while store.write("delete_co_mentions_batch", batch=DELETE_BATCH)[0]["deleted"]:
        pass
    ids = sorted(row["id"] for row in store.read("all_actor_ids"))
    written = 0
    for start in range(0, len(ids), RECOUNT_BATCH):
        batch = ids[start : start + RECOUNT_BATCH]
        # Each pair once, from its smaller id (the batch holding the larger would count it again).
        rows = store.read("co_mention_counts", ids=batch)
        pairs = pair_rows(_counted([row for row in rows if row["actor"] < row["other"]]))
        store.write_unit(lambda tx, batch=batch, pairs=pairs: _add_recounted(tx, batch, pairs))
        written += len(pairs)
    return written


def _add_recounted(tx: Transaction, batch: list[str], pairs: list[dict[str, Any]]) -> None:
    """A recount batch's weights; every actor of the batch has its final weights after it
    (a pair is added from its smaller id's batch, which comes first)."""
    tx.co_mentions_changed.update(batch)
    raise_weights(tx, pairs)


def fill_if_never_counted(store: Store) -> int | None:
    """Count the weights of a store written before they were kept (claims naming two actors,
    no weight at all): the first start after an upgrade, so its drawings keep their links.
    The number of pairs counted, or None when there was nothing to fill."""
    if store.read("any_co_mention") or not store.read("any_shared_claim"):
        return None
    return recount_all(store)


def counted_co_mentions(store: Store) -> dict[tuple[str, str], int]:
    """Every weight as a recount from the claims gives it."""
    ids = [row["id"] for row in store.read("all_actor_ids")]
    return dict(_counted(store.read("co_mention_counts", ids=ids)))


def stored_co_mentions(store: Store) -> dict[tuple[str, str], int]:
    """Every weight as the CO_MENTIONED edges hold it (a pair's edges summed)."""
    stored: Pairs = Counter()
    for row in store.read("stored_co_mentions"):
        stored[(row["source"], row["target"])] += row["count"]
    return dict(stored)


def _counted(rows: list[dict[str, Any]]) -> Pairs:
    """``co_mention_counts`` rows as pairs, smaller id first (a pair of two given actors comes
    twice, once from each, with the same count)."""
    pairs: Pairs = Counter()
    for row in rows:
        pairs[tuple(sorted((row["actor"], row["other"])))] = row["count"]  # type: ignore[index]
    return pairs
