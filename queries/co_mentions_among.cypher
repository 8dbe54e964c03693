// The co-mention weights between the given actors (the links of a drawn neighbourhood): one row per pair, read from
// the CO_MENTIONED edges kept at write time, never from the claims, so the cost follows the actors' links, not their
// claims.
// params: $ids · returns: source, target, weight
UNWIND $ids AS actor_id
MATCH (a:Actor {id: actor_id})-[r:CO_MENTIONED]->(b:Actor)
WHERE b.id IN $ids
RETURN a.id AS source, b.id AS target, r.count AS weight
