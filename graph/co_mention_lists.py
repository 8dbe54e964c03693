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


def strongest_co_mentions(store: Store, actor_ids: list[str]) -> Strongest:
    """Each actor's ``STRONGEST_KEPT`` strongest co-mentions, from its kept list or, without
    one, from the weights (then kept for the next drawing)."""
    found: Strongest = {
        row["actor"]: list(zip(row["others"], row["weights"], strict=True))
        for row in store.read("co_mention_lists", ids=actor_ids)
    }
    missing = [actor_id for actor_id in dict.fromkeys(actor_ids) if actor_id not in found]
    if not missing:
        return found
    # Read before the weights: a write counted after it makes the lists read here not kept.
    version = write_generation.current(store)
    read = {actor_id: [] for actor_id in missing} | {
        row["actor"]: list(zip(row["neighbours"], row["weights"], strict=True))
        for row in store.read("strongest_co_mentions", ids=missing, per_actor=STRONGEST_KEPT)
    }
    store.write_derived(
        "keep_co_mention_lists",
        generation=version.generation,
        lists=[
            {"actor": actor_id, "others": [o for o, _ in pairs], "weights": [w for _, w in pairs]}
            for actor_id, pairs in read.items()
        ],
    )
    return found | read
