// The actors sharing most claims with each given actor, strongest first (ties by id), at most $per_actor each: the next
// ring of a neighbourhood, read from the CO_MENTIONED edges kept at write time.
// params: $ids, $per_actor · returns: actor, neighbours, weights (parallel lists)
UNWIND $ids AS actor_id
MATCH (:Actor {id: actor_id})-[r:CO_MENTIONED]-(b:Actor)
WITH actor_id, b.id AS other, r.count AS weight
ORDER BY actor_id, weight DESC, other
WITH actor_id, collect(other) AS others, collect(weight) AS weights
RETURN actor_id AS actor, others[..$per_actor] AS neighbours, weights[..$per_actor] AS weights
