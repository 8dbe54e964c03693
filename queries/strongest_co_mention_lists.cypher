// The lists of the given actors' strongest co-mentions, kept at write time (graph/co_mentions.py), from which a drawn
// neighbourhood takes its next ring and the links among its actors (a pair is linked when it is among either actor's
// strongest): one indexed look-up an actor, whatever its number of partners. Walking the CO_MENTIONED edges of 50
// drawn actors instead took 45 ms on a 1M-claim store, where each has ~500 partners (25,000 edges). The caller filters
// the lists: in Cypher (`[k IN range(...) WHERE ids[k] IN $ids]`) the embedded server took 26-88 ms for 50 lists of
// 100, as returned 6-11 ms.
// params: $ids · returns: actor, partners, counts (parallel lists, strongest first, ties by id)
UNWIND $ids AS actor_id
MATCH (a:Actor {id: actor_id})
RETURN a.id AS actor, coalesce(a.strongest_ids, []) AS partners, coalesce(a.strongest_counts, []) AS counts
