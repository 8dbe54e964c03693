// The actors sharing claims with the given ones (a weight between them): whose kept lists a recount of the given
// actors' weights changes too (graph/co_mentions.py recount_actors).
// params: $ids · returns: id
UNWIND $ids AS actor_id
MATCH (:Actor {id: actor_id})-[:CO_MENTIONED]-(other:Actor)
RETURN DISTINCT other.id AS id
