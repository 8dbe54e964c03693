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

Each actor also lists its ``STRONGEST_KEPT`` strongest co-mentions (``strongest_ids``,
``strongest_counts``), kept in the transaction that changes its weights: a raise is merged into
the list (``raise_listed``), a fall or a move lists it again from its edges (``list_strongest``),
and a store without the lists gets them at its first opening (``fill_if_never_listed``). A
drawing reads the links among its actors from those lists, one look-up an actor: walking the
edges of 50 drawn actors with ~500 partners each (a 1M-claim store) took most of its time.
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
STRONGEST_KEPT = 100
"""Co-mentions an actor lists as its strongest: a drawing shows a link between two of its actors
when it is among either one's strongest. Above a drawing's default 50 actors, so a drawing grown
from its centre's strongest partners shows every link of the centre."""
LIST_BATCH = 100
"""Actors whose strongest co-mentions are listed per query."""


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


def lower_for_document(tx: Transaction, document_id: str) -> None:
    """Take a document's claims out of the weights, before the claims themselves are removed.

    Not checked against a count: a pair may have no edge to lower on a store written before the
    weights were kept and not yet opened since (``fill_if_never_counted`` fills them then).
    """
    rows = tx.run("document_claim_actors", document_id=document_id)
    pairs = pair_rows(claim_pairs(row["actors"] for row in rows))
    if pairs:
        tx.run("lower_co_mentions", rows=pairs)
        list_strongest(tx, pair_actors(pairs))


def recount_actors(tx: Transaction, actor_ids: Iterable[str]) -> None:
    """Count again, from the claims, every weight of the given actors (after edges moved)."""
    ids = sorted(set(actor_ids))
    if not ids:
        return
    partners = [row["id"] for row in tx.run("co_mention_partners", ids=ids)]
    tx.run("delete_co_mentions_of", ids=ids)
    rows = pair_rows(_counted(tx.run("co_mention_counts", ids=ids)))
    if rows:
        tx.run("add_co_mentions", rows=rows)
    list_strongest(tx, [*ids, *partners, *pair_actors(rows)])


def pair_actors(rows: list[dict[str, Any]]) -> set[str]:
    """The actors of ``pair_rows``' rows."""
    return {actor for row in rows for actor in (row["source"], row["target"])}


def raise_listed(tx: Transaction, raised: list[dict[str, Any]]) -> None:
    """Merge the weights ``add_co_mentions`` raised (its rows: each pair's new weight) into both
    actors' lists. Exact while weights only rise: a partner can enter a list only by a raise
    of its own weight, which is among these rows.

    Only the lists that change are locked and written: on a large store most raises fall
    below a full list's weakest (a lock is a write of the actor, and locking every touched
    actor took 7 of a 20,000-claim fill's 43 s). A list read unlocked may be older than one
    another load is writing, but that one's entries are only stronger, so a raise that
    changes nothing here changes nothing there either."""
    unlocked = _read_lists(tx, "strongest_co_mention_lists", pair_actors(raised))
    changing = [
        actor
        for actor, partners in _merged(unlocked, raised).items()
        if _strongest(partners) != _strongest(unlocked[actor])
    ]
    if changing:
        locked = _read_lists(tx, "lock_strongest_co_mention_lists", changing)
        _set_lists(tx, _merged(locked, raised))


def _merged(
    listed: dict[str, dict[str, int]], raised: list[dict[str, Any]]
) -> dict[str, dict[str, int]]:
    """The lists with the raised weights in them (of the listed actors only)."""
    merged = {actor: dict(partners) for actor, partners in listed.items()}
    for row in raised:
        for actor, partner in ((row["source"], row["target"]), (row["target"], row["source"])):
            if actor in merged:
                merged[actor][partner] = row["count"]
    return merged


def list_strongest(tx: Transaction, actor_ids: Iterable[str]) -> None:
    """List again, from their edges, the strongest co-mentions of the given actors (after any
    of their weights fell or moved; an actor left with none lists nothing)."""
    ids = sorted(set(actor_ids))
    for start in range(0, len(ids), LIST_BATCH):
        batch = ids[start : start + LIST_BATCH]
        locked = _read_lists(tx, "lock_strongest_co_mention_lists", batch)
        listed: dict[str, dict[str, int]] = {actor: {} for actor in locked}
        for row in tx.run("strongest_co_mentions", ids=batch, per_actor=STRONGEST_KEPT):
            listed[row["actor"]] = dict(zip(row["neighbours"], row["weights"], strict=True))
        _set_lists(tx, listed)


def _read_lists(tx: Transaction, query: str, actor_ids: Iterable[str]) -> dict[str, dict[str, int]]:
    """The actors' lists as partner -> weight, by ``strongest_co_mention_lists`` or, locking
    each actor until the transaction ends, ``lock_strongest_co_mention_lists``."""
    return {
        row["actor"]: dict(zip(row["partners"], row["counts"], strict=True))
        for row in tx.run(query, ids=sorted(set(actor_ids)))
    }


def _set_lists(tx: Transaction, listed: dict[str, dict[str, int]]) -> None:
    """Keep each actor's ``STRONGEST_KEPT`` strongest partners, strongest first, ties by id."""
    rows = []
    for actor, partners in sorted(listed.items()):
        kept = _strongest(partners)
        rows.append({"id": actor, "ids": [p for p, _ in kept], "counts": [c for _, c in kept]})
    tx.run("set_strongest_co_mentions", rows=rows)


def strongest_partners(weights: dict[tuple[str, str], int]) -> dict[str, list[tuple[str, int]]]:
    """What each actor's list holds for these weights (pairs as ``stored_co_mentions`` gives)."""
    partners: dict[str, dict[str, int]] = {}
    for (one, other), count in weights.items():
        partners.setdefault(one, {})[other] = count
        partners.setdefault(other, {})[one] = count
    return {actor: _strongest(listed) for actor, listed in partners.items()}


def _strongest(partners: dict[str, int]) -> list[tuple[str, int]]:
    """The ``STRONGEST_KEPT`` strongest partners, strongest first, ties by id."""
    return sorted(partners.items(), key=lambda item: (-item[1], item[0]))[:STRONGEST_KEPT]


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
        if pairs:
            store.write("add_co_mentions", rows=pairs)
        written += len(pairs)
    _list_all(store, ids)
    return written


def fill_if_never_listed(store: Store) -> bool:
    """List the strongest co-mentions of a store whose weights were kept without the lists (or
    imported from extract-archive's tables); whether there was anything to list."""
    if not store.read("actor_without_strongest"):
        return False
    _list_all(store, [row["id"] for row in store.read("all_actor_ids")])
    return True


def _list_all(store: Store, ids: list[str]) -> None:
    for start in range(0, len(ids), LIST_BATCH):
        batch = ids[start : start + LIST_BATCH]
        store.write_unit(lambda tx, batch=batch: list_strongest(tx, batch))


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


def listed_strongest(store: Store) -> dict[str, list[tuple[str, int]]]:
    """Every actor's list of its strongest co-mentions as kept (actors listing none left out)."""
    return {
        row["id"]: list(zip(row["ids"], row["counts"], strict=True))
        for row in store.read("listed_strongest_co_mentions")
        if row["ids"]
    }


def _counted(rows: list[dict[str, Any]]) -> Pairs:
    """``co_mention_counts`` rows as pairs, smaller id first (a pair of two given actors comes
    twice, once from each, with the same count)."""
    pairs: Pairs = Counter()
    for row in rows:
        pairs[tuple(sorted((row["actor"], row["other"])))] = row["count"]  # type: ignore[index]
    return pairs
