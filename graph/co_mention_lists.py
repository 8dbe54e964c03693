"""Each actor's strongest co-mentions, kept beside the weights for drawings.

A drawing's links among its actors walked every ``CO_MENTIONED`` edge of each (graph/
co_mentions.py): 25,066 edges for 50 actors of a 1M-claim store, where each meets ~500 others,
so the drawing grew with the graph. Its co-mention links are instead those among each drawn
actor's ``STRONGEST_KEPT`` strongest partners: a list per actor, read by key.

The lists are derived, so they are kept lazily and never stale:

- A ``(:CoMentionList {actor, others, weights})`` node per actor, made the first time a
  drawing needs it (from ``strongest_co_mentions``), on a node of its own so that actor
  records stay small (kept on the actor, they slowed search and paths: README Performance).
- Every write transaction that changes an actor's weights names the actor
  (``Transaction.co_mentions_changed``) and drops its list after raising the write generation.
- A list is kept only if the generation read before its weights were read is still the
  current one when it is written (queries/keep_co_mention_lists.cypher says why that holds
  against concurrent writes on both servers). Keeping is best effort and not counted as a
  write: the drawing uses what it read either way.

So a list that exists equals what the weights give, and a store that is written all the time
draws as before (from the edges), with one more write per drawing that keeping fails.
"""

from __future__ import annotations

from graph import write_generation
from graph.store import Store

STRONGEST_KEPT = 100
"""Partners kept per actor: more than a drawing's default 50 actors, so a centre's first ring
comes from its list; the links drawn among them keep ~2 per actor (EDGES_PER_NODE)."""

Strongest = dict[str, list[tuple[str, int]]]
"""Actor id → its strongest partners as (other id, shared claims), strongest first (ties by id)."""


def strongest_co_mentions(
    store: Store, actor_ids: list[str], per_actor: int = STRONGEST_KEPT
) -> Strongest:
    """Each actor's ``per_actor`` strongest co-mentions: from its kept list or, without one,
    from the weights (then kept for the next drawing); above ``STRONGEST_KEPT``, from the
    weights."""
    if per_actor > STRONGEST_KEPT:
        return _from_weights(store, actor_ids, per_actor)
    found = _by_actor(store.read("co_mention_lists", ids=actor_ids))
    missing = [actor_id for actor_id in dict.fromkeys(actor_ids) if actor_id not in found]
    if missing:
        # Read before the weights: a write counted after it makes the lists read here not kept.
        version = write_generation.current(store)
        read = dict.fromkeys(missing, []) | _from_weights(store, missing, STRONGEST_KEPT)
        store.write_derived(
            "keep_co_mention_lists",
            generation=version.generation,
            lists=[
                {"actor": actor, "others": [o for o, _ in pairs], "weights": [w for _, w in pairs]}
                for actor, pairs in read.items()
            ],
        )
        found |= read
    return {actor: partners[:per_actor] for actor, partners in found.items()}


def _from_weights(store: Store, actor_ids: list[str], per_actor: int) -> Strongest:
    return _by_actor(store.read("strongest_co_mentions", ids=actor_ids, per_actor=per_actor))


def _by_actor(rows: list[dict]) -> Strongest:
    """Rows of ``co_mention_lists`` or ``strongest_co_mentions`` (actor, neighbours, weights)."""
    return {row["actor"]: list(zip(row["neighbours"], row["weights"], strict=True)) for row in rows}
